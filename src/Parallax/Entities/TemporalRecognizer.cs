using System.Collections.Frozen;
using System.Globalization;
using Parallax.Documents;
using Parallax.Text;

namespace Parallax.Entities;

/// <summary>
/// Finds dates ("May 1", "January 20, 2021", "on Monday", "in 2020", "yesterday") and numbers
/// ("1,200", "3.5 million", "20 percent", "two dozen") in a sentence, with normalised values.
/// Weekdays and relative dates are resolved against the publication date when it is known.
/// </summary>
internal static class TemporalRecognizer
{


    private static readonly FrozenDictionary<string, int> RelativeDays = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["today"] = 0,
        ["yesterday"] = -1,
        ["tomorrow"] = 1,
        ["tonight"] = 0,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a figure that make it approximate or a bound, with the qualifier they give its value.</summary>
    private static readonly FrozenDictionary<string, string> Qualifiers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["about"] = "~",
        ["around"] = "~",
        ["roughly"] = "~",
        ["approximately"] = "~",
        ["some"] = "~",
        ["nearly"] = "~",
        ["almost"] = "~",
        ["estimated"] = "~",
        ["close to"] = "~",
        ["more than"] = ">",
        ["over"] = ">",
        ["above"] = ">",
        ["upwards of"] = ">",
        ["at least"] = ">=",
        ["less than"] = "<",
        ["fewer than"] = "<",
        ["under"] = "<",
        ["below"] = "<",
        ["up to"] = "<=",
        ["at most"] = "<=",
        ["as many as"] = "<=",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PercentWords = FrozenSet.ToFrozenSet(["%", "percent", "per"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> RelativeUnits = FrozenSet.ToFrozenSet(["week", "month", "year", "weekend", "night", "morning", "evening", "afternoon"], StringComparer.OrdinalIgnoreCase);

    /// <summary>True for a date mention whose value was worked out from the publication date ("Monday", "yesterday", "last week").</summary>
    public static bool IsRelative(Mention date)
        => date.Kind == MentionKind.Date && (CalendarWords.Weekdays.ContainsKey(date.Text) || RelativeDays.ContainsKey(date.Text)
            || date.Text.Split(' ') is [var first, _] && first.ToLowerInvariant() is "last" or "next" or "this");

    /// <summary>Adds date and number mentions of <paramref name="sentence"/>; marks their tokens as used.</summary>
    public static void Find(ArticleView view, Sentence sentence, DateTimeOffset? published, List<Mention> mentions, bool[] used)
    {
        // A date at the edge of the calendar (a scraper's 0001-01-01 for "none") has no day before or year around it.
        if (published is { Year: < 2 or > 9998 })
            published = null;
        var first = sentence.FirstToken;
        var end = first + sentence.TokenCount;
        for (var i = first; i < end; i++)
        {
            if (used[i])
                continue;
            if (TryDate(view, i, end, published, out var length, out var value))
            {
                Add(view, sentence, i, length, EntityType.Date, MentionKind.Date, value, mentions, used);
                i += length - 1;
            }
        }
        for (var i = first; i < end; i++)
        {
            if (used[i])
                continue;
            if (TryNumber(view, i, end, out var length, out var value))
            {
                Add(view, sentence, i, length, EntityType.Number, MentionKind.Number, value, mentions, used);
                i += length - 1;
            }
        }
    }

    private static void Add(ArticleView view, Sentence sentence, int first, int length, EntityType type, MentionKind kind, string? value, List<Mention> mentions, bool[] used)
    {
        var start = view.Tokens[first].Start;
        var end = view.Tokens[first + length - 1].End;
        mentions.Add(new Mention(start, end, view.Text[start..end], type, kind, sentence.Index) { Value = value, Confidence = 0.9 });
        for (var k = first; k < first + length; k++)
            used[k] = true;
    }

    private static bool IsDay(string word, out int day) => int.TryParse(word.AsSpan().TrimEnd("sthndr"), NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31 && word.Length <= 4;

    private static bool IsYear(string word, out int year)
    {
        year = 0;
        return word.Length == 4 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1900 and <= 2100;
    }

    private static readonly FrozenSet<string> ProgrammeWords = FrozenSet.ToFrozenSet(["show", "programme", "program", "host", "co-host", "anchor", "presenter", "broadcast"], StringComparer.OrdinalIgnoreCase);

    /// <summary>A capitalised "Today" or "Tonight" that names a programme ("NBC's Today show", "the Tonight Show"), not a day.</summary>
    private static bool IsShowName(string[] w, int i, int end)
    {
        if (!char.IsUpper(w[i][0]) || w[i].All(char.IsUpper))
            return false;
        var previous = i > 0 ? w[i - 1] : "";
        return previous is "'s" or "\u2019s" or "the" || i + 1 < end && ProgrammeWords.Contains(w[i + 1]);
    }

    private static bool TryDate(ArticleView view, int i, int end, DateTimeOffset? published, out int length, out string? value)
    {
        var w = view.Words;
        length = 0;
        value = null;
        if (CalendarWords.TryMonth(w[i], out var month))
        {
            // Month Day[, Year] | Month Year
            if (i + 1 < end && IsDay(w[i + 1], out var day))
            {
                length = 2;
                int? year = null;
                if (i + 3 < end && w[i + 2] == "," && IsYear(w[i + 3], out var y1)) { year = y1; length = 4; }
                else if (i + 2 < end && IsYear(w[i + 2], out var y2)) { year = y2; length = 3; }
                value = FormatDate(year ?? InferYear(month, day, published), month, day);
                return true;
            }
            if (i + 1 < end && IsYear(w[i + 1], out var yearOnly))
            {
                length = 2;
                value = $"{yearOnly:D4}-{month:D2}";
                return true;
            }
            if (w[i] != "May" && CalendarWords.IsFullName(w[i]))
            {
                length = 1;
                value = $"--{month:D2}";
                return true;
            }
            return false;
        }
        // Day Month [Year]
        if (i + 1 < end && IsDay(w[i], out var d) && CalendarWords.TryMonth(w[i + 1], out var m))
        {
            length = 2;
            int? year = null;
            if (i + 2 < end && IsYear(w[i + 2], out var y)) { year = y; length = 3; }
            value = FormatDate(year ?? InferYear(m, d, published), m, d);
            return true;
        }
        if (char.IsUpper(w[i][0]) && CalendarWords.Weekdays.TryGetValue(w[i], out var weekday))
        {
            length = 1;
            value = published is { } p ? Iso(MostRecent(p.Date, weekday)) : null;
            return true;
        }
        if (RelativeDays.TryGetValue(w[i], out var offset) && !IsShowName(w, i, end))
        {
            length = 1;
            value = published is { } p ? Iso(p.Date.AddDays(offset)) : null;
            return true;
        }
        if ((w[i] is "last" or "next" or "this") && i + 1 < end && RelativeUnits.Contains(w[i + 1]))
        {
            length = 2;
            return true;
        }
        if (view.Tokens[i].Kind == TokenKind.Number && IsYear(w[i], out var yr))
        {
            var next = i + 1 < end ? w[i + 1] : "";
            if (!NumberWords.Scales.ContainsKey(next) && next is not ("percent" or "%" or "people" or "troops"))
            {
                length = 1;
                value = yr.ToString("D4", CultureInfo.InvariantCulture);
                return true;
            }
        }
        if (view.Tokens[i].Kind == TokenKind.Number && w[i].Length == 5 && w[i].EndsWith('s') && IsYear(w[i][..4], out var decade))
        {
            length = 1;
            value = decade.ToString("D4", CultureInfo.InvariantCulture)[..3] + "X";
            return true;
        }
        return false;
    }

    private static bool TryNumber(ArticleView view, int i, int end, out int length, out string? value)
    {
        var w = view.Words;
        length = 0;
        value = null;
        var start = i;
        var currency = "";
        if (w[i] is "$" or "€" or "£" && i + 1 < end && view.Tokens[i + 1].Kind == TokenKind.Number)
        {
            currency = w[i];
            i++;
        }
        if (VagueCount(w, i, end, out var vagueLength, out var least))
        {
            length = i - start + vagueLength;
            value = NumberValue.Qualified(">=", least, currency).ToString();
            return true;
        }
        if (!TryAmount(view, i, end, out var amountEnd, out var number, out var ordinal))
        {
            if (amountEnd < 0)
                return false;
            length = i - start + 1;
            return true;
        }
        if (ordinal)
        {
            length = amountEnd - start;
            value = "#" + NumberValue.Format(number);
            return true;
        }
        var j = amountEnd;
        double? high = null;
        if (j + 1 < end && (w[j] is "-" or "–" || w[j] == "and" && Qualifier(w, start, out _) == "between")
            && TryAmount(view, j + 1, end, out var highEnd, out var second, out var secondOrdinal) && !secondOrdinal)
        {
            // "2-3 million", "between 2 and 3 million": a scale written once after the high end applies to both ends.
            var shared = ScaleAt(w, i, amountEnd) == 1 ? number * ScaleAt(w, j + 1, highEnd) : number;
            var low = second > shared ? shared : number;
            if (second > low)
            {
                number = low;
                high = second;
                j = highEnd;
            }
        }
        var percent = false;
        if (j < end && PercentWords.Contains(w[j]) && (w[j] != "per" || j + 1 < end && w[j + 1] == "cent"))
        {
            if (w[j] == "per")
                j++;
            j++;
            percent = true;
        }
        length = j - start;
        var qualifier = Qualifier(w, start, out _) ?? "";
        value = (high is { } h ? NumberValue.Range(number, h, currency, percent)
            : NumberValue.Qualified(qualifier == "between" ? "" : qualifier, number, currency, percent)).ToString();
        return true;
    }

    /// <summary>The product of the scale words that end the amount between <paramref name="start"/> and <paramref name="end"/> (1 when none).</summary>
    private static double ScaleAt(string[] w, int start, int end)
    {
        var scale = 1.0;
        for (var k = end - 1; k > start && NumberWords.Scales.TryGetValue(w[k], out var s); k--)
            scale *= s;
        return scale;
    }

    /// <summary>
    /// A figure in digits or words with its scale words ("1.5 million", "two thousand five hundred", "5bn").
    /// False with <paramref name="end"/> at -1 when there is none, at the token after it when it does not parse ("10:30").
    /// </summary>
    private static bool TryAmount(ArticleView view, int i, int limit, out int end, out double number, out bool ordinal)
    {
        var w = view.Words;
        end = -1;
        number = 0;
        ordinal = false;
        var j = i;
        if (view.Tokens[i].Kind == TokenKind.Number)
        {
            var digits = w[i].Replace(",", "", StringComparison.Ordinal);
            ordinal = digits.EndsWith("st", StringComparison.Ordinal) || digits.EndsWith("nd", StringComparison.Ordinal) || digits.EndsWith("rd", StringComparison.Ordinal) || digits.EndsWith("th", StringComparison.Ordinal);
            if (ordinal)
                digits = digits[..^2];
            j = i + 1;
            if (!double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number))
            {
                end = j;
                return false;
            }
            if (ordinal)
            {
                end = j;
                return true;
            }
            while (j < limit && NumberWords.Scales.TryGetValue(w[j], out var scale))
            {
                number *= scale;
                j++;
            }
            end = j;
            return true;
        }
        // Spelled: "two thousand five hundred", "twenty-five", "a dozen" (the "a" stays out).
        double total = 0, current = 0;
        var any = false;
        while (j < limit)
        {
            var tail = current % 100;
            if (NumberWords.TryValue(w[j], out var word) && word < 100 && (tail == 0 || tail >= 20 && tail % 10 == 0 && word < 10))
            {
                current += word;
            }
            else if (NumberWords.Scales.TryGetValue(w[j], out var scale) && char.IsLetter(w[j][0]) && (any || w[j].Length > 3))
            {
                if (scale == 100 || scale == 12)
                    current = (current == 0 ? 1 : current) * scale;
                else
                {
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                }
            }
            else if (w[j] == "and" && any && current % 100 == 0 && j + 1 < limit && NumberWords.TryValue(w[j + 1], out var after) && after < 100)
            {
                j++;
                continue;
            }
            else
            {
                break;
            }
            any = true;
            j++;
        }
        if (!any)
            return false;
        number = total + current;
        end = j;
        return true;
    }

    /// <summary>"hundreds", "dozens of", "tens of thousands": a count known only to be at least two of its unit.</summary>
    private static bool VagueCount(string[] w, int i, int end, out int length, out double least)
    {
        length = 0;
        least = 0;
        if (!NumberWords.VagueScales.TryGetValue(w[i], out var unit))
            return false;
        length = 1;
        if (i + 2 < end && w[i + 1] == "of" && NumberWords.VagueScales.TryGetValue(w[i + 2], out var outer) && outer > unit)
        {
            unit *= outer;
            length = 3;
        }
        else if (unit == 10)
        {
            return false;
        }
        least = 2 * unit;
        return true;
    }

    /// <summary>The qualifier written just before token <paramref name="i"/> ("about", "more than"), "between" for a range, or null.</summary>
    private static string? Qualifier(string[] w, int i, out int length)
    {
        length = 0;
        if (i >= 2 && w[i - 1] is "a" or "an")
            i--;
        if (i >= 1 && w[i - 1].Equals("between", StringComparison.OrdinalIgnoreCase))
        {
            length = 1;
            return "between";
        }
        for (var n = 3; n >= 1; n--)
        {
            if (i - n < 0)
                continue;
            var phrase = n == 1 ? w[i - 1] : string.Join(' ', w[(i - n)..i]);
            if (Qualifiers.TryGetValue(phrase, out var q))
            {
                length = n;
                return q;
            }
        }
        return null;
    }

    private static int InferYear(int month, int day, DateTimeOffset? published)
    {
        if (published is not { } p)
            return 0;
        // A date without a year is the occurrence closest to the publication date.
        var year = p.Year;
        var best = year;
        var bestDistance = double.MaxValue;
        foreach (var candidate in new[] { year - 1, year, year + 1 })
        {
            if (day > DateTime.DaysInMonth(candidate, month))
                continue;
            var distance = Math.Abs((new DateTime(candidate, month, day, 0, 0, 0, DateTimeKind.Unspecified) - p.Date).TotalDays);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best;
    }

    private static string FormatDate(int year, int month, int day) => year == 0 ? $"--{month:D2}-{day:D2}" : $"{year:D4}-{month:D2}-{day:D2}";

    private static string Iso(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTime MostRecent(DateTime reference, DayOfWeek weekday)
    {
        var back = ((int)reference.DayOfWeek - (int)weekday + 7) % 7;
        return reference.AddDays(-back);
    }
}
