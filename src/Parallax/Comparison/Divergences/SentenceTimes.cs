using System.Collections.Frozen;
using Parallax.Text;

namespace Parallax.Comparison;

/// <summary>
/// When a sentence is set: the years its dates name ("In 2004, a tsunami killed …", "the 2007 season"), a past it names without a year ("in
/// April last year", "two years ago"), or the story's own days ("on Tuesday", "today"). Figures of sentences set in
/// different times count different things: the toll of an earlier disaster, an earlier sentence served, a past quake's
/// magnitude are background, not rival figures for the event the story tells.
/// </summary>
internal static class SentenceTimes
{
    private static readonly FrozenSet<string> Now = FrozenSet.ToFrozenSet(["today", "tonight", "yesterday", "overnight"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> AgoUnits = FrozenSet.ToFrozenSet(["year", "years", "decade", "decades", "month", "months"], StringComparer.Ordinal);

    /// <summary>What a sentence says of its time, read once per sentence of a story (see <see cref="DivergenceContext.TimeOf"/>).</summary>
    public readonly struct SentenceTime(string[] years, bool past, bool inNamedMonth, bool current, bool undated, bool pointsBack)
    {
        public string[] Years { get; } = years;
        public bool Past { get; } = past;
        public bool InNamedMonth { get; } = inNamedMonth;
        public bool Current { get; } = current;
        public bool Undated { get; } = undated;
        public bool PointsBack { get; } = pointsBack;
    }

    /// <summary>The sentence's years (those that set its time), and whether it is set in a named past or month, on the story's own days or on none.</summary>
    public static SentenceTime Of(SentenceProfile sentence)
    {
        var years = Years(sentence);
        return new([.. years], Past(sentence, years), InNamedMonth(sentence), Current(sentence), Undated(sentence), PointsBack(sentence));
    }

    /// <summary>The two sentences name no common year though both name one, or one is set in a named past and the other on the story's own days or on none.</summary>
    public static bool Differ(DivergenceContext context, SentenceProfile a, SentenceProfile b)
    {
        var (ta, tb) = (context.TimeOf(a), context.TimeOf(b));
        if (ta.Years.Length > 0 && tb.Years.Length > 0)
            return !ta.Years.AsSpan().ContainsAny(tb.Years);
        return Before(ta, tb) && tb.Years.Length == 0 || Before(tb, ta) && ta.Years.Length == 0;
    }

    /// <summary>
    /// The sentence is set in a named past and the other on the story's own days or on none; or it is set in a month it names
    /// alone, and the other on the story's own days, or on none while this one points back to an event told before ("That quake
    /// killed six people in September").
    /// </summary>
    private static bool Before(SentenceTime sentence, SentenceTime other)
        => sentence.Past && (other.Current || other.Undated)
            || sentence.InNamedMonth && (other.Current || other.Undated && sentence.PointsBack);

    /// <summary>The sentence opens with "that" or "those" before a noun ("That quake …"), not as a pronoun ("That compared with …", "That is …").</summary>
    private static bool PointsBack(SentenceProfile sentence)
        => sentence.Words is [("that" or "those"), var next, ..] && next.Length > 0 && !Lexicon.Auxiliaries.Contains(next) && !next.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>
    /// The sentence names no time at all (a year that names a thing, "a coast hit by the flood of 1998", is none): it tells the
    /// story's own event ("a 6.1-magnitude quake hits Aceh"), so a figure set in a named past ("Last year, a 6.4-magnitude quake
    /// rocked the coast") is of another.
    /// </summary>
    private static bool Undated(SentenceProfile sentence)
        => sentence.Dates.TrueForAll(d => NamesAThing(sentence, d)) && !sentence.Words.Any(w => w is "last" or "ago" or "earlier" or "previous" or "former" or "once");

    /// <summary>The years of the sentence's dates, those that are points of comparison ("since 2008") left out.</summary>
    private static HashSet<string> Years(SentenceProfile sentence)
    {
        var years = new HashSet<string>(StringComparer.Ordinal);
        foreach (var date in sentence.Dates)
        {
            if (!date.IsComparisonPoint(sentence) && SetsTheTime(sentence, date) && date.Value.Length >= 4 && date.Value.AsSpan(0, 4).ContainsAnyExceptInRange('0', '9') is false)
                years.Add(date.Value[..4]);
        }
        return years;
    }

    /// <summary>
    /// The date says when the sentence happens ("In 2004, …", "on May 3", "during 1999"), not which other thing it names
    /// ("2017's hurricane", "the 2004 tsunami").
    /// </summary>
    private static bool SetsTheTime(SentenceProfile sentence, DateFact date)
        => date.Token > 0 && sentence.Words[date.Token - 1] is "in" or "on" or "during" or "early" or "late" or "mid"
            && !(date.Token + 1 < sentence.Words.Length && sentence.Words[date.Token + 1] is "'s" or "’s")
            || date.Token + 1 < sentence.Words.Length && sentence.Words[date.Token + 1] is "season" or "seasons";

    private static bool Past(SentenceProfile sentence, HashSet<string> years)
    {
        if (years.Count > 0 || sentence.Words is ["the", _, ..] && sentence.Dates.Exists(d => d.Token == 1 && NamesAThing(sentence, d)))
            return true;
        var words = sentence.Words;
        for (var i = 1; i < words.Length; i++)
        {
            if (words[i] is "year" or "month" or "season" && words[i - 1] == "last" || words[i] == "ago" && AgoUnits.Contains(words[i - 1]))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The sentence is set in a month it names alone ("In February, a quake killed hundreds", "That quake killed six people in
    /// September"), not in a running total that starts then ("proposed in May and has since received"): a month without a day is
    /// how a story dates an earlier event, while its own is dated by weekday or day.
    /// </summary>
    private static bool InNamedMonth(SentenceProfile sentence)
        => sentence.Dates.Exists(d => d.MonthOnly && SetsTheTime(sentence, d) && !InComparison(sentence, d.Token)) && sentence.Dates.TrueForAll(d => d.MonthOnly)
            && !sentence.Words.Any(w => w is "since" or "so" or "until" or "through" or "now");

    /// <summary>
    /// A year that names a thing rather than setting the sentence's time ("the 1998 flood", "the flood of 1998"): a sentence
    /// that opens with such a thing tells of it ("The 1998 flood was …"), one that only mentions it is set no earlier for it.
    /// </summary>
    private static bool NamesAThing(SentenceProfile sentence, DateFact date)
        => date.Value.Length == 4 && date.Value.All(char.IsAsciiDigit) && !SetsTheTime(sentence, date);

    /// <summary>How far back a date's phrase is looked through for the word that makes it a point of comparison.</summary>
    private const int ComparisonWindow = 8;

    /// <summary>
    /// The date closes a phrase that names a point of comparison: "than in March", or a figure it dates after "from" ("from the
    /// 6.3% rate in January"; not "bought from Hask back in January").
    /// </summary>
    private static bool InComparison(SentenceProfile sentence, int token)
    {
        for (var i = token - 1; i >= Math.Max(0, token - ComparisonWindow); i--)
        {
            if (sentence.Words[i] is "than" or "since")
                return true;
            if (sentence.Words[i] is "from" or "compared" or "versus" or "against")
                return sentence.Numbers.Exists(n => n.Token > i && n.Token < token);
        }
        return false;
    }

    private static bool Current(SentenceProfile sentence)
        => sentence.Words.Any(w => Now.Contains(w) || CalendarWords.Weekdays.ContainsKey(w))
            && !sentence.Words.Any(w => w is "last" or "ago");
}
