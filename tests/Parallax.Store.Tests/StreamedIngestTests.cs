using Parallax.Ingest;

namespace Parallax.Store.Tests;

public abstract class StreamedIngestTests(StoreKind kind)
{
    [Fact]
    public void A_jsonl_with_a_bad_line_stores_the_good_articles_and_reports_the_bad_line_once()
    {
        using var temp = TestStore.Create(kind);
        var lines = Enumerable.Range(1, 4).Select(i => Invented.Json($"Story {i}", Invented.Article(i, 0), "Daily Test", Invented.Url(i))).ToList();
        lines.Insert(2, "{\"title\": \"cut off");
        var file = temp.Write("dump.jsonl", Invented.Lines(lines));
        using var store = temp.Open();
        var problems = new List<IngestProblem>();
        var summary = new CorpusIngestor(store, new IngestOptions { BatchSize = 2 }).Run(ArticleLoader.Open([file]), problems.Add, cancellation: TestContext.Current.CancellationToken);
        var problem = Assert.Single(problems);
        Assert.Equal((file, 3), (problem.Source, problem.Line));
        Assert.Equal((5L, 4L, 1L), (summary.Progress.Read, summary.Progress.Added, summary.Progress.Skipped));
        Assert.Equal(4, store.ArticleCount);
    }

    [Fact]
    public void Progress_can_follow_the_bytes_read_of_the_input()
    {
        using var temp = TestStore.Create(kind);
        var file = temp.Write("dump.jsonl", Invented.Lines(Enumerable.Range(1, 6).Select(i => Invented.Json($"Story {i}", Invented.Article(i, 0), "Daily Test", Invented.Url(i)))));
        using var store = temp.Open();
        var input = ArticleLoader.Open([file]);
        var seen = new List<long>();
        new CorpusIngestor(store, new IngestOptions { BatchSize = 2 }).Run(input, progress: new Recorder(() => seen.Add(input.BytesRead)), cancellation: TestContext.Current.CancellationToken);
        Assert.All(seen, b => Assert.InRange(b, 1, input.TotalBytes));
        Assert.Equal(input.TotalBytes, seen[^1]);
    }

    private sealed class Recorder(Action onReport) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => onReport();
    }
}

public sealed class StreamedIngestTestsOnSqlite() : StreamedIngestTests(StoreKind.Sqlite);

public sealed class StreamedIngestTestsOnPostgres() : StreamedIngestTests(StoreKind.Postgres);
