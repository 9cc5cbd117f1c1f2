using System.Collections.Frozen;
using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>
/// Counts of the same thing in sentences that do not align: two articles give different numbers
/// with the same unit noun ("1,500 people" vs "2,000 people") and the same event word next to the
/// count ("moved to" / "evacuated") or heading its clause ("1,500 people living near the dam were
/// evacuated"), and never the same number with that unit anywhere.
/// </summary>
internal static class CountSlots
{
    public const double Confidence = 0.5;
    public const double MaxRatio = 3;
    private const int LeftWindow = 3;
    private const int RightWindow = 4;

    /// <summary>How far after the unit the verb group of a clause the count opens is looked for.</summary>
    private const int ClauseWindow = 12;

    /// <summary>Auxiliaries that open the verb group of a clause whose subject is the count ("were evacuated").</summary>
    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
        ["was", "were", "is", "are", "be", "been", "being", "had", "have", "has", "will", "would", "could", "may", "might", "must"],
        StringComparer.Ordinal);

    /// <summary>Adverbs that may stand inside a verb group ("had already been moved").</summary>
    private static readonly FrozenSet<string> VerbGroupAdverbs = FrozenSet.ToFrozenSet(
        ["reportedly", "also", "already", "still", "all", "then", "later", "safely", "quickly", "not"], StringComparer.Ordinal);

    /// <summary>Words that end the clause the count opens.</summary>
    private static readonly FrozenSet<string> ClauseEnds = FrozenSet.ToFrozenSet(["", "and", "but", "while", "whereas", "who", "which", "that"], StringComparer.Ordinal);

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
            var events = Events(p, n, unitToken);
            if (events.Count > 0)
                slots.Add(new Slot(p, n, events, GenericWords.Contains(n.UnitWord.ToLowerInvariant()) || n.Unit == "c:percent"));
        }
        return slots;
    }

    /// <summary>
    /// The event words around a figure with a unit, a share included (next to it, or the verb of the clause it opens), or null when it has
    /// none: "33 people have been arrested" gives "arrested", "hundreds of people took to the streets" "took" and "streets".
    /// </summary>
    public static HashSet<string>? EventsAround(SentenceProfile p, NumberFact n)
    {
        if (n.Unit is null)
            return null;
        var index = p.Numbers.Count - 1;
        while (index >= 0 && !ReferenceEquals(p.Numbers[index], n))
            index--;
        if (index < 0)
            return ReadEventsAround(p, n);
        var read = p.CountEvents ??= new HashSet<string>?[p.Numbers.Count];
        var events = read[index] ??= ReadEventsAround(p, n) ?? NoEvents;
        return events == NoEvents ? null : events;
    }

    private static readonly HashSet<string> NoEvents = [];

    private static HashSet<string>? ReadEventsAround(SentenceProfile p, NumberFact n)
        => Events(p, n, n.UnitWord is null ? n.Token : Math.Max(n.Token, UnitToken(p, n))) is not { Count: > 0 } events ? null : events;

    private static HashSet<string> Events(SentenceProfile p, NumberFact n, int unitToken)
    {
        var events = new HashSet<string>(StringComparer.Ordinal);
        for (var i = Math.Max(0, n.Token - LeftWindow); i < n.Token; i++)
            AddEvent(p, i, n.Unit!, events);
        for (var i = unitToken + 1; i <= Math.Min(p.Words.Length - 1, unitToken + RightWindow); i++)
            AddEvent(p, i, n.Unit!, events);
        if (ClauseVerb(p, unitToken) is { } verb)
            AddEvent(p, verb, n.Unit!, events);
        return events;
    }

    /// <summary>True when the two slots plausibly count the same thing with different figures.</summary>
    public static bool Rival(DivergenceContext context, Slot x, Slot y)
    {
        if (x.Number.Unit != y.Number.Unit || x.Number.Agrees(y.Number) || !x.Number.Comparable(y.Number)
            || NumberDetector.Portion(x.Sentence, x.Number) != NumberDetector.Portion(y.Sentence, y.Number) || FigureScopes.Differ(context, x.Sentence, x.Number, y.Sentence, y.Number))
            return false;
        if (Ratio(x, y) > MaxRatio || !x.Events.Overlaps(y.Events) || CountFrames.Differ(x.Sentence, x.Number, y.Sentence, y.Number)
            || CountPlaces.Differ(x.Sentence, x.Number, y.Sentence, y.Number) || SentenceTimes.Differ(context, x.Sentence, y.Sentence)
            || FigureHolders.Differ(x.Sentence, x.Number, y.Sentence, y.Number))
            return false;
        return !x.Generic || SentenceAligner.Similarity(x.Sentence, y.Sentence) >= MinGenericSimilarity;
    }

    public static double Ratio(Slot x, Slot y) => Math.Max(x.Number.Value, y.Number.Value) / Math.Min(x.Number.Value, y.Number.Value);

    /// <summary>The token of the figure's unit noun within four words after it, or -1.</summary>
    public static int UnitToken(SentenceProfile p, NumberFact n)
    {
        var word = n.UnitWord!.ToLowerInvariant();
        for (var i = n.Token + 1; i < Math.Min(p.Words.Length, n.Token + 5); i++)
        {
            if (p.Words[i] == word)
                return i;
        }
        return -1;
    }

    /// <summary>
    /// The main verb of the clause a count opens, when its verb group starts with an auxiliary
    /// ("[1,500 people] living near the dam [were] evacuated"): the first word after the auxiliaries.
    /// </summary>
    private static int? ClauseVerb(SentenceProfile p, int unit)
    {
        var end = Math.Min(p.Words.Length, unit + ClauseWindow);
        for (var i = unit + 1; i < end; i++)
        {
            if (ClauseEnds.Contains(p.Words[i]))
                return null;
            if (!Auxiliaries.Contains(p.Words[i]))
                continue;
            var verb = i + 1;
            while (verb < p.Words.Length && (Auxiliaries.Contains(p.Words[verb]) || VerbGroupAdverbs.Contains(p.Words[verb])))
                verb++;
            return verb < p.Words.Length && p.Concepts[verb] is not null ? verb : null;
        }
        return null;
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
            || Approximators.Contains(p.Words[i]) || p.EntityAt(i) is not null)
            return;
        events.Add(c);
    }
}
