using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Parallax.Corpus;
using Parallax.Documents;
using Parallax.Store;
using Parallax.Web.Internal;

namespace Parallax.Web.Tests;

public sealed class ServerTests(Corpus corpus)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_server_with_default_options_listens_on_127_0_0_1_only()
    {
        await using var app = ParallaxWeb.Build(new ServeOptions { Port = 0 }, () => SqliteArticleStore.Open(corpus.Db, create: false));
        await app.StartAsync(Token);
        var url = Assert.Single(app.Urls);
        Assert.StartsWith("http://127.0.0.1:", url, StringComparison.Ordinal);
        using var client = new HttpClient();
        using var response = await client.GetAsync(new Uri(url), Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await app.StopAsync(Token);
    }

    [Fact]
    public void A_missing_database_fails_when_the_app_is_built()
    {
        var missing = Path.Combine(Path.GetTempPath(), "parallax-no-such-" + Guid.NewGuid().ToString("N") + ".db");
        Assert.Throws<FileNotFoundException>(() => ParallaxWeb.Build(new ServeOptions(), () => SqliteArticleStore.Open(missing, create: false)));
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task A_story_page_keeps_its_built_report_for_the_next_request()
    {
        var app = await corpus.StartAsync();
        using var client = app.GetTestClient();
        var site = app.Services.GetRequiredService<Site>();
        Assert.Equal(0, site.CachedReports.Count);
        await client.GetStringAsync(new Uri($"/stories/{corpus.StoryOf(Corpus.ScriptTitle)}", UriKind.Relative), Token);
        Assert.Equal(1, site.CachedReports.Count);
    }

    [Fact]
    public async Task Pages_forbid_loading_anything_from_elsewhere()
    {
        using var client = await corpus.ClientAsync();
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative), Token);
        Assert.StartsWith("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
