using Parallax.Corpus;
using Parallax.Documents;
using Parallax.Ingest;
using Parallax.Store;

namespace Parallax.Web.Tests;

/// <summary>A story's report is kept in the database once built, read back after a restart, and built again when the story changes.</summary>
public sealed class StoredReportTests : IDisposable
{
    private const string Text = "The council of Brennmoor approved the new harbour bridge on Tuesday. Mayor Ilse Varnhagen said work would begin in May. The bridge will cost 40 million euros.";

    private readonly string _dir = Directory.CreateTempSubdirectory("parallax-web-reports-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>Two outlets' tellings of one story, the second with <paramref name="addition"/> at its end.</summary>
    private static void IngestTwo(SqliteArticleStore store, string addition)
        => new CorpusIngestor(store).Run([IngestResult.Of(new Article("x", "Harbour Gazette", Text)), IngestResult.Of(new Article("y", "Tidewater Daily", Text + addition))], cancellation: Token);

    [Fact]
    public async Task A_report_built_once_is_served_from_the_database_after_a_restart_and_built_again_when_its_story_grows()
    {
        var db = Path.Combine(_dir, "corpus.db");
        long story;
        using (var store = SqliteArticleStore.Open(db, create: true))
        {
            IngestTwo(store, " Traders welcomed the decision.");
            story = Assert.Single(store.Stories()).Id;
        }
        var options = new ServeOptions { Port = 0, LogRequests = false };

        var first = await Page(db, options, story);
        using (var store = SqliteArticleStore.Open(db, create: false))
            Assert.Equal(new StoryReportsBuilt(0, 1, 0), ParallaxWeb.BuildReports(store, options));
        Assert.Equal(first, await Page(db, options, story));

        using (var store = SqliteArticleStore.Open(db, create: false))
        {
            new CorpusIngestor(store).Run([IngestResult.Of(new Article("z", "Coastal Courier", Text + " Ferries will run as usual."))], cancellation: Token);
            Assert.Equal(story, Assert.Single(store.Stories()).Id);
            Assert.Equal(new StoryReportsBuilt(1, 0, 0), ParallaxWeb.BuildReports(store, options));
            Assert.Equal(new StoryReportsBuilt(0, 1, 0), ParallaxWeb.BuildReports(store, options));
        }
        var grown = await Page(db, options, story);
        Assert.Contains("Coastal Courier", grown, StringComparison.Ordinal);
        Assert.DoesNotContain("Coastal Courier", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_built_with_other_options_do_not_match()
    {
        var db = Path.Combine(_dir, "corpus.db");
        using (var store = SqliteArticleStore.Open(db, create: true))
            IngestTwo(store, " Traders welcomed it.");
        var options = new ServeOptions { Port = 0, LogRequests = false };
        using (var store = SqliteArticleStore.Open(db, create: false))
        {
            Assert.Equal(new StoryReportsBuilt(1, 0, 0), ParallaxWeb.BuildReports(store, options));
            Assert.Equal(new StoryReportsBuilt(1, 0, 0), ParallaxWeb.BuildReports(store, options with { MaxArticles = 1 }));
        }
    }

    [Fact]
    public async Task A_stored_report_is_served_without_reading_any_article_text()
    {
        var db = Path.Combine(_dir, "corpus.db");
        long story;
        using (var store = SqliteArticleStore.Open(db, create: true))
        {
            IngestTwo(store, " Traders welcomed it.");
            story = Assert.Single(store.Stories()).Id;
            Assert.Equal(new StoryReportsBuilt(1, 0, 0), ParallaxWeb.BuildReports(store, new ServeOptions()));
        }
        var calls = new System.Collections.Concurrent.ConcurrentBag<string>();
        await using var app = ParallaxWeb.Build(new ServeOptions { Port = 0, LogRequests = false }, () => CountingStore.Over(SqliteArticleStore.Open(db, create: false), calls));
        await app.StartAsync(Token);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        Assert.Contains("Tidewater Daily", await client.GetStringAsync(new Uri($"/stories/{story}", UriKind.Relative), Token), StringComparison.Ordinal);
        Assert.Contains("\"schema\"", await client.GetStringAsync(new Uri($"/api/stories/{story}", UriKind.Relative), Token), StringComparison.Ordinal);
        await app.StopAsync(Token);
        Assert.Contains(nameof(IArticleStore.ArticleHeadersOf), calls);
        Assert.DoesNotContain(nameof(IArticleStore.ArticlesOf), calls);
        Assert.DoesNotContain(nameof(IArticleStore.Article), calls);
    }

    [Fact]
    public async Task A_damaged_stored_report_is_built_again_not_sent()
    {
        var db = Path.Combine(_dir, "corpus.db");
        long story;
        var options = new ServeOptions { Port = 0, LogRequests = false };
        using (var store = SqliteArticleStore.Open(db, create: true))
        {
            IngestTwo(store, " Traders welcomed it.");
            story = Assert.Single(store.Stories()).Id;
        }
        var page = await Page(db, options, story);
        using (var store = SqliteArticleStore.Open(db, create: false))
        {
            var row = $"story-report:{story}";
            var data = store.CachedAnalysis(row, "parallax.web.story-report")!;
            data[^10] ^= 0x5a;
            store.CacheAnalyses([new CachedAnalysis(row, "parallax.web.story-report", data)]);
            Assert.Equal(new StoryReportsBuilt(1, 0, 0), ParallaxWeb.BuildReports(store, options));
            data = store.CachedAnalysis(row, "parallax.web.story-report")!;
            data[^10] ^= 0x5a;
            store.CacheAnalyses([new CachedAnalysis(row, "parallax.web.story-report", data)]);
        }
        Assert.Equal(page, await Page(db, options, story));
    }

    [Fact]
    public async Task A_client_that_accepts_brotli_gets_the_stored_bytes_and_one_that_accepts_neither_brotli_nor_gzip_the_same_page_uncompressed()
    {
        var db = Path.Combine(_dir, "corpus.db");
        long story;
        using (var store = SqliteArticleStore.Open(db, create: true))
        {
            IngestTwo(store, " Traders welcomed it.");
            story = Assert.Single(store.Stories()).Id;
        }
        await using var app = ParallaxWeb.Build(new ServeOptions { Port = 0, LogRequests = false }, () => SqliteArticleStore.Open(db, create: false));
        await app.StartAsync(Token);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        foreach (var path in new[] { $"/stories/{story}", $"/api/stories/{story}" })
        {
            using var plain = await client.GetAsync(new Uri(path, UriKind.Relative), Token);
            var plainBytes = await plain.Content.ReadAsByteArrayAsync(Token);
            Assert.Empty(plain.Content.Headers.ContentEncoding);
            Assert.Equal(plainBytes.Length, plain.Content.Headers.ContentLength);
            Assert.Contains("Accept-Encoding", plain.Headers.Vary);

            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            request.Headers.AcceptEncoding.ParseAdd("gzip, br;q=0.9");
            using var packed = await client.SendAsync(request, Token);
            var packedBytes = await packed.Content.ReadAsByteArrayAsync(Token);
            Assert.Equal(["br"], packed.Content.Headers.ContentEncoding);
            Assert.True(packedBytes.Length < plainBytes.Length);
            using var decoded = new MemoryStream();
            using (var brotli = new System.IO.Compression.BrotliStream(new MemoryStream(packedBytes), System.IO.Compression.CompressionMode.Decompress))
                await brotli.CopyToAsync(decoded, Token);
            Assert.Equal(plainBytes, decoded.ToArray());

            using var refused = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            refused.Headers.AcceptEncoding.ParseAdd("br;q=0, gzip;q=0, identity");
            using var unpacked = await client.SendAsync(refused, Token);
            Assert.Empty(unpacked.Content.Headers.ContentEncoding);
            Assert.Equal(plainBytes, await unpacked.Content.ReadAsByteArrayAsync(Token));
        }
        await app.StopAsync(Token);
    }

    private static async Task<string> Page(string db, ServeOptions options, long story)
    {
        await using var app = ParallaxWeb.Build(options, () => SqliteArticleStore.Open(db, create: false));
        await app.StartAsync(Token);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        var html = await client.GetStringAsync(new Uri($"/stories/{story}", UriKind.Relative), Token);
        await app.StopAsync(Token);
        return html;
    }
}

/// <summary>A store that records the name of every member called on it, then passes the call on.</summary>
public class CountingStore : System.Reflection.DispatchProxy
{
    private IArticleStore _inner = null!;
    private System.Collections.Concurrent.ConcurrentBag<string> _calls = null!;

    public static IArticleStore Over(IArticleStore inner, System.Collections.Concurrent.ConcurrentBag<string> calls)
    {
        var proxy = Create<IArticleStore, CountingStore>();
        var counting = (CountingStore)(object)proxy;
        counting._inner = inner;
        counting._calls = calls;
        return proxy;
    }

    protected override object? Invoke(System.Reflection.MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        _calls.Add(targetMethod.Name);
        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (System.Reflection.TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}

