using System.Globalization;
using System.Text.RegularExpressions;

namespace Parallax.Text;

/// <summary>
/// A dateline at the start of an article: "Washington(CNN)", "LONDON (Reuters) -",
/// "KABUL, March 8 (AP) —", "PARIS —".
/// </summary>
/// <param name="Place">The place, in title case ("Washington", "Kabul").</param>
/// <param name="Outlet">The agency or outlet in brackets, if any ("CNN", "Reuters").</param>
/// <param name="Date">The date written in the dateline, if any ("March 8").</param>
/// <param name="Length">How many characters of the text the dateline (with its trailing separator and spaces) covers.</param>
public sealed partial record Dateline(string Place, string? Outlet, string? Date, int Length)
{
    private const string Month = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

    [GeneratedRegex(@"^(?<place>[A-Z][\p{L}.'’-]*(?:[ ][A-Z][\p{L}.'’-]*){0,3}(?:,[ ]?[A-Z][\p{L}.'’-]*(?:[ ][A-Z][\p{L}.'’-]*){0,2})?)(?:,[ ]?(?<date>" + Month + @"[ ]\d{1,2}))?[ ]?\((?<outlet>[A-Z][\p{L}&. -]{0,30})\)[ ]*(?:[-—–:]+[ ]*)?", RegexOptions.CultureInvariant)]
    private static partial Regex WithOutlet();

    [GeneratedRegex(@"^(?<place>[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+){0,3}(?:,[ ][A-Z][\p{L}.'’-]+){0,2})(?:,[ ](?<date>" + Month + @"[ ]\d{1,2}))?(?:[ ]*[—–]{1,2}[ ]*|[ ]+-{1,2}[ ]+)", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalsAndDash();

    /// <summary>Recognises a dateline at the very start of <paramref name="text"/>; null when there is none.</summary>
    public static Dateline? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var head = firstLineEnd < 0 ? text : text[..firstLineEnd];
        var m = WithOutlet().Match(head);
        if (m.Success && m.Length < head.Length)
            return new Dateline(TitleCase(m.Groups["place"].Value), m.Groups["outlet"].Value.Trim(), NullIfEmpty(m.Groups["date"].Value), m.Length);
        m = CapitalsAndDash().Match(head);
        if (m.Success && m.Length < head.Length && m.Groups["place"].Value.Length >= 3)
            return new Dateline(TitleCase(m.Groups["place"].Value), null, NullIfEmpty(m.Groups["date"].Value), m.Length);
        return null;
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    /// <summary>Each comma-separated part written in capitals is title-cased ("QAMISHLI, Syria" → "Qamishli, Syria").</summary>
    private static string TitleCase(string place) => string.Join(',', place.Split(',').Select(TitleCasePart));

    private static string TitleCasePart(string place)
    {
        var hasLower = false;
        foreach (var c in place)
            hasLower |= char.IsLower(c);
        return hasLower ? place : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(place.ToLowerInvariant());
    }
}
