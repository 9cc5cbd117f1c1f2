namespace Parallax.Ingest.Tests;

public sealed class FeedTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Harbour Times</title>
            <link>https://harbour.example/</link>
            <description>Local news</description>
            <language>en-gb</language>
            <item>
              <title>Ferry service resumes</title>
              <link>https://harbour.example/ferry</link>
              <pubDate>Tue, 05 Mar 2024 08:30:00 GMT</pubDate>
              <dc:creator>Ana Silva</dc:creator>
              <description>Ferries run again.</description>
              <content:encoded><![CDATA[<p>The island ferry ran again on Tuesday.</p><p>Crews had repaired the ramp overnight.</p>]]></content:encoded>
            </item>
            <item>
              <title>Storm warning issued</title>
              <link>https://harbour.example/storm</link>
              <pubDate>Wed, 06 Mar 2024 07:00:00 GMT</pubDate>
              <description>&lt;p&gt;Forecasters expect &lt;b&gt;high winds&lt;/b&gt; tonight.&lt;/p&gt;</description>
            </item>
          </channel>
        </rss>
        """;

    [Fact]
    public void An_rss_item_with_encoded_content_is_a_full_article_with_its_fields()
    {
        using var dir = new TempFolder();
        var path = dir.Write("harbour.rss", Rss);
        var article = ArticleLoader.Load(path).Select(r => r.Article!).First();
        Assert.Equal("a1", article.Id);
        Assert.Equal("The island ferry ran again on Tuesday.\n\nCrews had repaired the ramp overnight.", article.Text);
        Assert.False(article.SummaryOnly);
        Assert.Equal("Ferry service resumes", article.Title);
        Assert.Equal("https://harbour.example/ferry", article.Url);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 8, 30, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("Ana Silva", article.Author);
        Assert.Equal("Harbour Times", article.Outlet);
        Assert.Equal("en-gb", article.Language);
    }

    [Fact]
    public void An_rss_item_with_only_a_description_is_kept_as_a_summary_without_its_html()
    {
        using var dir = new TempFolder();
        var path = dir.Write("harbour.rss", Rss);
        var articles = ArticleLoader.Load(path).Select(r => r.Article!).ToList();
        Assert.Equal(2, articles.Count);
        Assert.Equal("a2", articles[1].Id);
        Assert.Equal("Forecasters expect high winds tonight.", articles[1].Text);
        Assert.True(articles[1].SummaryOnly);
    }

    [Fact]
    public void An_atom_feed_gives_one_article_per_entry_with_content_or_flagged_summary()
    {
        using var dir = new TempFolder();
        var path = dir.Write("valley.atom", """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
              <title>Valley Post</title>
              <id>urn:valley</id>
              <updated>2024-04-02T09:00:00Z</updated>
              <entry>
                <title>Bridge reopens</title>
                <id>urn:valley:1</id>
                <link rel="alternate" href="https://valley.example/bridge"/>
                <published>2024-04-01T12:00:00+02:00</published>
                <updated>2024-04-02T09:00:00Z</updated>
                <author><name>Luc Moreau</name></author>
                <content type="html">&lt;p&gt;The old bridge reopened.&lt;/p&gt;&lt;p&gt;Traffic moved freely.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Market day moved</title>
                <id>urn:valley:2</id>
                <updated>2024-04-02T08:00:00Z</updated>
                <summary>The market moves to Friday.</summary>
                <source><title>Wire Service</title><id>urn:wire</id><updated>2024-04-02T08:00:00Z</updated></source>
              </entry>
            </feed>
            """);
        var articles = ArticleLoader.Load(path).Select(r => r.Article!).ToList();
        Assert.Equal(2, articles.Count);
        Assert.Equal("The old bridge reopened.\n\nTraffic moved freely.", articles[0].Text);
        Assert.False(articles[0].SummaryOnly);
        Assert.Equal("Valley Post", articles[0].Outlet);
        Assert.Equal("Luc Moreau", articles[0].Author);
        Assert.Equal("https://valley.example/bridge", articles[0].Url);
        Assert.Equal(new DateTimeOffset(2024, 4, 1, 12, 0, 0, TimeSpan.FromHours(2)), articles[0].Published);
        Assert.Equal("fr", articles[0].Language);
        Assert.Equal("The market moves to Friday.", articles[1].Text);
        Assert.True(articles[1].SummaryOnly);
        Assert.Equal("Wire Service", articles[1].Outlet);
        Assert.Equal(new DateTimeOffset(2024, 4, 2, 8, 0, 0, TimeSpan.Zero), articles[1].Published);
    }

    [Theory]
    [InlineData("windows-1252", "Le ferry pour Sète reprend mardi, a annoncé le port — “enfin”.")]
    [InlineData("iso-8859-2", "Prom do Świnoujścia kursuje od wtorku, podał zarząd portu w Łebie.")]
    public void A_feed_saved_in_the_encoding_its_declaration_names_is_decoded(string encoding, string description)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var text = $$"""
            <?xml version="1.0" encoding="{{encoding}}"?>
            <rss version="2.0"><channel><title>Port news</title>
              <item><title>Ferry</title><description>{{description}}</description></item>
            </channel></rss>
            """;
        using var dir = new TempFolder();
        var path = dir.WriteBytes("port.rss", System.Text.Encoding.GetEncoding(encoding).GetBytes(text));

        var article = ArticleLoader.Load(path).Select(r => r.Article!).Single();

        Assert.Equal(description, article.Text);
    }

    [Fact]
    public void An_item_without_a_date_stays_undated()
    {
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("nodate.rss", """
            <rss version="2.0"><channel><title>Gazette</title>
              <item><title>Undated note</title><description>A note without a date.</description></item>
            </channel></rss>
            """));
        Assert.Null(article.Published);
    }

    [Fact]
    public void An_item_with_neither_text_nor_title_is_a_problem_and_the_others_are_kept()
    {
        using var dir = new TempFolder();
        var path = dir.Write("gaps.rss", """
            <rss version="2.0"><channel><title>Gazette</title>
              <item><link>https://gazette.example/empty</link></item>
              <item><title>Second</title><description>The second item has text.</description></item>
            </channel></rss>
            """);
        var results = ArticleLoader.Load(path).ToList();
        Assert.Equal(2, results.Count);
        Assert.Equal($"{path}:item 1: no text", results[0].Problem?.Message);
        Assert.Equal("a1", results[1].Article?.Id);
    }

    [Fact]
    public void A_malformed_feed_is_one_problem_naming_the_file()
    {
        using var dir = new TempFolder();
        var path = dir.Write("broken.rss", "<rss version=\"2.0\"><channel><title>Gazette</title><item><title>Cut off</item></channel></rss>");
        var problem = Loading.SingleProblem(path);
        Assert.StartsWith(path + ": malformed feed", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem.Message);
    }

    [Fact]
    public void An_xml_file_whose_root_is_rss_is_read_as_a_feed()
    {
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("news.xml", """
            <rss version="2.0"><channel><title>Gazette</title>
              <item><title>Fire drill</title><description>A drill was held.</description></item>
            </channel></rss>
            """));
        Assert.Equal("A drill was held.", article.Text);
    }

    [Fact]
    public void Another_xml_file_is_an_unsupported_format()
    {
        using var dir = new TempFolder();
        var path = dir.Write("config.xml", "<settings><mode>fast</mode></settings>");
        var problem = Loading.SingleProblem(path);
        Assert.StartsWith($"{path}: unsupported format '.xml'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_with_a_value_that_cannot_be_read_is_reported_and_the_items_after_it_are_read()
    {
        using var dir = new TempFolder();
        var path = dir.Write("valley.rss", """
            <rss version="2.0"><channel><title>Valley Post</title>
              <item><title>Bridge</title><description>The bridge reopened at noon.</description></item>
              <item><title>Ferry</title><link>http://[bad</link><description>The ferry ran late.</description></item>
              <item><title>Dam</title><description>The dam held through the night.</description></item>
            </channel></rss>
            """);

        var results = ArticleLoader.Load(path).ToList();

        Assert.Equal(["Bridge", null, "Dam"], results.Select(r => r.Article?.Title));
        Assert.StartsWith(path + ":item 2: cannot be read (", results[1].Problem?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_under_a_base_that_is_not_an_absolute_address_keeps_its_text()
    {
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("relative.atom", """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="valley/"><title>Valley Post</title>
              <entry><title>Bridge</title><id>urn:valley:1</id><updated>2024-04-02T09:00:00Z</updated><link href="bridge"/>
                <content>The bridge reopened at noon.</content></entry>
            </feed>
            """));
        Assert.Equal("The bridge reopened at noon.", article.Text);
        Assert.Null(article.Url);
    }

    [Fact]
    public void Feed_item_ids_continue_the_numbering_of_earlier_files()
    {
        using var dir = new TempFolder();
        var text = dir.Write("a.txt", "A plain story.");
        var feed = dir.Write("b.rss", Rss);
        var ids = ArticleLoader.Load([text, feed]).Select(r => r.Article!.Id);
        Assert.Equal(["a1", "a2", "a3"], ids);
    }
}
