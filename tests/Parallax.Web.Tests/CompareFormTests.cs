using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Parallax.Documents;
using Parallax.Store;

namespace Parallax.Web.Tests;

/// <summary>The "compare these" form: pasted texts and uploaded files compared, size-limited, stored only when asked.</summary>
public sealed class CompareFormTests : IAsyncLifetime
{
    private const string Gazette = "Floodwater from the River Tessel forced 340 residents of Marrowby to leave their homes on Tuesday, Mayor Ilse Varnhagen said. "
        + "The river rose two metres overnight after three days of rain.";

    private const string Radio = "Floodwater from the River Tessel forced 430 residents of Marrowby to leave their homes on Tuesday, Mayor Ilse Varnhagen said. "
        + "Three days of rain pushed the Tessel two metres higher overnight.";

    private readonly string _dir = Directory.CreateTempSubdirectory("parallax-compare-").FullName;
    private readonly List<WebApplication> _apps = [];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private string Db => Path.Combine(_dir, "empty.db");

    public ValueTask InitializeAsync()
    {
        SqliteArticleStore.Open(Db).Dispose();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps)
            await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private async Task<HttpClient> ClientAsync(ServeOptions? options = null)
    {
        var app = ParallaxWeb.Build(options ?? new ServeOptions { LogRequests = false }, () => SqliteArticleStore.Open(Db, create: false), b => b.WebHost.UseTestServer());
        _apps.Add(app);
        await app.StartAsync(Token);
        return app.GetTestClient();
    }

