using System.Diagnostics;
using Parallax.Analysis;

namespace Parallax.Corpus;

/// <summary>Settings of a <see cref="CorpusReanalyser"/>.</summary>
public sealed record ReanalyseOptions
{
    /// <summary>Articles per transaction.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>The analysis pipeline whose version the stored analyses are brought to.</summary>
    public AnalysisPipeline Pipeline { get; init; } = Analyzer.Default;

    /// <summary>Where articles are analysed: null for this machine's cores, else, for example, the silos of a cluster.</summary>
    public IArticleAnalyst? Analyst { get; init; }
}

/// <summary>Counts so far, reported after every committed batch.</summary>
/// <param name="Analysed">Articles whose analysis was made again and stored.</param>
/// <param name="Failed">Articles whose analysis failed (their old analysis is kept; a later run tries them again).</param>
/// <param name="Remaining">Articles left to analyse when the run started.</param>
public sealed record ReanalyseProgress(long Analysed, long Failed, long Remaining);

/// <summary>The outcome of a re-analysis.</summary>
/// <param name="Progress">Final counts.</param>
/// <param name="Elapsed">Wall time.</param>
/// <param name="Cancelled">True when the run was cancelled (every batch committed before is kept).</param>
/// <param name="Dropped">Cached analyses of older versions deleted at the end (0 when cancelled or when some failed).</param>
public sealed record ReanalyseSummary(ReanalyseProgress Progress, TimeSpan Elapsed, bool Cancelled, long Dropped);

/// <summary>
/// Brings the stored analyses of a corpus to the current <see cref="AnalysisVersion"/>: every stored article whose text has
/// no analysis cached by this version (one by an older analyser, or none) is analysed again, and the new analyses are stored
/// one transaction per batch. Resumable: what is already current is never picked again, so a killed run continues where it
/// stopped. Articles keep their stories and clustering features: a story is what the ingest decided when the article came
/// in, and moving articles between stories after the fact would change the ids and reports readers have seen.
/// </summary>
public sealed class CorpusReanalyser(IArticleStore store, ReanalyseOptions? options = null)
{
    private readonly ReanalyseOptions _options = options ?? new ReanalyseOptions();

    /// <summary>Re-analyses what is out of date; <paramref name="onFailure"/> hears each article whose analysis failed.</summary>
    public ReanalyseSummary Run(Action<StoredArticle, string>? onFailure = null, IProgress<ReanalyseProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.BatchSize, 1);
        var watch = Stopwatch.StartNew();
        var version = AnalysisVersion.Of(_options.Pipeline);
        var remaining = store.CountWithoutAnalysis(version);
        long analysed = 0, failed = 0, after = 0;
        while (!cancellation.IsCancellationRequested)
        {
            var batch = store.ArticlesWithoutAnalysis(version, after, _options.BatchSize);
            if (batch.Count == 0)
                break;
            after = batch[^1].Id;
            var results = Analyse(batch);
            var fresh = new List<CachedAnalysis>(batch.Count);
            for (var i = 0; i < batch.Count; i++)
            {
                if (results[i].Analysis is { } data)
                {
                    if (results[i].Pipeline != version)
                        throw new InvalidOperationException($"a worker analysed with version {results[i].Pipeline}, this parallax is {version}: run the same build on every worker");
                    fresh.Add(new CachedAnalysis(batch[i].ContentHash, version, data));
                }
                else
                {
                    failed++;
                    onFailure?.Invoke(batch[i], results[i].Failure ?? "no analysis returned");
                }
            }
            store.CacheAnalyses(fresh);
            analysed += fresh.Count;
            progress?.Report(new ReanalyseProgress(analysed, failed, remaining));
        }
        var cancelled = cancellation.IsCancellationRequested;
        var dropped = !cancelled && failed == 0 ? store.DropSupersededAnalyses(version) : 0;
        return new ReanalyseSummary(new ReanalyseProgress(analysed, failed, remaining), watch.Elapsed, cancelled, dropped);
    }

    private IReadOnlyList<AnalysedArticle> Analyse(IReadOnlyList<StoredArticle> batch)
    {
        if (_options.Analyst is { } analyst)
        {
            var results = analyst.Analyse([.. batch.Select(a => a.Article)]);
            if (results.Count != batch.Count)
                throw new InvalidOperationException($"the analyst returned {results.Count} analyses for {batch.Count} articles");
            return results;
        }
        var local = new AnalysedArticle[batch.Count];
        Parallel.For(0, batch.Count, i => local[i] = AnalysedArticle.Of(batch[i].Article, _options.Pipeline, encodeAnalysis: true));
        return local;
    }
}
