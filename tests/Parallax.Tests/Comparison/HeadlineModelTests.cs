using Parallax.Comparison;
using Parallax.Documents;

namespace Parallax.Tests.Comparison;

public class HeadlineModelTests
{
    private static readonly string Lakeland = "Korvath Dam Cracks Bring Evacuation Of Villages\n\n"
        + "The bakery on Mill Street reopened its doors on Friday morning."
        + string.Concat(Enumerable.Range(1, 10).Select(i => $" The choir sang {i + 2} songs at the dam fair."));

    private const string Valley = "Dam Latest\n\n"
        + "Cracks in the Korvath dam forced the evacuation of villages.\n\n"
        + "Dam cracks forced villages to evacuate on Thursday.\n\n"
        + "Villages were evacuated after the dam cracked.\n\n"
        + "The evacuation of the villages went on through the night.\n\n"
        + "Engineers said the cracks in the dam were new.\n\n"
        + "The dam holds back the river.";

    /// <summary>An encoder that gives every text one meaning (every pair a full paraphrase) or each text a meaning of its own.</summary>
    private sealed class Meanings(bool same) : ISentenceEncoder
    {
        private readonly List<string> _seen = [];

        public string ModelId => "test-headline-meanings";

        public float[][] Encode(IReadOnlyList<string> texts) => [.. texts.Select(Vector)];

        private float[] Vector(string text)
        {
            if (!_seen.Contains(text))
                _seen.Add(text);
            var vector = new float[64];
            vector[same ? 0 : _seen.IndexOf(text)] = 1;
            return vector;
        }
    }

    /// <summary>A model that takes every candidate (a large bias) or none (a large negative one).</summary>
    private static PairModel Sure(bool yes) => new(0.15, 0.5, yes ? 10 : -10, new double[HeadlineFeatures.Names.Length]);

    private static string[] Partners(ComparisonOptions options, PairModel model, bool sameMeaning)
    {
        ArticleAnalysis[] articles = [Documents.Analyze("a1", Lakeland), Documents.Analyze("a2", Valley)];
        var profiler = new SentenceProfiler();
        var profiles = profiler.Profile(articles, new EntityResolver(options).Resolve(articles));
        var encoder = new Meanings(sameMeaning);
        var meanings = encoder.Encode([.. profiles.SelectMany(p => p).OrderBy(p => p.Global).Select(p => p.Text)]);
        return [.. new HeadlineAligner(options, model).Align(articles, profiler, profiles, meanings, encoder)
            .Where(h => h.Headings[0].Article == 0 && h.Sentences.Length == 1)
            .Select(h => $"a2.s{h.Sentences[0].Sentence + 1}")];
    }

    [Fact]
    public void The_learned_decision_aligns_a_headline_with_more_sentences_of_an_article_than_the_hand_rules_two()
    {
        Assert.Equal(4, Partners(ComparisonOptions.Default, Sure(yes: true), sameMeaning: true).Length);
        Assert.Equal(2, Partners(ComparisonOptions.Default with { LearnedHeadlineScore = false }, Sure(yes: true), sameMeaning: true).Length);
    }

    [Fact]
    public void A_pair_the_hand_rules_keep_does_not_align_when_the_learned_decision_rejects_it_and_is_no_paraphrase()
    {
        Assert.Empty(Partners(ComparisonOptions.Default, Sure(yes: false), sameMeaning: false));
        Assert.Contains("a2.s1", Partners(ComparisonOptions.Default with { LearnedHeadlineScore = false }, Sure(yes: false), sameMeaning: false));
    }

    [Fact]
    public void A_paraphrase_the_hand_rules_keep_aligns_whatever_the_learned_decision_says()
        => Assert.Equal(2, Partners(ComparisonOptions.Default, Sure(yes: false), sameMeaning: true).Length);

    [Fact]
    public void The_shipped_headline_model_loads()
        => Assert.InRange(PairModel.Headlines.Threshold, 0, 1);

    private static double Feature(double[] features, string name) => features[Array.IndexOf(HeadlineFeatures.Names, name)];

    private static double[] FeaturesOf(int sentence)
    {
        ArticleAnalysis[] articles = [Documents.Analyze("a1", Lakeland), Documents.Analyze("a2", Valley)];
        var profiler = new SentenceProfiler();
        var profiles = profiler.Profile(articles, new EntityResolver(ComparisonOptions.Default).Resolve(articles));
        var headline = profiler.ProfileHeading(articles[0], articles[0].Headings[0], profiles[1][0].Weights!);
        return HeadlineFeatures.Of(headline, profiles[1][sentence], profiles[1].Length, (0.4, 0.3, 0.5), new PairStanding(1, 0.5, 0.5), 0.2);
    }

    [Fact]
    public void A_sentence_s_lead_feature_falls_with_its_place_in_its_article()
    {
        Assert.Equal(1, Feature(FeaturesOf(0), "lead"));
        Assert.Equal(1 / 3.0, Feature(FeaturesOf(2), "lead"));
    }

    [Fact]
    public void A_word_in_many_of_the_story_s_sentences_is_background_when_the_headline_and_the_sentence_share_it()
    {
        var features = FeaturesOf(5);
        Assert.Equal(1 / 3.0, Feature(features, "background-shared"));
        Assert.Equal(0, Feature(features, "rare-shared"));
    }

    [Fact]
    public void A_name_in_few_of_the_story_s_sentences_is_rare_and_a_name_when_the_headline_and_the_sentence_share_it()
    {
        var features = FeaturesOf(0);
        Assert.Equal(1 / 3.0, Feature(features, "rare-shared"));
        Assert.Equal(1 / 3.0, Feature(features, "shared-names"));
        Assert.Equal(0, Feature(FeaturesOf(5), "shared-names"));
    }

    [Fact]
    public void A_headline_does_not_align_with_a_question_of_another_article_unless_questions_may_be_partners()
    {
        const string Asked = "Dam Questions\n\n"
            + "Will the Korvath dam cracks bring the evacuation of villages?\n\n"
            + "The choir sang at the fair.";
        string[] Partners(ComparisonOptions options)
        {
            ArticleAnalysis[] articles = [Documents.Analyze("a1", Lakeland), Documents.Analyze("a2", Asked)];
            var profiler = new SentenceProfiler();
            var profiles = profiler.Profile(articles, new EntityResolver(options).Resolve(articles));
            var encoder = new Meanings(same: false);
            var meanings = encoder.Encode([.. profiles.SelectMany(p => p).OrderBy(p => p.Global).Select(p => p.Text)]);
            return [.. new HeadlineAligner(options, Sure(yes: true)).Align(articles, profiler, profiles, meanings, encoder)
                .Where(h => h.Headings[0].Article == 0 && h.Sentences.Length == 1)
                .Select(h => $"a2.s{h.Sentences[0].Sentence + 1}")];
        }
        Assert.Empty(Partners(ComparisonOptions.Default));
        Assert.Equal(["a2.s1"], Partners(ComparisonOptions.Default with { HeadlineQuestionPartners = true }));
    }

    [Fact]
    public void A_question_closed_by_a_quotation_mark_is_a_question_and_a_statement_is_not()
    {
        Assert.True(HeadlineAligner.IsQuestion("‘How could the dam crack?’"));
        Assert.False(HeadlineAligner.IsQuestion("The dam cracked, a villager asked why."));
    }
}
