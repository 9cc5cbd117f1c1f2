using Parallax.Comparison;
using Parallax.Documents;

namespace Parallax.Tests.Comparison;

public class CentralEventTests
{
    private static readonly string[] Texts =
    [
        "The Korvath dam cracked on Thursday. The mayor painted the bakery.",
        "The old dam cracked after the storm. Farmers sold the hay to buy paint. The crack worried the engineers.",
        "Villagers fled when the dam cracked. The council met on Monday.",
    ];

    /// <summary>An encoder that gives every text one meaning, so that every pair of sentences is a candidate.</summary>
    private sealed class OneMeaning : ISentenceEncoder
    {
        public string ModelId => "test-one-meaning";

        public float[][] Encode(IReadOnlyList<string> texts) => [.. texts.Select(_ => new float[] { 1, 0, 0, 0 })];
    }

    private static Dictionary<(string, string), double> CentralEventOfCandidates()
    {
        ArticleAnalysis[] articles = [.. Texts.Select((t, i) => Documents.Analyze($"a{i + 1}", t))];
        var found = new Dictionary<(string, string), double>();
        var slot = Array.IndexOf(PairFeatures.Names, "central-event");
        StoryComparer.Compare(articles, ComparisonOptions.Default, null, new OneMeaning(), null, (a, b, features, _) =>
        {
            lock (found)
                found[(a.Text, b.Text)] = features[slot];
        });
        return found;
    }

    [Fact]
    public void Two_sentences_naming_the_event_most_articles_tell_share_the_central_event()
    {
        var found = CentralEventOfCandidates();
        Assert.Equal(1, found[("The Korvath dam cracked on Thursday.", "The old dam cracked after the storm.")]);
    }

    [Fact]
    public void A_noun_of_the_central_event_s_word_names_it()
    {
        var found = CentralEventOfCandidates();
        Assert.Equal(1, found[("The Korvath dam cracked on Thursday.", "The crack worried the engineers.")]);
    }

    [Fact]
    public void An_event_only_one_article_tells_is_not_central_though_another_names_it()
    {
        var found = CentralEventOfCandidates();
        Assert.Equal(0, found[("The mayor painted the bakery.", "Farmers sold the hay to buy paint.")]);
    }
}
