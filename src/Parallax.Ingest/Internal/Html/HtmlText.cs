using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Parallax.Ingest.Internal.Html;

/// <summary>Renders a DOM subtree as plain text: blocks become paragraphs, headings and list items their own lines.</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "button", "iframe", "object", "embed", "select",
        "input", "textarea", "canvas", "audio", "video", "picture", "img", "head", "title", "meta", "link",
    };

    private static readonly HashSet<string> Paragraphs = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "figure", "figcaption", "form",
        "fieldset", "address", "details", "summary", "hr", "center",
    };

    private static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase)
    {
        "li", "tr", "dt", "dd", "caption",
    };

    /// <summary>The text of an HTML fragment or page, after checking its nesting (<see cref="HtmlDepth"/>).</summary>
    public static string FromHtml(string html)
    {
        HtmlDepth.Check(html);
        return ToText(new HtmlParser().ParseDocument(html).Body!);
    }

    public static string ToText(INode root)
    {
        var sb = new StringBuilder();
        Walk(root, sb);
        return sb.ToString();
    }

    private static void Walk(INode node, StringBuilder sb)
    {
        switch (node)
        {
            case IText text:
                AppendInline(sb, text.Data);
                return;
            case IElement element:
                var tag = element.LocalName;
                if (Skipped.Contains(tag) || element.HasAttribute("hidden"))
                    return;
                if (tag == "br")
                {
                    sb.Append('\n');
                    return;
                }
                var separator = Paragraphs.Contains(tag) ? "\n\n" : Lines.Contains(tag) ? "\n" : null;
                if (separator is not null)
                    sb.Append(separator);
                foreach (var child in element.ChildNodes)
                    Walk(child, sb);
                if (separator is not null)
                    sb.Append(separator);
                else if (tag is "td" or "th")
                    sb.Append(' ');
                return;
            default:
                foreach (var child in node.ChildNodes)
                    Walk(child, sb);
                return;
        }
    }

    private static void AppendInline(StringBuilder sb, string data)
    {
        foreach (var c in data)
            sb.Append(c is '\n' or '\r' or '\t' ? ' ' : c);
    }
}
