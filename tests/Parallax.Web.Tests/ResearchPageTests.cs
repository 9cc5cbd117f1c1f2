using System.Net;
using System.Text.Json;
using Parallax.Documents;

namespace Parallax.Web.Tests;

/// <summary>`serve` as a research tool: one id per article, story → article links, search with snippets, a count and pages.</summary>
public sealed class ResearchPageTests(Corpus corpus)
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
    public async Task A_story_page_links_each_article_to_its_page_under_the_same_id()
    {
        var article = corpus.ArticleOf(Corpus.ScriptTitle);
        var story = await Get($"/stories/{corpus.StoryOf(Corpus.ScriptTitle)}");
        Assert.Contains($"data-article=\"a{article}\"", story, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/articles/{article}\">analysis</a>", story, StringComparison.Ordinal);
        var page = await Get($"/articles/{article}");
        Assert.Contains($"data-article=\"a{article}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_shows_the_total_a_snippet_with_the_words_marked_and_pages()
    {
        var options = new ServeOptions { PageSize = 1 };
        var first = await Get("/?q=Marrowby", options);
        Assert.Contains("<span class=\"n\">1–1 of 2</span>", first, StringComparison.Ordinal);
        Assert.Contains("<mark>Marrowby</mark>", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/?q=Marrowby&amp;page=2\"", first, StringComparison.Ordinal);
        var second = await Get("/?q=Marrowby&page=2", options);
        Assert.Contains("<span class=\"n\">2–2 of 2</span>", second, StringComparison.Ordinal);
        Assert.Contains("<ol class=\"list hits\" start=\"2\">", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_api_gives_the_total_snippets_and_the_next_page()
    {
        using var json = JsonDocument.Parse(await Get("/api/search?q=Marrowby", new ServeOptions { PageSize = 1 }));
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("total").GetInt64());
        var hit = Assert.Single(root.GetProperty("articles").EnumerateArray());
        Assert.Contains("Marrowby", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Equal("/api/search?q=Marrowby&page=2", root.GetProperty("next").GetString());
    }

    [Fact]
    public async Task Pages_end_with_the_script_that_shows_dates_in_the_readers_locale()
    {
        var home = await Get("/");
        Assert.Contains(Parallax.Reports.HtmlReport.ScriptElement, home, StringComparison.Ordinal);
        Assert.Contains("<time datetime=", home, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A short title", "A short title")]
    [InlineData("Floodwater from the River Tessel forced 340 residents of Marrowby to leave their homes on Tuesday, Mayor Ilse Varnhagen said", "Floodwater from the River Tessel forced 340 residents of Marrowby to leave their homes on…")]
    public void Long_titles_are_cut_at_a_word_boundary(string title, string shown)
        => Assert.Equal(shown, Parallax.Web.Pages.Words.Short(title));
}
