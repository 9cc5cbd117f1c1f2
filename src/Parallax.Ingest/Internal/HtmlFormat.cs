using Parallax.Ingest.Internal.Html;

namespace Parallax.Ingest.Internal;

/// <summary>A saved HTML page: main text plus head/JSON-LD metadata.</summary>
internal static class HtmlFormat
{
    public static RawArticle Read(string html, string source)
    {
        var page = HtmlExtractor.Extract(html);
        var m = page.Metadata;
        return new RawArticle(page.Text)
        {
            Title = m.Title,
            Outlet = m.SiteName ?? HostOf(m.Url),
            Url = m.Url,
            Published = m.Published,
            Author = m.Author,
            Language = m.Language,
            Source = source,
            Warnings = m.Warnings,
        };
    }

    private static string? HostOf(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            return null;
        return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
    }
}
