using System.Diagnostics.CodeAnalysis;

namespace Parallax.Reports;

/// <summary>The output formats of a report.</summary>
public enum ReportFormat
{
    /// <summary>The versioned JSON contract (<c>parallax.story/1</c>, <c>parallax.analysis/1</c>).</summary>
    Json,
    /// <summary>Markdown for pasting into notes.</summary>
    Markdown,
    /// <summary>One self-contained HTML page with side-by-side articles.</summary>
    Html,
    /// <summary>A readable terminal summary.</summary>
    Text,
}

/// <summary>Parsing and naming of <see cref="ReportFormat"/>.</summary>
public static class ReportFormats
{
    /// <summary>The names accepted by <see cref="TryParse"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["json", "md", "markdown", "html", "text"];

    /// <summary>Parses "json", "md", "markdown", "html" or "text" (case-insensitive).</summary>
    public static bool TryParse(string? name, [NotNullWhen(true)] out ReportFormat? format)
    {
        format = name?.Trim().ToLowerInvariant() switch
        {
            "json" => ReportFormat.Json,
            "md" or "markdown" => ReportFormat.Markdown,
            "html" or "htm" => ReportFormat.Html,
            "text" or "txt" => ReportFormat.Text,
            _ => null,
        };
        return format is not null;
    }

    /// <summary>Parses a format name; throws <see cref="FormatException"/> naming the accepted ones.</summary>
    public static ReportFormat Parse(string name)
        => TryParse(name, out var format) ? format.Value : throw new FormatException($"Unknown report format '{name}'; expected one of {string.Join(", ", Names)}.");

    /// <summary>The format a file name asks for by its extension (.json, .md, .html, .txt), or null.</summary>
    public static ReportFormat? FromFileName(string path)
        => TryParse(Path.GetExtension(path).TrimStart('.'), out var format) ? format : null;

    /// <summary>The usual file extension, with the dot.</summary>
    public static string Extension(this ReportFormat format) => format switch
    {
        ReportFormat.Json => ".json",
        ReportFormat.Markdown => ".md",
        ReportFormat.Html => ".html",
        _ => ".txt",
    };
}
