namespace Parallax.Ingest.Internal.Html;

/// <summary>
/// How deep a page's elements nest, by a scan of its tags before any parsing: parsing and walking a page nested a
/// hundred thousand deep takes minutes, so such a page is refused first. Elements that need no end tag are not counted.
/// </summary>
internal static class HtmlDepth
{
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rtc", "rp", "thead", "tbody", "tfoot",
        "colgroup", "caption", "html", "head", "body",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp"];

    /// <summary>Throws <see cref="InputLimitException"/> when the tags nest deeper than <see cref="InputLimits.HtmlDepth"/>.</summary>
    public static void Check(string html)
    {
        if (Deepest(html) > InputLimits.HtmlDepth)
            throw new InputLimitException($"HTML nested deeper than {InputLimits.HtmlDepth} elements (the limit)");
    }

    internal static int Deepest(string html)
    {
        var depth = 0;
        var deepest = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var stop = start;
            while (stop < html.Length && (char.IsAsciiLetterOrDigit(html[stop]) || html[stop] is '-' or ':'))
                stop++;
            if (stop == start || !char.IsAsciiLetter(html[start]))
            {
                i++;
                continue;
            }
            var name = html[start..stop];
            var close = html.IndexOf('>', stop);
            if (close < 0)
                break;
            i = close + 1;
            if (closing)
            {
                if (!Uncounted.Contains(name) && depth > 0)
                    depth--;
                continue;
            }
            if (Array.Exists(RawText, t => t.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
                continue;
            }
            if (Uncounted.Contains(name) || html[close - 1] == '/')
                continue;
            deepest = Math.Max(deepest, ++depth);
        }
        return deepest;
    }
}
