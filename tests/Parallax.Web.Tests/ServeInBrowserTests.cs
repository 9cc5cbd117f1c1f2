using Microsoft.Playwright;
using Parallax.Corpus;
using Parallax.Ingest;
using Parallax.Store;
using Parallax.Testing;

namespace Parallax.Web.Tests;

/// <summary>
/// <c>parallax serve</c> over a store built from the repository's <c>samples/</c>, listening on a real port and opened in
/// Debian's chromium: no console error (a script the policy blocked would be one), dates in the reader's locale,
/// story → article links with one id, search snippets.
/// </summary>
/// <remarks>
/// Run alone, after the other classes: Playwright sets <c>Console.OutputEncoding</c> when it starts its driver, and that
/// deadlocked once against another class's server creating its console logger at the same moment.
/// </remarks>
[Collection(nameof(RunAlone))]
public sealed class ServeInBrowserTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parallax-serve-browser-").FullName;
    private readonly List<string> _errors = [];
    private Microsoft.AspNetCore.Builder.WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IBrowserContext _context = null!;
    private IPage _page = null!;
    private string _url = "";

    public async ValueTask InitializeAsync()
    {
        var db = Path.Combine(_dir, "samples.db");
        using (var store = SqliteArticleStore.Open(db))
            new CorpusIngestor(store).Run(ArticleLoader.Load([Path.Combine(Repository.Root, "samples")]));
        _app = ParallaxWeb.Build(new ServeOptions { Port = 0, LogRequests = false }, () => SqliteArticleStore.Open(db, create: false));
        await _app.StartAsync();
        _url = _app.Urls.Single().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        _context = await _browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", TimezoneId = "Europe/Berlin", ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        _page = await _context.NewPageAsync();
        _page.PageError += (_, e) => _errors.Add(e);
        _page.Response += (_, r) =>
        {
            if (r.Status >= 400)
                _errors.Add($"{r.Status} {r.Url}");
        };
        _page.Console += (_, m) =>
        {
            if (m.Type == "error")
                _errors.Add(m.Text);
        };
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
            await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null)
            await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private async Task OpenAsync(string path)
    {
        await _page.GotoAsync(_url + path);
        await _page.WaitForSelectorAsync("html[data-parallax-ready='1']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 10_000 });
    }

    [Fact]
    public async Task The_story_list_shows_dates_in_the_readers_locale_without_console_errors()
    {
        await OpenAsync("/");
        var dates = await _page.Locator("td.when time").AllInnerTextsAsync();
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.DoesNotMatch(@"^\d{4}-\d{2}-\d{2}$", d));
        Assert.Contains(dates, d => d.Contains("2025", StringComparison.Ordinal));
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task A_story_page_leads_to_each_article_page_under_the_same_id()
    {
        await OpenAsync("/");
        await _page.ClickAsync("table.stories td a.sid >> nth=0");
        await _page.WaitForSelectorAsync("html[data-parallax-ready='1']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        Assert.True(await _page.IsVisibleAsync("#coverage"));
        var id = await _page.GetAttributeAsync(".pane > .col >> nth=0", "data-article");
        await _page.ClickAsync(".pane > .col >> nth=0 >> .meta a");
        await _page.WaitForSelectorAsync("html[data-parallax-ready='1']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        Assert.Equal("/articles/" + id![1..], new Uri(_page.Url).AbsolutePath);
        Assert.Equal(id, await _page.GetAttributeAsync(".pane > .col", "data-article"));
        Assert.True(await _page.IsVisibleAsync("#quotes"));
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task Search_shows_how_many_articles_match_with_snippets()
    {
        await OpenAsync("/?q=strike");
        var count = await _page.InnerTextAsync("#hits h2 .n");
        Assert.Matches(@"^1–\d+ of \d+$", count);
        Assert.True(await _page.Locator("#hits .snippet mark").CountAsync() > 0);
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task A_story_page_fits_a_phone_without_sideways_scrolling()
    {
        await _page.SetViewportSizeAsync(390, 844);
        await OpenAsync("/");
        await _page.ClickAsync("table.stories td a.sid >> nth=0");
        await _page.WaitForSelectorAsync("html[data-parallax-ready='1']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        Assert.Equal(0, await _page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"));
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task A_story_page_leads_to_the_page_of_an_entity_with_its_stories_and_spellings()
    {
        await OpenAsync("/");
        await _page.ClickAsync("table.stories td a.sid >> nth=0");
        await _page.WaitForSelectorAsync("html[data-parallax-ready='1']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        var name = await _page.InnerTextAsync("#entities li.entity:has(a.elink) >> nth=0 >> b");
        await _page.ClickAsync("#entities a.elink >> nth=0");
        await _page.WaitForSelectorAsync("html[data-parallax-ready='1']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        Assert.Equal("/entities", new Uri(_page.Url).AbsolutePath);
        Assert.Equal(name, await _page.InnerTextAsync("h1"));
        Assert.True(await _page.Locator("#stories li.story").CountAsync() >= 1);
        Assert.True(await _page.Locator("#spellings tbody tr").CountAsync() >= 1);
        await _page.ClickAsync("#stories li.story ul.articles a.sid >> nth=0");
        await _page.WaitForSelectorAsync("html[data-parallax-ready='1']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        Assert.StartsWith("/articles/", new Uri(_page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Empty(_errors);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?q=strike")]
    [InlineData("/compare")]
    public async Task Pages_have_no_serious_accessibility_violations(string path)
    {
        Assert.Empty(await SeriousViolationsAsync(path));
    }

    [Fact]
    public async Task An_entity_page_has_no_serious_accessibility_violations()
    {
        await OpenAsync("/");
        await _page.ClickAsync("table.stories td a.sid >> nth=0");
        await _page.WaitForSelectorAsync("#entities a.elink", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        var href = await _page.GetAttributeAsync("#entities a.elink >> nth=0", "href");
        Assert.Empty(await SeriousViolationsAsync(href!));
    }

    [Fact]
    public async Task The_compare_form_is_filled_and_sent_with_the_keyboard_alone()
    {
        await OpenAsync("/compare");
        await TabToAsync("outlet1");
        await _page.Keyboard.TypeAsync("Harbour Watch");
        await _page.Keyboard.PressAsync("Tab");
        Assert.Equal("text1", await FocusedIdAsync());
        Assert.NotEqual("none", await _page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
        await _page.Keyboard.TypeAsync("Dockers at Port Linden walked out on Monday, union leader Mara Quist said. The strike halted 40 ships.");
        await _page.Keyboard.PressAsync("Tab");
        Assert.Equal("outlet2", await FocusedIdAsync());
        await _page.Keyboard.TypeAsync("Coastal Courier");
        await _page.Keyboard.PressAsync("Tab");
        await _page.Keyboard.TypeAsync("Dockers at Port Linden walked out on Monday, union leader Mara Quist said. The strike halted 14 ships.");
        await TabToAsync("send");
        await _page.Keyboard.PressAsync("Enter");
        // Chromium shares two cores with the other test assemblies: the result page can take long to load.
        await _page.WaitForURLAsync(_url + "/compare", new PageWaitForURLOptions { Timeout = 120_000 });
        await _page.WaitForSelectorAsync("#coverage", new PageWaitForSelectorOptions { Timeout = 120_000 });
        Assert.Contains("Coastal Courier", await _page.InnerTextAsync("#timeline"), StringComparison.Ordinal);
        Assert.Empty(_errors);
    }

    /// <summary>Presses Tab until the element with this id has the focus (at most 12 times).</summary>
    private async Task TabToAsync(string id)
    {
        for (var i = 0; i < 12 && await FocusedIdAsync() != id; i++)
            await _page.Keyboard.PressAsync("Tab");
        Assert.Equal(id, await FocusedIdAsync());
    }

    private Task<string> FocusedIdAsync() => _page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.id : ''");

    /// <summary>axe-core's serious and critical violations on a page, in a context that lets the test add axe's script despite the page's policy.</summary>
    private async Task<string[]> SeriousViolationsAsync(string path)
    {
        await using var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(_url + path);
        await page.WaitForSelectorAsync("html[data-parallax-ready='1']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 10_000 });
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = await File.ReadAllTextAsync(Axe.ScriptPath) });
        return System.Text.Json.JsonSerializer.Deserialize<string[]>(await page.EvaluateAsync<string>(Axe.SeriousViolations)) ?? [];
    }
}

/// <summary>The browser tests, run with no other test of this assembly at the same time.</summary>
[CollectionDefinition(nameof(RunAlone), DisableParallelization = true)]
public sealed class RunAlone;
