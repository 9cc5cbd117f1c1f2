using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Parallax.Store.Tests;

public sealed class KilledIngestTests
{
    private const int Total = 6000;

    [Fact]
    public async Task A_killed_ingest_keeps_only_complete_articles_and_the_next_run_finishes_with_each_article_once()
    {
        using var temp = new TempFolder();
        var file = temp.Write("big.jsonl", Invented.Lines(Enumerable.Range(1, Total).Select(i => Invented.Json($"Report {i}", Invented.Article(i % 500, i, sentences: 10), $"Outlet {i % 7}", Invented.Url(i)))));

        using (var child = Start(file, temp.Db))
        {
            var deadline = Stopwatch.StartNew();
            while (Count(temp.Db, "articles") < 300)
            {
                if (child.HasExited)
                    Assert.Fail("the ingest finished or failed before it could be killed: " + await child.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
                Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(3), "the ingest stored too few articles in time");
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        long stored;
        using (var store = SqliteArticleStore.Open(temp.Db))
            stored = store.ArticleCount;
        Assert.InRange(stored, 300, Total - 1);
        Assert.Equal(stored, Count(temp.Db, "articles_fts_docsize"));
        Assert.Equal(stored, Count(temp.Db, "analyses"));
        Assert.Equal(stored, Scalar(temp.Db, "SELECT COALESCE(SUM(size), 0) FROM stories"));

        using (var again = Start(file, temp.Db))
        {
            var error = again.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await again.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(again.ExitCode == 0, await error);
        }
        Assert.Equal(Total, Count(temp.Db, "articles"));
        Assert.Equal(Total, Scalar(temp.Db, "SELECT COUNT(DISTINCT url) FROM articles"));
        Assert.Equal(Total, Scalar(temp.Db, "SELECT COALESCE(SUM(size), 0) FROM stories"));
    }

    private static Process Start(string file, string db)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "parallax.dll"), "ingest", file, "--db", db, "--batch", "64", "--quiet" })
            info.ArgumentList.Add(arg);
        var process = Process.Start(info)!;
        process.StandardOutput.ReadToEndAsync();
        return process;
    }

    private static long Count(string db, string table) => File.Exists(db) ? Scalar(db, $"SELECT COUNT(*) FROM {table}") : 0;

    private static long Scalar(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 1;
        try
        {
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 1 or 5 or 6)
        {
            return 0;
        }
    }
}
