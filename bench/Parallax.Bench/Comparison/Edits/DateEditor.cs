using System.Globalization;
using System.Text.RegularExpressions;
using Parallax.Comparison;
using Parallax.Documents;

namespace Parallax.Bench.Comparison.Edits;

/// <summary>Changes one part of a date: the weekday, the month, the day of the month or the year.</summary>
internal sealed partial class DateEditor : ISentenceEditor
{
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>Months a replacement may take ("May" is left out: it reads as a modal).</summary>
    private static readonly string[] Months = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] ShortMonths = ["Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    public string Name => "date";

    public DivergenceKind Expected => DivergenceKind.Date;

    public TextEdit? Edit(EditableSentence sentence, Random random)
    {
        var candidates = new List<TextEdit>();
        foreach (var mention in sentence.Mentions.Where(m => m.Kind == MentionKind.Date))
        {
            foreach (Match part in DatePart().Matches(mention.Text))
            {
                var word = part.Value;
                var start = mention.Start + part.Index;
                var replacement = Other(Weekdays, word, random) ?? Other(Months, word, random) ?? Other(ShortMonths, word, random);
                if (replacement is null && part.Groups["day"].Success)
                    replacement = OtherNumber(int.Parse(word, CultureInfo.InvariantCulture), 1, 28, random);
                if (replacement is null && part.Groups["year"].Success)
                {
                    var year = int.Parse(word, CultureInfo.InvariantCulture);
                    replacement = OtherNumber(year, year - 3, year + 3, random);
                }
                if (replacement is not null)
                    candidates.Add(new TextEdit(start, start + word.Length, replacement));
            }
        }
        return candidates.Count == 0 ? null : candidates[random.Next(candidates.Count)];
    }

    private static string? Other(string[] names, string word, Random random)
    {
        if (!names.Contains(word, StringComparer.Ordinal) && !(names == Months && word == "May"))
            return null;
        var others = names.Where(n => n != word).ToArray();
        return others[random.Next(others.Length)];
    }

    private static string OtherNumber(int value, int low, int high, Random random)
    {
        int other;
        do
            other = random.Next(low, high + 1);
        while (other == value);
        return other.ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)|(?<=\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) )(?<day>[1-9]|[12][0-9]|3[01])\b|\b(?<year>(19|20)\d\d)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DatePart();
}
