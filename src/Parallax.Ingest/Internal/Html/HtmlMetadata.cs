using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Parallax.Ingest.Internal.Html;

/// <summary>Article metadata read from a page's head and JSON-LD, before any extraction changes the DOM.</summary>
internal sealed record HtmlMetadata
{
    public string? Title { get; init; }
    public string? SiteName { get; init; }
    public string? Url { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Author { get; init; }
    public string? Language { get; init; }
    public string? Description { get; init; }

    /// <summary>The JSON-LD <c>articleBody</c>, when the page has one.</summary>
    public string? JsonLdBody { get; init; }

    public static HtmlMetadata Read(IHtmlDocument doc)
    {
        var ld = JsonLdArticle.Find(doc);
        var metaAuthor = Meta(doc, "author") ?? Meta(doc, "article:author") ?? Meta(doc, "byl");
        return new HtmlMetadata
        {
            Title = First(Meta(doc, "og:title"), ld?.Headline, Meta(doc, "twitter:title"), doc.Title),
            SiteName = First(ld?.Publisher, Meta(doc, "og:site_name"), Meta(doc, "application-name")),
            Url = First(Canonical(doc), Meta(doc, "og:url"), ld?.Url),
            Published = DateParser.Parse(First(Meta(doc, "article:published_time"), ld?.DatePublished,
                Meta(doc, "datePublished"), Meta(doc, "pubdate"), Meta(doc, "publishdate"), Meta(doc, "date"),
                Meta(doc, "dc.date"), Meta(doc, "dcterms.created"))),
            Author = First(ld?.Author, metaAuthor is not null && metaAuthor.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? null : metaAuthor),
            Language = First(doc.DocumentElement.GetAttribute("lang"), ld?.Language, Locale(Meta(doc, "og:locale"))),
            Description = First(Meta(doc, "description"), Meta(doc, "og:description")),
            JsonLdBody = ld?.Body,
        };
    }

    private static string? Canonical(IHtmlDocument doc)
        => doc.QuerySelectorAll("link[rel]").FirstOrDefault(l => l.GetAttribute("rel")!.Split(' ').Contains("canonical", StringComparer.OrdinalIgnoreCase))?.GetAttribute("href");

    private static string? Meta(IHtmlDocument doc, string key)
    {
        foreach (var meta in doc.QuerySelectorAll("meta"))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (name is not null && name.Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                var content = meta.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(content))
                    return content.Trim();
            }
        }
        return null;
    }

    private static string? Locale(string? locale) => locale?.Replace('_', '-');

    private static string? First(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
}

/// <summary>The fields Parallax reads from a JSON-LD <c>NewsArticle</c>/<c>Article</c> object.</summary>
internal sealed record JsonLdArticle(string? Headline, string? DatePublished, string? Author, string? Publisher, string? Url, string? Language, string? Body)
{
    private static readonly string[] ArticleTypes = ["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "BlogPosting", "LiveBlogPosting", "ScholarlyArticle", "TechArticle", "Report"];

    public static JsonLdArticle? Find(IDocument doc)
    {
        foreach (var script in doc.QuerySelectorAll("script[type]"))
        {
            if (!script.GetAttribute("type")!.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                continue;
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                var found = Search(json.RootElement, 0);
                if (found is not null)
                    return found;
            }
            catch (JsonException)
            {
            }
        }
        return null;
    }

    private static JsonLdArticle? Search(JsonElement e, int depth)
    {
        if (depth > 4)
            return null;
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                var found = Search(item, depth + 1);
                if (found is not null)
                    return found;
            }
            return null;
        }
        if (e.ValueKind != JsonValueKind.Object)
            return null;
        if (IsArticle(e))
            return From(e);
        return e.TryGetProperty("@graph", out var graph) ? Search(graph, depth + 1) : null;
    }

    private static bool IsArticle(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out var type))
            return false;
        return type.ValueKind switch
        {
            JsonValueKind.String => ArticleTypes.Contains(JsonString.Value(type), StringComparer.OrdinalIgnoreCase),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(JsonString.Value(t), StringComparer.OrdinalIgnoreCase)),
            _ => false,
        };
    }

    private static JsonLdArticle From(JsonElement e) => new(
        JsonFields.Text(e, "headline", "name"),
        JsonFields.Text(e, "datePublished", "dateCreated"),
        JsonFields.Names(e, "author", "creator"),
        JsonFields.Names(e, "publisher", "sourceOrganization"),
        JsonFields.Text(e, "url") ?? JsonFields.Id(e, "mainEntityOfPage"),
        JsonFields.Text(e, "inLanguage"),
        JsonFields.Text(e, "articleBody", "text"));
}
