using Parallax.Comparison;
using Parallax.Documents;

namespace Parallax.Tests.Comparison;

/// <summary>With an encoder, claims are encoded on their own words: a fact inside a long sentence aligns with its paraphrase.</summary>
public class ClaimMeaningTests
{
    /// <summary>
    /// An encoder that gives one axis per meaning, recognised by a phrase the text contains (a text with two meanings lies
    /// between their axes); every other text is an axis of its own.
    /// </summary>
    private sealed class PhraseMeanings(params string[][] meanings) : ISentenceEncoder
    {
        private readonly List<string> _others = [];

        public List<string> Texts { get; } = [];

        public string ModelId => "test-phrases";

        public float[][] Encode(IReadOnlyList<string> texts)
        {
            Texts.AddRange(texts);
            return [.. texts.Select(Vector)];
        }

        private float[] Vector(string text)
        {
            var vector = new float[64];
            var found = Enumerable.Range(0, meanings.Length).Where(m => meanings[m].Any(phrase => text.Contains(phrase, StringComparison.Ordinal))).ToList();
            if (found.Count == 0)
            {
                if (!_others.Contains(text))
                    _others.Add(text);
                found.Add(meanings.Length + _others.IndexOf(text));
            }
            foreach (var meaning in found)
                vector[meaning] = 1 / MathF.Sqrt(found.Count);
            return vector;
        }
    }

    private static readonly string[] Inquiry = ["the governor promised a full inquiry", "The state's leader vowed", "Officials pledged to look"];
    private static readonly string[] Arrests = ["Police arrested two men", "Two suspects were detained"];

    [Fact]
    public void A_fact_inside_a_long_sentence_aligns_claim_to_claim_with_its_paraphrase()
    {
        var story = StoryComparer.Compare(
            [
                Documents.Analyze("a1", "Police arrested two men on Friday, and the governor promised a full inquiry into the fire."),
                Documents.Analyze("a2", "The state's leader vowed a thorough investigation of the blaze."),
            ],
            encoder: new PhraseMeanings(Inquiry));

        var alignment = Assert.Single(story.Alignments);
        Assert.Equal(["a1.s1.c2", "a2.s1.c1"], alignment.Claims);
        Assert.Equal(AlignmentRelation.Partial, alignment.Relation);
    }

    [Fact]
    public void Each_claim_of_a_long_sentence_has_its_own_partners()
    {
        var story = StoryComparer.Compare(
            [
                Documents.Analyze("a1", "Police arrested two men on Friday, and the governor promised a full inquiry into the fire."),
                Documents.Analyze("a2", "Two suspects were detained at the weekend. The state's leader vowed a thorough investigation of the blaze. "
                    + "Officials pledged to look into what started it."),
            ],
            encoder: new PhraseMeanings(Inquiry, Arrests));

        Assert.Equal(["a2.s1", "a2.s2", "a2.s3"], story.Alignments.Select(a => story.IdOf(a.Sentences[1])).Order(StringComparer.Ordinal));
        Assert.Contains(story.Alignments, a => a.Claims.SequenceEqual(["a1.s1.c1", "a2.s1.c1"]));
        Assert.Contains(story.Alignments, a => a.Claims.SequenceEqual(["a1.s1.c2", "a2.s2.c1"]));
    }

    [Fact]
    public void The_texts_encoded_ahead_of_a_comparison_are_those_the_comparison_encodes()
    {
        string[] texts =
        [
            "Police arrested two men on Friday, and the governor promised a full inquiry into the fire. The mayor said that the bridge would reopen in May.",
            "The state's leader vowed a thorough investigation, a spokesman said. \"We will find out what happened,\" she told reporters.",
        ];
        var articles = texts.Select((t, i) => Documents.Analyze($"a{i + 1}", t)).ToList();
        var encoder = new PhraseMeanings();

        var story = StoryComparer.Compare(articles, encoder: encoder);

        Assert.Equal(articles.SelectMany(StoryComparer.EncodedTexts).Order(StringComparer.Ordinal), encoder.Texts.Order(StringComparer.Ordinal));
        var claimsOfLongSentences = story.Claims.GroupBy(c => c.Sentence).Where(g => g.Count() > 1).SelectMany(g => g)
            .Select(c => articles[c.Sentence.Article].Text[c.Start..c.End]).ToList();
        Assert.NotEmpty(claimsOfLongSentences);
        Assert.Equal(articles.SelectMany(a => a.Sentences.Select(s => s.Text)).Concat(claimsOfLongSentences), encoder.Texts);
    }
}
