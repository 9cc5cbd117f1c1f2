namespace Parallax.Cli.Tests;

public sealed class ErrorHandlingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parallax-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static void AssertOneLineErrorWithoutStackTrace(string stderr, string mustMention)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains(mustMention, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_one_line_naming_it_and_a_non_zero_exit()
    {
        var missing = Path.Combine(_dir, "nowhere.txt");
        var (code, _, stderr) = CliRunner.Run("analyze", missing);
        Assert.NotEqual(0, code);
        AssertOneLineErrorWithoutStackTrace(stderr, "nowhere.txt");
    }

    [Fact]
    public void An_unknown_format_is_reported_with_the_file_name()
    {
        var pdf = Path.Combine(_dir, "report.pdf");
        File.WriteAllText(pdf, "not really a pdf");
        var (code, _, stderr) = CliRunner.Run("analyze", pdf);
        Assert.NotEqual(0, code);
        AssertOneLineErrorWithoutStackTrace(stderr, "report.pdf");
    }

    [Fact]
    public void A_binary_file_is_reported_not_analysed()
    {
        var binary = Path.Combine(_dir, "blob.txt");
        File.WriteAllBytes(binary, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0x00, 0x10]);
        var (code, _, stderr) = CliRunner.Run("analyze", binary);
        Assert.NotEqual(0, code);
        AssertOneLineErrorWithoutStackTrace(stderr, "blob.txt");
    }

    [Fact]
    public void A_bad_file_among_good_ones_is_reported_and_the_good_ones_are_still_analysed()
    {
        var good = Path.Combine(_dir, "good.txt");
        File.WriteAllText(good, "Mayor Ada Lindqvist opened the bridge on Friday.");
        var (code, stdout, stderr) = CliRunner.Run("analyze", good, Path.Combine(_dir, "missing.md"), "--format", "json");
        Assert.Equal(1, code);
        Assert.Contains("Ada Lindqvist", stdout, StringComparison.Ordinal);
        AssertOneLineErrorWithoutStackTrace(stderr, "missing.md");
    }

    [Fact]
    public void An_unknown_option_value_is_a_usage_error()
    {
        var good = Path.Combine(_dir, "good.txt");
        File.WriteAllText(good, "A short text.");
        var (code, _, _) = CliRunner.Run("analyze", good, "--format", "pdf");
        Assert.NotEqual(0, code);
    }

    [Fact]
    public void Writing_into_a_missing_folder_is_a_clear_error()
    {
        var good = Path.Combine(_dir, "good.txt");
        File.WriteAllText(good, "A short text about the harbour.");
        var (code, _, stderr) = CliRunner.Run("compare", good, good, "--out", Path.Combine(_dir, "no", "such", "story.html"));
        Assert.NotEqual(0, code);
        AssertOneLineErrorWithoutStackTrace(stderr, "does not exist");
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var (code, stdout, _) = CliRunner.Run("--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+\.\d+", stdout.Trim());
    }

    [Fact]
    public void Help_lists_the_commands()
    {
        var (code, stdout, _) = CliRunner.Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("analyze", stdout, StringComparison.Ordinal);
        Assert.Contains("compare", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_with_a_missing_database_is_one_line_naming_it_and_a_non_zero_exit()
    {
        var (code, stdout, stderr) = CliRunner.Run("serve", "--db", Path.Combine(_dir, "missing.db"));
        Assert.NotEqual(0, code);
        Assert.Equal("", stdout);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        AssertOneLineErrorWithoutStackTrace(stderr, "missing.db: no such database");
        Assert.False(File.Exists(Path.Combine(_dir, "missing.db")));
    }

    [Fact]
    public async Task Serve_on_a_port_in_use_is_one_line_and_a_non_zero_exit()
    {
        var db = Path.Combine(_dir, "empty.db");
        Parallax.Store.SqliteArticleStore.Open(db).Dispose();
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var run = Task.Run(() => CliRunner.Run("serve", "--db", db, "--port", port), TestContext.Current.CancellationToken);
            Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken)));
            var (code, _, stderr) = await run;
            Assert.NotEqual(0, code);
            AssertOneLineErrorWithoutStackTrace(stderr, $"port {port} on 127.0.0.1 is already in use");
        }
        finally
        {
            listener.Stop();
        }
    }
}
