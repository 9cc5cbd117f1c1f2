using Parallax.Documents;
using Parallax.Tagging;
using Parallax.Text;

namespace Parallax.Tests.Tagging;

public class ShippedModelTests
{
    private static readonly string[] Sentence = ["John", "Price", "spoke", "in", "Washington", "on", "Monday", "."];

    [Fact]
    public void The_shipped_pos_model_tags_a_news_sentence()
        => Assert.Equal(["NNP", "NNP", "VBD", "IN", "NNP", "IN", "NNP", "."], PosTagger.Default.Tag(Sentence));

    [Fact]
    public void The_shipped_entity_model_finds_a_person_and_a_place()
    {
        var spans = EntityTagger.Default.Tag(Sentence);

        Assert.Equal([(0, 2, "PER"), (4, 1, "LOC")], spans.Select(s => (s.FirstToken, s.TokenCount, s.Label)));
        Assert.All(spans, s => Assert.InRange(s.Confidence, 0.5, 1.0));
    }

    [Fact]
    public void The_shipped_entity_model_reads_an_all_caps_headline()
    {
        var spans = EntityTagger.Default.Tag(["FLOODS", "HIT", "NORTHERN", "ITALY", "AS", "RAIN", "CONTINUES"]);

        Assert.Contains(spans, s => s.Label == "LOC" && s.FirstToken == 3);
        Assert.DoesNotContain(spans, s => s.FirstToken == 0);
    }

    [Fact]
    public void The_part_of_speech_component_tags_every_token()
    {
        var article = new Article("a1", "Example", "The minister arrived in Paris. She spoke briefly.");
        var document = new SentenceSegmenter().Process(new ArticleAnalysis(article));

        var tagged = new PartOfSpeechTagger().Process(document);

        Assert.Equal(tagged.Tokens.Length, tagged.PartsOfSpeech.Length);
        Assert.Equal("NNP", tagged.PartsOfSpeech[4]);
        Assert.Equal("PRP", tagged.PartsOfSpeech[6]);
    }

    [Fact]
    public void Tagging_on_several_threads_at_once_gives_the_single_thread_result()
    {
        string[][] sentences =
        [
            ["The", "council", "approved", "the", "budget", "on", "Tuesday", "."],
            ["Mara", "Lind", "flew", "from", "Oslo", "to", "Lisbon", "."],
            ["Prices", "rose", "sharply", "after", "the", "storm", "."],
        ];
        var expected = sentences.Select(s => (PosTagger.Default.Tag(s), EntityTagger.Default.Tag(s))).ToArray();

        var results = new (string[] Pos, IReadOnlyList<TaggedSpan> Spans)[60];
        Parallel.For(0, results.Length, i => results[i] = (PosTagger.Default.Tag(sentences[i % 3]), EntityTagger.Default.Tag(sentences[i % 3])));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % 3].Item1, results[i].Pos);
            Assert.Equal(expected[i % 3].Item2, results[i].Spans);
        }
    }

    [Fact]
    public void The_shipped_pos_model_tags_a_web_style_sentence_with_a_split_contraction()
        => Assert.Equal(["PRP", "VBP", "RB", "VB", "PRP", "VBZ", "."], PosTagger.Default.Tag(["I", "do", "n't", "think", "it", "works", "."]));

    /// <summary>Sentences opening with a capitalised common noun (a statistical tagger may miss one; most must be nouns).</summary>
    private static readonly string[][] NounOpenings =
    [
        ["Parking", "is", "free", "after", "six", "."],
        ["Traffic", "was", "heavy", "on", "the", "bridge", "."],
        ["Rain", "fell", "all", "night", "."],
        ["Prices", "rose", "again", "in", "March", "."],
        ["Water", "reached", "the", "first", "floor", "."],
        ["Tickets", "cost", "ten", "dollars", "."],
        ["Workers", "left", "the", "port", "at", "noon", "."],
        ["Funding", "for", "the", "school", "was", "cut", "."],
        ["Doctors", "treated", "twelve", "people", "."],
        ["Power", "returned", "to", "most", "homes", "by", "Sunday", "."],
    ];

    [Fact]
    public void The_shipped_pos_model_reads_capitalised_common_nouns_opening_sentences_as_nouns()
    {
        var nouns = NounOpenings.Count(s => PosTagger.Default.Tag(s)[0] is "NN" or "NNS");

        Assert.True(nouns >= 8, $"{nouns} of {NounOpenings.Length} sentence-opening common nouns tagged NN/NNS");
    }
}
