using System.Collections.Frozen;
using Parallax.Text;

namespace Parallax.Comparison;

/// <summary>
/// Recognises the lines a site prints above or below a headline to date the article ("Updated: 28 November 2005,
/// 02:24 GMT", "Posted 3/9/2017 6:05 PM", "FRIDAY, OCTOBER 2, 2015") and web addresses: neither is the story's
/// headline nor its prose.
/// </summary>
internal static class Timestamps
{
    private static readonly FrozenSet<string> StampWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "article", "story", "updated", "update", "posted", "published", "modified", "created", "edited", "first", "last", "at", "on", "of",
        "am", "pm", "a", "p", "m", "th", "st", "nd", "rd",
        "gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "ct", "mt", "pt", "ist", "aest");

    /// <summary>True when the line holds a figure and, but for month and weekday names, time zones and words such as "updated" or "posted", nothing else.</summary>
    public static bool IsStamp(string line)
    {
        var figure = false;
        var i = 0;
        while (i < line.Length)
        {
            if (char.IsDigit(line[i]))
            {
                figure = true;
                i++;
                continue;
            }
            if (!char.IsLetter(line[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < line.Length && char.IsLetter(line[i]))
                i++;
            var word = line[start..i];
            if (!StampWords.Contains(word) && !CalendarWords.Months.ContainsKey(word) && !IsWeekday(word))
                return false;
        }
        return figure;
    }

    /// <summary>True when the text starts as a web address does ("http", "www."), spaced out or not.</summary>
    public static bool IsAddress(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.StartsWith("http", StringComparison.OrdinalIgnoreCase) && trimmed.Length > 4 && trimmed[4] is ':' or 's' or 'S'
            || trimmed.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsWeekday(string word)
        => CalendarWords.Weekdays.ContainsKey(word) || word.Length == 3 && CalendarWords.Weekdays.Keys.Any(d => d.StartsWith(word, StringComparison.OrdinalIgnoreCase));
}
