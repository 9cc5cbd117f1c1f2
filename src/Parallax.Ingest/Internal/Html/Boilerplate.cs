using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Parallax.Ingest.Internal.Html;

/// <summary>
/// Removes what readability leaves around an article: share bars, link lists, tag and credit lines; forms unless they hold
/// the prose; figures and their captions unless the captions are most of the text (a story told in pictures).
/// </summary>
internal static partial class Boilerplate
{
    private const int ShortText = 80;

    [GeneratedRegex(@"share|social|sharing|related|newsletter|promo|subscri|caption|credit|byline|\btags?\b|tag-list|comment|advert|\bads?\b|sponsor|breadcrumb|read-?more|recommend|popular|trending|signup|sign-up|toolbar|timestamp", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex BoilerplateName();

    private static readonly string[] AlwaysRemoved = ["nav", "aside", "footer", "button"];

    // A form holding this much prose with few links is the article (a product description, a page built inside one
    // ASP.NET form), not a search box or a sign-up.
    private const int MinFormProseWords = 60;
    private const int MinFormParagraphWords = 15;

    public static void Clean(IElement content)
    {
        foreach (var e in content.QuerySelectorAll(string.Join(',', AlwaysRemoved)).ToList())
            e.Remove();
        foreach (var form in content.QuerySelectorAll("form").ToList())
        {
            if (!IsProse(form))
                form.Remove();
        }
        var figures = content.QuerySelectorAll("figure, figcaption").Where(f => f.LocalName == "figure" || f.Closest("figure") is null).ToList();
        var captionWords = figures.Sum(f => Words(f.TextContent));
        if (captionWords <= Words(content.TextContent) - captionWords)
        {
            foreach (var figure in figures)
                figure.Remove();
        }
        foreach (var e in content.QuerySelectorAll("*").ToList())
        {
            if (e.Parent is null || e == content)
                continue;
            var name = (e.GetAttribute("class") ?? "") + " " + (e.GetAttribute("id") ?? "");
            var suspectName = name.Length > 1 && BoilerplateName().IsMatch(name);
            var suspectList = e.LocalName is "ul" or "ol" or "div" or "section" or "p" or "table" or "td" && e.QuerySelectorAll("a").Length >= 3;
            if (!suspectName && !suspectList)
                continue;
            var text = Words(e.TextContent);
            if ((suspectName && text < ShortText) || (suspectList && IsLinkList(e, text)))
                e.Remove();
        }
    }

    private static bool IsProse(IElement form)
    {
        var paragraphs = form.QuerySelectorAll("p, li, blockquote").Select(p => Words(p.TextContent)).Where(w => w >= MinFormParagraphWords).Sum();
        return paragraphs >= MinFormProseWords && !IsLinkList(form, Words(form.TextContent), 0.3);
    }

    private static bool IsLinkList(IElement e, int text, double share = 0.6)
    {
        var links = e.QuerySelectorAll("a");
        var linkText = links.Sum(a => Words(a.TextContent));
        return linkText > share * text;
    }

    /// <summary>Runs of letters or digits in the text.</summary>
    public static int Words(string s)
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
