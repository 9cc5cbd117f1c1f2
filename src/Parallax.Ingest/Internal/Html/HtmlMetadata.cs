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

    /// <summary>Fields that could not be read, each dropped: "date '2024-02-30' is not a date", "JSON-LD: ...".</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public static HtmlMetadata Read(IHtmlDocument page)
    {
        var warnings = new List<string>();
        var meta = new MetaTags(page);
        var ld = Guard(() => JsonLdArticle.Find(page, warnings), "JSON-LD", warnings);
        var metaAuthor = Guard(() => meta.Get("author") ?? meta.Get("article:author") ?? meta.Get("byl"), "author", warnings);
        var date = Guard(() => First(meta.Get("article:published_time"), ld?.DatePublished,
            meta.Get("datePublished"), meta.Get("pubdate"), meta.Get("publishdate"), meta.Get("date"),
            meta.Get("dc.date"), meta.Get("dcterms.created")), "date", warnings);
        var published = DateParser.Parse(date);
        if (date is not null && published is null)
            warnings.Add($"date '{Shorten(date)}' is not a date, left unknown");
        return new HtmlMetadata
        {
            Title = Guard(() => First(meta.Get("og:title"), ld?.Headline, meta.Get("twitter:title"), page.Title), "title", warnings),
            SiteName = Guard(() => First(ld?.Publisher, meta.Get("og:site_name"), meta.Get("application-name")), "site name", warnings),
            Url = Guard(() => First(Canonical(page), meta.Get("og:url"), ld?.Url), "url", warnings),
            Published = published,
            Author = First(ld?.Author, metaAuthor is not null && metaAuthor.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? null : metaAuthor),
            Language = Guard(() => First(page.DocumentElement.GetAttribute("lang"), ld?.Language, Locale(meta.Get("og:locale"))), "language", warnings),
            Description = Guard(() => First(meta.Get("description"), meta.Get("og:description")), "description", warnings),
            JsonLdBody = ld?.Body,
            Warnings = warnings,
        };
    }

    /// <summary>A field read so that whatever goes wrong drops that field with a warning, never the page.</summary>
    private static T? Guard<T>(Func<T?> read, string field, List<string> warnings)
        where T : class
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException or KeyNotFoundException or JsonException)
        {
            warnings.Add($"{field} could not be read ({e.Message.TrimEnd('.')}), left out");
            return null;
        }
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "...";

    private static string? Canonical(IHtmlDocument doc)
        => doc.QuerySelectorAll("link[rel]").FirstOrDefault(l => l.GetAttribute("rel")!.Split(' ').Contains("canonical", StringComparer.OrdinalIgnoreCase))?.GetAttribute("href");

    private static string? Locale(string? locale) => locale?.Replace('_', '-');

    private static string? First(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
}

/// <summary>A page's <c>&lt;meta&gt;</c> contents by <c>property</c>, <c>name</c> or <c>itemprop</c> (case-insensitive; the first non-blank wins), read in one pass.</summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, string> _contents = new(StringComparer.OrdinalIgnoreCase);

    public MetaTags(IHtmlDocument doc)
    {
        foreach (var meta in doc.QuerySelectorAll("meta"))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            var content = meta.GetAttribute("content");
            if (name is not null && !string.IsNullOrWhiteSpace(content))
                _contents.TryAdd(name, content.Trim());
        }
    }

    public string? Get(string key) => _contents.GetValueOrDefault(key);
}

/// <summary>The fields Parallax reads from a JSON-LD <c>NewsArticle</c>/<c>Article</c> object.</summary>
internal sealed record JsonLdArticle(string? Headline, string? DatePublished, string? Author, string? Publisher, string? Url, string? Language, string? Body)
{
    private static readonly string[] ArticleTypes = ["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "BlogPosting", "LiveBlogPosting", "ScholarlyArticle", "TechArticle", "Report"];

    public static JsonLdArticle? Find(IDocument doc, List<string> warnings)
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
            catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
            {
                warnings.Add($"JSON-LD block ignored ({JsonMessage(e)})");
            }
        }
        return null;
    }

    private static string JsonMessage(Exception e) => e is JsonException json ? JsonFields.Describe(json) : e.Message.TrimEnd('.');

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
