using System.Collections.Frozen;

namespace Parallax.Comparison;

/// <summary>
/// One claim hedges the event the other states firmly: a hedge governs the shared event word in one
/// ("is considering withdrawing", "may leave", "plans to close") or qualifies the whole claim
/// ("reportedly", "allegedly"), and nothing hedges it in the other.
/// </summary>
internal sealed class ModalityDetector : ClaimPairDetector
{
    private const double Confidence = 0.6;
    private const int Window = 4;

    /// <summary>Hedges that qualify a whole claim wherever they stand in it.</summary>
    private static readonly FrozenSet<string> ClaimHedges = FrozenSet.ToFrozenSet(
        ["reportedly", "allegedly", "apparently", "possibly", "perhaps", "likely", "unlikely", "probably", "potentially", "rumored", "rumoured"],
        StringComparer.Ordinal);

    protected override Divergence? Between(DivergenceContext context, ClaimPair pair)
    {
        if (!pair.SameEvent || EventWords.Shared(pair) is not var (ea, eb))
            return null;
        var ha = Hedge(pair.A, ea);
        var hb = Hedge(pair.B, eb);
        if (ha is null == hb is null)
            return null;
        var (hedged, firm, hedge, hedgedEvent, firmEvent) = ha is int x ? (pair.A, pair.B, x, ea, eb) : (pair.B, pair.A, hb!.Value, eb, ea);
        return new Divergence(DivergenceKind.Modality, DivergenceContext.Refs(pair.A.Sentence, pair.B.Sentence),
            $"hedged in {context.Id(hedged.Sentence)} ('{Words(hedged.Sentence, hedge, hedgedEvent)}') vs firm in {context.Id(firm.Sentence)} ('{Words(firm.Sentence, Math.Max(firm.First, firmEvent - 1), firmEvent)}')")
        {
            Confidence = Confidence,
            Spans = [context.Span(hedged.Sentence, Math.Min(hedge, hedgedEvent), Math.Max(hedge, hedgedEvent)), context.Span(firm.Sentence, firmEvent, firmEvent)],
        };
    }

    private static int? Hedge(ClaimProfile claim, int eventToken)
    {
        var words = claim.Sentence.Words;
        foreach (var i in EventWords.Before(claim, eventToken, Window).Reverse())
        {
            if (Lexicon.Hedges.Contains(words[i]) && !claim.Sentence.Dates.Any(d => d.Token == i))
                return i;
        }
        for (var i = claim.First; i < claim.End; i++)
        {
            if (ClaimHedges.Contains(words[i]))
                return i;
        }
        return null;
    }

    private static string Words(SentenceProfile p, int first, int last)
        => string.Join(' ', Enumerable.Range(Math.Min(first, last), Math.Abs(last - first) + 1).Select(i => p.Words[i]).Where(w => w.Length > 0));
}
