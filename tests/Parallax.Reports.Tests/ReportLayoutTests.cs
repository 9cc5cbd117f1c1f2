using Microsoft.Playwright;

namespace Parallax.Reports.Tests;

/// <summary>
/// The story report in Debian's chromium: the coverage matrix, divergences, the reading pane, widths from a phone to a
/// laptop with 40 articles, and accessibility (axe-core). Chromium must be installed: these tests fail, never skip.
/// </summary>
public sealed class ReportLayoutTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parallax-layout-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Save(Parallax.Comparison.Story story, string name)
    {
        var path = Path.Combine(_dir, name + ".html");
        File.WriteAllText(path, Report.RenderToString(story, ReportFormat.Html));
        return path;
    }

    private static Task<string[]> CellsAsync(IPage page, string fact)
        => page.EvalOnSelectorAllAsync<string[]>($"tr[data-fact='{fact}'] td.cov", "tds => tds.map(td => td.getAttribute('data-a') + ':' + td.className.replace('cov ', ''))");

    [Fact]
    public async Task The_coverage_matrix_shows_who_reports_each_fact_of_a_three_outlet_story()
    {
        await using var session = await BrowserSession.OpenAsync(Save(InventedStories.ThreeOutlets(), "three"));
        var page = session.Page;
        Assert.Equal(["Harbour Watch", "Coastal Courier", "Tidewater Daily"], await page.EvalOnSelectorAllAsync<string[]>(".matrix thead th.o", "ths => ths.map(th => th.textContent)"));
        Assert.Equal(["a1:reports", "a2:reports", "a3:reports"], await CellsAsync(page, "f1"));
        Assert.Equal(["a1:differs", "a2:differs", "a3:none"], await CellsAsync(page, "f2"));
        Assert.Equal(["a1:only", "a2:none", "a3:none"], await CellsAsync(page, "f3"));
        Assert.Equal(["a1:none", "a2:none", "a3:only"], await CellsAsync(page, "f5"));
        Assert.Equal("Dock workers walked out at the port of Kestrel on Monday.", await page.InnerTextAsync("tr[data-fact='f1'] th a"));
        Assert.Equal("Only Tidewater Daily 1 fact", await page.InnerTextAsync("tbody.only[data-a='a3'] tr.group th"));
        Assert.Equal("Harbour Watch: differs (a1.s2)", await page.GetAttributeAsync("tr[data-fact='f2'] td[data-a='a1'] a", "aria-label"));
        Assert.True(await page.IsVisibleAsync(".matrix thead"), "three outlets fit as a table at 1400 px");
        await session.KeepScreenshotAsync("three-outlets", fullPage: true);
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Clicking_a_closed_divergence_shows_both_passages_with_the_differing_words_marked()
    {
        var story = InventedStories.ThreeOutlets();
        story = story with { Divergences = [.. Enumerable.Repeat(story.Divergences[0] with { Detail = "earlier" }, 3), story.Divergences[0]] };
        await using var session = await BrowserSession.OpenAsync(Save(story, "divergence"));
        var page = session.Page;
        var passages = page.Locator("#d4 .passage");
        Assert.False(await passages.First.IsVisibleAsync(), "the fourth divergence starts closed");
        await page.ClickAsync("#d4 summary");
        Assert.True(await passages.First.IsVisibleAsync());
        Assert.Equal(["Harbour Watch a1.s2 The union said 4,200 members joined the strike.", "Coastal Courier a2.s2 About 3,800 union members took part, the union said."],
            (await passages.AllInnerTextsAsync()).Select(t => string.Join(' ', t.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))));
        Assert.Equal(["4,200", "3,800"], await page.Locator("#d4 .passage mark").AllInnerTextsAsync());
        await page.ClickAsync("#d4 button.read");
        Assert.Contains("focus", await session.ClassesAsync("a1.s2"));
        Assert.Contains("focus", await session.ClassesAsync("a2.s2"));
        Assert.True(await page.IsVisibleAsync("[id='a2.s2']"));
        session.AssertNoErrors();
    }

    [Fact]
    public async Task The_reading_pane_shows_two_articles_and_a_matrix_mark_brings_in_the_article_that_reports_the_fact()
    {
        await using var session = await BrowserSession.OpenAsync(Save(InventedStories.ThreeOutlets(), "pane"));
        var page = session.Page;
        Assert.Equal(["a1", "a2"], await page.EvalOnSelectorAllAsync<string[]>(".pane > .col:not([hidden])", "cols => cols.map(c => c.dataset.article)"));
        await page.ClickAsync("tr[data-fact='f5'] td[data-a='a3'] a");
        Assert.Contains("a3", await page.EvalOnSelectorAllAsync<string[]>(".pane > .col:not([hidden])", "cols => cols.map(c => c.dataset.article)"));
        Assert.Contains("focus", await session.ClassesAsync("a3.s2"));
        await page.CheckAsync(".picker input[value='a1']");
        await page.CheckAsync(".picker input[value='a2']");
        Assert.Equal(3, await page.Locator(".pane > .col:not([hidden])").CountAsync());
        session.AssertNoErrors();
    }

    [Theory]
    [InlineData(1366, 768)]
    [InlineData(390, 844)]
    public async Task A_story_of_forty_articles_fits_the_width_without_sideways_or_nested_scrolling(int width, int height)
    {
        await using var session = await BrowserSession.OpenAsync(Save(InventedStories.Many(40), "forty"), width, height);
        Assert.Equal(0, await session.HorizontalOverflowAsync());
        Assert.Empty(await session.ScrollingElementsAsync());
        Assert.Equal(40, await session.Page.Locator(".picker input").CountAsync());
        Assert.Equal(2, await session.Page.Locator(".pane > .col:not([hidden])").CountAsync());
        Assert.False(await session.Page.IsVisibleAsync(".picker"), "forty check boxes start folded away");
        await session.Page.ClickAsync(".choose summary");
        await session.Page.CheckAsync(".picker input[value='a40']");
        Assert.Equal(["a1", "a2", "a40"], await session.Page.EvalOnSelectorAllAsync<string[]>(".pane > .col:not([hidden])", "cols => cols.map(c => c.dataset.article)"));
        Assert.Equal(0, await session.HorizontalOverflowAsync());
        await session.KeepScreenshotAsync($"forty-{width}");
        session.AssertNoErrors();
    }

    [Theory]
    [InlineData(1366, 768)]
    [InlineData(390, 844)]
    public async Task The_three_outlet_story_fits_the_width_too(int width, int height)
    {
        await using var session = await BrowserSession.OpenAsync(Save(InventedStories.ThreeOutlets(), "three-" + width), width, height);
        Assert.Equal(0, await session.HorizontalOverflowAsync());
        Assert.Empty(await session.ScrollingElementsAsync());
        await session.KeepScreenshotAsync($"three-{width}", fullPage: true);
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Axe_finds_no_serious_accessibility_violation_in_the_story_report()
    {
        await using var session = await BrowserSession.OpenAsync(Save(InventedStories.ThreeOutlets(), "axe"));
        Assert.Empty(await session.SeriousAccessibilityViolationsAsync());
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Axe_finds_no_serious_accessibility_violation_in_the_forty_article_report_on_a_phone()
    {
        await using var session = await BrowserSession.OpenAsync(Save(InventedStories.Many(40), "axe-forty"), 390, 844);
        Assert.Empty(await session.SeriousAccessibilityViolationsAsync());
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Every_control_is_reached_by_the_keyboard_with_a_visible_focus_ring()
    {
        await using var session = await BrowserSession.OpenAsync(Save(InventedStories.ThreeOutlets(), "keys"));
        var page = session.Page;
        var seen = new HashSet<string>();
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<string[]>("""
                () => { const el = document.activeElement; const s = getComputedStyle(el);
                        return [el.tagName.toLowerCase() + (el.className ? '.' + el.className : ''), s.outlineStyle, s.outlineWidth]; }
                """);
            if (focus[0].StartsWith("body", StringComparison.Ordinal))
                continue;
            Assert.True(focus[1] != "none" && focus[2] != "0px", $"{focus[0]} has no visible focus ring");
            seen.Add(focus[0].Split('.')[0]);
        }
        Assert.Superset(new HashSet<string> { "a", "summary", "input", "button" }, seen);
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Printing_shows_every_article()
    {
        await using var session = await BrowserSession.OpenAsync(Save(InventedStories.ThreeOutlets(), "print"));
        await session.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.Equal(3, await session.Page.Locator(".pane > .col").Filter(new LocatorFilterOptions { Visible = true }).CountAsync());
        Assert.False(await session.Page.IsVisibleAsync(".picker"));
        session.AssertNoErrors();
    }
}
