using System.Net;
using Parallax.Documents;

namespace Parallax.Web.Tests;

public sealed class ErrorTests(Corpus corpus)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<(HttpStatusCode Status, string Type, string Body)> Get(string path)
    {
        using var client = await corpus.ClientAsync();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Token);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType ?? "", await response.Content.ReadAsStringAsync(Token));
    }

    [Fact]
    public async Task An_unknown_story_is_a_404_page()
    {
        var (status, type, body) = await Get("/stories/9999");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("text/html", type);
        Assert.Contains("There is no story s9999.", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_article_is_a_404_page()
    {
        var (status, _, body) = await Get("/articles/9999");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("There is no article a9999.", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_story_in_the_api_is_a_404_json_error()
    {
        var (status, type, body) = await Get("/api/stories/9999");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("application/json", type);
        Assert.Contains("\"error\": \"There is no story s9999.\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_address_is_a_404_page()
    {
        var (status, _, _) = await Get("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Theory]
    [InlineData("/stories/abc")]
    [InlineData("/stories/0")]
    [InlineData("/stories/-3")]
    [InlineData("/articles/s12")]
    [InlineData("/api/stories/12x")]
    public async Task A_malformed_id_is_a_400_naming_it(string path)
    {
        var (status, _, body) = await Get(path);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("is not a", body, StringComparison.Ordinal);
        Assert.Contains(path[(path.LastIndexOf('/') + 1)..], body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_search_in_the_api_is_a_400()
    {
        var (status, _, body) = await Get("/api/search?q=%20");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("The search query is empty", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_of_control_characters_only_is_an_empty_search_not_a_server_error()
    {
        var (status, _, body) = await Get("/api/search?q=%00%01");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("The search query is empty", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_with_a_control_character_inside_is_answered()
    {
        var (status, _, _) = await Get("/?q=harbour%00strike");
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task An_overlong_search_is_a_400()
    {
        var (status, _, body) = await Get("/?q=" + new string('x', 201));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("too long", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_that_is_not_a_number_is_a_400()
    {
        var (status, _, body) = await Get("/?page=two");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("&#x27;two&#x27; is not a page number", body, StringComparison.Ordinal);
    }
}
