using Parallax.Testing;

namespace Parallax.Cli.Tests;

/// <summary>The whole path, files to HTML report, opened in headless chromium.</summary>
public sealed class ReportInBrowserTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parallax-e2e-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Compare(string name, params string[] inputs)
    {
        var html = Path.Combine(_dir, name + ".html");
        var (code, _, stderr) = CliRunner.Run(["compare", .. inputs, "--out", html]);
        Assert.True(code == 0, stderr);
        return html;
    }

    private void AssertPageWorks(string html)
    {
        var dom = Chromium.DumpDom(_dir, html, TestContext.Current.CancellationToken);
        Assert.Contains("data-parallax-ready=\"1\"", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("data-parallax-error=", dom, StringComparison.Ordinal);
        Assert.All(["id=\"brief\"", "id=\"divergences\"", "id=\"voices\"", "id=\"entities\"", "data-article=\"a2\""],
            panel => Assert.Contains(panel, dom, StringComparison.Ordinal));
        var (png, width, height) = Chromium.Screenshot(_dir, html, 1400, 1000, TestContext.Current.CancellationToken);
        Assert.Equal((1400, 1000), (width, height));
        Assert.True(png.Length > 30_000, $"the screenshot is only {png.Length} bytes: the page looks blank");
    }

    [Fact]
    public void The_seed_story_report_loads_and_shows_its_panels()
        => AssertPageWorks(Compare("seeds", SharedData.SeedPath("000"), SharedData.SeedPath("003")));

    [Fact]
    public void A_sample_story_report_loads_and_shows_its_panels()
        => AssertPageWorks(Compare("harbour", Path.Combine(Repository.Root, "samples", "harbour-strike")));
}
