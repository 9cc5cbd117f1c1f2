using Parallax.Analysis;
using Parallax.Corpus.Clustering;

namespace Parallax.Corpus;

/// <summary>
/// Analyses the new articles of an ingest batch: on this machine's cores (the default, when
/// <see cref="IngestOptions.Analyst"/> is null) or spread over the silos of a cluster. Placing articles in stories
/// and storing them stay with the ingest, so the stories do not depend on where the analysis ran.
/// </summary>
public interface IArticleAnalyst
{
    /// <summary>The analysis of each article, in the order given. Blocks until all are done.</summary>
    IReadOnlyList<AnalysedArticle> Analyse(IReadOnlyList<Article> articles);
}

/// <summary>What an ingest needs of one article's analysis.</summary>
/// <param name="Features">The encoded clustering features, or null when the analysis failed.</param>
/// <param name="Pipeline">The version of the pipeline that analysed it (<see cref="AnalysisVersion"/>).</param>
/// <param name="Analysis">The encoded analysis to cache, or null.</param>
/// <param name="Failure">Why the analysis failed, or null.</param>
public sealed record AnalysedArticle(byte[]? Features, string Pipeline, byte[]? Analysis, string? Failure)
{
    /// <summary>The texts whose sentence vectors are to be stored (<see cref="SentenceVectors.TextsOf"/>), when asked for; else none.</summary>
    public IReadOnlyList<string> VectorTexts { get; init; } = [];

    /// <summary>
    /// Analyses one article with <paramref name="pipeline"/>; an exception becomes a <see cref="Failure"/>.
    /// <paramref name="vectorTexts"/> also keeps the texts to encode for sentence vectors.
    /// </summary>
    public static AnalysedArticle Of(Article article, AnalysisPipeline pipeline, bool encodeAnalysis, bool vectorTexts = false)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(pipeline);
        var version = AnalysisVersion.Of(pipeline);
        try
        {
            var analysis = pipeline.Analyze(article);
            return new AnalysedArticle(FeatureCodec.Encode(ArticleFeatures.From(analysis)), version, encodeAnalysis ? AnalysisCodec.Encode(analysis) : null, null)
            {
                VectorTexts = vectorTexts ? SentenceVectors.TextsOf(analysis) : [],
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new AnalysedArticle(null, version, null, $"{e.GetType().Name}: {e.Message}");
        }
    }
}
