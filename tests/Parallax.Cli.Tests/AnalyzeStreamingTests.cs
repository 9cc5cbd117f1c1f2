using System.Text.Json;
using Parallax.Cli.Commands;
using Parallax.Testing;

namespace Parallax.Cli.Tests;

/// <summary>
/// <c>analyze</c> reads its inputs twice, first for the articles' metadata and problems, then one window at a time as it
/// analyses and writes them: nothing of the output changes, and each problem is still one line.
/// </summary>
public sealed class AnalyzeStreamingTests : IDisposable
{
    private readonly TempFolder _temp = new("parallax-cli-stream-");

    public void Dispose() => _temp.Dispose();

    private string Write(string name, string text) => _temp.Write(name, text);

    [Fact]
    public void Scanning_keeps_each_articles_metadata_but_not_its_text_and_rereading_gives_the_texts_with_the_same_ids()
    {
        Write("a.txt", "Mayor Ada Lindqvist opened the bridge on Friday.");
        Write("b.md", "---\ntitle: Ferry late\noutlet: Harbour Watch\n---\nThe ferry sailed two hours late on Monday.");
        Write("c.jsonl", "{\"outlet\":\"Tidewater Daily\",\"text\":\"The harbour closed for the storm.\"}\nnot json\n{\"outlet\":\"Tidewater Daily\",\"text\":\"The harbour opened again on Tuesday.\"}\n");
        using var error = new StringWriter();

        var (scanned, problems) = CommonOptions.Scan([_temp.Path], error);
        var reread = CommonOptions.Reread([_temp.Path]).ToList();

        Assert.Equal(1, problems);
        Assert.All(scanned, a => Assert.Equal("", a.Text));
        Assert.Equal(["a1", "a2", "a3", "a4"], scanned.Select(a => a.Id));
        Assert.Equal(scanned.Select(a => (a.Id, a.Outlet, a.Title)), reread.Select(a => (a.Id, a.Outlet, a.Title)));
        Assert.Contains(reread, a => a.Text == "The harbour opened again on Tuesday." && a.Id == "a4");
        Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Analyze_of_several_inputs_names_each_bad_one_once_and_writes_the_others_in_input_order()
    {
        var first = Write("1-first.txt", "Mayor Ada Lindqvist opened the bridge on Friday.");
        var missing = Path.Combine(_temp.Path, "2-missing.txt");
        var dump = Write("3-dump.jsonl", "{\"outlet\":\"Tidewater Daily\",\"text\":\"The harbour closed for the storm.\"}\n{broken\n{\"outlet\":\"Tidewater Daily\",\"text\":\"The harbour opened again on Tuesday.\"}\n");
        var last = Write("4-last.txt", "The ferry sailed two hours late on Monday.");

        var (code, stdout, stderr) = CliRunner.Run("analyze", first, missing, dump, last, "--format", "json");

        Assert.Equal(1, code);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Single(lines, l => l.Contains("2-missing.txt", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("3-dump.jsonl:2", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(stdout);
        var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(["a1", "a2", "a3", "a4"], articles.Select(a => a.GetProperty("id").GetString()));
        Assert.Equal(
            ["Mayor Ada Lindqvist opened the bridge on Friday.", "The harbour closed for the storm.", "The harbour opened again on Tuesday.", "The ferry sailed two hours late on Monday."],
            articles.Select(a => a.GetProperty("sentences")[0].GetProperty("text").GetString()));
    }

    [Fact]
    public void Outlets_shared_by_a_later_article_are_labelled_from_the_first_article_on()
    {
        var one = Write("one.md", "---\noutlet: Harbour Watch\n---\nThe ferry sailed two hours late on Monday.");
        var other = Write("other.md", "---\noutlet: Coastal Courier\n---\nThe harbour closed for the storm.");
        var two = Write("two.md", "---\noutlet: Harbour Watch\n---\nThe harbour opened again on Tuesday.");

        var (code, stdout, _) = CliRunner.Run("analyze", one, other, two, "--format", "md");

        Assert.Equal(0, code);
        Assert.Contains("Harbour Watch (a1)", stdout, StringComparison.Ordinal);
        Assert.Contains("Harbour Watch (a3)", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Coastal Courier (a2)", stdout, StringComparison.Ordinal);
    }
}
