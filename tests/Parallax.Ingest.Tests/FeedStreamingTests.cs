namespace Parallax.Ingest.Tests;

/// <summary>
/// RSS and Atom feeds are read an item at a time: the first article comes before the end of the file is read, each with
/// the fields it gets when the feed is read whole, and a feed that breaks keeps the items before the break.
/// </summary>
public sealed class FeedStreamingTests
{
    /// <summary>Items enough that the feed is larger than what the reader decodes ahead.</summary>
    private static string RssFiller(int count)
    {
        var text = new InventedText(11);
        return string.Concat(Enumerable.Range(1, count).Select(i => $"<item><title>Filler {i}</title><description>{text.Paragraph(6)}</description></item>\n"));
    }

    private static string AtomFiller(int count)
    {
        var text = new InventedText(12);
        return string.Concat(Enumerable.Range(1, count).Select(i => $"<entry><title>Filler {i}</title><id>urn:filler:{i}</id><updated>2024-04-02T08:00:00Z</updated><content>{text.Paragraph(6)}</content></entry>\n"));
    }

    [Fact]
    public void An_rss_feed_is_read_item_by_item_with_encoded_content_or_its_summary()
    {
        using var dir = new TempFolder();
        var path = dir.Write("harbour.rss", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>Harbour Times</title>
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
                  <description>&lt;p&gt;Forecasters expect &lt;b&gt;high winds&lt;/b&gt; tonight.&lt;/p&gt;</description>
                  <author>jo@harbour.example (Jo Reed)</author>
                </item>
            {RssFiller(1500)}
              </channel>
            </rss>
            """);

        var read = ReadProgress.Of(path);

        var articles = read.Articles.ToList();
        Assert.Equal(1502, articles.Count);
        Assert.Equal("The island ferry ran again on Tuesday.\n\nCrews had repaired the ramp overnight.", articles[0].Text);
        Assert.False(articles[0].SummaryOnly);
        Assert.Equal(("Ferry service resumes", "https://harbour.example/ferry", "Ana Silva", "Harbour Times", "en-gb"),
            (articles[0].Title, articles[0].Url, articles[0].Author, articles[0].Outlet, articles[0].Language));
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 8, 30, 0, TimeSpan.Zero), articles[0].Published);
        Assert.Equal("Forecasters expect high winds tonight.", articles[1].Text);
        Assert.True(articles[1].SummaryOnly);
        Assert.Equal("Jo Reed", articles[1].Author);
        Assert.Equal(path + ":item 1502", articles[^1].Source);
        Assert.True(read.FirstCameBeforeTheEnd, $"first item after {read.BytesRead[0]:N0} of {read.TotalBytes:N0} bytes");
    }

    [Fact]
    public void An_atom_feed_is_read_entry_by_entry_with_content_or_its_summary()
    {
        using var dir = new TempFolder();
        var path = dir.Write("valley.atom", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr" xml:base="https://valley.example/">
              <title>Valley Post</title>
              <id>urn:valley</id>
              <updated>2024-04-02T09:00:00Z</updated>
              <entry>
                <title>Bridge reopens</title>
                <id>urn:valley:1</id>
                <link rel="alternate" href="bridge"/>
                <published>2024-04-01T12:00:00+02:00</published>
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
            {AtomFiller(500)}
            </feed>
            """);

        var read = ReadProgress.Of(path);

        var articles = read.Articles.ToList();
        Assert.Equal(502, articles.Count);
        Assert.Equal("The old bridge reopened.\n\nTraffic moved freely.", articles[0].Text);
        Assert.False(articles[0].SummaryOnly);
        Assert.Equal(("Valley Post", "Luc Moreau", "https://valley.example/bridge", "fr"), (articles[0].Outlet, articles[0].Author, articles[0].Url, articles[0].Language));
        Assert.Equal(new DateTimeOffset(2024, 4, 1, 12, 0, 0, TimeSpan.FromHours(2)), articles[0].Published);
        Assert.Equal("The market moves to Friday.", articles[1].Text);
        Assert.True(articles[1].SummaryOnly);
        Assert.Equal("Wire Service", articles[1].Outlet);
        Assert.True(read.FirstCameBeforeTheEnd, $"first entry after {read.BytesRead[0]:N0} of {read.TotalBytes:N0} bytes");
    }

    [Fact]
    public void A_truncated_feed_keeps_the_items_read_before_the_break_and_reports_the_rest_once()
    {
        using var dir = new TempFolder();
        var feed = $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour Watch</title>{RssFiller(600)}<item><title>Cut o";
        var path = dir.Write("cut.rss", feed);

        var read = ReadProgress.Of(path);

        Assert.Equal(600, read.Articles.Count());
        var problem = Assert.Single(read.Results, r => !r.IsArticle).Problem!;
        Assert.StartsWith($"{path}: malformed feed after its last complete item (Unexpected end of file", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("; the 600 complete items before it were read", problem.Message, StringComparison.Ordinal);
        Assert.True(read.FirstCameBeforeTheEnd, $"first item after {read.BytesRead[0]:N0} of {read.TotalBytes:N0} bytes");
    }

    [Fact]
    public void A_feed_broken_in_the_middle_keeps_the_items_before_the_break()
    {
        using var dir = new TempFolder();
        var path = dir.Write("broken.rss", "<rss version=\"2.0\"><channel><title>Gazette</title>"
            + "<item><title>One</title><description>The quay was swept at dawn.</description></item>"
            + "<item><title>Two</title><description>The lantern fair opened.</description></item>"
            + "<item><title>Three</item>"
            + "<item><title>Four</title><description>The orchard was sold.</description></item></channel></rss>");

        var results = ArticleLoader.Load(path).ToList();

        Assert.Equal(["One", "Two"], results.Where(r => r.IsArticle).Select(r => r.Article!.Title));
        var problem = Assert.Single(results, r => !r.IsArticle).Problem!;
        Assert.StartsWith($"{path}: malformed feed after its last complete item (The 'title' start tag", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("; the 2 complete items before it were read", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_whose_closing_tags_are_broken_keeps_every_item_as_they_come()
    {
        using var dir = new TempFolder();
        var path = dir.Write("closing.rss", $"<rss version=\"2.0\"><channel><title>Gazette</title>{RssFiller(600)}"
            + "<item><title>Last</title><description>The lantern fair opened.</description></item></chanel></rss>");

        var read = ReadProgress.Of(path);

        Assert.Equal(601, read.Articles.Count());
        Assert.Equal("Last", read.Articles.Last().Title);
        Assert.EndsWith("; the 601 complete items before it were read", Assert.Single(read.Results, r => !r.IsArticle).Problem!.Message, StringComparison.Ordinal);
        Assert.True(read.FirstCameBeforeTheEnd, $"first item after {read.BytesRead[0]:N0} of {read.TotalBytes:N0} bytes");
    }
}
