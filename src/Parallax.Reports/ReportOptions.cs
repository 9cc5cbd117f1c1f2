namespace Parallax.Reports;

/// <summary>Options shared by every report format.</summary>
public sealed record ReportOptions
{
    /// <summary>The defaults: indented, without article text.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>JSON: add each article's cleaned text (<c>articles[].text</c>).</summary>
    public bool IncludeText { get; init; }

    /// <summary>JSON: indent the output.</summary>
    public bool Indented { get; init; } = true;

    /// <summary>Text: the line width when the output is not a terminal (default 100).</summary>
    public int? Width { get; init; }

    /// <summary>Markdown, HTML and text: the report title (defaults to the first article's title).</summary>
    public string? Title { get; init; }

    /// <summary>HTML: navigation links shown above the title (e.g. back to the list a report was opened from).</summary>
    public IReadOnlyList<ReportLink> Links { get; init; } = [];

    /// <summary>HTML: notes shown under the title (e.g. inputs a server could not read).</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>HTML: per article index, a page about that article to link from its header (null for none).</summary>
    public IReadOnlyList<string?> ArticleLinks { get; init; } = [];

    /// <summary>HTML: the page about an entity of this name and type (every story that mentions it), linked from the entities list (null for none).</summary>
    public Func<string, EntityType, string?>? EntityLinks { get; init; }
}

/// <summary>A navigation link of an HTML report.</summary>
/// <param name="Text">The link text.</param>
/// <param name="Href">Where it goes (a relative or http(s) address).</param>
public sealed record ReportLink(string Text, string Href);
