using System.Collections.Frozen;
using Parallax.Entities;

namespace Parallax.Comparison;

/// <summary>
/// Event words of different stems that name one event in two tellings ("die" / "pass away", "shoot" / "shot",
/// "victory" / "win"): pairs of stems learned from cross-document event coreference (<c>Lexicon/events.txt</c>, written
/// by the bench's <c>learn-event-words</c>), compared as the concepts the profiler gives those stems.
/// </summary>
internal static class EventWords
{
    private static readonly FrozenDictionary<string, FrozenSet<string>> Partners = Index(Load(Gazetteer.ReadLines("events")));

    /// <summary>
    /// The two claims name one event by coreferent words of different concepts (one's event word and the other's event
    /// word or any of its words), and both state it alike: an event one claim gives as possible ("could shoot down more
    /// drones") is not the one the other states as done ("shot down a drone").
    /// </summary>
    public static bool Corefer(ClaimProfile x, ClaimProfile y)
        => (x.EventConcept is { } ex && y.CoreferentConcepts.Contains(ex) || y.EventConcept is { } ey && x.CoreferentConcepts.Contains(ey)) && x.Hedged == y.Hedged;

    /// <summary>
    /// Every concept paired with a concept of the claim's words: the claim names an event by one of these (the pairs go both ways), read
    /// once per claim rather than once per pair of claims.
    /// </summary>
    public static IReadOnlySet<string> CoreferentWith(ClaimProfile claim)
    {
        HashSet<string>? found = null;
        for (var i = claim.First; i < claim.End; i++)
        {
            if (claim.Sentence.Concepts[i] is { } c && Partners.TryGetValue(c, out var partners))
                (found ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(partners);
        }
        return found ?? (IReadOnlySet<string>)FrozenSet<string>.Empty;
    }

    /// <summary>The claim has a modal or hedging word: it gives its event as possible.</summary>
    public static bool Hedged(ClaimProfile claim)
    {
        for (var i = claim.First; i < claim.End; i++)
        {
            if (Lexicon.Modals.Contains(claim.Sentence.Words[i]) || Lexicon.Hedges.Contains(claim.Sentence.Words[i]))
                return true;
        }
        return false;
    }

    /// <summary>True when the two concepts are a learned pair.</summary>
    public static bool Corefer(string a, string b) => Partners.TryGetValue(a, out var partners) && partners.Contains(b);

    /// <summary>Each concept's coreferent concepts, both ways.</summary>
    private static FrozenDictionary<string, FrozenSet<string>> Index(IEnumerable<(string A, string B)> pairs)
        => pairs.SelectMany(p => new[] { (Key: p.A, Partner: p.B), (Key: p.B, Partner: p.A) })
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Partner).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>Pairs of stems ("die pass") as pairs of concepts, dropping those the synonym groups already join.</summary>
    internal static FrozenSet<(string, string)> Load(IEnumerable<string> lines)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var line in lines)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2)
                throw new InvalidOperationException($"events.txt: '{line}' is not two stems");
            var (a, b) = (SentenceProfiler.ConceptOfStem(parts[0]), SentenceProfiler.ConceptOfStem(parts[1]));
            if (!string.Equals(a, b, StringComparison.Ordinal))
                pairs.Add(string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a));
        }
        return pairs.ToFrozenSet();
    }
}
