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

    public static HtmlPage Extract(string html)
    {
        var doc = new HtmlParser().ParseDocument(html);
        var metadata = HtmlMetadata.Read(doc);
        var readable = Readability(doc, metadata.Url);
        return new HtmlPage(Choose(readable, metadata.JsonLdBody), metadata);
    }

    private static string Choose(string readable, string? jsonLdBody)
    {
        if (string.IsNullOrWhiteSpace(jsonLdBody))
            return readable;
        var body = jsonLdBody.Contains('<', StringComparison.Ordinal) ? HtmlText.ToText(new HtmlParser().ParseDocument(jsonLdBody).Body!) : jsonLdBody;
        return body.Length >= 0.7 * readable.Length ? body : readable;
    }

    private static string Readability(IHtmlDocument doc, string? url)
    {
        var uri = Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? u.AbsoluteUri : PlaceholderUri;
        string? text = null;
        using var reader = new Reader(uri, doc);
        reader.AddCustomOperationEnd(element => text = HtmlText.ToText(element));
        var article = reader.GetArticle();
        if (text is null && article.IsReadable && article.Content is { Length: > 0 } content)
            text = HtmlText.ToText(new HtmlParser().ParseDocument(content).Body!);
        return text ?? "";
    }

    internal static string FallbackBodyText(IDocument doc) => doc.Body is null ? "" : HtmlText.ToText(doc.Body);
}
