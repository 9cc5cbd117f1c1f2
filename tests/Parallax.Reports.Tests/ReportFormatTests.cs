namespace Parallax.Reports.Tests;

public class ReportFormatTests
{
    [Theory]
    [InlineData("json", ReportFormat.Json)]
    [InlineData("md", ReportFormat.Markdown)]
    [InlineData("Markdown", ReportFormat.Markdown)]
    [InlineData("HTML", ReportFormat.Html)]
    [InlineData("text", ReportFormat.Text)]
    public void Known_names_parse(string name, ReportFormat expected)
        => Assert.Equal(expected, ReportFormats.Parse(name));

    [Fact]
    public void Unknown_name_is_rejected_with_the_accepted_names()
    {
        var error = Assert.Throws<FormatException>(() => ReportFormats.Parse("pdf"));
        Assert.Contains("json, md, markdown, html, text", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("story.html", ReportFormat.Html)]
    [InlineData("out/notes.md", ReportFormat.Markdown)]
    [InlineData("story.JSON", ReportFormat.Json)]
    public void Output_file_extension_names_the_format(string path, ReportFormat expected)
        => Assert.Equal(expected, ReportFormats.FromFileName(path));
}
