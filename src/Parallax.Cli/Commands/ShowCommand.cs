using System.CommandLine;
using System.Globalization;
using Parallax.Corpus;
using Parallax.Reports;
using Parallax.Store;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax show STORY</c>: the comparison report of a stored story (analyses come from the cache).</summary>
internal static class ShowCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var story = new Argument<string>("story") { Description = "The story id as listed by 'parallax stories' (e.g. s12 or 12)" };
        var db = StoreOptions.Db();
        var format = CommonOptions.Format("text");
        var outPath = CommonOptions.Out();
        var includeText = CommonOptions.IncludeText();
        var max = CommonOptions.MaxArticles(50, "the earliest stored of the story");
        var lexical = EncoderOptions.Lexical();
        var command = new Command("show", "Show the comparison report of a stored story") { story, db, format, outPath, includeText, max, lexical };
        command.SetAction(parse =>
        {
            var id = ParseId(parse.GetValue(story)!);
            var reportFormat = CommonOptions.ResolveFormat(parse.GetValue(format), parse.GetValue(outPath), ReportFormat.Text);
            using var store = StoreOptions.Open(ArticleStores.ResolveLocation(parse.GetValue(db)), create: false);
            var summary = store.Story(id) ?? throw new CliException($"no story s{id} in the database (see 'parallax stories')");
            if (summary.Size > parse.GetValue(max))
                error.WriteLine($"parallax: story s{id} has {summary.Size} articles; comparing the first {parse.GetValue(max)} (--max-articles)");
            var failed = 0;
            var built = BuildStory(() => StoredStories.Build(store, id, Math.Max(1, parse.GetValue(max)), encoder: EncoderOptions.Encoder(parse.GetValue(lexical), warmUp: false), onFailure: (article, e) =>
            {
                failed++;
                error.WriteLine($"parallax: article {article.Id} ({article.Article.Source ?? article.Article.Outlet}): analysis failed ({e.Message.ReplaceLineEndings(" ")}), left out");
            }));
            var options = new ReportOptions { IncludeText = parse.GetValue(includeText) };
            CommonOptions.Emit(parse.GetValue(outPath), output, w => Report.Render(built, reportFormat, w, options));
            if (parse.GetValue(outPath) is { } path)
                error.WriteLine($"parallax: wrote {reportFormat.ToString().ToLowerInvariant()} report of story s{id} ({built.Articles.Length} articles) to {path}");
            return failed > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }

    private static Comparison.Story BuildStory(Func<Comparison.Story> build)
    {
        try
        {
            return build();
        }
        catch (InvalidOperationException e) when (e.Message.StartsWith("no article of story", StringComparison.Ordinal))
        {
            throw new CliException(e.Message + " (see the errors above)");
        }
    }

    private static long ParseId(string text)
    {
        var digits = text.StartsWith('s') || text.StartsWith('S') ? text[1..] : text;
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw new CliException($"'{text}' is not a story id (use the id from 'parallax stories', e.g. s12)", ExitCodes.Usage);
    }
}
