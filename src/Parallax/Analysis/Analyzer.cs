using Parallax.Documents;
using Parallax.Entities;
using Parallax.Quotes;
using Parallax.Text;

namespace Parallax.Analysis;

/// <summary>
/// The front door of one-article analysis: <c>Analyzer.Analyze(article)</c> runs the default
/// pipeline (sentences → parts of speech → dates and numbers → entities → coreference → quotes).
/// </summary>
public static class Analyzer
{
    private static readonly Lazy<AnalysisPipeline> LazyDefault = new(() => CreateDefaultBuilder().Build());

    /// <summary>The default pipeline, built once.</summary>
    public static AnalysisPipeline Default => LazyDefault.Value;

    /// <summary>A builder pre-filled with the default components, to customise.</summary>
    public static AnalysisPipelineBuilder CreateDefaultBuilder() => new AnalysisPipelineBuilder()
        .Add(new SentenceSegmenter())
        .Add(new Tagging.PartOfSpeechTagger())
        .Add(new DateAndNumberRecognizer())
        .Add(new EntityRecognizer())
        .Add(new CoreferenceResolver())
        .Add(new QuoteExtractor());

    /// <summary>
    /// Loads the lexicons and trained models on background threads, all at once, so that a command can read its
    /// input meanwhile; analysing waits for them anyway, so calling this is optional.
    /// </summary>
    public static Task WarmUpAsync() => Task.Run(() => Parallel.Invoke(
        () => _ = Tagging.WordClusters.Default,
        () => _ = Tagging.PosTagger.Default,
        () => _ = Tagging.EntityTagger.Default,
        () => _ = Quotes.AttributionTagger.Default,
        () => _ = Gazetteer.Default,
        () => _ = Default));

    /// <summary>Analyses one article with the default pipeline.</summary>
    public static ArticleAnalysis Analyze(Article article) => Default.Analyze(article);
}
