using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Parallax.Corpus;
using Parallax.Documents;
using Parallax.Ingest;
using Parallax.Store;
using Spectre.Console;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax ingest PATH...</c>: add articles to the store, find near-duplicates, cluster them into stories.</summary>
internal static class IngestCommand
{
    public static Command Create(TextWriter output, TextWriter error, Func<Stream> standardInput)
    {
        var files = CommonOptions.Files();
        var db = StoreOptions.Db();
        var batch = StoreOptions.Batch();
        var quiet = StoreOptions.Quiet();
        var vectors = new Option<bool>("--vectors")
        {
            Description = "Also encode every new sentence with the sentence encoder and store the vectors, so stories show and serve without encoding (several times slower; with --cluster, on the workers)",
        };
        var reports = new Option<bool>("--reports")
        {
            Description = "Then build the comparison report of every new or changed story and keep it in the database, so serve answers each story at once (with --lexical: as 'serve --lexical' shows them)",
        };
        var lexical = EncoderOptions.Lexical();
        var cluster = new Option<bool>("--cluster")
        {
            Description = "Analyse the articles on the workers of the PostgreSQL corpus's cluster ('parallax worker'); this process still places them in stories and stores them, in input order",
        };
        var command = new Command("ingest", "Add articles to the corpus database: de-duplicate, link syndicated copies, cluster into stories") { files, db, batch, quiet, vectors, reports, lexical, cluster };
        command.SetAction(parse =>
        {
            if (parse.GetValue(batch) < 1)
                throw new CliException("--batch must be at least 1", ExitCodes.Usage);
            var path = ArticleStores.ResolveLocation(parse.GetValue(db));
            if (parse.GetValue(cluster) && !ArticleStores.IsPostgres(path))
                throw new CliException($"{path}: --cluster needs a PostgreSQL corpus (--db postgres://...), where the workers' cluster lives", ExitCodes.Usage);
            // Standard input is read before the store is locked and before Ctrl-C is taken over: Ctrl-C while it is read ends the command.
            using var stdin = StandardInput.Resolve(parse.GetValue(files)!, standardInput);
            using var writing = StoreOptions.LockForIngest(path);
            using var store = StoreOptions.Open(path, create: true);
            using var workers = parse.GetValue(cluster) ? StoreOptions.ConnectCluster(path) : null;
            var encoder = parse.GetValue(vectors) && workers is null ? EncoderOptions.Encoder(lexical: false) : null;
            var ingestor = new CorpusIngestor(store, new IngestOptions { BatchSize = parse.GetValue(batch), Encoder = encoder, Analyst = workers?.Analyst(storeVectors: parse.GetValue(vectors)) });
            using var cancel = new CtrlC();
            var input = ArticleLoader.Open(stdin.Paths);
            var interactive = !parse.GetValue(quiet) && ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
            IngestSummary summary;
            try
            {
                summary = interactive
                    ? WithProgressBar(ingestor, input, stdin, cancel.Token)
                    : WithProgressLines(ingestor, input, stdin, parse.GetValue(quiet) ? null : error, stdin.Errors(error), cancel.Token);
            }
            catch (Microsoft.Data.Sqlite.SqliteException e)
            {
                throw new CliException($"{ArticleStores.Describe(path)}: {StoreErrors.Describe(e)}", ExitCodes.IoError);
            }
            WriteSummary(output, summary, path, store.ArticleCount);
            if (summary.Cancelled)
            {
                error.WriteLine("parallax: interrupted; everything committed so far is kept; run the same command again to continue");
                return 130;
            }
            if (parse.GetValue(reports))
                BuildReports(output, error, store, EncoderOptions.Encoder(parse.GetValue(lexical)));
            return summary.Progress.Skipped > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }

    private static void BuildReports(TextWriter output, TextWriter error, IArticleStore store, Parallax.Comparison.ISentenceEncoder? encoder)
    {
        var watch = Stopwatch.StartNew();
        var built = Parallax.Web.ParallaxWeb.BuildReports(store, new Parallax.Web.ServeOptions { Encoder = encoder },
            (story, why) => error.WriteLine($"parallax: story s{story}: no report kept ({why})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{built.Built:N0} story {(built.Built == 1 ? "report" : "reports")} built and kept, {built.UpToDate:N0} up to date{(built.Failed > 0 ? $", {built.Failed:N0} failed" : "")}; {watch.Elapsed.TotalSeconds:F1} s"));
    }

    /// <summary>A bar over the bytes of the input read so far (the article count of a dump is unknown until its end).</summary>
    private static IngestSummary WithProgressBar(CorpusIngestor ingestor, ArticleInput input, StandardInput stdin, CancellationToken cancellation)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IngestSummary? summary = null;
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("ingest", maxValue: Math.Max(1, input.TotalBytes));
                var watch = Stopwatch.StartNew();
                summary = ingestor.Run(
                    Warned(input, stdin, warning => console.MarkupLine("[grey]" + Markup.Escape(stdin.Display("parallax: warning: " + warning.Message)) + "[/]")),
                    problem => console.MarkupLine("[yellow]" + Markup.Escape(stdin.Display("parallax: " + Located(problem))) + "[/]"),
                    new SyncProgress<IngestProgress>(p =>
                    {
                        task.Value = Math.Min(input.BytesRead, task.MaxValue);
                        task.Description = string.Create(CultureInfo.InvariantCulture, $"ingest {p.Added:N0} added, {p.Read / Math.Max(0.001, watch.Elapsed.TotalSeconds):N0}/s");
                    }),
                    cancellation);
                task.Value = task.MaxValue;
            });
        return summary!;
    }

    private static IngestSummary WithProgressLines(CorpusIngestor ingestor, ArticleInput input, StandardInput stdin, TextWriter? progress, TextWriter error, CancellationToken cancellation)
    {
        var watch = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        return ingestor.Run(
            Warned(input, stdin, warning => error.WriteLine("parallax: warning: " + warning.Message)),
            problem => error.WriteLine("parallax: " + Located(problem)),
            progress is null ? null : new SyncProgress<IngestProgress>(p =>
            {
                if (watch.Elapsed - last < TimeSpan.FromSeconds(5))
                    return;
                last = watch.Elapsed;
                var seconds = Math.Max(0.001, watch.Elapsed.TotalSeconds);
                var (done, total) = (input.BytesRead, Math.Max(1, input.TotalBytes));
                var eta = done > 0 && done < total ? $", about {TimeSpan.FromSeconds(seconds * (total - done) / done):hh\\:mm\\:ss} left" : "";
                progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"parallax: {p.Read:N0} read ({100.0 * done / total:F0}% of {total / 1e6:N1} MB), {p.Added:N0} added, {p.Read / seconds:N0}/s{eta}"));
            }),
            cancellation);
    }

    private static void WriteSummary(TextWriter output, IngestSummary summary, string path, long total)
    {
        var p = summary.Progress;
        var rate = p.Read / Math.Max(0.001, summary.Elapsed.TotalSeconds);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{p.Added:N0} added ({p.Syndicated:N0} syndicated copies), {p.Duplicates:N0} duplicates, {p.Skipped:N0} skipped; {summary.NewStories:N0} new stories; {summary.Elapsed.TotalSeconds:F1} s ({rate:N0} articles/s)"));
        foreach (var (reason, count) in summary.SkipReasons.OrderByDescending(r => r.Value))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  skipped {count:N0}: {reason}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ArticleStores.Describe(path)}: {total:N0} {(total == 1 ? "article" : "articles")}"));
    }

    /// <summary>The input, telling <paramref name="onWarning"/> what was left out of each article as it is read.</summary>
    /// <summary>The results, each warning told first; an article read from standard input has the source <c>stdin</c>.</summary>
    private static IEnumerable<IngestResult> Warned(IEnumerable<IngestResult> input, StandardInput stdin, Action<IngestProblem> onWarning)
    {
        foreach (var result in input)
        {
            foreach (var warning in result.Warnings)
                onWarning(warning);
            yield return result.Article is { Source: { } source } article && stdin.Spool is not null
                ? IngestResult.Of(article with { Source = stdin.Display(source) }, result.Warnings)
                : result;
        }
    }

    private static string Located(IngestProblem problem)
    {
        var where = problem.Line is { } line ? $"{problem.Source}:{line}" : problem.Source;
        return problem.Message.StartsWith(problem.Source, StringComparison.Ordinal) ? problem.Message : $"{where}: {problem.Message}";
    }
}

