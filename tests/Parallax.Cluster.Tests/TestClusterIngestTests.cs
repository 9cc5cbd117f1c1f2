using Orleans.TestingHost;
using Parallax.Cluster.Analysis;
using Parallax.Store;
using Parallax.Store.Tests;

namespace Parallax.Cluster.Tests;

/// <summary>Ingest analysed on an Orleans test cluster of three silos in this process (development clustering, SQLite store).</summary>
public sealed class TestClusterIngestTests
{
    private const int Events = 24;
    private const int Outlets = 3;

    [Fact]
    public async Task Given_three_silos_when_one_stops_mid_ingest_then_every_article_is_stored_once_in_the_stories_of_a_single_process_run()
    {
        using var folder = new TempFolder();
        var file = Corpus.Write(folder, Events, Outlets);
        var single = System.IO.Path.Combine(folder.Path, "single.db");
        var clustered = System.IO.Path.Combine(folder.Path, "cluster.db");
        using (var store = ArticleStores.Open(single))
            new CorpusIngestor(store, new IngestOptions { BatchSize = 8 }).Run(Corpus.Read(file), cancellation: TestContext.Current.CancellationToken);

        var cluster = new TestClusterBuilder(3).Build();
        await cluster.DeployAsync(TestContext.Current.CancellationToken);
        try
        {
            var analyst = new ClusterAnalyst(cluster.Client);
            var stopped = false;
            using var store = ArticleStores.Open(clustered);
            var progress = new StopAfter(16, () =>
            {
                if (BusiestSecondaryOrNone(cluster).GetAwaiter().GetResult() is not { } busiest)
                    return false;
                cluster.StopSiloAsync(busiest).GetAwaiter().GetResult();
                stopped = true;
                return true;
            });
            var summary = new CorpusIngestor(store, new IngestOptions { BatchSize = 8, Analyst = analyst })
                .Run(Corpus.Read(file), progress: progress, cancellation: TestContext.Current.CancellationToken);

            Assert.True(stopped, "the silo was not stopped during the run");
            Assert.Equal(Events * Outlets, summary.Progress.Added);
            Assert.Equal(Events * Outlets, store.ArticleCount);
            Assert.Equal(Events * Outlets, store.Stories(limit: int.MaxValue).Sum(story => store.ArticlesOf(story.Id).Count));
            using var reference = ArticleStores.Open(single);
            var expected = Corpus.Stories(reference);
            Assert.True(expected.Count < Events * Outlets, "the generated corpus should make multi-article stories");
            Assert.Equal(expected, Corpus.Stories(store));
        }
        finally
        {
            await cluster.StopAllSilosAsync(CancellationToken.None);
            await cluster.DisposeAsync();
        }
    }

    /// <summary>The secondary silo holding the most analysts (the test fails if none holds one: the stop would prove nothing).</summary>
    internal static async Task<SiloHandle> BusiestSecondary(TestCluster cluster)
    {
        var (busiest, analysts) = await Busiest(cluster);
        Assert.True(analysts.GetValueOrDefault(busiest.SiloAddress) > 0, "no secondary silo holds an analyst: " + string.Join(", ", analysts));
        return busiest;
    }

    /// <summary>The secondary silo holding the most analysts, or null while none holds one (placement is random: the first batches may all land on the primary).</summary>
    private static async Task<SiloHandle?> BusiestSecondaryOrNone(TestCluster cluster)
    {
        var (busiest, analysts) = await Busiest(cluster);
        return analysts.GetValueOrDefault(busiest.SiloAddress) > 0 ? busiest : null;
    }

    private static async Task<(SiloHandle Busiest, Dictionary<Orleans.Runtime.SiloAddress, int> Analysts)> Busiest(TestCluster cluster)
    {
        var statistics = await cluster.Client.GetGrain<Orleans.Runtime.IManagementGrain>(0).GetSimpleGrainStatistics();
        var analysts = statistics.Where(s => s.GrainType.Contains(nameof(AnalystGrain), StringComparison.Ordinal))
            .GroupBy(s => s.SiloAddress).ToDictionary(g => g.Key, g => g.Sum(s => s.ActivationCount));
        return (cluster.SecondarySilos.MaxBy(silo => analysts.GetValueOrDefault(silo.SiloAddress))!, analysts);
    }

    /// <summary>From <c>added</c> articles stored, runs an action on the ingest's writer at each report until it says it is done; the ingest waits for it.</summary>
    private sealed class StopAfter(int added, Func<bool> action) : IProgress<IngestProgress>
    {
        private bool _done;

        public void Report(IngestProgress value)
        {
            if (_done || value.Added < added)
                return;
            _done = action();
        }
    }
}
