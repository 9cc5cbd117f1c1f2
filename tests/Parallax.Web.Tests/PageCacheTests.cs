using System.Collections.Concurrent;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Parallax.Store;
using Parallax.Web.Internal;

namespace Parallax.Web.Tests;

/// <summary>
/// Pages are rendered once and kept: an article's page and JSON while it stays in its story, and an uncompressed copy of a
/// page for clients that do not accept Brotli, within a byte limit.
/// </summary>
public sealed class PageCacheTests(Corpus corpus)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_article_is_analysed_and_rendered_once_for_its_page_and_its_json()
    {
        var calls = new ConcurrentBag<string>();
        var app = ParallaxWeb.Build(new ServeOptions { LogRequests = false }, () => CountingStore.Over(SqliteArticleStore.Open(corpus.Db, create: false), calls), b => b.WebHost.UseTestServer());
        await using var _ = app;
        await app.StartAsync(Token);
        using var client = app.GetTestClient();
        var article = corpus.ArticleOf(Corpus.ChessTitle);

        var page = await client.GetStringAsync(new Uri($"/articles/{article}", UriKind.Relative), Token);
        var analysed = calls.Count(c => c == "CachedAnalysis");
        var again = await client.GetStringAsync(new Uri($"/articles/{article}", UriKind.Relative), Token);
        var json = await client.GetStringAsync(new Uri($"/api/articles/{article}", UriKind.Relative), Token);

        Assert.Equal(page, again);
        Assert.Contains("Oduya", json, StringComparison.Ordinal);
        Assert.Equal(analysed, calls.Count(c => c == "CachedAnalysis"));
        Assert.Equal(1, app.Services.GetRequiredService<Site>().CachedArticles.Count);
    }

    [Fact]
    public async Task An_article_page_is_sent_compressed_to_a_client_that_accepts_brotli()
    {
        using var client = await corpus.ClientAsync(new ServeOptions { LogRequests = false });
        var path = new Uri($"/articles/{corpus.ArticleOf(Corpus.ChessTitle)}", UriKind.Relative);
        var plain = await client.GetStringAsync(path, Token);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.ParseAdd("br");
        using var response = await client.SendAsync(request, Token);

        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        using var decoded = new StreamReader(new System.IO.Compression.BrotliStream(await response.Content.ReadAsStreamAsync(Token), System.IO.Compression.CompressionMode.Decompress));
        Assert.Equal(plain, await decoded.ReadToEndAsync(Token));
    }

    [Fact]
    public async Task A_page_asked_for_again_without_brotli_is_sent_from_its_uncompressed_copy()
    {
        var app = await corpus.StartAsync(new ServeOptions { LogRequests = false });
        using var client = app.GetTestClient();
        var plain = app.Services.GetRequiredService<Site>().UncompressedBodies;
        var path = new Uri($"/stories/{corpus.StoryOf(Corpus.ScriptTitle)}", UriKind.Relative);

        var first = await client.GetStringAsync(path, Token);
        var kept = plain.Bytes;
        var second = await client.GetStringAsync(path, Token);

        Assert.Equal(first, second);
        Assert.Equal(1, plain.Count);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(first), kept);
        Assert.Equal(kept, plain.Bytes);
    }

    [Theory]
    [InlineData("/stories/{0}")]
    [InlineData("/api/stories/{0}")]
    public async Task A_client_that_accepts_gzip_but_not_brotli_gets_the_page_gzipped_from_a_copy_compressed_once(string path)
    {
        var app = await corpus.StartAsync(new ServeOptions { LogRequests = false });
        using var client = app.GetTestClient();
        var uri = new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, corpus.StoryOf(Corpus.ScriptTitle)), UriKind.Relative);
        var plain = await client.GetByteArrayAsync(uri, Token);

        var first = await Gzipped(client, HttpMethod.Get, uri);
        var second = await Gzipped(client, HttpMethod.Get, uri);
        var head = await Gzipped(client, HttpMethod.Head, uri);

        Assert.Equal(first, second);
        Assert.Empty(head);
        using var decoded = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(new MemoryStream(first), System.IO.Compression.CompressionMode.Decompress))
            await gzip.CopyToAsync(decoded, Token);
        Assert.Equal(plain, decoded.ToArray());
        Assert.True(first.Length < plain.Length);
    }

    private static async Task<byte[]> Gzipped(HttpClient client, HttpMethod method, Uri uri)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.AcceptEncoding.ParseAdd("gzip, deflate");
        using var response = await client.SendAsync(request, Token);
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        var bytes = await response.Content.ReadAsByteArrayAsync(Token);
        if (method == HttpMethod.Get)
            Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        return bytes;
    }

    [Fact]
    public async Task A_page_too_large_to_keep_uncompressed_is_still_sent_whole()
    {
        var app = await corpus.StartAsync(new ServeOptions { LogRequests = false, CachedUncompressedBytes = 1024 });
        using var client = app.GetTestClient();
        var path = new Uri($"/stories/{corpus.StoryOf(Corpus.ScriptTitle)}", UriKind.Relative);

        var page = await client.GetStringAsync(path, Token);
        using var other = await corpus.ClientAsync(new ServeOptions { LogRequests = false });

        Assert.Equal(await other.GetStringAsync(path, Token), page);
        Assert.Equal(0, app.Services.GetRequiredService<Site>().UncompressedBodies.Count);
    }

    [Fact]
    public void A_body_is_decompressed_once_and_the_least_recently_used_go_first_past_the_limit()
    {
        var bodies = new PlainBodies(maxBytes: 8 * 260);
        var packed = "abcdefghi".Select(c => PackedBody.Pack(new string(c, 250))).ToList();

        var first = bodies.Get(packed[0]);
        Assert.Same(first, bodies.Get(packed[0]));
        Assert.Equal(new string('a', 250), System.Text.Encoding.UTF8.GetString(first!));
        foreach (var body in packed.Skip(1))
            Assert.NotNull(bodies.Get(body));
        Assert.Equal(8, bodies.Count);
        Assert.Equal(8 * 250, bodies.Bytes);
        Assert.NotSame(first, bodies.Get(packed[0]));
        Assert.Same(bodies.Get(packed[8]), bodies.Get(packed[8]));
        Assert.Null(bodies.Get(PackedBody.Pack(new string('z', 261))));
    }
}
