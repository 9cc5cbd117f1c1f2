using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Parallax.Corpus;
using Parallax.Store;

namespace Parallax.Cli.Commands;

/// <summary>
/// <c>parallax reanalyse</c>: brings the stored analyses of a corpus to this build's analyser (articles keep their stories).
/// </summary>
internal static class ReanalyseCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var db = StoreOptions.Db();
        var batch = StoreOptions.Batch();
        var quiet = StoreOptions.Quiet();
        var cluster = new Option<bool>("--cluster")
        {
            Description = "Analyse the articles on the workers of the PostgreSQL corpus's cluster ('parallax worker'); this process stores the analyses",
        };
        var command = new Command("reanalyse", "Analyse again every stored article whose cached analysis was made by another analyser version (resumable; stories are kept)") { db, batch, quiet, cluster };
        command.SetAction(parse =>
        {
            if (parse.GetValue(batch) < 1)
                throw new CliException("--batch must be at least 1", ExitCodes.Usage);
            var path = ArticleStores.ResolveLocation(parse.GetValue(db));
            if (parse.GetValue(cluster) && !ArticleStores.IsPostgres(path))
                throw new CliException($"{path}: --cluster needs a PostgreSQL corpus (--db postgres://...), where the workers' cluster lives", ExitCodes.Usage);
            using var writing = StoreOptions.LockForIngest(path);
            using var store = StoreOptions.Open(path, create: false);
            using var workers = parse.GetValue(cluster) ? StoreOptions.ConnectCluster(path) : null;
            var reanalyser = new CorpusReanalyser(store, new ReanalyseOptions { BatchSize = parse.GetValue(batch), Analyst = workers?.Analyst() });
            using var cancel = new CtrlC();
            var summary = Run(reanalyser, parse.GetValue(quiet) ? null : error, error, path, cancel.Token);
            var p = summary.Progress;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{p.Analysed:N0} re-analysed, {p.Failed:N0} failed, {store.ArticleCount - p.Remaining:N0} already current; {summary.Elapsed.TotalSeconds:F1} s ({p.Analysed / Math.Max(0.001, summary.Elapsed.TotalSeconds):N0} articles/s)"));
            if (summary.Cancelled)
            {
                error.WriteLine("parallax: interrupted; everything committed so far is kept; run the same command again to continue");
                return 130;
            }
            return p.Failed > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }

    private static ReanalyseSummary Run(CorpusReanalyser reanalyser, TextWriter? progress, TextWriter error, string path, CancellationToken cancellation)
    {
        var watch = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        var first = true;
        try
        {
            return reanalyser.Run(
                (article, why) => error.WriteLine($"parallax: a{article.Id}: analysis failed ({why})"),
                progress is null ? null : new SyncProgress<ReanalyseProgress>(p =>
                {
                    if (!first && watch.Elapsed - last < TimeSpan.FromSeconds(5) && p.Analysed + p.Failed < p.Remaining)
                        return;
                    first = false;
                    last = watch.Elapsed;
                    var seconds = Math.Max(0.001, watch.Elapsed.TotalSeconds);
                    var done = p.Analysed + p.Failed;
                    var eta = done > 0 && done < p.Remaining ? $", about {TimeSpan.FromSeconds(seconds * (p.Remaining - done) / done):hh\\:mm\\:ss} left" : "";
                    progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"parallax: {done:N0} of {p.Remaining:N0} re-analysed ({100.0 * done / Math.Max(1, p.Remaining):F0}%), {done / seconds:N0}/s{eta}"));
                }),
                cancellation);
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            throw new CliException($"{ArticleStores.Describe(path)}: {StoreErrors.Describe(e)}", ExitCodes.IoError);
        }
        catch (InvalidOperationException e)
        {
            throw new CliException(e.Message, ExitCodes.IoError);
        }
    }
}
