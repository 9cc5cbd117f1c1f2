using System.CommandLine;
using Parallax.Analysis;
using Parallax.Documents;
using Parallax.Ingest;
using Parallax.Reports;

namespace Parallax.Cli.Commands;

/// <summary>Options and steps shared by <c>analyze</c> and <c>compare</c>.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Files() => new("files")
    {
        Description = "Articles to read: .txt, .md, .html, .jsonl, .json, .rss or .atom files, folders of them, or - for standard input (its format read from its first bytes)",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string?> Format(string defaultHint)
    {
        var option = new Option<string?>("--format", "-f")
        {
            Description = $"Output format: json, md, html or text (default: from --out's extension, else {defaultHint})",
        };
        option.AcceptOnlyFromAmong([.. ReportFormats.Names]);
        return option;
    }

    public static Option<string?> Out() => new("--out", "-o") { Description = "Write the report to this file instead of standard output" };

    public static Option<int> MaxArticles(int defaultValue, string what) => new("--max-articles")
    {
        Description = $"Compare at most this many articles ({what})",
        DefaultValueFactory = _ => defaultValue,
    };

    public static Option<bool> IncludeText() => new("--include-text") { Description = "Include each article's cleaned text in JSON output" };

    /// <summary>Reads every input; prints each problem as one line; fails when nothing could be read.</summary>
    /// <remarks>With <paramref name="maxArticles"/>, reading stops at the first article past it (reported as a problem).</remarks>
    public static (List<Article> Articles, int Problems) Load(string[] paths, TextWriter error, int? maxArticles = null)
        => Read(paths, error, maxArticles, keepText: true);

    /// <summary>
    /// Reads every input as <see cref="Load"/> does (each problem and warning printed as one line) but keeps only each
    /// article's metadata, not its text; <see cref="Reread"/> gives the articles again, texts included, one at a time.
    /// </summary>
    public static (List<Article> Articles, int Problems) Scan(string[] paths, TextWriter error) => Read(paths, error, null, keepText: false);

    /// <summary>
    /// The articles of <paramref name="paths"/> read again, one at a time and with the ids <see cref="Scan"/> gave them;
    /// problems are left out (<see cref="Scan"/> reported them).
    /// </summary>
    public static IEnumerable<Article> Reread(string[] paths)
    {
        var count = 0;
        foreach (var result in ArticleLoader.Load(paths))
        {
            if (result.Article is { } article)
                yield return article with { Id = $"a{++count}" };
        }
    }

    private static (List<Article> Articles, int Problems) Read(string[] paths, TextWriter error, int? maxArticles, bool keepText)
    {
        _ = Analyzer.WarmUpAsync();
        var articles = new List<Article>();
        var problems = 0;
        foreach (var result in ArticleLoader.Load(paths))
        {
            if (result.Article is { } article)
            {
                if (articles.Count == maxArticles)
                {
                    problems++;
                    error.WriteLine($"parallax: {article.Source}: more than {maxArticles} articles given (the --max-articles limit); comparing the first {maxArticles}, the rest not read");
                    break;
                }
                foreach (var warning in result.Warnings)
                    error.WriteLine($"parallax: warning: {warning.Message}");
                var id = $"a{articles.Count + 1}";
                articles.Add(keepText ? article with { Id = id } : article with { Id = id, Text = "" });
            }
            else if (result.Problem is { } problem)
            {
                problems++;
                var where = problem.Line is { } line ? $"{problem.Source}:{line}" : problem.Source;
                var message = problem.Message.StartsWith(problem.Source, StringComparison.Ordinal) ? problem.Message : $"{where}: {problem.Message}";
                error.WriteLine($"parallax: {message}");
            }
        }
        if (articles.Count == 0)
            throw new CliException("no article could be read from the input" + (problems > 0 ? " (see the errors above)" : ""));
        return (articles, problems);
    }

    public static ReportFormat ResolveFormat(string? format, string? outPath, ReportFormat fallback)
    {
        if (format is not null)
            return ReportFormats.TryParse(format, out var parsed) ? parsed.Value : throw new CliException($"unknown format '{format}'", ExitCodes.Usage);
        var extension = outPath is null ? null : Path.GetExtension(outPath).ToLowerInvariant();
        return extension switch
        {
            ".json" => ReportFormat.Json,
            ".md" or ".markdown" => ReportFormat.Markdown,
            ".html" or ".htm" => ReportFormat.Html,
            ".txt" => ReportFormat.Text,
            _ => fallback,
        };
    }

    /// <summary>
    /// Analyses every article in parallel; one whose analysis fails is reported on <paramref name="error"/> as one line
    /// naming it and left out (the others are renumbered a1, a2, ...), so no article can end the run.
    /// </summary>
    public static IReadOnlyList<ArticleAnalysis> AnalyzeAll(IReadOnlyList<Article> articles, TextWriter error, ref int problems)
    {
        var results = new ArticleAnalysis?[articles.Count];
        var failures = new string?[articles.Count];
        Parallel.For(0, articles.Count, i =>
        {
            try
            {
                results[i] = Analyzer.Analyze(articles[i]);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures[i] = $"{articles[i].Source ?? articles[i].Id}: analysis failed ({OneLine(e.Message)}), left out";
            }
        });
        foreach (var failure in failures.OfType<string>())
        {
            problems++;
            error.WriteLine($"parallax: {failure}");
        }
        var analysed = results.OfType<ArticleAnalysis>().ToList();
        if (analysed.Count == 0)
            throw new CliException("no article could be analysed (see the errors above)");
        if (analysed.Count == articles.Count)
            return analysed;
        return [.. analysed.Select((a, i) => a with { Article = a.Article with { Id = $"a{i + 1}" } })];
    }

    /// <summary>
    /// Analyses the articles a few at a time on every core as they are read and hands each analysis to
    /// <paramref name="onAnalysed"/> in input order as soon as it and those before it are done, so only a window of
    /// articles and analyses is held at once. One that fails is reported as one line and left out (the others renumbered
    /// a1, a2, ...); returns how many failed.
    /// </summary>
    /// <exception cref="CliException">No article could be analysed (after every article was tried).</exception>
    public static int AnalyzeInOrder(IEnumerable<Article> articles, TextWriter error, Action<ArticleAnalysis> onAnalysed)
    {
        var window = Math.Max(4, 4 * Environment.ProcessorCount);
        var results = new ArticleAnalysis?[window];
        var failures = new string?[window];
        int failed = 0, next = 1;
        foreach (var chunk in articles.Chunk(window))
        {
            var count = chunk.Length;
            Array.Clear(results);
            Array.Clear(failures);
            Parallel.For(0, count, i =>
            {
                var article = chunk[i];
                try
                {
                    results[i] = Analyzer.Analyze(article);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    failures[i] = $"{article.Source ?? article.Id}: analysis failed ({OneLine(e.Message)}), left out";
                }
            });
            for (var i = 0; i < count; i++)
            {
                if (results[i] is { } analysis)
                {
                    var id = $"a{next++}";
                    onAnalysed(analysis.Article.Id == id ? analysis : analysis with { Article = analysis.Article with { Id = id } });
                }
                else
                {
                    failed++;
                    error.WriteLine($"parallax: {failures[i]}");
                }
            }
        }
        if (next == 1)
            throw new CliException("no article could be analysed (see the errors above)");
        return failed;
    }

    private static string OneLine(string message) => string.Join(' ', message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');

    /// <summary>Writes to the --out file atomically (see <see cref="OutputFile"/>), or to standard output.</summary>
    public static void Emit(string? outPath, TextWriter output, Action<TextWriter> write)
    {
        if (outPath is null)
        {
            write(output);
            output.Flush();
            return;
        }
        OutputFile.Write(outPath, write);
    }
}
