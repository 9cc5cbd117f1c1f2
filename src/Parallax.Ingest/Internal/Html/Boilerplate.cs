using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Parallax.Ingest.Internal.Html;

/// <summary>Removes what readability leaves around an article: captions, share bars, link lists, tag and credit lines.</summary>
internal static partial class Boilerplate
{
    private const int ShortText = 80;

    [GeneratedRegex(@"share|social|sharing|related|newsletter|promo|subscri|caption|credit|byline|\btags?\b|tag-list|comment|advert|\bads?\b|sponsor|breadcrumb|read-?more|recommend|popular|trending|signup|sign-up|toolbar|timestamp", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex BoilerplateName();

    private static readonly string[] AlwaysRemoved = ["figure", "figcaption", "nav", "aside", "footer", "form", "button"];

    public static void Clean(IElement content)
    {
        foreach (var e in content.QuerySelectorAll(string.Join(',', AlwaysRemoved)).ToList())
            e.Remove();
        foreach (var e in content.QuerySelectorAll("*").ToList())
        {
            if (e.Parent is null || e == content)
                continue;
            var name = (e.GetAttribute("class") ?? "") + " " + (e.GetAttribute("id") ?? "");
            var suspectName = name.Length > 1 && BoilerplateName().IsMatch(name);
            var suspectList = e.LocalName is "ul" or "ol" or "div" or "section" or "p" && e.QuerySelectorAll("a").Length >= 3;
            if (!suspectName && !suspectList)
                continue;
            var text = Words(e.TextContent);
            if ((suspectName && text < ShortText) || (suspectList && IsLinkList(e, text)))
                e.Remove();
        }
    }

    private static bool IsLinkList(IElement e, int text)
    {
        var links = e.QuerySelectorAll("a");
        var linkText = links.Sum(a => Words(a.TextContent));
        return linkText > 0.6 * text;
    }

    private static int Words(string s)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
                count++;
            inWord = letter;
        }
        return count;
    }
}
