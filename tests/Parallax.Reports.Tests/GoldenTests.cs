namespace Parallax.Reports.Tests;

public class GoldenTests
{
    private static readonly ReportOptions Options = new() { Width = 110 };

    [Theory]
    [InlineData(ReportFormat.Json, "story.json")]
    [InlineData(ReportFormat.Markdown, "story.md")]
    [InlineData(ReportFormat.Html, "story.html")]
    [InlineData(ReportFormat.Text, "story.txt")]
    public void Story_report_matches_its_golden_file(ReportFormat format, string golden)
        => GoldenFiles.Match(golden, Report.RenderToString(SampleStory.Build(), format, Options));

    [Theory]
    [InlineData(ReportFormat.Json, "analysis.json")]
    [InlineData(ReportFormat.Markdown, "analysis.md")]
    [InlineData(ReportFormat.Html, "analysis.html")]
    [InlineData(ReportFormat.Text, "analysis.txt")]
    public void Analysis_report_matches_its_golden_file(ReportFormat format, string golden)
        => GoldenFiles.Match(golden, Report.RenderToString([SampleStory.A(), SampleStory.B()], format, Options));
}
