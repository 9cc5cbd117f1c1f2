using System.CommandLine;
using Parallax.Reports;

namespace Parallax.Cli.Commands;

/// <summary>
/// <c>parallax analyze FILE...</c>: each article's sentences, entities and quotes, without cross-article merging. The
/// inputs are read twice: once for the articles' metadata (and every problem), then again one window at a time as they
/// are analysed and written, so no more than a window of texts and analyses is held.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create(TextWriter output, TextWriter error, Func<Stream> input)
    {
        var files = CommonOptions.Files();
        var format = CommonOptions.Format("text");
        var outPath = CommonOptions.Out();
        var includeText = CommonOptions.IncludeText();
        var command = new Command("analyze", "Analyse articles one by one: sentences, entities, quotes") { files, format, outPath, includeText };
        command.SetAction(parse =>
        {
            using var stdin = StandardInput.Resolve(parse.GetValue(files)!, input);
            var (paths, errors) = (stdin.Paths, stdin.Errors(error));
            var (articles, problems) = CommonOptions.Scan(paths, errors);
            var reportFormat = CommonOptions.ResolveFormat(parse.GetValue(format), parse.GetValue(outPath), ReportFormat.Text);
            var options = new ReportOptions { IncludeText = parse.GetValue(includeText) };
            var failed = 0;
            CommonOptions.Emit(parse.GetValue(outPath), output, w =>
            {
                using var report = AnalysisReportWriter.Open(reportFormat, w, articles, options);
                failed = CommonOptions.AnalyzeInOrder(CommonOptions.Reread(paths), errors, report.Add);
                report.Complete();
            });
            return problems + failed > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }
}
