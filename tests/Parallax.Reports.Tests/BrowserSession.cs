using System.Text.Json;
using Microsoft.Playwright;
using Parallax.Testing;

namespace Parallax.Reports.Tests;

/// <summary>A page opened in Debian's chromium through Playwright, collecting console errors and page errors.</summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private readonly List<string> _errors = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where to keep screenshots for a human to look at (PARALLAX_SCREENSHOTS), or null.</summary>
    public static string? ScreenshotFolder => Environment.GetEnvironmentVariable("PARALLAX_SCREENSHOTS") is { Length: > 0 } dir ? Directory.CreateDirectory(dir).FullName : null;

    public IPage Page { get; private set; } = null!;

    public async Task KeepScreenshotAsync(string name, bool fullPage = false)
    {
        if (ScreenshotFolder is { } dir)
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name + ".png"), FullPage = fullPage });
    }

    public static async Task<BrowserSession> OpenAsync(string file, int width = 1400, int height = 1000)
    {
        var session = new BrowserSession();
        session._playwright = await Playwright.CreateAsync();
        session._browser = await session._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        session.Page = await session._browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        session.Page.PageError += (_, error) => session._errors.Add(error);
        session.Page.Console += (_, message) =>
        {
            if (message.Type == "error")
                session._errors.Add(message.Text);
        };
        await session.Page.GotoAsync(new Uri(file).AbsoluteUri);
        await session.Page.WaitForSelectorAsync("html[data-parallax-ready='1']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 10_000 });
        return session;
    }

    public async Task<string[]> ClassesAsync(string id)
        => ((await Page.GetAttributeAsync($"[id='{id}']", "class")) ?? "").Split(' ');

    public void AssertNoErrors() => Assert.True(_errors.Count == 0, string.Join("\n", _errors));

    /// <summary>How far the page is wider than the viewport (0 when nothing scrolls sideways).</summary>
    public Task<int> HorizontalOverflowAsync()
        => Page.EvaluateAsync<int>("() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth");

    /// <summary>Elements other than the page itself that scroll (a nested scrollbar), as "tag.class" strings.</summary>
    public Task<string[]> ScrollingElementsAsync()
        => Page.EvaluateAsync<string[]>("""
            () => Array.from(document.querySelectorAll('body *')).filter(el => {
              const style = getComputedStyle(el);
              const scrollsY = /(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
              const scrollsX = /(auto|scroll)/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
              return scrollsY || scrollsX;
            }).map(el => el.tagName.toLowerCase() + '.' + el.className)
            """);

    /// <summary>
    /// Runs axe-core (installed from npm into tests/Parallax.Reports.Tests/axe by .ci/run) in the page and returns its
    /// serious and critical violations as "rule: target" lines.
    /// </summary>
    public async Task<string[]> SeriousAccessibilityViolationsAsync()
    {
        await Page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = await File.ReadAllTextAsync(Axe.ScriptPath) });
        return JsonSerializer.Deserialize<string[]>(await Page.EvaluateAsync<string>(Axe.SeriousViolations)) ?? [];
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
            await _browser.CloseAsync();
        _playwright?.Dispose();
    }
}
