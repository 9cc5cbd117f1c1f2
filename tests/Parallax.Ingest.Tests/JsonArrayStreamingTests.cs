using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Parallax.Ingest.Tests;

/// <summary>A .json file whose top level is an array is read an element at a time, like a .jsonl dump.</summary>
public sealed class JsonArrayStreamingTests
{
    private static string Record(int i, int words = 8)
        => JsonSerializer.Serialize(new { title = $"Story {i}", text = $"Story number {i} says " + string.Join(' ', Enumerable.Repeat("ferry", words)) + "." });

    [Fact]
    public void Records_spanning_many_buffers_and_one_larger_than_the_buffer_are_all_read_in_order()
    {
        using var dir = new TempFolder();
        var records = Enumerable.Range(1, 400).Select(i => Record(i, i == 200 ? 40_000 : 150)).ToList();
        var path = dir.Write("dump.json", "\uFEFF[\n  " + string.Join(",\n  ", records) + "\n]\n");
        var articles = ArticleLoader.Load(path).Select(r => r.Article!).ToList();
        Assert.Equal(Enumerable.Range(1, 400).Select(i => $"Story {i}"), articles.Select(a => a.Title));
        Assert.Equal(path + "[199]", articles[199].Source);
        Assert.True(articles[199].Text.Length > 40_000 * 6);
    }

    [Fact]
    public void A_bad_element_is_a_problem_naming_it_and_the_next_is_read()
    {
        using var dir = new TempFolder();
        var path = dir.Write("dump.json", $"[{Record(1)}, 42, {{\"title\": \"no text\"}}, {Record(4)},]");
        var results = ArticleLoader.Load(path).ToList();
        Assert.Equal(["Story 1", null, null, "Story 4"], results.Select(r => r.Article?.Title));
        Assert.Equal($"{path}[1]: expected a JSON object, found number", results[1].Problem?.Message);
        Assert.StartsWith($"{path}[2]: no article text", results[2].Problem?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_array_cut_off_keeps_the_records_before_the_break_and_reports_it_once()
    {
        using var dir = new TempFolder();
        var path = dir.Write("dump.json", $"[{Record(1)}, {Record(2)}, {{\"title\": \"cut");
        var results = ArticleLoader.Load(path).ToList();
        Assert.Equal(["Story 1", "Story 2"], results.Take(2).Select(r => r.Article?.Title));
        var problem = Assert.Single(results.Skip(2)).Problem!;
        Assert.StartsWith(path + ": ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gzipped_array_is_streamed_too()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "dump.json.gz");
        using (var file = File.Create(path))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
            gzip.Write(Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Range(1, 50).Select(i => Record(i))) + "]"));
        Assert.Equal(50, ArticleLoader.Load(path).Count(r => r.Article is not null));
    }

    [Fact]
    public void Progress_follows_the_bytes_read_of_a_streamed_array()
    {
        using var dir = new TempFolder();
        var path = dir.Write("dump.json", "[" + string.Join(",", Enumerable.Range(1, 2000).Select(i => Record(i, 100))) + "]");
        var input = ArticleLoader.Open([path]);
        var seen = new List<long>();
        foreach (var _ in input)
            seen.Add(input.BytesRead);
        Assert.True(seen[0] < input.TotalBytes, "the first record came before the whole file was read");
        Assert.Equal(input.TotalBytes, seen[^1]);
    }
}
