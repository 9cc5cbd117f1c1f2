using System.Globalization;
using Parallax.Documents;
using Parallax.Quotes;
using Parallax.Text;

namespace Parallax.Comparison;

/// <summary>
/// What the brief may cite and quote. A sentence supports another unless the two contradict on numbers,
/// dates or actors: each gives a value of that kind that the other contradicts (the other gives comparable
/// values and none matches). Numbers are comparable when they are of the same kind (percent, currency) and
/// count the same thing or something unnamed, and match when one true figure satisfies both; dates match
/// when every part both give is equal (an unresolved weekday matches a date on that weekday); actors are the
/// people and organisations named, other than the outlet itself, matched by story entity.
/// </summary>
internal static class BriefSupport
{
    /// <summary>True when <paramref name="cited"/> gives a number, date or actor that contradicts <paramref name="wording"/>.</summary>
    public static bool Contradicts(SentenceProfile wording, string wordingOutlet, SentenceProfile cited, string citedOutlet)
        => EachContradicts(wording.Numbers, cited.Numbers, Comparable, (x, y) => x.Agrees(y))
            || EachContradicts(wording.Dates, cited.Dates, (_, _) => true, SameDay)
            || Disjoint(Actors(wording, wordingOutlet), Actors(cited, citedOutlet));

    /// <summary>
    /// True when the sentence quotes someone it does not name: a quote whose speaker lies outside the sentence
    /// or is a pronoun, or quotation marks that open or close a quotation running on in another sentence.
    /// </summary>
    public static bool QuotesUnnamedSpeaker(ArticleAnalysis article, int sentence)
    {
        var s = article.Sentences[sentence];
        if (s.Text.Count(c => c == '"') % 2 != 0 || s.Text.Count(c => c == '\u201C') != s.Text.Count(c => c == '\u201D'))
            return true;
        foreach (var quote in article.Quotes)
        {
            if (quote.Content.End <= s.Start || quote.Content.Start >= s.End)
                continue;
            var speaker = quote.Speaker;
            if (speaker.End <= speaker.Start || speaker.Start < s.Start || speaker.End > s.End || Words.Pronouns.Contains(speaker.Text.Trim().ToLowerInvariant()))
                return true;
        }
        return false;
    }

    /// <summary>
    /// True when the sentence asks or announces rather than states: it ends (before any closing quotation mark or bracket) with a
    /// question mark, its own or a quoted question's ("He asked: “Who pays?”"), or with a colon that opens what follows ("The latest
    /// on the race (all times local):"). The brief leaves such sentences out unless the story has nothing else.
    /// </summary>
    public static bool StatesNoFact(string sentence)
    {
        var end = sentence.AsSpan().TrimEnd().TrimEnd("\"'\u201D\u2019)]");
        return end.Length > 0 && end[^1] is '?' or ':';
    }

    /// <summary>The outlet's name as compared with a mention: letters and digits, lower case.</summary>
    public static string Key(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    private static bool Comparable(NumberFact x, NumberFact y)
        => x.Figure.Percent == y.Figure.Percent && x.Figure.Currency == y.Figure.Currency && (x.Unit is null || y.Unit is null || x.Unit == y.Unit);

    private static List<int> Actors(SentenceProfile p, string outlet)
        => [.. p.Entities
            .Where(o => o.Mention.Type is EntityType.Person or EntityType.Org && o.Mention.Kind is MentionKind.Name or MentionKind.Role && Key(o.Mention.Text) != outlet)
            .Select(o => o.Entity)
            .Distinct()];

    /// <summary>True when both name actors and none is the same.</summary>
    private static bool Disjoint(List<int> a, List<int> b) => a.Count > 0 && b.Count > 0 && !a.Intersect(b).Any();

    /// <summary>True when each side gives a value the other contradicts: it gives comparable values, none matching.</summary>
    public static bool EachContradicts<T>(List<T> a, List<T> b, Func<T, T, bool> comparable, Func<T, T, bool> match)
        => a.Any(x => Contradicted(x, b, comparable, match)) && b.Any(y => Contradicted(y, a, (u, v) => comparable(v, u), (u, v) => match(v, u)));

    private static bool Contradicted<T>(T x, List<T> other, Func<T, T, bool> comparable, Func<T, T, bool> match)
    {
        var any = false;
        foreach (var y in other)
        {
            if (!comparable(x, y))
                continue;
            if (match(x, y))
                return false;
            any = true;
        }
        return any;
    }

    private static bool SameDay(DateFact x, DateFact y)
    {
        if (x.Value == y.Value)
            return true;
        var (wx, wy) = (CalendarWords.Weekdays.TryGetValue(x.Value, out var dx), CalendarWords.Weekdays.TryGetValue(y.Value, out var dy));
        if (wx && wy)
            return dx == dy;
        if (wx || wy)
            return OnWeekday(wx ? y.Value : x.Value, wx ? dx : dy);
        var (a, b) = (Parts(x.Value), Parts(y.Value));
        if (a is null || b is null)
            return false;
        for (var i = 0; i < 3; i++)
        {
            if (!SamePart(a[i], b[i]))
                return false;
        }
        return true;
    }

    /// <summary>True unless the value is a full date on another weekday (a month or a year may hold that weekday).</summary>
    private static bool OnWeekday(string value, DayOfWeek weekday)
        => !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date.DayOfWeek == weekday;

    /// <summary>Equal, or either not given, or a decade ("199X") holding the year.</summary>
    private static bool SamePart(string x, string y)
        => x.Length == 0 || y.Length == 0 || x == y
            || x.EndsWith('X') && y.StartsWith(x.TrimEnd('X'), StringComparison.Ordinal)
            || y.EndsWith('X') && x.StartsWith(y.TrimEnd('X'), StringComparison.Ordinal);

    /// <summary>Year, month and day of an ISO date value ("" where not given), or null for anything else.</summary>
    private static string[]? Parts(string value)
        => value.Split('-') switch
        {
            ["", "", var m] => ["", m, ""],
            ["", "", var m, var d] => ["", m, d],
            [var y] when y.Length == 4 => [y, "", ""],
            [var y, var m] => [y, m, ""],
            [var y, var m, var d] => [y, m, d],
            _ => null,
        };
}