/// <summary>One line for a database failure: what happened, in words, by SQLite's primary result code.</summary>
internal static class StoreErrors
{
    public static string Describe(Microsoft.Data.Sqlite.SqliteException e) => (e.SqliteErrorCode & 0xFF) switch
    {
        5 or 6 => "the database is locked by another process (another ingest or a writer); try again when it has finished",
        8 => "the database is read-only (check the permissions of the file and its folder)",
        10 => "the disk could not be read or written (I/O error)",
        11 => "the database file is damaged (SQLite: malformed); restore it from a copy or ingest again into a new one",
        13 => "the disk is full; free some space and run the same command again (everything committed so far is kept)",
        14 => "cannot open the database file (check that its folder exists and is writable)",
        26 => "not a database file",
        _ => $"database error ({e.Message.ReplaceLineEndings(" ")})",
    };
}

/// <summary>The <c>--db</c> option and opening the store, shared by <c>ingest</c>, <c>reanalyse</c>, <c>stories</c>, <c>show</c> and <c>serve</c>.</summary>
internal static class StoreOptions
{
    /// <summary>The articles written per transaction by the commands that write many (<c>ingest</c>, <c>reanalyse</c>).</summary>
    public static Option<int> Batch() => new("--batch") { Description = "Articles per transaction", DefaultValueFactory = _ => 256 };

