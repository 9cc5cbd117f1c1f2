using System.Globalization;

namespace Parallax.Web.Internal;

/// <summary>The site's addresses and the parsing of what users type into them.</summary>
internal static class Routes
{
    public const int MaxQueryLength = 200;
    public const int MaxPage = 100_000;
    public const string Stylesheet = "/assets/parallax.css";
    public const string Compare = "/compare";

    public static string Home(string? query = null, int page = 1)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(query))
            parts.Add("q=" + Uri.EscapeDataString(query));
        if (page > 1)
            parts.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "/" : "/?" + string.Join('&', parts);
    }

    public static string Story(long id) => "/stories/" + id.ToString(CultureInfo.InvariantCulture);

    public static string StoryJson(long id) => "/api/stories/" + id.ToString(CultureInfo.InvariantCulture);

    public static string Article(long id) => "/articles/" + id.ToString(CultureInfo.InvariantCulture);

    public static string ArticleJson(long id) => "/api/articles/" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The page about an entity; none for dates and numbers, which are not looked up across stories.</summary>
    public static string? EntityLink(string name, EntityType type)
        => type is EntityType.Date or EntityType.Number || string.IsNullOrWhiteSpace(name) || name.Length > EntityLookup.MaxNameLength
            ? null
            : "/entities?name=" + Uri.EscapeDataString(name.Trim()) + "&type=" + type.ToContractName().ToLowerInvariant();

    /// <summary>A type as <see cref="EntityLink"/> writes it ("person"), case-insensitively.</summary>
    public static bool TryParseType(string? text, out EntityType type)
    {
        foreach (var candidate in Enum.GetValues<EntityType>())
        {
            if (candidate is not (EntityType.Date or EntityType.Number) && string.Equals(candidate.ToContractName(), text, StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }
        type = default;
        return false;
    }

    public static string StoryName(long id) => "s" + id.ToString(CultureInfo.InvariantCulture);

    public static string ArticleName(long id) => "a" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A positive id, with or without its letter ("s12" or "12" for <paramref name="prefix"/> 's').</summary>
    public static bool TryParseId(string? text, char prefix, out long id)
    {
        var digits = text is { Length: > 1 } && char.ToLowerInvariant(text[0]) == prefix ? text[1..] : text;
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
    }
}

/// <summary>Input a user can fix: answered with 400 and the message.</summary>
internal sealed class BadRequestException(string message) : Exception(message);
