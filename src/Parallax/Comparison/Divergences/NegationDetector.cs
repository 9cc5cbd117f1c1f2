using System.Collections.Frozen;

namespace Parallax.Comparison;

/// <summary>
/// One claim negates the event the other asserts: a negator governs the shared event word in one
/// ("did not withdraw", "refused to leave", "never met") and not in the other.
/// </summary>
internal sealed class NegationDetector : ClaimPairDetector
{
    private const double Confidence = 0.7;
    private const int Window = 3;

    private static readonly FrozenSet<string> Negators = FrozenSet.ToFrozenSet(
        ["not", "n't", "never", "no", "nor", "neither", "refused", "refuses", "declined", "declines", "denied", "denies", "rejected", "rejects", "failed", "fails"],
        StringComparer.Ordinal);

    protected override Divergence? Between(DivergenceContext context, ClaimPair pair)
    {
        if (!pair.SameEvent || EventWords.Shared(pair) is not var (ea, eb))
            return null;
        var na = Negator(pair.A, ea);
        var nb = Negator(pair.B, eb);
        if (na is null == nb is null)
            return null;
        var (negated, asserted, negator, negatedEvent, assertedEvent) = na is int x ? (pair.A, pair.B, x, ea, eb) : (pair.B, pair.A, nb!.Value, eb, ea);
        return new Divergence(DivergenceKind.Negation, DivergenceContext.Refs(pair.A.Sentence, pair.B.Sentence),
            $"'{negated.Sentence.Words[negator]} {negated.Sentence.Words[negatedEvent]}' in {context.Id(negated.Sentence)} vs '{asserted.Sentence.Words[assertedEvent]}' in {context.Id(asserted.Sentence)}")
        {
            Confidence = Confidence,
            Spans = [context.Span(negated.Sentence, negator, negatedEvent), context.Span(asserted.Sentence, assertedEvent, assertedEvent)],
        };
    }

    private static int? Negator(ClaimProfile claim, int eventToken)
    {
        foreach (var i in EventWords.Before(claim, eventToken, Window))
        {
            if (Negators.Contains(claim.Sentence.Words[i]))
                return i;
        }
        return null;
    }
}
