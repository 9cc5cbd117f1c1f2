using Parallax.Analysis;
using Parallax.Ingest;

namespace Parallax.Store.Tests;

public abstract class ReanalyseTests(StoreKind kind)
{
    private const string Older = "older-analyser@000000000000";

    /// <summary>Six articles: the first three analysed by this build, the last three only by an older analyser (unreadable data).</summary>
    private static IArticleStore Corpus(TestStore temp)
    {
        var current = temp.Write("current.jsonl", Invented.Lines([.. new[] { 11, 22, 33 }.Select((e, i) => Invented.Json($"Current {e}", Invented.Article(e, 0), "Outlet A", Invented.Url(i + 1)))]));
        var older = temp.Write("older.jsonl", Invented.Lines([.. new[] { 44, 55, 66 }.Select((e, i) => Invented.Json($"Older {e}", Invented.Article(e, 0), "Outlet B", Invented.Url(i + 10)))]));
        var store = temp.Open();
        new CorpusIngestor(store).Run(ArticleLoader.Load(current), cancellation: TestContext.Current.CancellationToken);
        new CorpusIngestor(store, new IngestOptions { CacheAnalyses = false }).Run(ArticleLoader.Load(older), cancellation: TestContext.Current.CancellationToken);
        store.CacheAnalyses([.. Stored(store).Where(a => a.Article.Title!.StartsWith("Older", StringComparison.Ordinal)).Select(a => new CachedAnalysis(a.ContentHash, Older, [1, 2, 3]))]);
        return store;
    }

    private static List<StoredArticle> Stored(IArticleStore store) => [.. store.Stories().SelectMany(s => store.ArticlesOf(s.Id)).OrderBy(a => a.Id)];

    [Fact]
    public void Analyses_by_an_older_analyser_are_made_again_and_equal_a_fresh_analysis_and_current_ones_are_untouched()
    {
        using var temp = TestStore.Create(kind);
        using var store = Corpus(temp);
        var version = AnalysisVersion.Current;
        var articles = Stored(store);
        var before = articles.ToDictionary(a => a.Id, a => store.CachedAnalysis(a.ContentHash, version));
        var stories = articles.ToDictionary(a => a.Id, a => a.Story);
        Assert.Equal(3, before.Values.Count(v => v is null));
        Assert.Equal(3, store.CountWithoutAnalysis(version));

        var summary = new CorpusReanalyser(store, new ReanalyseOptions { BatchSize = 2 }).Run(cancellation: TestContext.Current.CancellationToken);

        Assert.Equal(new ReanalyseProgress(3, 0, 3), summary.Progress);
        Assert.Equal(3, summary.Dropped);
        foreach (var article in Stored(store))
        {
            var now = store.CachedAnalysis(article.ContentHash, version);
            Assert.NotNull(now);
            if (before[article.Id] is { } old)
                Assert.Equal(old, now);
            else
                Assert.Equal(AnalysisCodec.Encode(Analyzer.Default.Analyze(article.Article)), now);
            Assert.Null(store.CachedAnalysis(article.ContentHash, Older));
            Assert.Equal(stories[article.Id], article.Story);
        }
        Assert.Equal(0, store.CountWithoutAnalysis(version));
        Assert.Equal(new ReanalyseProgress(0, 0, 0), new CorpusReanalyser(store).Run(cancellation: TestContext.Current.CancellationToken).Progress);
    }

    [Fact]
    public void A_cancelled_run_keeps_its_committed_batches_and_the_next_run_does_only_the_rest()
    {
        using var temp = TestStore.Create(kind);
        using var store = Corpus(temp);
        using var cancel = new CancellationTokenSource();
        var first = new CorpusReanalyser(store, new ReanalyseOptions { BatchSize = 1 }).Run(progress: new Stop(cancel), cancellation: cancel.Token);
        Assert.True(first.Cancelled);
        Assert.Equal(1, first.Progress.Analysed);
        Assert.Equal(0, first.Dropped);
        Assert.Equal(2, store.CountWithoutAnalysis(AnalysisVersion.Current));

        var second = new CorpusReanalyser(store).Run(cancellation: TestContext.Current.CancellationToken);
        Assert.False(second.Cancelled);
        Assert.Equal(new ReanalyseProgress(2, 0, 2), second.Progress);
        Assert.Equal(0, store.CountWithoutAnalysis(AnalysisVersion.Current));
    }

    private sealed class Stop(CancellationTokenSource cancel) : IProgress<ReanalyseProgress>
    {
        public void Report(ReanalyseProgress value) => cancel.Cancel();
    }
}

public sealed class ReanalyseTestsOnSqlite() : ReanalyseTests(StoreKind.Sqlite);

public sealed class ReanalyseTestsOnPostgres() : ReanalyseTests(StoreKind.Postgres);
