using System.Globalization;

namespace Parallax.Ingest.Internal;

/// <summary>
/// Parses the publication dates found in metadata; anything unparseable is null (never "now"), and so is a year outside
/// 1600–2999 (scrapers write 0001-01-01 or 9999-12-31 for "none").
/// </summary>
internal static class DateParser
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd",
        "yyyyMMdd'T'HHmmssK", "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss 'GMT'",
        "MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy h:mm tt",
    ];

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var s = value.Trim();
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        if (DateTimeOffset.TryParseExact(s, Formats, CultureInfo.InvariantCulture, styles, out var exact))
            return Plausible(exact);
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, styles, out var loose))
            return Plausible(loose);
        return null;
    }

    public static DateTimeOffset? FromObject(object? value) => value switch
    {
        null => null,
        DateTime dt => Plausible(new DateTimeOffset(DateTime.SpecifyKind(dt, dt.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : dt.Kind))),
        DateTimeOffset dto => Plausible(dto),
        _ => Parse(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private static DateTimeOffset? Plausible(DateTimeOffset date) => date.Year is >= 1600 and <= 2999 ? date : null;
}
