using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Parallax.Cli.Commands;

namespace Parallax.Cli.Tests;

/// <summary>"-" reads the articles from standard input, in the format its first bytes show.</summary>
public class StandardInputTests
{
    private const string Article = "PORT ELLIS (Harbour Watch) — Dock workers at Port Ellis walked off the job on Monday, the union said.\n\nTalks with the port authority collapsed on Sunday.\n";

    private static JsonElement Json(string stdout) => JsonDocument.Parse(stdout).RootElement;

    [Fact]
    public void Analyze_reads_plain_text_from_standard_input_twice_over_as_it_reads_files()
    {
        var (code, stdout, stderr) = CliRunner.RunWithInput(Article, "analyze", "-", "--format", "json");
        Assert.True(code == 0, stderr);
        var article = Assert.Single(Json(stdout).GetProperty("articles").EnumerateArray());
        Assert.Equal("Harbour Watch", article.GetProperty("outlet").GetString());
    }

    [Fact]
    public void Compare_reads_json_lines_from_standard_input_and_names_it_stdin_in_a_problem()
    {
        const string lines = "{\"outlet\":\"Harbour Watch\",\"text\":\"Dock workers at Port Ellis went on strike on Monday.\"}\n"
            + "{\"outlet\":\"Coast Daily\",\"text\":\"Dock workers at Port Ellis walked out on Monday.\"}\nnot json\n";
        var (code, stdout, stderr) = CliRunner.RunWithInput(lines, "compare", "-", "--format", "json");
        Assert.Equal(1, code);
        Assert.Equal(2, Json(stdout).GetProperty("articles").GetArrayLength());
        Assert.StartsWith("parallax: stdin:3: invalid JSON", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzipped_standard_input_is_read_in_its_content_format()
    {
        using var zipped = new MemoryStream();
        using (var gzip = new GZipStream(zipped, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(Encoding.UTF8.GetBytes("[{\"outlet\":\"Harbour Watch\",\"text\":\"Dock workers went on strike on Monday.\"}]"));
        var (code, stdout, stderr) = CliRunner.RunWithInput(zipped.ToArray(), "analyze", "-", "--format", "json");
        Assert.True(code == 0, stderr);
        Assert.Equal("Harbour Watch", Json(stdout).GetProperty("articles")[0].GetProperty("outlet").GetString());
    }

    [Fact]
    public void Json_lines_whose_first_line_is_longer_than_the_head_read_are_still_json_lines()
    {
        var text = string.Join(" ", Enumerable.Repeat("Dock workers at Port Ellis walked off the job on Monday.", 150));
        var lines = $"{{\"outlet\":\"Harbour Watch\",\"text\":\"{text}\"}}\n{{\"outlet\":\"Coast Daily\",\"text\":\"{text}\"}}\n";
        Assert.True(lines.IndexOf('\n', StringComparison.Ordinal) > 4096);
        var (code, stdout, stderr) = CliRunner.RunWithInput(lines, "analyze", "-", "--format", "json");
        Assert.True(code == 0, stderr);
        Assert.Equal(2, Json(stdout).GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public void Text_opening_with_a_bracket_is_text_not_json()
    {
        var (code, stdout, stderr) = CliRunner.RunWithInput("[Update] " + Article, "analyze", "-", "--format", "json");
        Assert.True(code == 0, stderr);
        Assert.Single(Json(stdout).GetProperty("articles").EnumerateArray());
    }

    [Fact]
    public void Ingest_stores_the_records_of_standard_input_under_stdin_not_the_temporary_file()
    {
        var folder = Directory.CreateTempSubdirectory("parallax-cli-stdin-").FullName;
        try
        {
            IngestsUnderStdin(Path.Combine(folder, "corpus.db"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void IngestsUnderStdin(string db)
    {
        const string lines = "{\"outlet\":\"Harbour Watch\",\"text\":\"Dock workers at Port Ellis went on strike on Monday.\"}\n"
            + "{\"outlet\":\"Coast Daily\",\"text\":\"Ferry crews in Port Velan walked out over pay on Tuesday, the union said.\"}\n";
        var (code, _, stderr) = CliRunner.RunWithInput(lines, "ingest", "-", "--db", db);
        Assert.True(code == 0, stderr);
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT source FROM articles ORDER BY id";
        using var reader = command.ExecuteReader();
        var sources = new List<string>();
        while (reader.Read())
            sources.Add(reader.GetString(0));
        Assert.Equal(["stdin:1", "stdin:2"], sources);
    }

    [Fact]
    public void A_second_dash_is_a_usage_error()
    {
        var (code, _, stderr) = CliRunner.RunWithInput(Article, "compare", "-", "-");
        Assert.Equal(2, code);
        Assert.Contains("'-' (standard input) is given more than once", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_standard_input_is_reported_as_an_empty_input()
    {
        var (code, _, stderr) = CliRunner.RunWithInput("", "analyze", "-");
        Assert.Equal(1, code);
        Assert.StartsWith("parallax: stdin: empty file", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[{\"text\":\"a\"}]", ".json")]
    [InlineData("{\"articles\":[\n{\"text\":\"a\"}]}", ".json")]
    [InlineData("{\"text\":\"a\"}\n{\"text\":\"b\"}\n", ".jsonl")]
    [InlineData("{\"text\":\"a\"}\n", ".json")]
    [InlineData("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel></channel></rss>", ".rss")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", ".atom")]
    [InlineData("<!doctype html><html><body><p>Text</p></body></html>", ".html")]
    [InlineData("---\ntitle: A\n---\nText.", ".md")]
    [InlineData("\uFEFF  Dock workers went on strike.", ".txt")]
    [InlineData("[Update] Dock workers went on strike.", ".txt")]
    [InlineData("{Editor's note} Dock workers went on strike.", ".txt")]
    public void The_format_is_read_from_the_first_bytes(string input, string extension)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, input, new UTF8Encoding(false));
            Assert.Equal(extension, StandardInput.Sniff(file));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