    private static MultipartFormDataContent Form(IEnumerable<(string Outlet, string Text)> texts, IEnumerable<(string Name, string Content)>? files = null, bool store = false)
    {
        var form = new MultipartFormDataContent();
        foreach (var (outlet, text) in texts)
        {
            form.Add(new StringContent(outlet), "outlet");
            form.Add(new StringContent(text), "text");
        }
        foreach (var (name, content) in files ?? [])
        {
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "file", name);
        }
        if (store)
            form.Add(new StringContent("1"), "store");
        return form;
    }

    private static async Task<(HttpStatusCode Status, string Body)> Post(HttpClient client, HttpContent content, string? origin = null, string? fetchSite = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/compare", UriKind.Relative)) { Content = content };
        if (origin is not null)
            request.Headers.Add("Origin", origin);
        if (fetchSite is not null)
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        using var response = await client.SendAsync(request, Token);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Token));
    }

    private static async Task<long> ArticleCount(HttpClient client)
    {
        using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri("/healthz", UriKind.Relative), Token));
        return json.RootElement.GetProperty("articles").GetInt64();
    }

    [Fact]
    public async Task The_form_has_labelled_text_boxes_a_file_picker_and_an_unticked_store_box()
    {
        using var client = await ClientAsync();
        var page = await client.GetStringAsync(new Uri("/compare", UriKind.Relative), Token);
        Assert.Contains("<form id=\"compare\" class=\"panel compare\" action=\"/compare\" method=\"post\" enctype=\"multipart/form-data\">", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"text1\">Article text</label>", page, StringComparison.Ordinal);
        Assert.Contains("<input id=\"files\" type=\"file\" name=\"file\" multiple", page, StringComparison.Ordinal);
        Assert.Contains("<input type=\"checkbox\" name=\"store\" value=\"1\">", page, StringComparison.Ordinal);
        Assert.Contains("At most 2 MB", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_story_list_links_to_the_form()
    {
        using var client = await ClientAsync();
        Assert.Contains("<a href=\"/compare\">Compare texts</a>", await client.GetStringAsync(new Uri("/", UriKind.Relative), Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_pasted_texts_are_compared_and_not_stored()
    {
        using var client = await ClientAsync();
        var (status, page) = await Post(client, Form([("Tessel Gazette", Gazette), ("Northmoor Radio", Radio)]));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"coverage\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"divergences\"", page, StringComparison.Ordinal);
        Assert.Contains("<mark>340</mark>", page, StringComparison.Ordinal);
        Assert.Contains("<mark>430</mark>", page, StringComparison.Ordinal);
        Assert.Contains("Northmoor Radio", page, StringComparison.Ordinal);
        Assert.Equal(0, await ArticleCount(client));
    }

    [Fact]
    public async Task Ticking_store_adds_the_articles_to_the_corpus_and_says_so()
    {
        using var client = await ClientAsync();
        var (status, page) = await Post(client, Form([("Tessel Gazette", Gazette), ("Northmoor Radio", Radio)], store: true));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Stored in the corpus: 2 new articles.", page, StringComparison.Ordinal);
        Assert.Equal(2, await ArticleCount(client));
    }

    [Fact]
    public async Task Uploaded_files_are_read_in_their_own_format_beside_pasted_text()
    {
        using var client = await ClientAsync();
        var markdown = "---\ntitle: Marrowby evacuated\noutlet: Valley Post\n---\n\n" + Radio + "\n";
        var html = "<html><head><title>Tessel floods</title><meta property=\"og:site_name\" content=\"Gazette Online\"></head><body><article><h1>Tessel floods</h1><p>" + Gazette + "</p></article></body></html>";
        var (status, page) = await Post(client, Form([("Northmoor Radio", Radio)], [("valley.md", markdown), ("gazette.html", html)]));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Valley Post", page, StringComparison.Ordinal);
        Assert.Contains("data-article=\"a3\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("parallax-compare-", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_of_another_type_is_named_as_not_read_and_the_rest_compared()
    {
        using var client = await ClientAsync();
        var (status, page) = await Post(client, Form([("Tessel Gazette", Gazette), ("Northmoor Radio", Radio)], [("notes.pdf", "%PDF-1.4")]));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Not read: notes.pdf: not a file type Parallax reads", page, StringComparison.Ordinal);
        Assert.Contains("id=\"coverage\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_than_the_limit_is_refused_with_413_and_says_the_limit()
    {
        using var client = await ClientAsync(new ServeOptions { LogRequests = false, MaxCompareBytes = 1_000 });
        var (status, page) = await Post(client, Form([("Tessel Gazette", Gazette + " " + Gazette + " " + Gazette), ("Northmoor Radio", Radio + " " + Radio + " " + Radio)], store: true));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("at most 1 KB can be compared at once", page, StringComparison.Ordinal);
        Assert.Equal(0, await ArticleCount(client));
    }

    [Fact]
    public async Task A_body_of_unknown_length_over_the_limit_is_refused_too()
    {
        using var client = await ClientAsync(new ServeOptions { LogRequests = false, MaxCompareBytes = 1_000 });
        var packed = new MemoryStream();
        await using (var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Gazette + " ", 20))), Token);
        packed.Position = 0;
        using var form = Form([("Northmoor Radio", Radio)]);
        form.Add(new StreamContent(new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionMode.Decompress)), "file", "long.txt");
        var (status, page) = await Post(client, form);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("the most that can be compared at once", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_text_is_not_enough_to_compare()
    {
        using var client = await ClientAsync();
        var (status, page) = await Post(client, Form([("Tessel Gazette", Gazette), ("Northmoor Radio", "   ")]));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Give at least two articles to compare (one was read).", page, StringComparison.Ordinal);
        Assert.Contains("<form id=\"compare\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_is_pasted_is_escaped_in_the_report()
    {
        using var client = await ClientAsync();
        var (status, page) = await Post(client, Form([("<b>Evil</b> Gazette", Gazette + " <script>alert(1)</script>"), ("Northmoor Radio", Radio)]));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Evil</b>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Evil&lt;/b&gt; Gazette", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://attacker.example", null)]
    [InlineData("null", "cross-site")]
    [InlineData(null, "same-site")]
    public async Task A_form_posted_from_another_site_is_refused_and_nothing_is_stored(string? origin, string? fetchSite)
    {
        using var client = await ClientAsync();
        var (status, _) = await Post(client, Form([("Tessel Gazette", Gazette), ("Northmoor Radio", Radio)], store: true), origin, fetchSite);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(0, await ArticleCount(client));
    }

    [Fact]
    public async Task Other_pages_still_refuse_post()
    {
        using var client = await ClientAsync();
        using var response = await client.PostAsync(new Uri("/", UriKind.Relative), new StringContent(""), Token);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
