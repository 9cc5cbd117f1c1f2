using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace Parallax.Ingest.Internal.Html;

/// <summary>A saved page reduced to its main text plus metadata.</summary>
internal sealed record HtmlPage(string Text, HtmlMetadata Metadata);

/// <summary>Extracts the main article text of a saved HTML page (SmartReader, i.e. readability, plus JSON-LD <c>articleBody</c>).</summary>
internal static class HtmlExtractor
{
    private const string PlaceholderUri = "https://localhost/article";

    // A JSON-LD articleBody close in size to readability's text is the publisher's own clean body and wins;
    // a much shorter one is usually a teaser, a much longer one usually carries extra material.
    private const double MinBodyRatio = 0.85;
    private const double MaxBodyRatio = 1.05;
    private const int MinReadableLength = 200;

    // Comments and the text of <style>-like elements never reach the article; not building them saves time.
    private static readonly HtmlParserOptions PageOptions = new() { SkipComments = true, SkipRawText = true, DisableElementPositionTracking = true };

    // A parser builds its browsing context once; each thread keeps its own, as ingest extracts pages in parallel.
    [ThreadStatic]
    private static HtmlParser? _pageParser;

    public static HtmlPage Extract(string html)
    {
        HtmlDepth.Check(html);
        var doc = (_pageParser ??= new HtmlParser(PageOptions)).ParseDocument(html);
        var metadata = HtmlMetadata.Read(doc);
        DropInert(doc);
        var h1 = doc.QuerySelectorAll("h1").Select(h => Normalize(h.TextContent)).ToList();
        var headlines = h1.Append(Normalize(metadata.Title)).Append(Normalize(doc.Title)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var readable = WithoutLeadingHeadline(ChromeLines.Remove(Readability(doc)), headlines);
        var title = PageHeadline.Title(metadata.Title, h1, metadata.SiteName);
        return new HtmlPage(Choose(readable, metadata.JsonLdBody), metadata with { Title = title });
    }

    /// <summary>
    /// Removes what can hold no article text (scripts, styles, SVG, frames) once the metadata is read, so that
    /// readability, which serialises and re-parses the page on each attempt, handles a smaller tree.
    /// </summary>
    private static void DropInert(IHtmlDocument doc)
    {
        foreach (var e in doc.QuerySelectorAll("script, style, svg, iframe, template, link, object, embed, canvas, noscript").ToList())
            e.Remove();
    }

    private static string WithoutLeadingHeadline(string text, HashSet<string> headlines)
    {
        var trimmed = text.TrimStart();
        var end = trimmed.IndexOf("\n\n", StringComparison.Ordinal);
        if (end <= 0)
            return text;
        return headlines.Contains(Normalize(trimmed[..end])) ? trimmed[end..] : text;
    }

    private static string Normalize(string? s) => string.Join(' ', (s ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Choose(string readable, string? jsonLdBody)
    {
        if (string.IsNullOrWhiteSpace(jsonLdBody))
            return readable;
        var body = jsonLdBody.Contains('<', StringComparison.Ordinal) ? HtmlText.FromHtml(jsonLdBody) : jsonLdBody;
        body = body.Trim();
        if (readable.Length < MinReadableLength)
            return body.Length > readable.Length ? body : readable;
        var ratio = (double)body.Length / readable.Length;
        return ratio is >= MinBodyRatio and <= MaxBodyRatio ? body : readable;
    }

    // The page's own URL is not given to SmartReader: links do not matter to the text, and a date in the URL path that
    // cannot be a date ("/2024/13/45/") made it give up on the whole page.
    private static string Readability(IHtmlDocument doc)
    {
        string? text = null;
        using var reader = new Reader(PlaceholderUri, doc) { DisableJSONLD = true };
        reader.AddCustomOperationEnd(element =>
        {
            Boilerplate.Clean(element);
            text = HtmlText.ToText(element);
        });
        var article = reader.GetArticle();
        if (text is null && article.IsReadable && article.Content is { Length: > 0 } content)
            text = HtmlText.FromHtml(content);
        return text ?? "";
    }

    internal static string FallbackBodyText(IDocument doc) => doc.Body is null ? "" : HtmlText.ToText(doc.Body);
}
