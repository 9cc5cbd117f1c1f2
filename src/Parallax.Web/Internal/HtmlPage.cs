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

    public string End() => _sb.Append("</body>\n</html>\n").ToString();

    /// <summary>"2024-05-01", "2024-05-01 – 2024-05-03" or "undated".</summary>
    public static string Span(DateTimeOffset? first, DateTimeOffset? last)
    {
        if (first is not { } start)
            return "undated";
        var from = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return last is { } end && end.Date != start.Date ? from + " – " + end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : from;
    }
}
