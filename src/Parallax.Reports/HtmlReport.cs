using System.Text;
using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Reports.Html;
using Parallax.Reports.Internal;

namespace Parallax.Reports;

/// <summary>
/// One self-contained HTML page (inline CSS and script, no external assets): the brief, a coverage matrix
/// (facts × outlets) and who published when, the divergences ranked with both passages side by side, the
/// voices with their quotes, then the articles in a reading pane of up to three side by side, and the
/// entities. Every piece of article text is HTML-escaped.
/// </summary>
public static class HtmlReport
{
    /// <summary>The stylesheet every report page embeds.</summary>
    public static string Stylesheet { get; } = EmbeddedAssets.Read("report.css");

    internal static readonly string Script = "\n" + EmbeddedAssets.Read("report.js");

    /// <summary>
    /// The script element every report page ends with: it shows dates in the reader's locale and runs the page's controls.
    /// Other pages in the reports' look may end with it too (a server's policy allows it by <see cref="ScriptSource"/>).
    /// </summary>
    public static string ScriptElement { get; } = "<script>" + Script + "</script>";

    /// <summary>
    /// The Content-Security-Policy source of the one script every report page embeds (<c>'sha256-...'</c>), so a server
    /// can allow exactly that script and no other inline one.
    /// </summary>
    public static string ScriptSource { get; } = "'sha256-" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Script))) + "'";

    /// <summary>Writes a story page.</summary>
    public static void Write(Story story, TextWriter output, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(HtmlTemplates.Render<ReportPage, ReportView>(new ReportView(ReportModel.From(story), options ?? ReportOptions.Default)));
    }

    /// <summary>Writes the analyze form: the articles side by side with their entities and quotes.</summary>
    public static void WriteAnalysis(IReadOnlyList<ArticleAnalysis> analyses, TextWriter output, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(HtmlTemplates.Render<ReportPage, ReportView>(new ReportView(ReportModel.From(analyses), options ?? ReportOptions.Default)));
    }
}

