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
        Assert.All(["id=\"headlines\"", "id=\"brief\"", "id=\"coverage\"", "id=\"timeline\"", "id=\"divergences\"", "id=\"voices\"", "id=\"entities\"", "data-article=\"a2\""],
            panel => Assert.Contains(panel, dom, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hovering_an_aligned_sentence_highlights_its_partner_in_the_other_column()
    {
        await using var session = await BrowserSession.OpenAsync(Save(Report.RenderToString(SampleStory.Build(), ReportFormat.Html)));
        await session.Page.HoverAsync("[id='a1.s1']");
        Assert.Contains("hl", await session.ClassesAsync("a2.s1"));
        Assert.DoesNotContain("hl", await session.ClassesAsync("a2.s2"));
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Clicking_a_divergence_focuses_its_sentences()
    {
        await using var session = await BrowserSession.OpenAsync(Save(Report.RenderToString(SampleStory.Build(), ReportFormat.Html)));
        await session.Page.ClickAsync("#d1 button.read");
        foreach (var id in (string[])["a1.s2", "a1.s3", "a2.s2"])
            Assert.Contains("focus", await session.ClassesAsync(id));
        Assert.DoesNotContain("focus", await session.ClassesAsync("a1.s1"));
        await session.KeepScreenshotAsync("divergence-click");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Clicking_an_entity_highlights_its_mentions_in_every_article()
    {
        await using var session = await BrowserSession.OpenAsync(Save(Report.RenderToString(SampleStory.Build(), ReportFormat.Html)));
        await session.Page.ClickAsync("li.entity[data-e='e1'] button");
        var highlighted = await session.Page.EvalOnSelectorAllAsync<string[]>(".m.on", "els => els.map(e => e.textContent)");
        Assert.Equal(["Anthony Blinken", "Antony Blinken"], highlighted);
        await session.KeepScreenshotAsync("entity-click");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Brief_citation_focuses_the_cited_sentence()
    {
        await using var session = await BrowserSession.OpenAsync(Save(Report.RenderToString(SampleStory.Build(), ReportFormat.Html)));
        await session.Page.ClickAsync("a.cite[data-s='a2.s2'] >> nth=0");
        Assert.Contains("focus", await session.ClassesAsync("a2.s2"));
        session.AssertNoErrors();
    }

    [Fact]
    public async Task A_headline_link_focuses_the_headline_and_its_partner_in_the_articles()
    {
        await using var session = await BrowserSession.OpenAsync(Save(Report.RenderToString(SampleStory.Build(), ReportFormat.Html)));
        await session.Page.ClickAsync("#headlines .partners a.ref[href='#a2.s1']");
        Assert.Contains("focus", await session.ClassesAsync("a1.h1"));
        Assert.Contains("focus", await session.ClassesAsync("a2.s1"));
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Analysis_page_shows_its_panels_without_script_errors()
    {
        await using var session = await BrowserSession.OpenAsync(Save(Report.RenderToString([SampleStory.A(), SampleStory.B()], ReportFormat.Html)));
        Assert.True(await session.Page.IsVisibleAsync("#entities"));
        Assert.True(await session.Page.IsVisibleAsync("#quotes"));
        Assert.Equal(2, await session.Page.Locator("article.col").CountAsync());
        await session.KeepScreenshotAsync("analysis");
        session.AssertNoErrors();
    }
}
