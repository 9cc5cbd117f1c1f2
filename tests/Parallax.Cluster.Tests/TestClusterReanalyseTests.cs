using Orleans.TestingHost;
using Parallax.Cluster.Analysis;
using Parallax.Store;
using Parallax.Store.Tests;

namespace Parallax.Cluster.Tests;

/// <summary>Re-analysis spread over an Orleans test cluster of three silos in this process (SQLite store).</summary>
public sealed class TestClusterReanalyseTests
{
    private const int Events = 12;
    private const int Outlets = 3;

    [Fact]
    public async Task Given_three_silos_when_one_stops_mid_reanalysis_then_every_article_gets_once_the_analysis_a_single_process_makes()
    {
        using var folder = new TempFolder();
        var file = Corpus.Write(folder, Events, Outlets);
        using var store = ArticleStores.Open(System.IO.Path.Combine(folder.Path, "cluster.db"));
        new CorpusIngestor(store, new IngestOptions { BatchSize = 8, CacheAnalyses = false }).Run(Corpus.Read(file), cancellation: TestContext.Current.CancellationToken);
        var stories = Corpus.Stories(store);
        using var single = ArticleStores.Open(System.IO.Path.Combine(folder.Path, "single.db"));
        new CorpusIngestor(single, new IngestOptions { BatchSize = 8, CacheAnalyses = false }).Run(Corpus.Read(file), cancellation: TestContext.Current.CancellationToken);
        new CorpusReanalyser(single).Run(cancellation: TestContext.Current.CancellationToken);

        var cluster = new TestClusterBuilder(3).Build();
        await cluster.DeployAsync(TestContext.Current.CancellationToken);
        try
        {
            var stopped = false;
            var progress = new StopAfter(8, () =>
            {
                var secondary = TestClusterIngestTests.BusiestSecondary(cluster).GetAwaiter().GetResult();
                cluster.StopSiloAsync(secondary).GetAwaiter().GetResult();
                stopped = true;
            });
            var summary = new CorpusReanalyser(store, new ReanalyseOptions { BatchSize = 8, Analyst = new ClusterAnalyst(cluster.Client) })
                .Run(progress: progress, cancellation: TestContext.Current.CancellationToken);

            Assert.True(stopped, "the silo was not stopped during the run");
            Assert.Equal(new ReanalyseProgress(Events * Outlets, 0, Events * Outlets), summary.Progress);
            Assert.Equal(0, store.CountWithoutAnalysis(AnalysisVersion.Current));
            foreach (var story in store.Stories(limit: int.MaxValue))
            {
                foreach (var article in store.ArticlesOf(story.Id))
                {
                    var expected = single.CachedAnalysis(article.ContentHash, AnalysisVersion.Current);
                    Assert.NotNull(expected);
                    Assert.Equal(expected, store.CachedAnalysis(article.ContentHash, AnalysisVersion.Current));
                }
            }
            Assert.Equal(stories, Corpus.Stories(store));
        }
        finally
        {
            await cluster.StopAllSilosAsync(CancellationToken.None);
            await cluster.DisposeAsync();
        }
    }

    /// <summary>Runs an action once, on the writer, when <c>analysed</c> articles are stored; the run waits for it.</summary>
    private sealed class StopAfter(int analysed, Action action) : IProgress<ReanalyseProgress>
    {
        private bool _done;

        public void Report(ReanalyseProgress value)
        {
            if (_done || value.Analysed < analysed)
                return;
            _done = true;
            action();
        }
    }
}
