namespace Parallax;

/// <summary>
/// One news article as ingested: cleaned text plus whatever metadata the source carried.
/// Every offset Parallax reports is a UTF-16 index into <see cref="Text"/>.
/// </summary>
/// <param name="Id">Short id unique within a run or a store (e.g. "a1").</param>
/// <param name="Outlet">Publishing outlet; defaults to the file name when the source names none.</param>
/// <param name="Text">Cleaned body text (NFC, normalised whitespace, dateline removed).</param>
public sealed record Article(string Id, string Outlet, string Text)
{
    /// <summary>Headline, when known.</summary>
    public string? Title { get; init; }

    /// <summary>Canonical URL, when known.</summary>
    public string? Url { get; init; }

    /// <summary>Publication time; null when the source does not state it (never the time of ingest).</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>Author or byline, when known.</summary>
    public string? Author { get; init; }

    /// <summary>BCP-47 language tag, when known.</summary>
    public string? Language { get; init; }

    /// <summary>The dateline place (e.g. "Washington"), when the text opened with one.</summary>
    public string? Dateline { get; init; }

    /// <summary>Where the article was read from (a path, a path with a line number, or a URL).</summary>
    public string? Source { get; init; }

    /// <summary>True when <see cref="Text"/> is only the feed item's summary, not the full article.</summary>
    public bool SummaryOnly { get; init; }
}
