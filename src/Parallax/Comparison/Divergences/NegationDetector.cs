using System.Collections.Frozen;
using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>
/// One claim negates what the other asserts: a negator governs a word of one ("did not withdraw",
/// "refused to leave", "is not the main tool") that the other states plainly, in two claims that
/// state the same fact (see <see cref="GovernedWords"/>), or an act one claim states as alleged that the other denies
/// ("for reportedly discussing operations with the minister" / "never discussed operations with the minister").
/// </summary>
internal sealed class NegationDetector : ClaimPairDetector
{
    private const double Confidence = 0.7;

    private static readonly FrozenSet<string> Negators = FrozenSet.ToFrozenSet(
        ["not", "n't", "n’t", "never", "no", "nor", "neither", "refused", "refuses", "declined", "declines", "failed", "fails"],
        StringComparer.Ordinal);

    protected override Divergence? Between(DivergenceContext context, ClaimPair pair)
    {
        static bool IsNegator(ClaimProfile claim, int i) => Negators.Contains(claim.Sentence.Words[i]);
        var found = pair.SameProposition ? GovernedWords.Find(pair, IsNegator, finite: false)
            : pair.CompatibleAgents ? GovernedWords.FindDenial(pair, IsNegator) : null;
        if (found is null)
            return null;
        var (negated, asserted) = (found.Marked, found.Plain);
        return new Divergence(DivergenceKind.Negation, DivergenceContext.Refs(pair.A.Sentence, pair.B.Sentence),
            $"'{Text(context, negated, found.Operator, found.Word)}' in {context.Id(negated.Sentence)} vs '{Text(context, asserted, found.PlainWord, found.PlainWord)}' in {context.Id(asserted.Sentence)}")
        {
            Confidence = Confidence,
            Spans = negated == pair.A
                ? [context.Span(negated.Sentence, found.Operator, found.Word), context.Span(asserted.Sentence, found.PlainWord, found.PlainWord)]
                : [context.Span(asserted.Sentence, found.PlainWord, found.PlainWord), context.Span(negated.Sentence, found.Operator, found.Word)],
        };
    }

    /// <summary>A denial of an act the other claim tells as alleged holds up on its own evidence, the same words after both verbs.</summary>
    protected override bool HoldsUp(Divergence divergence, ClaimPair pair) => !pair.SameProposition || base.HoldsUp(divergence, pair);

    private static string Text(DivergenceContext context, ClaimProfile claim, int first, int last) => context.Span(claim.Sentence, first, last).Text;
}
