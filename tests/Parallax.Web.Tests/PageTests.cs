using System.Net;
using Parallax.Documents;

namespace Parallax.Web.Tests;

public sealed class PageTests(Corpus corpus)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<string> Get(string path, ServeOptions? options = null)
    {
        using var client = await corpus.ClientAsync(options);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Token);
    }

    [Fact]
    public async Task The_home_page_lists_every_story_newest_first()
    {
        var html = await Get("/");
        var flood = html.IndexOf("River Tessel floods Marrowby", StringComparison.Ordinal);
        var chess = html.IndexOf(Corpus.ChessTitle, StringComparison.Ordinal);
        Assert.True(flood >= 0 && chess > flood, "both stories, the flood (April) before the chess (March)");
    }

    [Fact]
    public async Task The_home_page_shows_outlets_article_count_and_dates_of_a_story()
    {
        var html = await Get("/");
        var row = html[html.IndexOf($"href=\"/stories/{corpus.StoryOf(Corpus.ScriptTitle)}\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("Northmoor Radio", row, StringComparison.Ordinal);
        Assert.Contains("Tessel Gazette", row, StringComparison.Ordinal);
        Assert.Contains("<td>2</td>", row, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2024-04-02T09:00:00&#x2B;00:00\" data-date>2024-04-02</time> – <time datetime=\"2024-04-03T07:30:00&#x2B;00:00\" data-date>2024-04-03</time>", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_escapes_a_story_title()
    {
        var html = await Get("/");
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_is_paginated()
    {
        var first = await Get("/", new ServeOptions { PageSize = 1 });
        var second = await Get("/?page=2", new ServeOptions { PageSize = 1 });
        Assert.DoesNotContain(Corpus.ChessTitle, first, StringComparison.Ordinal);
        Assert.Contains("href=\"/?page=2\"", first, StringComparison.Ordinal);
        Assert.Contains(Corpus.ChessTitle, second, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/?page=3\"", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_finds_an_article_by_a_word_of_its_text()
    {
        var html = await Get("/?q=endgame");
        Assert.Contains($"href=\"/articles/{corpus.ArticleOf(Corpus.ChessTitle)}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Marrowby", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_shows_the_query_escaped_in_the_box()
    {
        var html = await Get("/?q=" + Uri.EscapeDataString("\"><b>bold"));
        Assert.Contains("value=\"&quot;&gt;&lt;b&gt;bold\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_of_only_punctuation_finds_nothing_without_failing()
    {
        var html = await Get("/?q=" + Uri.EscapeDataString("\"( * -"));
        Assert.Contains("No stories.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_story_page_shows_both_outlets()
    {
        var html = await Get($"/stories/{corpus.StoryOf(Corpus.ScriptTitle)}");
        Assert.Contains("Tessel Gazette", html, StringComparison.Ordinal);
        Assert.Contains("Northmoor Radio", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_story_page_escapes_an_article_title_with_a_script_tag()
    {
        var html = await Get($"/stories/{corpus.StoryOf(Corpus.ScriptTitle)}");
        Assert.Contains("River Tessel floods Marrowby &lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_story_page_links_back_to_the_list()
    {
        var html = await Get($"/stories/s{corpus.StoryOf(Corpus.ScriptTitle)}");
        Assert.Contains("<a href=\"/\">← All stories</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_article_page_shows_its_analysis_and_links_to_its_story()
    {
        var story = corpus.StoryOf(Corpus.ChessTitle);
        var html = await Get($"/articles/a{corpus.ArticleOf(Corpus.ChessTitle)}");
        Assert.Contains("Teodor Oduya", html, StringComparison.Ordinal);
        Assert.Contains("id=\"entities\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/stories/{story}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_use_the_report_stylesheet()
    {
        var css = await Get("/assets/parallax.css");
        Assert.StartsWith(Reports.HtmlReport.Stylesheet, css, StringComparison.Ordinal);
    }
}
