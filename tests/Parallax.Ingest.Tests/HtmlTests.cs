namespace Parallax.Ingest.Tests;

public sealed class HtmlTests
{
    private const string Body = """
        <p>The city council voted on Tuesday to close the old harbour bridge for eighteen months of repairs, after engineers found cracks in two of its main supports during a routine inspection last spring.</p>
        <h2>Detours</h2>
        <p>Buses will run along the river road instead, adding about ten minutes to the trip for most commuters, according to the transport office, which published new timetables on its website.</p>
        <figure><img src="bridge.jpg"><figcaption>The bridge at dusk. Photo: Staff</figcaption></figure>
        <p>Shop owners near the bridge said they feared losing customers, and several asked the council for help with rent while the works go on; the mayor promised to look into a small grant scheme.</p>
        """;

    private static string Page(string head, string lang = "en") => $"""
        <!DOCTYPE html>
        <html lang="{lang}"><head>{head}</head>
        <body>
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
        <article><h1>Harbour bridge to close</h1>{Body}
        <div class="share"><button>Share</button><button>Tweet</button></div></article>
        <footer><p>Copyright Riverside Media. All rights reserved.</p></footer>
        </body></html>
        """;

    [Fact]
    public void Main_text_keeps_paragraphs_and_subheadings_and_drops_navigation()
    {
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("page.html", Page("<title>Harbour bridge to close</title>")));
        Assert.StartsWith("The city council voted on Tuesday", article.Text, StringComparison.Ordinal);
        Assert.Contains("repairs, after engineers", article.Text, StringComparison.Ordinal);
        Assert.Contains("\n\nDetours\n\nBuses will run", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sport", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_extracted_in_turn_and_on_several_threads_at_once_each_keep_their_own_text()
    {
        var pages = new[]
        {
            Page("<title>Harbour bridge to close</title>"),
            Page("<title>Bridge</title>").Replace("harbour bridge", "ferry pier", StringComparison.Ordinal),
            Page("<title>Bridge</title>").Replace("<p>Shop owners", "<p hidden>Shop owners", StringComparison.Ordinal),
        };
        var alone = pages.Select(p => Parallax.Ingest.Internal.Html.HtmlExtractor.Extract(p).Text).ToArray();
        Assert.Equal(3, alone.Distinct().Count());
        var together = new string[pages.Length * 20];
        Parallel.For(0, together.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => together[i] = Parallax.Ingest.Internal.Html.HtmlExtractor.Extract(pages[i % pages.Length]).Text);
        for (var i = 0; i < together.Length; i++)
            Assert.Equal(alone[i % pages.Length], together[i]);
    }

    [Fact]
    public void Captions_and_share_buttons_are_left_out_of_the_text()
    {
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("page.html", Page("<title>Bridge</title>")));
        Assert.DoesNotContain("Photo: Staff", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tweet", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Meta_tags_fill_title_outlet_url_author_date_and_language()
    {
        const string head = """
            <title>Bridge | Riverside</title>
            <meta property="og:title" content="Harbour bridge to close">
            <meta property="og:site_name" content="Riverside Post">
            <meta property="og:url" content="https://example.org/og">
            <link rel="canonical" href="https://example.org/bridge">
            <meta name="author" content="Ana Ruiz">
            <meta property="article:published_time" content="2024-05-02T08:30:00+02:00">
            """;
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("page.html", Page(head, lang: "en-GB")));
        Assert.Equal("Harbour bridge to close", article.Title);
        Assert.Equal("Riverside Post", article.Outlet);
        Assert.Equal("https://example.org/bridge", article.Url);
        Assert.Equal("Ana Ruiz", article.Author);
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 8, 30, 0, TimeSpan.FromHours(2)), article.Published);
        Assert.Equal("en-GB", article.Language);
    }

    [Fact]
    public void Json_ld_news_article_fills_metadata()
    {
        const string head = """
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
             {"@type":"NewsArticle","headline":"Bridge shuts","datePublished":"2024-05-03",
              "author":[{"@type":"Person","name":"Tom Lee"}],"publisher":{"@type":"Organization","name":"Harbour Times"},
              "url":"https://example.org/ld","inLanguage":"en"}]}
            </script>
            """;
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("page.htm", Page(head, lang: "")));
        Assert.Equal("Bridge shuts", article.Title);
        Assert.Equal("Harbour Times", article.Outlet);
        Assert.Equal("Tom Lee", article.Author);
        Assert.Equal("https://example.org/ld", article.Url);
        Assert.Equal(new DateTimeOffset(2024, 5, 3, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("en", article.Language);
    }

    private static string JsonLdBody(string body) => $$"""
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge","articleBody":"{{body}}"}</script>
        """;

    [Fact]
    public void A_json_ld_article_body_as_long_as_the_page_text_is_used_as_the_text()
    {
        var ldBody = System.Text.RegularExpressions.Regex.Replace(Body, "<figure>.*</figure>|<[^>]+>|\\s+", " ", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1))
            .Replace("The city council voted", "City councillors voted", StringComparison.Ordinal).Trim();
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("page.html", Page(JsonLdBody(ldBody))));
        Assert.StartsWith("City councillors voted", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_json_ld_teaser_does_not_replace_the_page_text()
    {
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("page.html", Page(JsonLdBody("City councillors voted to shut the bridge."))));
        Assert.StartsWith("The city council voted", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_any_outlet_metadata_the_file_name_is_the_outlet_and_the_date_stays_null()
    {
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("saved-page.html", Page("<title>Bridge</title>")));
        Assert.Equal("saved-page", article.Outlet);
        Assert.Null(article.Published);
    }

    [Fact]
    public void The_site_host_is_the_outlet_when_only_a_url_is_known()
    {
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("p.html", Page("""<link rel="canonical" href="https://www.harbour-news.example/a/1">""")));
        Assert.Equal("harbour-news.example", article.Outlet);
    }

    [Fact]
    public void FromHtml_reads_a_page_held_in_memory()
    {
        var article = ArticleLoader.FromHtml(Page("<title>Bridge</title>"), outlet: "Post");
        Assert.Equal("Post", article.Outlet);
        Assert.StartsWith("The city council voted", article.Text, StringComparison.Ordinal);
    }
}
