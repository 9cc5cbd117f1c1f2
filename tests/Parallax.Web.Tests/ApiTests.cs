using System.Net;
using System.Text.Json;
using Parallax.Documents;
using Parallax.Testing;

namespace Parallax.Web.Tests;

public sealed class ApiTests(Corpus corpus)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<string> Get(string path)
    {
        using var client = await corpus.ClientAsync();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync(Token);
    }

    [Fact]
    public async Task A_story_validates_as_parallax_story_1()
    {
        var json = await Get($"/api/stories/{corpus.StoryOf(Corpus.ScriptTitle)}");
        var errors = await ContractSchema.ErrorsAsync(ContractSchema.Story, json, Token);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal(2, JsonDocument.Parse(json).RootElement.GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public async Task An_article_validates_as_parallax_analysis_1()
    {
        var json = await Get($"/api/articles/{corpus.ArticleOf(Corpus.ChessTitle)}");
        var errors = await ContractSchema.ErrorsAsync(ContractSchema.Analysis, json, Token);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task The_story_list_has_every_story_newest_first()
    {
        var stories = JsonDocument.Parse(await Get("/api/stories")).RootElement.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.Equal(["s" + corpus.StoryOf(Corpus.ScriptTitle), "s" + corpus.StoryOf(Corpus.ChessTitle)], stories);
    }

    [Fact]
    public async Task Search_finds_an_article_by_a_word_of_its_text()
    {
        var root = JsonDocument.Parse(await Get("/api/search?q=evacuated")).RootElement;
        var titles = root.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("title").GetString()).ToList();
        Assert.Equal(["Hundreds leave Marrowby as the Tessel bursts its banks"], titles);
    }
}
