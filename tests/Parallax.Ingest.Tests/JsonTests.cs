namespace Parallax.Ingest.Tests;

public sealed class JsonTests
{
    [Fact]
    public void Each_jsonl_line_is_an_article_with_its_fields()
    {
        using var dir = new TempFolder();
        var path = dir.Write("dump.jsonl", """
            {"title":"Rates held","text":"The bank held rates.","source":"Ledger","url":"https://example.org/1","published":"2024-01-05T10:00:00Z","language":"en","author":"Kim Park"}
            {"title":"Rain","body":"Rain fell all week.","outlet":"Gazette"}
            """);
        var articles = ArticleLoader.Load(path).Select(r => r.Article!).ToList();
        Assert.Equal(["a1", "a2"], articles.Select(a => a.Id));
        Assert.Equal("Ledger", articles[0].Outlet);
        Assert.Equal("Kim Park", articles[0].Author);
        Assert.Equal(new DateTimeOffset(2024, 1, 5, 10, 0, 0, TimeSpan.Zero), articles[0].Published);
        Assert.Equal("Rain fell all week.", articles[1].Text);
        Assert.Equal("Gazette", articles[1].Outlet);
        Assert.Equal(path + ":2", articles[1].Source);
    }

    [Fact]
    public void A_malformed_jsonl_line_is_reported_with_its_line_number_and_the_others_are_kept()
    {
        using var dir = new TempFolder();
        var path = dir.Write("dump.jsonl", "{\"text\":\"First story.\"}\n{\"text\": broken\n\n{\"content\":\"Third story.\"}\n");
        var results = ArticleLoader.Load(path).ToList();
        Assert.Equal(3, results.Count);
        Assert.Equal("First story.", results[0].Article?.Text);
        Assert.Equal(2, results[1].Problem?.Line);
        Assert.StartsWith(path + ":2: invalid JSON", results[1].Problem?.Message, StringComparison.Ordinal);
        Assert.Equal("Third story.", results[2].Article?.Text);
        Assert.Equal("a2", results[2].Article?.Id);
    }

    [Fact]
    public void A_jsonl_line_without_text_is_a_problem_on_that_line()
    {
        using var dir = new TempFolder();
        var path = dir.Write("dump.jsonl", "{\"title\":\"Only a title\"}\n");
        var problem = Loading.SingleProblem(path);
        Assert.Equal(1, problem.Line);
        Assert.Contains("no article text", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonl_outlet_defaults_to_the_file_name()
    {
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("wires.jsonl", "{\"text\":\"Calm seas.\"}"));
        Assert.Equal("wires", article.Outlet);
    }

    [Fact]
    public void A_json_file_may_hold_one_article_object()
    {
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("one.json", "{\"title\":\"T\",\"content\":\"A single story.\",\"source\":{\"name\":\"Courier\"},\"date\":\"2023-07-01\"}"));
        Assert.Equal("Courier", article.Outlet);
        Assert.Equal(new DateTimeOffset(2023, 7, 1, 0, 0, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public void A_json_file_may_hold_an_array_of_articles()
    {
        using var dir = new TempFolder();
        var results = ArticleLoader.Load(dir.Write("many.json", "[{\"text\":\"One.\"},{\"text\":\"Two.\"}]")).ToList();
        Assert.Equal(["One.", "Two."], results.Select(r => r.Article?.Text));
    }

    [Fact]
    public void Html_in_a_json_body_is_reduced_to_text()
    {
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("h.json", "{\"text\":\"<p>First <em>para</em>.</p><p>Second.</p>\"}"));
        Assert.Equal("First para.\n\nSecond.", article.Text);
    }

    [Fact]
    public void An_unparseable_date_stays_null()
    {
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("d.jsonl", "{\"text\":\"Story.\",\"published\":\"sometime soon\"}"));
        Assert.Null(article.Published);
    }
}

public class JsonProblemPositionTests
{
    [Theory]
    [InlineData("lines.jsonl", "{\"text\":\"Dock workers walked out.\"}\n{\"text\": oops}\n", ":2: invalid JSON at byte 10 (")]
    [InlineData("items.json", "[\n{\"text\":\"Dock workers walked out.\"},\n{\"text\":\"x\" \"y\":1}\n]", ": invalid JSON at line 3, byte 13 (")]
    public void A_broken_record_is_placed_counted_from_one_without_the_parsers_zero_based_position(string name, string content, string expected)
    {
        using var dir = new TempFolder();
        var path = dir.Write(name, content);
        var problem = Assert.Single(ArticleLoader.Load(path), r => r.Problem is not null).Problem!;
        Assert.StartsWith(path + expected, problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", problem.Message, StringComparison.Ordinal);
    }
}
