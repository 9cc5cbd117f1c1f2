using Parallax.Documents;
using Parallax.Quotes;

namespace Parallax.Comparison;

/// <summary>
/// One claim hedges what the other states firmly: a hedge governs a word of one ("is considering
/// withdrawing", "may leave", "plans to close", "reportedly decided") that the other states without
/// one, in two claims that state the same fact (see <see cref="GovernedWords"/>); a hedge on a verb whose work the other
/// claim gives to another verb followed by the same words, in any two claims of compatible doers that share some wording
/// (<see cref="GovernedWords.FindRephrased"/>); or a hedge that is the only word by which two claims differ.
/// </summary>
internal sealed class ModalityDetector : ClaimPairDetector
{
    private const double Confidence = 0.6;

    protected override Divergence? Between(DivergenceContext context, ClaimPair pair)
    {
        DivergenceSpan hedgedSpan, firmSpan;
        ClaimProfile hedged, firm;
        if (OneWordApart(pair.A.Sentence, pair.B.Sentence) is var (ia, ib) && (ia < 0 || !IsHedge(pair.A, ia)) != (ib < 0 || !IsHedge(pair.B, ib)))
        {
            var aHedged = ia >= 0 && IsHedge(pair.A, ia);
            (hedged, firm) = aHedged ? (pair.A, pair.B) : (pair.B, pair.A);
            var (at, other) = aHedged ? (ia, ib) : (ib, ia);
            hedgedSpan = context.Span(hedged.Sentence, at, Math.Min(hedged.Sentence.Words.Length - 1, at + 1));
            firmSpan = other >= 0
                ? context.Span(firm.Sentence, other, Math.Min(firm.Sentence.Words.Length - 1, other + 1))
                : context.Span(firm.Sentence, Math.Max(0, at - 1), Math.Min(firm.Sentence.Words.Length - 1, at));
        }
        else if (Governed(pair) is { } found)
        {
            if (Foretold(found))
                return null;
            (hedged, firm) = (found.Marked, found.Plain);
            hedgedSpan = context.Span(hedged.Sentence, found.Operator, found.Word);
            firmSpan = context.Span(firm.Sentence, Math.Max(firm.First, found.PlainWord - 1), found.PlainWord);
        }
        else if (!pair.SameProposition)
        {
            return null;
        }
        else if (InsertedHedge(pair.A, pair.B) is int i)
        {
            (hedged, firm) = (pair.A, pair.B);
            (hedgedSpan, firmSpan) = Spans(context, hedged, i, firm);
        }
        else if (InsertedHedge(pair.B, pair.A) is int j)
        {
            (hedged, firm) = (pair.B, pair.A);
            (hedgedSpan, firmSpan) = Spans(context, hedged, j, firm);
        }
        else
        {
            return null;
        }
        if (Hearsay(hedgedSpan.Text) && ToldAsReport(firm) && !ToldAsReport(hedged) || ToldAsBelief(firm))
            return null;
        return new Divergence(DivergenceKind.Modality, DivergenceContext.Refs(pair.A.Sentence, pair.B.Sentence),
            $"hedged in {context.Id(hedged.Sentence)} ('{hedgedSpan.Text}') vs firm in {context.Id(firm.Sentence)} ('{firmSpan.Text}')")
        {
            Confidence = Confidence,
            Spans = hedged == pair.A ? [hedgedSpan, firmSpan] : [firmSpan, hedgedSpan],
        };
    }

    /// <summary>A hedge on a word of one claim that the other states without one, the same word or another verb doing the same.</summary>
    private static GovernedWords.Finding? Governed(ClaimPair pair)
        => (pair.SameProposition ? GovernedWords.Find(pair, IsHedge, finite: true) : null)
            ?? (pair.CompatibleAgents && pair.Score >= ClaimPair.PropositionScore ? GovernedWords.FindRephrased(pair, IsHedge, finite: true) : null);

    /// <summary>
    /// The one word by which <paramref name="hedged"/> differs from <paramref name="firm"/>, when it is a hedge
    /// ("the hijackers reportedly had contact" / "the hijackers had contact"): where the governed word is not a verb
    /// the other states, the rest of the wording shows the hedge is all that differs. Null otherwise.
    /// </summary>
    private static int? InsertedHedge(ClaimProfile hedged, ClaimProfile firm)
    {
        var (x, y) = (hedged.Sentence.Words, firm.Sentence.Words);
        if (hedged.End - hedged.First != firm.End - firm.First + 1)
            return null;
        var i = 0;
        while (i < firm.End - firm.First && x[hedged.First + i] == y[firm.First + i])
            i++;
        var at = hedged.First + i;
        if (!IsHedge(hedged, at))
            return null;
        for (var k = i; k < firm.End - firm.First; k++)
        {
            if (x[hedged.First + k + 1] != y[firm.First + k])
                return null;
        }
        return at;
    }

