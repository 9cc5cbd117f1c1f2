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
        static bool IsNegator(ClaimProfile claim, int i) => Negators.Contains(claim.Sentence.Words[i]) && !Additive(claim.Sentence.Words, i);
        var found = pair.SameProposition ? GovernedWords.Find(pair, IsNegator, finite: false)
            : pair.CompatibleAgents ? GovernedWords.FindDenial(pair, IsNegator) : null;
        if (found is null)
            return null;
        var (negated, asserted) = (found.Marked, found.Plain);
        if (NegatedNearBy(asserted.Sentence, found.PlainWord, negated.Sentence.Words[found.Operator]) || NegatedInClause(asserted.Sentence, found.PlainWord))
            return null;
        return new Divergence(DivergenceKind.Negation, DivergenceContext.Refs(pair.A.Sentence, pair.B.Sentence),
            $"'{Text(context, negated, found.Operator, found.Word)}' in {context.Id(negated.Sentence)} vs '{Text(context, asserted, found.PlainWord, found.PlainWord)}' in {context.Id(asserted.Sentence)}")
        {
            Confidence = Confidence,
            Spans = negated == pair.A
                ? [context.Span(negated.Sentence, found.Operator, found.Word), context.Span(asserted.Sentence, found.PlainWord, found.PlainWord)]
                : [context.Span(asserted.Sentence, found.PlainWord, found.PlainWord), context.Span(negated.Sentence, found.Operator, found.Word)],
        };
    }

    /// <summary>
    /// "not only … (but)", "not just … but also", "aren't just a loser, you are a liar" (a mark before the sentence's last): the negator adds to what it governs
    /// instead of denying it ("he not only finished third but …" says he finished third).
    /// </summary>
    private static bool Additive(string[] words, int i)
    {
        if (words[i] is not ("not" or "n't" or "n’t") || i + 1 >= words.Length)
            return false;
        if (words[i + 1] == "only")
            return true;
        return words[i + 1] is "just" or "merely" or "simply" or "solely" && i + 3 < words.Length && words.AsSpan(i + 2, words.Length - i - 3).IndexOfAny("but", "also", "") >= 0;
    }

    /// <summary>How far before the plain word the same negator still makes it negated, past what the claims' split left out.</summary>
    private const int NearBy = 6;

    /// <summary>
    /// The same negator stands just before the plain word, punctuated apart ("not now, nor will we be, supporting" /
    /// "not now, nor will we be supporting"): both sentences negate it.
    /// </summary>
    private static bool NegatedNearBy(SentenceProfile sentence, int word, string negator)
    {
        for (var i = word - 1; i >= Math.Max(0, word - NearBy); i--)
        {
            if (sentence.Words[i] == negator)
                return true;
        }
        return false;
    }

    /// <summary>Forms of the negating verbs besides those <see cref="Negators"/> lists ("after failing sobriety tests").</summary>
    private static readonly FrozenSet<string> NegatingForms = FrozenSet.ToFrozenSet(
        ["fail", "failing", "refuse", "refusing", "decline", "declining"], StringComparer.Ordinal);

    /// <summary>How far before the plain word another negator of its clause still negates it.</summary>
    private const int InClause = 12;

    /// <summary>
    /// Another negator governs the plain word from earlier in its clause, with no punctuation between ("no financial terms of
    /// the deal were disclosed" / "terms were not disclosed", "after failing sobriety tests" / "fails sobriety tests"): both
    /// sentences negate it.
    /// </summary>
    private static bool NegatedInClause(SentenceProfile sentence, int word)
    {
        for (var i = word - 1; i >= Math.Max(0, word - InClause); i--)
        {
            var w = sentence.Words[i];
            if (w.Length == 0)
                return false;
            if ((Negators.Contains(w) || NegatingForms.Contains(w)) && !Additive(sentence.Words, i))
                return true;
        }
        return false;
    }

    /// <summary>A denial of an act the other claim tells as alleged holds up on its own evidence, the same words after both verbs.</summary>
    protected override bool HoldsUp(DivergenceContext context, Divergence divergence, ClaimPair pair)
        => !pair.SameProposition && pair.SentenceScore >= context.MinSentenceScore || base.HoldsUp(context, divergence, pair);

    private static string Text(DivergenceContext context, ClaimProfile claim, int first, int last) => context.Span(claim.Sentence, first, last).Text;
}
