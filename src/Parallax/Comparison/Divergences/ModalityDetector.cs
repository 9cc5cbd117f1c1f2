namespace Parallax.Comparison;

/// <summary>
/// One claim hedges what the other states firmly: a hedge governs a word of one ("is considering
/// withdrawing", "may leave", "plans to close", "reportedly decided") that the other states without
/// one, in two claims that state the same fact (see <see cref="GovernedWords"/>).
/// </summary>
internal sealed class ModalityDetector : ClaimPairDetector
{
    private const double Confidence = 0.6;

    protected override Divergence? Between(DivergenceContext context, ClaimPair pair)
    {
        if (!pair.SameProposition || GovernedWords.Find(pair, IsHedge, finite: true) is not { } found)
            return null;
        var (hedged, firm) = (found.Marked, found.Plain);
        var hedgedSpan = context.Span(hedged.Sentence, found.Operator, found.Word);
        var firmSpan = context.Span(firm.Sentence, Math.Max(firm.First, found.PlainWord - 1), found.PlainWord);
        return new Divergence(DivergenceKind.Modality, DivergenceContext.Refs(pair.A.Sentence, pair.B.Sentence),
            $"hedged in {context.Id(hedged.Sentence)} ('{hedgedSpan.Text}') vs firm in {context.Id(firm.Sentence)} ('{firmSpan.Text}')")
        {
            Confidence = Confidence,
            Spans = hedged == pair.A ? [hedgedSpan, firmSpan] : [firmSpan, hedgedSpan],
        };
    }

    private static bool IsHedge(ClaimProfile claim, int i)
        => Lexicon.Hedges.Contains(claim.Sentence.Words[i]) && !claim.Sentence.Dates.Any(d => d.Token == i);
}
