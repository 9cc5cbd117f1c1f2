using System.CommandLine;
using Parallax.Analysis;
using Parallax.Ingest;
using Parallax.Reports;

namespace Parallax.Cli.Commands;

/// <summary>Options and steps shared by <c>analyze</c> and <c>compare</c>.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Files() => new("files")
    {
        Description = "Articles to read: .txt, .md, .html, .jsonl, .json, .rss or .atom files, or folders of them",
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

    public static Option<bool> IncludeText() => new("--include-text") { Description = "Include each article's cleaned text in JSON output" };

    /// <summary>Reads every input; prints each problem as one line; fails when nothing could be read.</summary>
    public static (List<Article> Articles, int Problems) Load(string[] paths, TextWriter error)
    {
        _ = Analyzer.WarmUpAsync();
        var articles = new List<Article>();
        var problems = 0;
        foreach (var result in ArticleLoader.Load(paths))
        {
            if (result.Article is { } article)
            {
                foreach (var warning in result.Warnings)
                    error.WriteLine($"parallax: warning: {warning.Message}");
                articles.Add(article with { Id = $"a{articles.Count + 1}" });
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

    public static IReadOnlyList<ArticleAnalysis> AnalyzeAll(IReadOnlyList<Article> articles)
    {
        var results = new ArticleAnalysis[articles.Count];
        Parallel.For(0, articles.Count, i => results[i] = Analyzer.Analyze(articles[i]));
        return results;
    }

    /// <summary>Writes to the --out file atomically (temp file, then rename), or to standard output.</summary>
    public static void Emit(string? outPath, TextWriter output, Action<TextWriter> write)
    {
        if (outPath is null)
        {
            write(output);
            output.Flush();
            return;
        }
        var full = Path.GetFullPath(outPath);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
            throw new CliException($"{outPath}: folder '{directory}' does not exist", ExitCodes.IoError);
        var temp = full + ".tmp";
        using (var writer = new StreamWriter(temp, false, new System.Text.UTF8Encoding(false)))
            write(writer);
        File.Move(temp, full, overwrite: true);
    }
}
