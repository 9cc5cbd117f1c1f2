using Parallax.Comparison;
using Parallax.Documents;

namespace Parallax.Reports;

/// <summary>
/// The front door: renders a compared <see cref="Story"/>, or single-article analyses, in any
/// <see cref="ReportFormat"/>.
/// </summary>
public static class Report
{
    /// <summary>Writes a story report.</summary>
    public static void Render(Story story, ReportFormat format, TextWriter output, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(output);
        options ??= ReportOptions.Default;
        switch (format)
        {
            case ReportFormat.Json: JsonReport.Write(story, output, options); break;
            case ReportFormat.Markdown: MarkdownReport.Write(story, output, options); break;
            case ReportFormat.Html: HtmlReport.Write(story, output, options); break;
            case ReportFormat.Text: TextReport.Write(story, output, options); break;
            default: throw new ArgumentOutOfRangeException(nameof(format), format, null);
        }
    }

    /// <summary>Writes the analyze form: each article's sentences, entities and quotes, without cross-article merging.</summary>
    public static void RenderAnalysis(IReadOnlyList<ArticleAnalysis> analyses, ReportFormat format, TextWriter output, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        ArgumentNullException.ThrowIfNull(output);
        options ??= ReportOptions.Default;
        switch (format)
        {
            case ReportFormat.Json: JsonReport.WriteAnalysis(analyses, output, options); break;
            case ReportFormat.Markdown: MarkdownReport.WriteAnalysis(analyses, output, options); break;
            case ReportFormat.Html: HtmlReport.WriteAnalysis(analyses, output, options); break;
            case ReportFormat.Text: TextReport.WriteAnalysis(analyses, output, options); break;
            default: throw new ArgumentOutOfRangeException(nameof(format), format, null);
        }
    }

    /// <summary>Renders a story report to a string.</summary>
    public static string RenderToString(Story story, ReportFormat format, ReportOptions? options = null)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Render(story, format, writer, options);
        return writer.ToString();
    }

    /// <summary>Renders the analyze form to a string.</summary>
    public static string RenderToString(IReadOnlyList<ArticleAnalysis> analyses, ReportFormat format, ReportOptions? options = null)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        RenderAnalysis(analyses, format, writer, options);
        return writer.ToString();
    }
}
