using Parallax.Documents;
using Parallax.Quotes;
using Parallax.Tagging;
using Parallax.Text;

namespace Parallax.Tests.Quotes;

/// <summary>The shipped attribution labeller: two readings, and a decoding bias against "outside".</summary>
public class AttributionLabellerTests
{
    private static QuotedText Read(string text)
        => new(new SentenceSegmenter().Process(new ArticleAnalysis(new Article("t1", "Gazette", text))));

    private static int RoleTokens(AttributionTagger tagger, QuotedText text)
        => Enumerable.Range(0, text.Document.Sentences.Length).Sum(s => tagger.Label(text, s).Count(l => l != 0));

    [Fact]
    public void A_second_reading_reads_the_first_readings_roles_and_a_first_reading_does_not()
    {
        var lexicon = new WordLexicon([]);
        string[] words = ["Ana", "Ruiz", "wants", "a", "new", "pier", "."];
        string[] tags = ["NNP|o", "NNP|o", "VBZ|o", "DT|o", "JJ|o", "NN|o", "PERIOD|o"];
        var reading = DocumentContext.OfSentenceLabels([1, 2, 3, 5, 6, 6, 0]);
        uint[] Keys(FeatureExtractor features, DocumentContext? context)
        {
            var buffer = new FeatureBuffer();
            features.Extract(words, tags, context, buffer);
            return buffer.Snapshot().Keys;
        }

        var second = new AttributionFeatures(lexicon, null, secondPass: true);
        var first = new AttributionFeatures(lexicon, null);

        Assert.Equal("attr-v2-second", second.Name);
        Assert.NotEqual(Keys(second, null), Keys(second, reading));
        Assert.Equal(Keys(first, null), Keys(first, reading));
    }

    [Fact]
    public void The_labeller_marks_the_source_cue_and_content_of_a_plain_report()
    {
        var text = Read("The harbour director wants the ferry to stop at Vale until the storm passes.");
        var labels = AttributionTagger.Default.Label(text, 0).Select(l => AttributionTagger.Labels[l]).ToArray();

        Assert.Equal(text.Count, labels.Length);
        Assert.Contains(labels, l => l.EndsWith("SRC", StringComparison.Ordinal));
        Assert.Contains(labels, l => l.EndsWith("CUE", StringComparison.Ordinal));
        Assert.Contains(labels, l => l.EndsWith("CON", StringComparison.Ordinal));
    }

    [Fact]
    public void A_larger_bias_against_outside_never_marks_fewer_tokens()
    {
        var text = Read("The mayor hopes the port reopens soon. Fishermen doubt it. The council is promising a new pier, and critics call that a dream.");
        var shipped = AttributionTagger.Default;
        var none = new AttributionTagger(shipped.Model, shipped.FirstPass) { OutsideBias = 0 };
        var large = new AttributionTagger(shipped.Model, shipped.FirstPass) { OutsideBias = 200 };

        Assert.True(RoleTokens(large, text) >= RoleTokens(none, text));
        Assert.True(RoleTokens(large, text) > 0);
    }

    [Fact]
    public void Empty_and_one_word_sentences_get_labels_of_their_length()
    {
        foreach (var sample in new[] { "Who?", "said:", "\u201C", "Yes." })
        {
            var text = Read(sample);
            for (var s = 0; s < text.Document.Sentences.Length; s++)
                Assert.Equal(text.LastOf(s) - text.FirstOf(s) + 1, AttributionTagger.Default.Label(text, s).Length);
        }
    }
    [Fact]
    public void A_cue_left_without_source_or_content_is_read_again_and_only_adds_attributions()
    {
        var text = Read("The mayor's office, for its part, has pushed back hard on the idea of a new toll. The mayor hopes the port reopens soon.");
        var shipped = AttributionTagger.Default;
        var once = new AttributionTagger(shipped.Model, shipped.FirstPass) { RecoveryBias = 0 }.Find(text);
        var twice = shipped.Find(text);

        Assert.DoesNotContain(once, c => text.SentenceOf[c.CueFirst] == 0);
        var recovered = Assert.Single(twice, c => text.SentenceOf[c.CueFirst] == 0);
        Assert.Equal("The mayor's office", text.TextOf(recovered.SpeakerFirst, recovered.SpeakerLast));
        Assert.All(once, c => Assert.Contains(twice, t => t.CueFirst == c.CueFirst && t.SpeakerFirst == c.SpeakerFirst));
    }
}
