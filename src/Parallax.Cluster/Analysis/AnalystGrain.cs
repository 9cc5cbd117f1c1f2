using Microsoft.Extensions.DependencyInjection;
using Orleans.Placement;
using Parallax.Analysis;
using Parallax.Corpus;

namespace Parallax.Cluster.Analysis;

/// <summary>Analyses articles on the silo it lives on. Stateless: a call lost with its silo is simply made again.</summary>
[Alias("parallax.IAnalystGrain")]
internal interface IAnalystGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// The analysis of each article, in order; <paramref name="encodeAnalyses"/> also returns each analysis encoded for the
    /// cache, and <paramref name="storeVectors"/> has the silo store the vectors of the articles' sentences first.
    /// </summary>
    [Alias("Analyse")]
    Task<AnalysedMessage[]> Analyse(ArticleMessage[] articles, bool encodeAnalyses, bool storeVectors);
}

/// <summary>
/// One analyst slot: the ingest keys its calls by slot, and random placement spreads the slots over the silos; a slot
/// whose silo left is activated again on another. A call uses every core of its silo.
/// </summary>
[RandomPlacement]
internal sealed class AnalystGrain : Grain, IAnalystGrain
{
    private static readonly AnalysisPipeline Pipeline = Analyzer.Default;

    public Task<AnalysedMessage[]> Analyse(ArticleMessage[] articles, bool encodeAnalyses, bool storeVectors)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var vectors = storeVectors
            ? ServiceProvider.GetService<WorkerVectors>() ?? throw new InvalidOperationException("a worker was asked for sentence vectors but has no sentence encoder")
            : null;
        return Task.Run(() =>
        {
            var analysed = new AnalysedArticle[articles.Length];
            Parallel.For(0, articles.Length, i => analysed[i] = AnalysedArticle.Of(articles[i].ToArticle(), Pipeline, encodeAnalyses, vectorTexts: storeVectors));
            vectors?.Store([.. analysed.SelectMany(a => a.VectorTexts)]);
            return analysed.Select(AnalysedMessage.From).ToArray();
        });
    }
}
