using System.CommandLine;
using Parallax.Comparison;
using Parallax.Reports;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax compare FILE...</c>: compare several articles as one story.</summary>
internal static class CompareCommand
{
    public static Command Create(TextWriter output, TextWriter error, Func<Stream> input)
    {
        var files = CommonOptions.Files();
        var format = CommonOptions.Format("text");
        var outPath = CommonOptions.Out();
        var includeText = CommonOptions.IncludeText();
        var lexical = EncoderOptions.Lexical();
        var max = CommonOptions.MaxArticles(50, "the first ones read, as show and serve do; comparison work grows faster than the number of articles");
        var command = new Command("compare", "Compare articles about one story: shared and unique facts, divergences, voices, brief") { files, format, outPath, includeText, lexical, max };
        command.SetAction(parse =>
        {
            var encoder = EncoderOptions.Encoder(parse.GetValue(lexical));
            if (parse.GetValue(max) < 1)
                throw new CliException("--max-articles must be at least 1", ExitCodes.Usage);
            using var stdin = StandardInput.Resolve(parse.GetValue(files)!, input);
            var errors = stdin.Errors(error);
            var (articles, problems) = CommonOptions.Load(stdin.Paths, errors, parse.GetValue(max));
            if (articles.Count < 2)
                error.WriteLine("parallax: only one article was read; the comparison will have nothing to align");
            var reportFormat = CommonOptions.ResolveFormat(parse.GetValue(format), parse.GetValue(outPath), ReportFormat.Text);
            var story = StoryComparer.Compare(CommonOptions.AnalyzeAll(articles, errors, ref problems), encoder: encoder);
            var options = new ReportOptions { IncludeText = parse.GetValue(includeText) };
            CommonOptions.Emit(parse.GetValue(outPath), output, w => Report.Render(story, reportFormat, w, options));
            if (parse.GetValue(outPath) is { } path)
                error.WriteLine($"parallax: wrote {reportFormat.ToString().ToLowerInvariant()} report of {articles.Count} {(articles.Count == 1 ? "article" : "articles")} to {path}");
            return problems > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }
}