    /// <summary>
    /// Two sentences that differ by one word, inserted in one ("the FBI reportedly concluded" / "the FBI concluded") or
    /// put for another ("that will bring" / "that could bring"): the word's token in each (-1 where it is absent).
    /// Null when they differ otherwise.
    /// </summary>
    private static (int A, int B)? OneWordApart(SentenceProfile a, SentenceProfile b)
    {
        var (x, y) = (a.Words, b.Words);
        if (Math.Abs(x.Length - y.Length) > 1)
            return null;
        var prefix = 0;
        while (prefix < x.Length && prefix < y.Length && x[prefix] == y[prefix])
            prefix++;
        var suffix = 0;
        while (suffix < x.Length - prefix && suffix < y.Length - prefix && x[^(suffix + 1)] == y[^(suffix + 1)])
            suffix++;
        var (da, db) = (x.Length - prefix - suffix, y.Length - prefix - suffix);
        return da + db is 1 or 2 && da <= 1 && db <= 1 ? (da == 1 ? prefix : -1, db == 1 ? prefix : -1) : null;
    }

    private static (DivergenceSpan Hedged, DivergenceSpan Firm) Spans(DivergenceContext context, ClaimProfile hedged, int at, ClaimProfile firm)
    {
        var next = Math.Min(hedged.End - 1, at + 1);
        var firmWord = firm.First + (at - hedged.First);
        return (context.Span(hedged.Sentence, at, next), context.Span(firm.Sentence, Math.Max(firm.First, firmWord - 1), Math.Min(firm.End - 1, firmWord)));
    }

    /// <summary>
    /// The hedge only says the claim is someone's report ("reportedly still owns"): against a claim the other outlet also
    /// gives as someone's report ("the Journal reported that she still owns"), both tell it the same way; not when the
    /// hedged claim is given as a report too ("officials said the board reportedly approved" / "officials said the board approved"). A
    /// claim whose source comes after it ("…, a senior official said") is given as a report too. "Allegedly" is
    /// left out: set against what an inquiry found ("found that he harassed"), it is weaker.
    /// </summary>
    private static bool Hearsay(string hedgeSpan)
        => hedgeSpan.Split(' ', 2)[0].ToLowerInvariant() is "reportedly" or "purportedly";

    /// <summary>
    /// The firm claim is given as someone's belief or allegation ("police allege he opened fire", "the coroner believes he
    /// died Saturday", "Magruder claimed Nixon approved"): hedged by its frame as much as the other by its word.
    /// </summary>
    private static bool ToldAsBelief(ClaimProfile claim)
        => claim.Frame.Any(t => IsBelief(claim.Sentence.Words[t])) || claim.Source is { } quote && IsBelief(quote.Cue.ToLowerInvariant());

    /// <summary>A reporting verb that gives what follows as held or charged rather than known (any form the cue lexicon knows).</summary>
    private static bool IsBelief(string word)
        => CueLexicon.TryGet(word, out var cue) && cue.Lemma is "allege" or "believe" or "claim" or "suspect" or "think" or "speculate" or "fear" or "contend";

    /// <summary>
    /// What one claim says could happen ("the Colts could clinch a berth", "the gunman could be hiding") the other says did
    /// happen, in the past tense ("clinched a spot", "was hiding"): told before and after the fact, not hedged against firm.
    /// A possibility in the past ("could have affected") is still a hedge.
    /// </summary>
    private static bool Foretold(GovernedWords.Finding found)
    {
        var (marked, plain) = (found.Marked, found.Plain);
        var words = marked.Sentence.Words;
        if (words[found.Operator] is not ("could" or "may" or "might" or "can") || found.Operator + 1 < words.Length && words[found.Operator + 1] == "have")
            return false;
        var at = found.PlainWord;
        return plain.Tags[at] == "VBD" || at > 0 && plain.Sentence.Words[at - 1] is "was" or "were" || at > 1 && plain.Sentence.Words[at - 2] is "was" or "were";
    }

    private static bool ToldAsReport(ClaimProfile claim)
        => claim.Frame.Any(t => Lexicon.ReportWords.Contains(claim.Sentence.Words[t]))
            || claim.Source is { } quote && Lexicon.ReportWords.Contains(quote.Cue.ToLowerInvariant());

    private static bool IsHedge(ClaimProfile claim, int i)
        => Lexicon.Hedges.Contains(claim.Sentence.Words[i]) && !claim.Sentence.Dates.Any(d => d.Token == i) && !DeniedIntention(claim.Sentence.Words, i);

    /// <summary>
    /// A plan or a deliberation denied ("has no plans to create", "is not considering a run") says what will not happen:
    /// a denial, not a hedge on what will.
    /// </summary>
    private static bool DeniedIntention(string[] words, int i)
    {
        if (!Lexicon.Intentions.Contains(words[i]))
            return false;
        for (var k = i - 1; k >= Math.Max(0, i - 3); k--)
        {
            if (words[k] is "not" or "n't" or "no" or "never" or "without")
                return true;
            if (words[k] is not ("any" or "immediate" or "current" or "further" or "is" or "are" or "was" or "were" or "has" or "have" or "had" or "been" or "be"))
                return false;
        }
        return false;
    }
}
