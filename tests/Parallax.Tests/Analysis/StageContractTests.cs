using Parallax.Analysis;
using Parallax.Documents;
using Parallax.Entities;
using Parallax.Quotes;
using Parallax.Tagging;
using Parallax.Text;

namespace Parallax.Tests.Analysis;

public class StageContractTests
{
    private const string Text = "The minister arrived in Paris on Monday. \"We will talk,\" she said. Officials in Lyon said 3 people were hurt.";

    [Fact]
    public void The_default_pipeline_builds_and_runs_its_stages_in_order()
        => Assert.Equal(["sentences", "parts-of-speech", "dates-and-numbers", "entities", "coreference", "quotes"], Analyzer.Default.Components.Select(c => c.Name));

    [Fact]
    public void Entities_before_parts_of_speech_are_refused_when_the_pipeline_is_built()
    {
        var builder = new AnalysisPipelineBuilder().Add(new SentenceSegmenter()).Add(new DateAndNumberRecognizer()).Add(new EntityRecognizer()).Add(new PartOfSpeechTagger());

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Equal("The 'entities' stage requires PartsOfSpeech, which no stage before it assigns.", error.Message);
    }

    [Fact]
    public void A_stage_without_the_sentences_it_reads_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(new AnalysisPipelineBuilder().Add(new CoreferenceResolver()).Build);

        Assert.Equal("The 'coreference' stage requires Sentences and Mentions, which no stage before it assigns.", error.Message);
    }

    [Fact]
    public void Two_stages_assigning_one_layer_are_refused()
    {
        var builder = Analyzer.CreateDefaultBuilder().Add(new QuoteExtractor());

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Equal("The 'quotes' stage assigns Quotes, which the 'quotes' stage already assigned.", error.Message);
    }

    [Fact]
    public void A_stage_may_refine_a_layer_it_requires()
        => Assert.Contains(Analyzer.Default.Components, c => c.Requires.HasFlag(AnalysisLayers.Mentions) && c.Assigns.HasFlag(AnalysisLayers.Mentions));

    [Fact]
    public void The_lexicon_only_recogniser_needs_no_part_of_speech_tags()
    {
        var pipeline = new AnalysisPipelineBuilder().Add(new SentenceSegmenter()).Add(new DateAndNumberRecognizer()).Add(new EntityRecognizer { UseStatisticalModel = false }).Build();

        var document = pipeline.Analyze(new Article("a1", "Gazette", Text));

        Assert.Contains(document.Mentions, m => m.Kind == MentionKind.Name && m.Text == "Paris");
        Assert.Empty(document.PartsOfSpeech);
    }

    [Fact]
    public void The_entity_stage_needs_the_dates_and_numbers_found_before_it()
    {
        var builder = new AnalysisPipelineBuilder().Add(new SentenceSegmenter()).Add(new EntityRecognizer { UseStatisticalModel = false });

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Equal("The 'entities' stage requires Mentions, which no stage before it assigns.", error.Message);
    }

    [Fact]
    public void Dates_and_numbers_are_a_stage_of_their_own_whose_words_the_entity_stage_leaves_out_of_names()
    {
        var document = new AnalysisPipelineBuilder().Add(new SentenceSegmenter()).Add(new DateAndNumberRecognizer()).Build()
            .Analyze(new Article("a1", "Gazette", "Officials met in Lyon on Monday and counted 1,200 votes."));

        Assert.Equal([MentionKind.Date, MentionKind.Number], document.Mentions.Select(m => m.Kind));
        Assert.Contains("Monday", document.Mentions[0].Text, StringComparison.Ordinal);
        Assert.Equal("1,200", document.Mentions[1].Text);
        var named = Analyzer.Analyze(document.Article).Mentions;
        Assert.DoesNotContain(named, m => m.Kind == MentionKind.Name && m.Text.Contains("Monday", StringComparison.Ordinal));
        Assert.Contains(named, m => m.Kind == MentionKind.Name && m.Text == "Lyon");
    }

    [Fact]
    public void A_replaced_stage_is_checked_too()
    {
        var builder = Analyzer.CreateDefaultBuilder().Replace<PartOfSpeechTagger>(new QuoteExtractor());

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains("'entities' stage requires PartsOfSpeech", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_default_stage_fills_the_layers_it_declares()
    {
        var document = new ArticleAnalysis(new Article("a1", "Gazette", Text));
        foreach (var stage in Analyzer.Default.Components)
        {
            var after = stage.Process(document);
            foreach (var layer in Enum.GetValues<AnalysisLayers>().Where(l => l != AnalysisLayers.None && stage.Assigns.HasFlag(l)))
                Assert.True(Count(after, layer) > 0, $"{stage.Name} left {layer} empty");
            foreach (var layer in Enum.GetValues<AnalysisLayers>().Where(l => l != AnalysisLayers.None && !stage.Assigns.HasFlag(l)))
                Assert.Equal(Count(document, layer), Count(after, layer));
            document = after;
        }
        Assert.Equal(document.Tokens.Length, document.PartsOfSpeech.Length);
    }

    private static int Count(ArticleAnalysis document, AnalysisLayers layer) => layer switch
    {
        AnalysisLayers.Sentences => document.Sentences.Length,
        AnalysisLayers.PartsOfSpeech => document.PartsOfSpeech.Length,
        AnalysisLayers.Mentions => document.Mentions.Length,
        AnalysisLayers.Entities => document.Entities.Length,
        AnalysisLayers.Quotes => document.Quotes.Length,
        _ => throw new ArgumentOutOfRangeException(nameof(layer)),
    };
}
