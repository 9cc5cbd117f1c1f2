using Parallax.Ingest.Internal;

namespace Parallax.Ingest.Tests;

/// <summary>A short run of the reader fuzzer (the long one, which also reports slow inputs, is the bench's <c>fuzz-readers</c>).</summary>
public sealed class FuzzSmokeTests
{
    [Fact]
    public void Every_seed_reads_as_at_least_one_article()
    {
        using var dir = new TempFolder();
        foreach (var (extension, text) in ReaderFuzzer.Seeds())
        {
            var path = dir.Write("seed" + extension, text);
            Assert.Contains(ArticleLoader.Load(path), r => r.IsArticle);
        }
    }

    [Fact]
    public void A_short_fuzzing_run_finds_nothing()
    {
        var report = ReaderFuzzer.Run(executions: 300, seed: 7, slow: TimeSpan.MaxValue);
        Assert.Equal(300, report.Executions);
        Assert.True(report.Findings.Count == 0, string.Join("\n", report.Findings.Select(f => $"{f.Kind} {f.Format}: {f.Message}")));
    }
}

/// <summary>What the fuzzer found, kept as regression tests: each is now a plain problem line, not a caught exception.</summary>
public sealed class FuzzFindingTests
{
    [Fact]
    public void A_long_line_of_unclosed_cdata_openers_keeps_its_text()
    {
        using var dir = new TempFolder();
        var line = string.Concat(Enumerable.Repeat("<![CDATA[", 5_000));
        var path = dir.Write("cdata.md", "The ferry resumed service on Monday.\n\n" + line + "\n\nThe harbour reopened.");

        var article = Loading.Single(path);

        Assert.Equal("The ferry resumed service on Monday.\n\n" + line + "\n\nThe harbour reopened.", article.Text);
    }

    [Fact]
    public void Only_html_that_is_never_closed_is_escaped_before_parsing()
    {
        Assert.Equal("a <b>bold</b> word", Parallax.Ingest.Internal.MarkdownFormat.WithoutUnclosedHtml("a <b>bold</b> word"));
        Assert.Equal("x <![CDATA[ y ]]> z", Parallax.Ingest.Internal.MarkdownFormat.WithoutUnclosedHtml("x <![CDATA[ y ]]> z"));
        Assert.Equal("1 < 2 and \\<![CDATA[ \\<!-- \\<?x", Parallax.Ingest.Internal.MarkdownFormat.WithoutUnclosedHtml("1 < 2 and <![CDATA[ <!-- <?x"));
    }

    [Fact]
    public void A_malformed_flow_mapping_that_breaks_the_yaml_scanner_is_invalid_front_matter()
    {
        using var dir = new TempFolder();
        var path = dir.Write("broken.md", "---\na: [b, {c: d<![e}]\nf: g\n---\nThe ferry resumed service on Monday.");
        Assert.StartsWith($"{path}: invalid YAML front matter (the YAML parser gave up", Loading.SingleProblem(path).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_rss_feed_of_an_unknown_version_is_a_malformed_feed()
    {
        using var dir = new TempFolder();
        var path = dir.Write("odd.rss", "<?xml version=\"1.0\"?><rss version=\"2.:0\"><channel><title>T</title><item><title>One</title><description>The ferry resumed.</description></item></channel></rss>");
        Assert.StartsWith($"{path}: malformed feed (", Loading.SingleProblem(path).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-   ")]
    [InlineData("> - ")]
    [InlineData("1. ")]
    public void A_line_opening_thousands_of_nested_containers_is_refused_at_once(string marker)
    {
        using var dir = new TempFolder();
        var path = dir.Write("deep.md", "The ferry resumed.\n\n  " + string.Concat(Enumerable.Repeat(marker, 12_000)) + "\n" + string.Concat(Enumerable.Repeat("\r\n", 5_000)) + "The mayor said so.");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.EndsWith("Markdown nested deeper than 128 levels (the limit), skipped", Loading.SingleProblem(path).Message, StringComparison.Ordinal);
        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 10);
    }
}
