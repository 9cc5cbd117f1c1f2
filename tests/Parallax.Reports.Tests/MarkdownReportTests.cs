using Parallax.Comparison;

namespace Parallax.Reports.Tests;

public class MarkdownReportTests
{
    private static readonly string Md = Report.RenderToString(SampleStory.Build(), ReportFormat.Markdown);

    [Fact]
    public void Shared_fact_quotes_both_sentences()
    {
        Assert.Contains("> **Outlet A** `a1.s2`: The letter proposes a power-sharing government before May 1.", Md, StringComparison.Ordinal);
        Assert.Contains("> **Outlet B** `a2.s2`: The Biden administration proposed", Md, StringComparison.Ordinal);
    }

    [Fact]
    public void Shared_facts_are_listed_surest_first_in_text_and_markdown()
    {
        var story = InventedStories.ThreeOutlets();
        story = story with { Alignments = [story.Alignments[0] with { Score = 0.3 }, story.Alignments[1], story.Alignments[2] with { Score = 0.7 }] };
        var md = Report.RenderToString(story, ReportFormat.Markdown);
        var text = Report.RenderToString(story, ReportFormat.Text);
        int[] Places(string report, params string[] ids)
        {
            int[] places = [.. ids.Select(id => report.IndexOf(id, report.IndexOf("Shared facts", StringComparison.Ordinal), StringComparison.Ordinal))];
            Assert.All(places, place => Assert.True(place >= 0));
            return places;
        }
        Assert.Equal([.. Places(md, "### al2", "### al3", "### al1").Order()], Places(md, "### al2", "### al3", "### al1"));
        Assert.Equal([.. Places(text, "al2 ", "al3 ", "al1 ").Order()], Places(text, "al2 ", "al3 ", "al1 "));
    }

    [Fact]
    public void Brief_sentences_cite_their_sources()
        => Assert.Contains("before May 1. [`a1.s1`, `a1.s2`, `a2.s1`, `a2.s2`]", Md, StringComparison.Ordinal);

    [Fact]
    public void Entities_show_each_outlets_spelling()
    {
        Assert.Contains("  - Outlet A: Anthony Blinken", Md, StringComparison.Ordinal);
        Assert.Contains("  - Outlet B: Antony Blinken", Md, StringComparison.Ordinal);
    }

    [Fact]
    public void Articles_sharing_an_outlet_are_told_apart_by_id()
    {
        var a = SampleStory.Analyze(new Article("a1", "Wire", "One sentence here."));
        var b = SampleStory.Analyze(new Article("a2", "Wire", "Another sentence here."));
        var md = Report.RenderToString(new Story([a, b]), ReportFormat.Markdown);
        Assert.Contains("### Only Wire (a1)", md, StringComparison.Ordinal);
        Assert.Contains("### Only Wire (a2)", md, StringComparison.Ordinal);
    }
}
