using System.Text;
using System.Text.RegularExpressions;

namespace Parallax.Ingest.Internal.Html;

/// <summary>
/// Drops the lines of page chrome that survive inside an article's container: sign-in and skip links, bare URLs and
/// e-mail addresses, "Published 4:00 am ..." stamps, bylines, gallery controls ("Image 1 of 9", "Close"), calls to
/// action, cookie notices, photo captions with their credit (a repeated one always). Captions stay when
/// they are most of the text (a story told in captions).
/// </summary>
internal static partial class ChromeLines
{
    private const int MaxChromeWords = 14;
    private const int MaxCaptionWords = 60;
    private const int MinRepeatedWords = 5;

    // A bare URL among the first lines is the page's own address printed by the site; further down it is content.
    private const int LeadingLines = 4;

    [GeneratedRegex(@"^(?:https?://|www\.)\S+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex Link();

    [GeneratedRegex(@"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:twitter|facebook|instagram)\.com/\S+|@\w+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex Contact();

    [GeneratedRegex(@"^(?:sign in|log in|sign up|skip to (?:main )?content|caption|close|advert|advertisement|continue reading(?: below)?|\d* ?comments?|this slideshow requires javascript|you may also like|don'?t miss|read more|see also|related(?: articles| stories)?|share(?: this(?: article| story)?)?|tell us what you think|more on this story|image \d+ of / ?\d+|(?:image|photo|picture|slide) \d+ (?:of|/) \d+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex Control();

    [GeneratedRegex(@"^\|?\s*(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?\s*:?\s*(?=.*(?:\d|\bago\b)).{0,80}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex Stamp();

    [GeneratedRegex(@"^(?:By|BY|by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:and|&|de|van|von|da|del))?\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|da|del))*\s*(?:$|[,|–—-])", RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex Byline();

    [GeneratedRegex(@"(?:\((?:[^()]{0,40}\b(?:photo|image|picture|photograph|credit|getty images|reuters|afp|ap)\b[^()]{0,60})\)|\b(?:photo|image|picture|photograph)(?: by| credit)?\s*:\s*[^.]{1,60}|©[^.]{0,60})\s*\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex Credit();

    [GeneratedRegex(@"^(?:(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*\.?,? )?(?:\d{1,2}(?:st|nd|rd|th)?\.? \p{L}+\.?,? \d{4}|\p{L}+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})(?:,? (?:at )?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex DateOnly();

    [GeneratedRegex(@"^(?:related|read more|also read|more articles from|more from|recommended)\b\s*:?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex Pointer();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\b(?:CLICK\w*|SUBSCRIBE\w*|SIGN UP|DOWNLOAD|NEWSLETTERS?)\b", RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex ShoutedCall();

    [GeneratedRegex(@"\bcookies?\b.*\b(?:consent|accept|opt[- ]out|experience|agree)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex CookieNotice();

    public static string Remove(string text)
    {
        var lines = text.Split('\n');
        var kinds = new LineKind[lines.Length];
        int captionWords = 0, otherWords = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
                continue;
            var words = Boilerplate.Words(line);
            kinds[i] = Classify(line, words, seen);
            if (kinds[i] == LineKind.Caption)
                captionWords += words;
            else if (kinds[i] == LineKind.Text)
                otherWords += words;
        }
        var keepCaptions = captionWords > otherWords;
        var sb = new StringBuilder(text.Length);
        var nonBlank = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (kinds[i] != LineKind.Blank)
                nonBlank++;
            if (kinds[i] is LineKind.Chrome || (kinds[i] is LineKind.Caption && !keepCaptions)
                || (kinds[i] is LineKind.Link && nonBlank <= LeadingLines) || (kinds[i] is LineKind.Contact && !InList(kinds, i)))
                continue;
            if (sb.Length > 0)
                sb.Append('\n');
            sb.Append(lines[i]);
        }
        return sb.ToString();
    }

    private static LineKind Classify(string line, int words, HashSet<string> seen)
    {
        if (words == 0)
            return LineKind.Chrome;
        if (Link().IsMatch(line))
            return LineKind.Link;
        if (words <= MaxChromeWords)
        {
            line = Spaces().Replace(line, " ");
            var bare = line.TrimEnd('.', '…', '!', ':', '|', ' ');
            if (DateOnly().IsMatch(bare) || Pointer().IsMatch(line))
                return LineKind.Chrome;
            if (Contact().IsMatch(line))
                return LineKind.Contact;
            if (Control().IsMatch(bare) || Stamp().IsMatch(line) || Byline().IsMatch(line)
                || (IsShouted(line) && ShoutedCall().IsMatch(line)) || line.StartsWith('©'))
                return LineKind.Chrome;
        }
        if (words <= MaxCaptionWords * 2 && CookieNotice().IsMatch(line) && line.Contains("website", StringComparison.OrdinalIgnoreCase))
            return LineKind.Chrome;
        if (words <= MaxCaptionWords && Credit().IsMatch(line))
            return words >= MinRepeatedWords && !seen.Add(string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))) ? LineKind.Chrome : LineKind.Caption;
        return LineKind.Text;
    }

    /// <summary>True when the nearest non-blank line before or after is a contact too: a list of addresses, not a signature.</summary>
    private static bool InList(LineKind[] kinds, int i)
    {
        var before = i - 1;
        while (before >= 0 && kinds[before] == LineKind.Blank)
            before--;
        var after = i + 1;
        while (after < kinds.Length && kinds[after] == LineKind.Blank)
            after++;
        return (before >= 0 && kinds[before] == LineKind.Contact) || (after < kinds.Length && kinds[after] == LineKind.Contact);
    }

    private static bool IsShouted(string line)
    {
        var letters = 0;
        foreach (var c in line)
        {
            if (char.IsLower(c))
                return false;
            if (char.IsUpper(c))
                letters++;
        }
        return letters > 0;
    }

    private enum LineKind
    {
        Blank,
        Text,
        Caption,
        Link,
        Contact,
        Chrome,
    }
}
