namespace Parallax.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parallax-cli-ingest-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_jsonl_with_a_bad_line_exits_1_with_one_error_line_naming_the_file_and_line_and_stores_the_rest()
    {
        var dump = Path.Combine(_dir, "dump.jsonl");
        File.WriteAllText(dump, """
            {"title":"Bridge opens","text":"Mayor Ada Lindqvist opened the Kestrel Bridge on Friday after two years of work.","outlet":"Harbour Post","url":"https://example.org/bridge"}
            {"title":"Broken", "text": 
            {"title":"Ferry strike","text":"Ferry crews in Port Velan walked out on Monday over pay, the union said.","outlet":"Coast Daily","url":"https://example.org/ferry"}
            """);
        var db = Path.Combine(_dir, "test.db");
        var (code, stdout, stderr) = CliRunner.Run("ingest", dump, "--db", db);
        Assert.Equal(1, code);
        var error = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"parallax: {dump}:2: invalid JSON", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
        Assert.Contains("2 added", stdout, StringComparison.Ordinal);
        Assert.Contains("1 skipped", stdout, StringComparison.Ordinal);
    }
}