    /// <summary>No progress lines on standard error (<c>ingest</c>, <c>reanalyse</c>).</summary>
    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "No progress output" };

    public static Option<string?> Db() => new("--db")
    {
        Description = $"The corpus database: an SQLite file or a postgres://user@host/database URI (default: $PARALLAX_DB, else ./{SqliteArticleStore.DefaultFileName})",
    };

    /// <summary>Connects to the workers of a PostgreSQL corpus's cluster (<c>--cluster</c>); none answering is an I/O error.</summary>
    public static Parallax.Cluster.ClusterConnection ConnectCluster(string path)
    {
        try
        {
            return Parallax.Cluster.ParallaxCluster.ConnectAsync(path).GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            throw new CliException(e.Message, ExitCodes.IoError);
        }
    }

    public static IDisposable LockForIngest(string path)
    {
        try
        {
            return ArticleStores.LockForIngest(path);
        }
        catch (FormatException e)
        {
            throw new CliException($"{ArticleStores.Describe(path)}: {e.Message}", ExitCodes.Usage);
        }
        catch (System.Data.Common.DbException e) when (e is not Microsoft.Data.Sqlite.SqliteException)
        {
            throw new CliException($"{ArticleStores.Describe(path)}: {e.Message.ReplaceLineEndings(" ")}", ExitCodes.IoError);
        }
        catch (IOException e)
        {
            throw new CliException(e.Message, ExitCodes.IoError);
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot write in the database's folder (permission denied)", ExitCodes.IoError);
        }
    }

    public static IArticleStore Open(string path, bool create)
    {
        try
        {
            return ArticleStores.Open(path, create);
        }
        catch (FormatException e)
        {
            throw new CliException($"{ArticleStores.Describe(path)}: {e.Message}", ExitCodes.Usage);
        }
        catch (System.Data.Common.DbException e) when (e is not Microsoft.Data.Sqlite.SqliteException)
        {
            throw new CliException($"{ArticleStores.Describe(path)}: {e.Message.ReplaceLineEndings(" ")}", ExitCodes.IoError);
        }
        catch (FileNotFoundException e)
        {
            throw new CliException(e.Message, ExitCodes.IoError);
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            throw new CliException($"{path}: {StoreErrors.Describe(e)}", ExitCodes.IoError);
        }
        catch (InvalidOperationException e)
        {
            throw new CliException($"{ArticleStores.Describe(path)}: {e.Message}", ExitCodes.IoError);
        }
    }
}
