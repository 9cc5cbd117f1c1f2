using System.Text.Json;

namespace Parallax.Ingest.Tests;

/// <summary>
/// A .json object that wraps its records in an array under <c>articles</c>, <c>items</c>, <c>data</c> or
/// <c>results</c> (an API response) is read an element at a time, like a top-level array: the first record comes
/// before the end of the file is read.
/// </summary>
public sealed class WrappedArrayStreamingTests
{
    private static string Record(int i)
        => JsonSerializer.Serialize(new { title = $"Bulletin {i}", text = $"Bulletin {i} says the tide turned at dawn." });

    private static string Records(int count) => "[" + string.Join(",", Enumerable.Range(1, count).Select(Record)) + "]";

    /// <summary>A property of about <paramref name="kilobytes"/> KB of nested objects, arrays and strings.</summary>
    private static string Large(int kilobytes, int seed)
    {
        var text = new InventedText(seed);
        var entries = Enumerable.Range(0, kilobytes * 4).Select(i => new { id = i, label = text.Sentence(12), counts = new[] { i, i + 1 }, tags = new[] { "a", "b" } });
        return JsonSerializer.Serialize(entries);
    }

    [Fact]
    public void Records_wrapped_between_large_other_properties_are_read_before_the_end_of_the_file()
    {
        using var dir = new TempFolder();
        var note = JsonSerializer.Serialize(new InventedText(3).Paragraph(2_000));
        var path = dir.Write("response.json", $$"""{"status": "ok", "meta": {"facets": {{Large(1_000, 1)}}, "note": {{note}}}, "articles": {{Records(50)}}, "links": {{Large(1_000, 2)}}, "total": 50}""");

        var read = ReadProgress.Of(path);

        Assert.Equal(Enumerable.Range(1, 50).Select(i => $"Bulletin {i}"), read.Articles.Select(a => a.Title));
        Assert.Equal(path + "[49]", read.Articles.Last().Source);
        Assert.True(read.FirstCameBeforeTheEnd, $"first record after {read.BytesRead[0]:N0} of {read.TotalBytes:N0} bytes");
    }

    [Theory]
    [InlineData("articles")]
    [InlineData("items")]
    [InlineData("data")]
    [InlineData("results")]
    public void Records_under_each_wrapper_name_are_read_as_they_come(string name)
    {
        using var dir = new TempFolder();
        var path = dir.Write("response.json", $$"""{"status": "ok", "{{name}}": {{Records(3)}}, "facets": {{Large(400, 4)}}}""");

        var read = ReadProgress.Of(path);

        Assert.Equal(["Bulletin 1", "Bulletin 2", "Bulletin 3"], read.Articles.Select(a => a.Title));
        Assert.Equal([path + "[0]", path + "[1]", path + "[2]"], read.Articles.Select(a => a.Source));
        Assert.Equal(read.Results.Count, read.Articles.Count());
        Assert.True(read.FirstCameBeforeTheEnd, $"first record after {read.BytesRead[0]:N0} of {read.TotalBytes:N0} bytes");
    }

    [Fact]
    public void A_bad_element_in_a_wrapped_array_is_a_problem_naming_its_index_and_the_rest_are_read_as_they_come()
    {
        using var dir = new TempFolder();
        var path = dir.Write("response.json", $$"""{"status": "ok", "data": [{{Record(1)}}, 42, {"title": "no text"}, {{Record(4)}}], "facets": {{Large(400, 5)}}}""");

        var read = ReadProgress.Of(path);

        Assert.Equal(["Bulletin 1", null, null, "Bulletin 4"], read.Results.Select(r => r.Article?.Title));
        Assert.Equal($"{path}[1]: expected a JSON object, found number", read.Results[1].Problem?.Message);
        Assert.StartsWith($"{path}[2]: no article text", read.Results[2].Problem?.Message, StringComparison.Ordinal);
        Assert.True(read.FirstCameBeforeTheEnd, $"first record after {read.BytesRead[0]:N0} of {read.TotalBytes:N0} bytes");
    }

    [Fact]
    public void A_wrapped_array_cut_off_keeps_the_records_before_the_break_and_reports_it_once()
    {
        using var dir = new TempFolder();
        var path = dir.Write("response.json", $$"""{"status": "ok", "articles": [{{Record(1)}}, {{Record(2)}}, {"title": "cut""");

        var results = ArticleLoader.Load(path).ToList();

        Assert.Equal(["Bulletin 1", "Bulletin 2"], results.Take(2).Select(r => r.Article?.Title));
        var problem = Assert.Single(results.Skip(2)).Problem!;
        Assert.StartsWith(path + ": invalid JSON at line 1, byte ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_object_saved_after_the_first_is_reported_not_dropped_in_silence()
    {
        using var dir = new TempFolder();
        var path = dir.Write("pages.json", $$"""{"page": 1, "articles": [{{Record(1)}}]}""" + "\n" + $$"""{"page": 2, "articles": [{{Record(2)}}]}""");

        var results = ArticleLoader.Load(path).ToList();

        Assert.Equal("Bulletin 1", results[0].Article?.Title);
        var problem = Assert.Single(results.Skip(1)).Problem!;
        Assert.StartsWith(path + ": invalid JSON (more JSON after the object", problem.Message, StringComparison.Ordinal);

        var spaces = dir.Write("spaces.json", $$"""{"page": 1, "articles": [{{Record(1)}}]}""" + "\n\n  /* end */ \n");
        Assert.All(ArticleLoader.Load(spaces), r => Assert.Null(r.Problem));
    }

    [Fact]
    public void A_wrapped_array_saved_in_windows_1252_is_decoded_as_the_whole_file_was()
    {
        using var dir = new TempFolder();
        var json = $$"""{"status": "ok", "articles": [{"title": "Café", "text": "The café by the harbour opened on Monday."}]}""";
        var path = Path.Combine(dir.Path, "latin.json");
        File.WriteAllBytes(path, [.. json.Select(c => c == 'é' ? (byte)0xE9 : (byte)c)]);

        var result = Assert.Single(ArticleLoader.Load(path));

        Assert.Null(result.Problem);
        Assert.Equal("Café", result.Article?.Title);
    }

    [Fact]
    public void An_object_with_its_own_text_before_an_items_list_is_one_article()
    {
        using var dir = new TempFolder();
        var path = dir.Write("story.json", """{"title": "Harbour reopens", "text": "The harbour reopened on Monday after the storm.", "items": [{"title": "Tide table", "text": "High tide is at noon."}]}""");

        var result = Assert.Single(ArticleLoader.Load(path));

        Assert.Equal("Harbour reopens", result.Article?.Title);
    }
}
