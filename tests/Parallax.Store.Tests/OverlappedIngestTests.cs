using Parallax.Analysis;
using Parallax.Documents;
using Parallax.Ingest;

namespace Parallax.Store.Tests;

/// <summary>Reading, analysis and writing run at once, and the store still receives the articles as they were read.</summary>
public abstract class OverlappedIngestTests(StoreKind kind)
{
    /// <summary>Holds the analysis of the article marked "Slowpoke" until the one marked "Sprinter" has been analysed.</summary>
    private sealed class Relay : IAnalysisComponent
    {
        private readonly ManualResetEventSlim _sprinterDone = new();

        public string Name => "relay";

        public AnalysisLayers Requires => AnalysisLayers.None;

        public AnalysisLayers Assigns => AnalysisLayers.None;

        public ArticleAnalysis Process(ArticleAnalysis document)
        {
            if (document.Text.Contains("Sprinter", StringComparison.Ordinal))
                _sprinterDone.Set();
            else if (document.Text.Contains("Slowpoke", StringComparison.Ordinal) && !_sprinterDone.Wait(TimeSpan.FromSeconds(30)))
                throw new InvalidOperationException("the later article was never analysed while this one waited");
            return document;
        }
    }

    [Fact]
    public void Given_a_later_article_analysed_first_then_the_articles_are_stored_in_input_order()
    {
        using var temp = TestStore.Create(kind);
        var file = temp.Write("news.jsonl", Invented.Lines([
            Invented.Json("First", Invented.Article(1, 0), "Daily Test", Invented.Url(1)),
            Invented.Json("Second", Invented.Article(2, 0) + " Slowpoke.", "Daily Test", Invented.Url(2)),
            Invented.Json("Third", Invented.Article(3, 0) + " Sprinter.", "Daily Test", Invented.Url(3)),
            Invented.Json("Fourth", Invented.Article(4, 0), "Daily Test", Invented.Url(4)),
        ]));
        using var store = temp.Open();
        var options = new IngestOptions { Pipeline = new AnalysisPipelineBuilder().Add(new Relay()).Build(), BatchSize = 3, Parallelism = 2 };
        var problems = new List<IngestProblem>();

        var summary = new CorpusIngestor(store, options).Run(ArticleLoader.Load(file), problems.Add, cancellation: TestContext.Current.CancellationToken);

        Assert.Empty(problems);
        Assert.Equal(4, summary.Progress.Added);
        Assert.Equal(["First", "Second", "Third", "Fourth"], Enumerable.Range(1, 4).Select(id => store.Article(id)!.Article.Title));
    }

    [Fact]
    public void Given_a_run_cancelled_after_its_first_batch_when_the_same_ingestor_runs_again_then_every_article_is_stored_once()
    {
        using var temp = TestStore.Create(kind);
        var file = temp.Write("news.jsonl", Invented.Lines(Enumerable.Range(1, 8).Select(i => Invented.Json($"Story {i}", Invented.Article(i, 0), "Daily Test", Invented.Url(i)))));
        using var store = temp.Open();
        var ingestor = new CorpusIngestor(store, new IngestOptions { BatchSize = 2 });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var first = ingestor.Run(ArticleLoader.Load(file), progress: new CancelOnReport(stop), cancellation: stop.Token);
        var second = ingestor.Run(ArticleLoader.Load(file), cancellation: TestContext.Current.CancellationToken);

        Assert.InRange(first.Progress.Added, 2, 8);
        Assert.Equal(8, first.Progress.Added + second.Progress.Added);
        Assert.Equal(first.Progress.Added, second.Progress.Duplicates);
        Assert.Equal(8, store.ArticleCount);
    }

    private sealed class CancelOnReport(CancellationTokenSource source) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => source.Cancel();
    }
}

public sealed class OverlappedIngestTestsOnSqlite() : OverlappedIngestTests(StoreKind.Sqlite);

public sealed class OverlappedIngestTestsOnPostgres() : OverlappedIngestTests(StoreKind.Postgres);
