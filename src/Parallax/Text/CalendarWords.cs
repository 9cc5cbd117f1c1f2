using System.Collections.Frozen;

namespace Parallax.Text;

/// <summary>Month and weekday names shared by the date recogniser and the comparison stage.</summary>
internal static class CalendarWords
{
    private static readonly string[] Names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Month names and abbreviations (with and without the period), compared ignoring case.</summary>
    public static FrozenDictionary<string, int> Months { get; } = BuildMonths();

    /// <summary>Weekday names, compared ignoring case.</summary>
    public static FrozenDictionary<string, DayOfWeek> Weekdays { get; } = Enum.GetValues<DayOfWeek>()
        .ToFrozenDictionary(d => d.ToString(), d => d, StringComparer.OrdinalIgnoreCase);

    /// <summary>True for a capitalised month name or abbreviation ("May", "Jan.", "Sept").</summary>
    public static bool TryMonth(string word, out int month)
    {
        month = 0;
        return word.Length > 0 && char.IsUpper(word[0]) && Months.TryGetValue(word, out month);
    }

    /// <summary>True for a full month name ("January", "May"), not an abbreviation.</summary>
    public static bool IsFullName(string word) => !word.EndsWith('.') && word.Length >= 3 && Months.TryGetValue(word, out var m) && Names[m - 1].Equals(word, StringComparison.OrdinalIgnoreCase);

    private static FrozenDictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Names.Length; i++)
        {
            months[Names[i]] = i + 1;
            var abbreviation = Names[i][..3];
            if (abbreviation != "May")
            {
                months[abbreviation] = i + 1;
                months[abbreviation + "."] = i + 1;
            }
        }
        months["Sept"] = 9;
        months["Sept."] = 9;
        return months.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
