using System.Globalization;
using Parallax.Analysis;

namespace Parallax.Reports.Tests;

/// <summary>The analyze form written one article at a time reads exactly as the report rendered from every analysis at once.</summary>
public sealed class AnalysisReportWriterTests
{
    private static readonly Article[] Articles =
    [
        new("a1", "Harbour Gazette", "Port workers walked out on Monday, the union said. \"We will not go back for less,\" said Ilse Varnhagen, its leader.") { Title = "Port strike begins" },
        new("a2", "Tidewater Daily", "The strike closed three berths. Officials said talks would resume on Friday in Kessling."),
        new("a3", "Harbour Gazette", "No ship left the port of Kessling on Tuesday.") { Title = "Second day", Published = new DateTimeOffset(2024, 5, 7, 9, 0, 0, TimeSpan.Zero) },
    ];

    public static TheoryData<ReportFormat, bool> Formats() => new()
    {
        { ReportFormat.Json, true },
        { ReportFormat.Json, false },
        { ReportFormat.Markdown, true },
        { ReportFormat.Text, true },
        { ReportFormat.Html, true },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Streaming_the_analyses_writes_the_same_report_as_rendering_them_all(ReportFormat format, bool indented)
    {
        var analyses = Articles.Select(Analyzer.Analyze).ToList();
        var options = new ReportOptions { Indented = indented, Width = 100 };
        var whole = Report.RenderToString(analyses, format, options);

        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = AnalysisReportWriter.Open(format, output, Articles, options))
        {
            foreach (var analysis in analyses)
                writer.Add(analysis);
            writer.Complete();
        }

        Assert.Equal(whole, output.ToString());
    }

    [Theory]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Json)]
    [InlineData(ReportFormat.Markdown)]
    public void Articles_without_entities_or_quotes_and_no_articles_at_all_stream_as_the_whole_report(ReportFormat format)
    {
        Article[] quiet = [new("a1", "Quiet Post", "nothing happened here today."), new("a2", "Calm Courier", "the day passed without news.")];
        foreach (var articles in new Article[][] { quiet, [] })
        {
            var analyses = articles.Select(Analyzer.Analyze).ToList();
            using var output = new StringWriter(CultureInfo.InvariantCulture);
            using (var writer = AnalysisReportWriter.Open(format, output, articles))
            {
                foreach (var analysis in analyses)
                    writer.Add(analysis);
                writer.Complete();
            }

            Assert.Equal(Report.RenderToString(analyses, format), output.ToString());
        }
    }

    [Fact]
    public void Html_links_each_article_to_its_own_page_as_the_whole_report_does()
    {
        var analyses = Articles.Select(Analyzer.Analyze).ToList();
        var options = new ReportOptions { ArticleLinks = ["/articles/1", null, "/articles/3"] };
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = AnalysisReportWriter.Open(ReportFormat.Html, output, Articles, options))
        {
            foreach (var analysis in analyses)
                writer.Add(analysis);
            writer.Complete();
        }

        Assert.Equal(Report.RenderToString(analyses, ReportFormat.Html, options), output.ToString());
        Assert.Contains("href=\"/articles/3\"", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Json)]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Text)]
    public void The_writer_keeps_no_analysis_once_it_is_added(ReportFormat format)
    {
        using var writer = AnalysisReportWriter.Open(format, TextWriter.Null, Articles);
        var added = Articles.Select(article => AddAndForget(writer, article)).ToList();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.All(added, analysis => Assert.False(analysis.IsAlive));
        writer.Complete();
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference AddAndForget(AnalysisReportWriter writer, Article article)
    {
        var analysis = Analyzer.Analyze(article);
        writer.Add(analysis);
        return new WeakReference(analysis);
    }

    [Fact]
    public void Json_of_articles_without_entities_or_quotes_closes_its_empty_lists()
    {
        var article = new Article("a1", "Quiet Post", "nothing happened here today.");
        var analysis = Analyzer.Analyze(article);
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = AnalysisReportWriter.Open(ReportFormat.Json, output, [article]))
        {
            writer.Add(analysis);
            writer.Complete();
        }

        Assert.Equal(Report.RenderToString([analysis], ReportFormat.Json), output.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(output.ToString());
        Assert.Equal(1, json.RootElement.GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public void The_temporary_files_are_removed_when_the_writer_is_disposed()
    {
        var before = Directory.GetFiles(Path.GetTempPath(), "parallax-*.tmp").Length;
        using (var writer = AnalysisReportWriter.Open(ReportFormat.Markdown, TextWriter.Null, Articles))
        {
            writer.Add(Analyzer.Analyze(Articles[0]));
            writer.Complete();
        }
        Assert.True(Directory.GetFiles(Path.GetTempPath(), "parallax-*.tmp").Length <= before);
    }
}
