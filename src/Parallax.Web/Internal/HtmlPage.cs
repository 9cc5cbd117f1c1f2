using System.Globalization;
using System.Net;
using System.Text;

namespace Parallax.Web.Internal;

/// <summary>A server-rendered page in the reports' look: every value passed to <see cref="Text"/> is HTML-encoded.</summary>
internal sealed class HtmlPage
{
    private readonly StringBuilder _sb = new();

    public HtmlPage(string title)
    {
        Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        Raw("<title>").Text(title).Raw("</title>\n<link rel=\"stylesheet\" href=\"").Raw(Routes.Stylesheet).Raw("\">\n</head>\n<body class=\"web\">\n");
    }

    public HtmlPage Raw(string html)
    {
        _sb.Append(html);
        return this;
    }

    public HtmlPage Text(string? text)
    {
        _sb.Append(WebUtility.HtmlEncode(text));
        return this;
    }

    public HtmlPage Number(long n) => Raw(n.ToString("N0", CultureInfo.InvariantCulture));

    public HtmlPage Link(string href, string text, string? cssClass = null)
    {
        Raw("<a href=\"").Text(href).Raw("\"");
        if (cssClass is not null)
            Raw(" class=\"").Raw(cssClass).Raw("\"");
        return Raw(">").Text(text).Raw("</a>");
    }

    /// <summary>Ends the page with the reports' script, which shows every <c>time</c> element in the reader's locale.</summary>
    public string End() => _sb.Append(Parallax.Reports.HtmlReport.ScriptElement).Append("\n</body>\n</html>\n").ToString();

    /// <summary>A date, written ISO ("2024-05-01") and shown in the reader's locale once the script runs.</summary>
    public HtmlPage Date(DateTimeOffset date)
        => Raw("<time datetime=\"").Raw(date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)).Raw("\" data-date>").Raw(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Raw("</time>");

    /// <summary>A date, two dates "first – last" when they differ, or "undated".</summary>
    public HtmlPage Dates(DateTimeOffset? first, DateTimeOffset? last)
    {
        if (first is not { } start)
            return Raw("undated");
        Date(start);
        return last is { } end && end.Date != start.Date ? Raw(" – ").Date(end) : this;
    }

    /// <summary>A title shortened at a word boundary to about <paramref name="max"/> characters, with "…" when cut.</summary>
    public static string Short(string? title, int max = 90)
    {
        var text = string.Join(' ', (title ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= max)
            return text;
        var cut = text.LastIndexOf(' ', max);
        return (cut > max / 2 ? text[..cut] : text[..max]).TrimEnd(',', ';', ':', '-', '–') + "…";
    }

    /// <summary>A search snippet: the text escaped, the words found marked.</summary>
    public HtmlPage Snippet(string snippet)
    {
        var end = Parallax.Corpus.SearchHit.MarkEnd.ToString();
        var parts = snippet.Split(Parallax.Corpus.SearchHit.MarkStart);
        Text(parts[0].Replace(end, "", StringComparison.Ordinal));
        foreach (var part in parts.Skip(1))
        {
            var close = part.IndexOf(Parallax.Corpus.SearchHit.MarkEnd, StringComparison.Ordinal);
            if (close < 0)
                Text(part);
            else
                Raw("<mark>").Text(part[..close]).Raw("</mark>").Text(part[(close + 1)..].Replace(end, "", StringComparison.Ordinal));
        }
        return this;
    }
}
