using System.Collections.Frozen;
using System.Globalization;
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

    private static readonly FrozenDictionary<string, long> NumberWords = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
        ["hundred"] = 100,
        ["thousand"] = 1000,
        ["million"] = 1_000_000,
        ["billion"] = 1_000_000_000,
        ["dozen"] = 12,
        ["hundreds"] = 100,
        ["thousands"] = 1000,
        ["millions"] = 1_000_000,
        ["dozens"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Scales = FrozenSet.ToFrozenSet(["hundred", "thousand", "million", "billion", "trillion", "bn", "m"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> RelativeUnits = FrozenSet.ToFrozenSet(["week", "month", "year", "weekend", "night", "morning", "evening", "afternoon"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds date and number mentions of <paramref name="sentence"/>; marks their tokens as used.</summary>
    public static void Find(ArticleView view, Sentence sentence, DateTimeOffset? published, List<Mention> mentions, bool[] used)
    {
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

    private static bool IsDay(string word, out int day) => int.TryParse(word.TrimEnd('s', 't', 'h', 'n', 'd', 'r'), NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31 && word.Length <= 4;

    private static bool IsYear(string word, out int year)
    {
        year = 0;
        return word.Length == 4 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1900 and <= 2100;
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
        if (RelativeDays.TryGetValue(w[i], out var offset))
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
            if (!Scales.Contains(next) && next is not ("percent" or "%" or "people" or "troops"))
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
        if (w[i] is "$" or "€" or "£" && i + 1 < end && view.Tokens[i + 1].Kind == TokenKind.Number)
            i++;
        double number;
        if (view.Tokens[i].Kind == TokenKind.Number)
        {
            var digits = w[i].Replace(",", "", StringComparison.Ordinal);
            if (digits.EndsWith("st", StringComparison.Ordinal) || digits.EndsWith("nd", StringComparison.Ordinal) || digits.EndsWith("rd", StringComparison.Ordinal) || digits.EndsWith("th", StringComparison.Ordinal))
                digits = digits[..^2];
            if (!double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out number))
            {
                length = i - start + 1;
                return true;
            }
        }
        else if (NumberWords.TryGetValue(w[i], out var n))
        {
            number = n;
        }
        else
        {
            return false;
        }
        var j = i + 1;
        while (j < end && (Scales.Contains(w[j]) || NumberWords.ContainsKey(w[j]) && NumberWords[w[j]] >= 100))
        {
            number *= w[j].ToLowerInvariant() switch
            {
                "hundred" or "hundreds" => 100,
                "thousand" or "thousands" => 1000,
                "million" or "millions" or "m" => 1_000_000,
                "billion" or "billions" or "bn" => 1_000_000_000,
                "trillion" => 1_000_000_000_000,
                _ => 1,
            };
            j++;
        }
        if (j < end && (w[j] is "%" or "percent" or "per"))
        {
            if (w[j] == "per" && j + 1 < end && w[j + 1] == "cent")
                j++;
            j++;
        }
        length = j - start;
        value = number.ToString("0.####", CultureInfo.InvariantCulture);
        return true;
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
