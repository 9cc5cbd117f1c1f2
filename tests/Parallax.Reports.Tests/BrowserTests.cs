using System.Buffers.Binary;
using System.Diagnostics;
using Microsoft.Playwright;
using Parallax.Testing;

namespace Parallax.Reports.Tests;

/// <summary>
/// Opens the HTML report in Debian's chromium (headless, offline). Chromium must be installed
/// (.ci/run installs it): these tests fail, never skip, when it is missing.
/// </summary>
public sealed class BrowserTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parallax-html-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Save(string html, string name = "story.html")
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, html);
        return path;
    }

    private (string Stdout, int ExitCode) RunChromium(params string[] args) => Chromium.Run(_dir, TestContext.Current.CancellationToken, args);

    [Fact]
    public void Chromium_takes_a_full_size_non_blank_screenshot_of_the_story_page()
    {
        var page = Save(Report.RenderToString(SampleStory.Build(), ReportFormat.Html));
        var png = Path.Combine(_dir, "story.png");
        RunChromium("--screenshot=" + png, "--window-size=1400,1000", new Uri(page).AbsoluteUri);
        Assert.True(File.Exists(png), "chromium wrote no screenshot");
        var bytes = File.ReadAllBytes(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.Equal(1400, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(1000, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
        Assert.True(bytes.Length > 30_000, $"the screenshot is only {bytes.Length} bytes: the page looks blank");
        if (BrowserSession.ScreenshotFolder is { } keep)
            File.Copy(png, Path.Combine(keep, "story.png"), overwrite: true);
    }

    [Fact]
    public void Story_page_script_runs_without_errors_and_shows_every_panel_in_chromium()
    {
        var page = Save(Report.RenderToString(SampleStory.Build(), ReportFormat.Html));
        var (dom, _) = RunChromium("--dump-dom", "--virtual-time-budget=3000", new Uri(page).AbsoluteUri);
        Assert.Contains("data-parallax-ready=\"1\"", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("data-parallax-error=", dom, StringComparison.Ordinal);
        Assert.All(["id=\"brief\"", "id=\"divergences\"", "id=\"voices\"", "id=\"entities\"", "class=\"col\" data-article=\"a2\""],
            panel => Assert.Contains(panel, dom, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hovering_an_aligned_sentence_highlights_its_partner_in_the_other_column()
    {
        await using var session = await BrowserSession.OpenAsync(Chromium.Executable, Save(Report.RenderToString(SampleStory.Build(), ReportFormat.Html)));
        await session.Page.HoverAsync("[id='a1.s1']");
        Assert.Contains("hl", await session.ClassesAsync("a2.s1"));
        Assert.DoesNotContain("hl", await session.ClassesAsync("a2.s2"));
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Clicking_a_divergence_focuses_its_sentences()
    {
        await using var session = await BrowserSession.OpenAsync(Chromium.Executable, Save(Report.RenderToString(SampleStory.Build(), ReportFormat.Html)));
        await session.Page.ClickAsync("#divergences li.jump >> nth=0");
        foreach (var id in (string[])["a1.s2", "a1.s3", "a2.s2"])
            Assert.Contains("focus", await session.ClassesAsync(id));
        Assert.DoesNotContain("focus", await session.ClassesAsync("a1.s1"));
        await session.KeepScreenshotAsync("divergence-click");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Clicking_an_entity_highlights_its_mentions_in_every_article()
    {
        await using var session = await BrowserSession.OpenAsync(Chromium.Executable, Save(Report.RenderToString(SampleStory.Build(), ReportFormat.Html)));
        await session.Page.ClickAsync("li.entity[data-e='e1']");
        var highlighted = await session.Page.EvalOnSelectorAllAsync<string[]>(".m.on", "els => els.map(e => e.textContent)");
        Assert.Equal(["Anthony Blinken", "Antony Blinken"], highlighted);
        await session.KeepScreenshotAsync("entity-click");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Brief_citation_focuses_the_cited_sentence()
    {
        await using var session = await BrowserSession.OpenAsync(Chromium.Executable, Save(Report.RenderToString(SampleStory.Build(), ReportFormat.Html)));
        await session.Page.ClickAsync("a.cite[data-s='a2.s2'] >> nth=0");
        Assert.Contains("focus", await session.ClassesAsync("a2.s2"));
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Analysis_page_shows_its_panels_without_script_errors()
    {
        await using var session = await BrowserSession.OpenAsync(Chromium.Executable, Save(Report.RenderToString([SampleStory.A(), SampleStory.B()], ReportFormat.Html)));
        Assert.True(await session.Page.IsVisibleAsync("#entities"));
        Assert.True(await session.Page.IsVisibleAsync("#quotes"));
        Assert.Equal(2, await session.Page.Locator("article.col").CountAsync());
        await session.KeepScreenshotAsync("analysis");
        session.AssertNoErrors();
    }

    private sealed class BrowserSession : IAsyncDisposable
    {
        private readonly List<string> _errors = [];
        private IPlaywright? _playwright;
        private IBrowser? _browser;

        /// <summary>Where to keep screenshots for a human to look at (PARALLAX_SCREENSHOTS), or null.</summary>
        public static string? ScreenshotFolder => Environment.GetEnvironmentVariable("PARALLAX_SCREENSHOTS") is { Length: > 0 } dir ? Directory.CreateDirectory(dir).FullName : null;

        public IPage Page { get; private set; } = null!;

        public async Task KeepScreenshotAsync(string name)
        {
            if (ScreenshotFolder is { } dir)
                await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name + ".png") });
        }

        public static async Task<BrowserSession> OpenAsync(string chromium, string file)
        {
            var session = new BrowserSession();
            session._playwright = await Playwright.CreateAsync();
            session._browser = await session._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            session.Page = await session._browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
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

        public async ValueTask DisposeAsync()
        {
            if (_browser is not null)
                await _browser.CloseAsync();
            _playwright?.Dispose();
        }
    }
}
