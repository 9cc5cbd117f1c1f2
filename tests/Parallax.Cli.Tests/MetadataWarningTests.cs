namespace Parallax.Cli.Tests;

public sealed class MetadataWarningTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parallax-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_page_with_an_impossible_date_is_analysed_with_a_one_line_warning_naming_it()
    {
        var page = Path.Combine(_dir, "ferry.html");
        File.WriteAllText(page, """
            <html><head><title>Night ferry</title><meta property="article:published_time" content="2024-02-30T10:00:00Z"></head>
            <body><article>
            <p>The ferry company said on Friday that it would add a night crossing to the island from June, after a summer in which hundreds of travellers were turned away from full boats.</p>
            <p>Tickets for the new crossing go on sale next week; the company expects the boats to be busiest on Fridays and Sundays, when islanders travel to and from work on the mainland.</p>
            </article></body></html>
            """);
        var (code, stdout, stderr) = CliRunner.Run("analyze", page, "--format", "json");
        Assert.Equal(0, code);
        Assert.Contains("night crossing", stdout, StringComparison.Ordinal);
        var warning = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"parallax: warning: {page}: date '2024-02-30T10:00:00Z' is not a date, left unknown", warning);
    }
}
