using Microsoft.Data.Sqlite;

namespace Parallax.Cli.Tests;

public sealed class ReanalyseCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parallax-cli-reanalyse-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private string Corpus()
    {
        var dump = Path.Combine(_dir, "dump.jsonl");
        File.WriteAllText(dump, """
            {"title":"Bridge opens","text":"Mayor Ada Lindqvist opened the Kestrel Bridge on Friday after two years of work.","outlet":"Harbour Post","url":"https://example.org/bridge"}
            {"title":"Ferry strike","text":"Ferry crews in Port Velan walked out on Monday over pay, the union said.","outlet":"Coast Daily","url":"https://example.org/ferry"}
            """);
        var db = Path.Combine(_dir, "test.db");
        Assert.Equal(0, CliRunner.Run("ingest", dump, "--db", db, "--quiet").ExitCode);
        return db;
    }

    /// <summary>Marks the cached analyses of up to <paramref name="count"/> texts as made by an older analyser.</summary>
    private static void MarkOlder(string db, int count)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE analyses SET pipeline = 'older@000000000000' WHERE content_hash IN (SELECT content_hash FROM analyses ORDER BY content_hash LIMIT $n)";
        command.Parameters.AddWithValue("$n", count);
        Assert.Equal(count, command.ExecuteNonQuery());
    }

    [Fact]
    public void Older_analyses_are_made_again_with_progress_on_stderr_and_a_second_run_does_nothing()
    {
        var db = Corpus();
        var (code, stdout, stderr) = CliRunner.Run("reanalyse", "--db", db);
        Assert.Equal(0, code);
        Assert.StartsWith("0 re-analysed, 0 failed, 2 already current", stdout, StringComparison.Ordinal);

        MarkOlder(db, 2);
        (code, stdout, stderr) = CliRunner.Run("reanalyse", "--db", db, "--batch", "1");
        Assert.Equal(0, code);
        Assert.StartsWith("2 re-analysed, 0 failed, 0 already current", stdout, StringComparison.Ordinal);
        Assert.Contains("parallax: 2 of 2 re-analysed (100%)", stderr, StringComparison.Ordinal);

        MarkOlder(db, 1);
        (code, stdout, stderr) = CliRunner.Run("reanalyse", "--db", db, "--quiet");
        Assert.Equal(0, code);
        Assert.StartsWith("1 re-analysed, 0 failed, 1 already current", stdout, StringComparison.Ordinal);
        Assert.Equal("", stderr);
    }

    [Fact]
    public void A_missing_database_exits_74_and_cluster_on_sqlite_exits_2_each_with_one_line()
    {
        var (code, _, stderr) = CliRunner.Run("reanalyse", "--db", Path.Combine(_dir, "missing.db"));
        Assert.Equal(74, code);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        var db = Corpus();
        (code, _, stderr) = CliRunner.Run("reanalyse", "--db", db, "--cluster");
        Assert.Equal(2, code);
        Assert.StartsWith("parallax: ", Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }
}
