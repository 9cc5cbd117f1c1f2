using System.Collections.Frozen;

namespace Parallax.Comparison;

/// <summary>
/// The time a count covers, when the phrase after its noun says it: "the three states that voted Tuesday" (one day),
/// "the 15 states that have held primaries through Tuesday" (a running total), "the four states that cast votes last
/// Saturday". Counts over different times are different counts, not rival figures for one.
/// </summary>
internal static class CountFrames
{
    /// <summary>Words after the count's noun that open a phrase qualifying it.</summary>
    private static readonly FrozenSet<string> Openers = FrozenSet.ToFrozenSet(
        ["that", "which", "who", "where", "in", "on", "over", "during", "through", "since", "so", "to", "this", "last", "voting", "holding"],
        StringComparer.Ordinal);

    /// <summary>Words that make the count a running total.</summary>
    private static readonly FrozenSet<string> Cumulative = FrozenSet.ToFrozenSet(["through", "since", "so far", "to date", "thus far", "until now", "yet"], StringComparer.Ordinal);

    private const int Window = 10;

    private readonly record struct Frame(DateFact? Date, bool RunningTotal);

    /// <summary>Both counts say what time they cover, and it is not the same: two days, or one day and a running total.</summary>
    public static bool Differ(SentenceProfile a, NumberFact x, SentenceProfile b, NumberFact y)
    {
        if (Of(a, x) is not { } fx || Of(b, y) is not { } fy)
            return false;
        if (fx.Date is { } dx && fy.Date is { } dy && !dx.CompatibleWith(dy))
            return true;
        return fx.RunningTotal != fy.RunningTotal && (fx.RunningTotal ? fy.Date : fx.Date) is not null;
    }

    /// <summary>The frame of the phrase right after the count's noun, or null when none follows or it gives no time.</summary>
    private static Frame? Of(SentenceProfile sentence, NumberFact figure)
    {
        var noun = figure.UnitWord is null ? -1 : CountSlots.UnitToken(sentence, figure);
        var words = sentence.Words;
        if (noun < 0 || noun + 1 >= words.Length || !Openers.Contains(words[noun + 1]))
            return null;
        DateFact? date = null;
        var runningTotal = false;
        for (var i = noun + 1; i < Math.Min(words.Length, noun + 1 + Window) && words[i].Length > 0; i++)
        {
            if (sentence.NumberAt(i))
                break;
            runningTotal |= Cumulative.Contains(words[i]) || i + 1 < words.Length && Cumulative.Contains(words[i] + " " + words[i + 1]);
            date ??= sentence.Dates.Find(d => d.Token == i);
        }
        return date is null && !runningTotal ? null : new Frame(date, runningTotal);
    }
}
