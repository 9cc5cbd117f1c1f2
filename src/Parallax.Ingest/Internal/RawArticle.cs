namespace Parallax.Ingest.Internal;

/// <summary>What a reader found in a source before cleaning: the body text and any metadata.</summary>
internal sealed record RawArticle(string Body)
{
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Url { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Author { get; init; }
    public string? Language { get; init; }
    public string? Source { get; init; }
    public bool SummaryOnly { get; init; }

    /// <summary>Metadata fields that could not be read and were left out, each a short phrase.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>One item a reader yields: a raw article or a problem.</summary>
internal readonly record struct ReadItem(RawArticle? Article, IngestProblem? Problem)
{
    public static implicit operator ReadItem(RawArticle article) => new(article, null);

    public static implicit operator ReadItem(IngestProblem problem) => new(null, problem);
}
