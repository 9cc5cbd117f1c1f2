namespace Parallax.Ingest.Tests;

/// <summary>A page whose body starts with its headline in an <c>&lt;h1&gt;</c>: the headline is the title, never the first sentence.</summary>
public sealed class HtmlHeadlineTests
{
    private const string Headline = "Ferry pier reopens after storm repairs";

    private const string Body = """
        <p>The ferry pier at Lakeside reopened on Friday morning, four months after a winter storm tore away part of its deck and left the afternoon crossing to the islands suspended.</p>
        <p>Workers replaced twelve of the wooden pillars and laid a new concrete deck, the harbour office said, adding that the repairs came in slightly under the budget the town had set aside.</p>
        <p>The first boat left at seven with about forty passengers on board, most of them commuters who had spent the winter driving the long way round the lake to reach their jobs.</p>
        """;

    private static string Page(string head) => $"""
        <!DOCTYPE html>
        <html lang="en"><head>{head}</head>
        <body>
        <h1>{Headline}</h1>
        {Body}
        </body></html>
        """;

    [Theory]
    [InlineData("<title>Ferry pier reopens after storm repairs | Lakeside Gazette</title>")]
    [InlineData("<title>Lakeside Gazette - Ferry pier reopens after storm repairs</title>")]
    [InlineData("<meta property=\"og:title\" content=\"Ferry pier reopens after storm repairs – Lakeside Gazette\">")]
    public void A_leading_headline_is_the_title_when_the_page_title_adds_the_site_name_to_it(string head)
    {
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("page.html", Page(head)));
        Assert.Equal(Headline, article.Title);
        Assert.StartsWith("The ferry pier at Lakeside reopened", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leading_headline_is_the_title_of_a_page_without_any_other()
    {
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("page.html", Page("")));
        Assert.Equal(Headline, article.Title);
        Assert.StartsWith("The ferry pier at Lakeside reopened", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Headline, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_title_that_does_not_contain_the_leading_headline_stays_the_title()
    {
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("page.html", Page("<title>Lakeside ferry crossings resume</title>")));
        Assert.Equal("Lakeside ferry crossings resume", article.Title);
        Assert.StartsWith("The ferry pier at Lakeside reopened", article.Text, StringComparison.Ordinal);
    }
}
