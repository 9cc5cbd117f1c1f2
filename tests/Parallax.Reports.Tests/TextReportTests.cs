namespace Parallax.Reports.Tests;

public class TextReportTests
{
    [Fact]
    public void Output_to_a_writer_has_no_escape_codes()
    {
        var text = Report.RenderToString(SampleStory.Build(), ReportFormat.Text);
        Assert.DoesNotContain('\u001b', text);
    }

    [Fact]
    public void Lines_fit_the_requested_width()
    {
        var text = Report.RenderToString(SampleStory.Build(), ReportFormat.Text, new ReportOptions { Width = 80 });
        Assert.All(text.Split('\n'), line => Assert.True(line.Length <= 80, line));
    }

    [Fact]
    public void Voices_table_lists_anonymous_sources()
    {
        var text = Report.RenderToString(SampleStory.Build(), ReportFormat.Text, new ReportOptions { Width = 120 });
        Assert.Contains("anonymous", text, StringComparison.Ordinal);
        Assert.Contains("Officials", text, StringComparison.Ordinal);
    }
}
