namespace Parallax.Ingest.Internal.Html;

/// <summary>
/// The title of a page given its <c>&lt;h1&gt;</c> headlines: a page title that only adds the site's name to an
/// <c>&lt;h1&gt;</c> ("Headline | Site", "Site - Headline") gives way to that headline, and a page without any title
/// takes its one <c>&lt;h1&gt;</c>.
/// </summary>
internal static class PageHeadline
{
    private static readonly char[] Separators = ['|', '-', '–', '—', '·', '•', ':', '/', '»', '«'];

    /// <param name="title">The title from the page's metadata (og:title, JSON-LD, twitter:title, then &lt;title&gt;), or null.</param>
    /// <param name="headlines">The normalised text of each &lt;h1&gt; of the page, in page order.</param>
    /// <param name="siteName">The site's name when the page gives it; an &lt;h1&gt; of just that is a logo, not a headline.</param>
    public static string? Title(string? title, IReadOnlyList<string> headlines, string? siteName)
    {
        var candidates = headlines.Where(h => h.Length > 0 && !string.Equals(h, siteName?.Trim(), StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (string.IsNullOrWhiteSpace(title))
            return candidates.Count == 1 ? candidates[0] : title;
        var spaced = string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (var headline in candidates)
        {
            if (Decorates(spaced, headline) is { } found)
                return found;
        }
        return title;
    }

    /// <summary>
    /// The headline as <paramref name="title"/> spells it, when the title is the headline and, past a separator before
    /// or after it, something shorter (the site's name); else null.
    /// </summary>
    private static string? Decorates(string title, string headline)
    {
        var at = title.IndexOf(headline, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
            return null;
        var end = at + headline.Length;
        var before = title[..at].Trim();
        var after = title[end..].Trim();
        if ((before.Length > 0) == (after.Length > 0) || (at > 0 && char.IsLetterOrDigit(title[at - 1])) || (end < title.Length && char.IsLetterOrDigit(title[end])))
            return null;
        var separated = before.Length > 0 ? Separators.Contains(before[^1]) : Separators.Contains(after[0]);
        var site = (before.Length > 0 ? before.TrimEnd(Separators) : after.TrimStart(Separators)).Trim();
        return separated && site.Length > 0 && site.Length < headline.Length ? title.Substring(at, headline.Length) : null;
    }
}
