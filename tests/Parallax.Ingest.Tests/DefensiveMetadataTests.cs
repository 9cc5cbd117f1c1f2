namespace Parallax.Ingest.Tests;

/// <summary>Metadata that cannot be read is dropped with a warning; it never costs the article its text.</summary>
public sealed class DefensiveMetadataTests
{
    private const string Body = """
        <p>The ferry company said on Friday that it would add a night crossing to the island from June, after a summer in which hundreds of travellers were turned away from full boats at the harbour.</p>
        <p>Tickets for the new crossing go on sale next week; the company expects the boats to be busiest on Fridays and Sundays, when islanders travel to and from work on the mainland.</p>
        <p>The harbour master welcomed the plan but warned that the quay lights, which date from the 1970s, would need to be replaced before the first night boat can dock safely.</p>
        """;

    private static string Page(string head) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><title>Night ferry</title>{head}</head>
        <body><article><h1>Night ferry</h1>{Body}</article></body></html>
        """;

    private static IngestResult Load(string head)
    {
        using var dir = new TempFolder();
        var result = Assert.Single(ArticleLoader.Load(dir.Write("ferry.html", Page(head))));
        Assert.True(result.IsArticle, result.ToString());
        Assert.StartsWith("The ferry company said on Friday", result.Article.Text, StringComparison.Ordinal);
        return result;
    }

    [Theory]
    [InlineData("2024-02-30T10:00:00Z")]
    [InlineData("0000-00-00")]
    [InlineData("99999-01-01")]
    public void An_impossible_date_is_left_unknown_with_a_warning_and_the_text_is_kept(string date)
    {
        var result = Load($"""<meta property="article:published_time" content="{date}">""");
        Assert.Null(result.Article!.Published);
        var warning = Assert.Single(result.Warnings);
        Assert.EndsWith($"ferry.html: date '{date}' is not a date, left unknown", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_impossible_date_in_the_page_url_does_not_empty_the_text()
    {
        var result = Load("""<link rel="canonical" href="https://news.example/2024/13/45/night-ferry">""");
        Assert.Equal("https://news.example/2024/13/45/night-ferry", result.Article!.Url);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_lone_surrogate_escape_in_json_ld_becomes_a_replacement_character_and_the_page_is_kept()
    {
        var result = Load("""
            <meta name="author" content="Ines Berg">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"\ud800 broken","datePublished":"2024-05-03"}</script>
            """);
        Assert.Equal("\uFFFD broken", result.Article!.Title);
        Assert.Equal("Ines Berg", result.Article.Author);
        Assert.Contains("The harbour master welcomed the plan", result.Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_ld_block_that_is_not_json_is_ignored_with_a_warning()
    {
        var result = Load("""<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>""");
        Assert.Equal("Night ferry", result.Article!.Title);
        Assert.Contains("JSON-LD block ignored (invalid JSON", Assert.Single(result.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_readable_metadata_has_no_warnings()
        => Assert.Empty(Load("""<meta property="article:published_time" content="2024-05-03T09:00:00Z">""").Warnings);
}
