using System.Collections.Frozen;

namespace Parallax.Comparison;

/// <summary>
/// Counts of the same thing in sentences that do not align: two articles give different numbers
/// with the same unit noun ("1,500 people" vs "2,000 people") and the same event word next to the
/// count ("moved to" / "evacuated"), and never the same number with that unit anywhere.
/// </summary>
internal static class CountSlots
{
    public const double Confidence = 0.5;
    public const double MaxRatio = 3;
    private const int LeftWindow = 3;
    private const int RightWindow = 4;

    /// <summary>Units that count time or shares rather than things: they also need similar sentences.</summary>
    private const double MinGenericSimilarity = 0.25;

    private static readonly FrozenSet<string> GenericWords = FrozenSet.ToFrozenSet(
        ["year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "time", "times", "percent", "point", "points"],
        StringComparer.Ordinal);

    /// <summary>Words around a count that qualify the number, not the event.</summary>
    private static readonly FrozenSet<string> Approximators = FrozenSet.ToFrozenSet(
        ["least", "nearly", "almost", "roughly", "approximately", "estimated", "estimate", "total", "some", "around", "less", "fewer", "only", "just", "up", "least", "number", "figure", "count"],
        StringComparer.Ordinal);

    /// <summary>Words that mark a count as a further batch, not a rival figure for the same one.</summary>
    private static readonly FrozenSet<string> Increments = FrozenSet.ToFrozenSet(
        ["another", "additional", "further", "more", "extra", "other"], StringComparer.Ordinal);

    /// <summary>A count in one sentence: the number, its unit token and the event concepts around it.</summary>
    public sealed record Slot(SentenceProfile Sentence, NumberFact Number, HashSet<string> Events, bool Generic);

    public static List<Slot> Of(SentenceProfile p)
    {
        var slots = new List<Slot>();
        foreach (var n in p.Numbers)
        {
            if (n.Unit is null || n.UnitWord is null || n.Value <= 0)
                continue;
            var unitToken = UnitToken(p, n);
            if (unitToken < 0 || IsIncrement(p, n.Token, unitToken))
                continue;
            var events = new HashSet<string>(StringComparer.Ordinal);
            for (var i = Math.Max(0, n.Token - LeftWindow); i < n.Token; i++)
                AddEvent(p, i, n.Unit, events);
            for (var i = unitToken + 1; i <= Math.Min(p.Words.Length - 1, unitToken + RightWindow); i++)
                AddEvent(p, i, n.Unit, events);
            if (events.Count > 0)
                slots.Add(new Slot(p, n, events, GenericWords.Contains(n.UnitWord.ToLowerInvariant()) || n.Unit == "c:percent"));
        }
        return slots;
    }

    /// <summary>True when the two slots plausibly count the same thing with different figures.</summary>
    public static bool Rival(Slot x, Slot y)
    {
        if (x.Number.Unit != y.Number.Unit || x.Number.Agrees(y.Number))
            return false;
        if (Ratio(x, y) > MaxRatio || !x.Events.Overlaps(y.Events))
            return false;
        return !x.Generic || SentenceAligner.Similarity(x.Sentence, y.Sentence) >= MinGenericSimilarity;
    }

    public static double Ratio(Slot x, Slot y) => Math.Max(x.Number.Value, y.Number.Value) / Math.Min(x.Number.Value, y.Number.Value);

    private static int UnitToken(SentenceProfile p, NumberFact n)
    {
        var word = n.UnitWord!.ToLowerInvariant();
        for (var i = n.Token + 1; i < Math.Min(p.Words.Length, n.Token + 5); i++)
        {
            if (p.Words[i] == word)
                return i;
        }
        return -1;
    }

    private static bool IsIncrement(SentenceProfile p, int number, int unit)
    {
        for (var i = Math.Max(0, number - 2); i < unit; i++)
        {
            if (Increments.Contains(p.Words[i]))
                return true;
        }
        return false;
    }

    private static void AddEvent(SentenceProfile p, int i, string unit, HashSet<string> events)
    {
        if (p.Concepts[i] is not { } c || c == unit || c == "c:say" || c.StartsWith("k:", StringComparison.Ordinal)
            || Approximators.Contains(p.Words[i]) || p.Entities.Any(o => o.Token <= i && i <= o.EndToken))
            return;
        events.Add(c);
    }
}
