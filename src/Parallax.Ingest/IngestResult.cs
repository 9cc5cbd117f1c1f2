using System.Diagnostics.CodeAnalysis;

namespace Parallax.Ingest;

/// <summary>One outcome of loading: either an <see cref="Parallax.Article"/> or an <see cref="IngestProblem"/>.</summary>
public sealed record IngestResult
{
    private IngestResult(Article? article, IngestProblem? problem, IReadOnlyList<IngestProblem> warnings)
    {
        Article = article;
        Problem = problem;
        Warnings = warnings;
    }

    /// <summary>The article read, or null when this result is a problem.</summary>
    public Article? Article { get; }

    /// <summary>What went wrong, or null when an article was read.</summary>
    public IngestProblem? Problem { get; }

    /// <summary>
    /// What was left out of an article that was still read: metadata fields that could not be parsed (a date no
    /// calendar has, a broken JSON-LD block). Each names the file like a problem does. Empty for problems.
    /// </summary>
    public IReadOnlyList<IngestProblem> Warnings { get; }

    /// <summary>True when <see cref="Article"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Article))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsArticle => Article is not null;

    /// <summary>A result holding an article.</summary>
    public static IngestResult Of(Article article) => Of(article, []);

    /// <summary>A result holding an article read with warnings.</summary>
    public static IngestResult Of(Article article, IReadOnlyList<IngestProblem> warnings)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(warnings);
        return new IngestResult(article, null, warnings);
    }

    /// <summary>A result holding a problem.</summary>
    public static IngestResult Of(IngestProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new IngestResult(null, problem, []);
    }

    /// <inheritdoc />
    public override string ToString() => IsArticle ? $"{Article.Id} ({Article.Outlet}) from {Article.Source}" : Problem.Message;
}

/// <summary>A file, or one line of a file, that could not be read as an article.</summary>
/// <param name="Source">The path as given or found.</param>
/// <param name="Line">The 1-based line number for line-oriented inputs (.jsonl), otherwise null.</param>
/// <param name="Message">A one-line message that names the file (and line), e.g. "notes.pdf: unsupported format '.pdf' (...)".</param>
public sealed record IngestProblem(string Source, int? Line, string Message);
