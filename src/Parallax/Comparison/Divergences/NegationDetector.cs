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

    /// <summary>
    /// Negators, with the contractions informal text writes without an apostrophe ("cant", "didnt"): a negation all the same.
    /// </summary>
    private static readonly FrozenSet<string> Negators = FrozenSet.ToFrozenSet(
        ["not", "n't", "n’t", "never", "no", "nor", "neither", "refused", "refuses", "declined", "declines", "failed", "fails",
            "cant", "dont", "didnt", "doesnt", "isnt", "wasnt", "werent", "arent", "hasnt", "havent", "hadnt", "couldnt", "wouldnt",
            "shouldnt", "wont"],
        StringComparer.Ordinal);

    protected override Divergence? Between(DivergenceContext context, ClaimPair pair)
    {
        static bool IsNegator(ClaimProfile claim, int i) => NegatingTokens(claim)[i];
        var found = pair.SameProposition ? GovernedWords.Find(pair, IsNegator, finite: false)
            : pair.CompatibleAgents ? GovernedWords.FindDenial(pair, IsNegator) : null;
        if (found is null)
            return null;
        var (negated, asserted) = (found.Marked, found.Plain);
        if (NegatedNearBy(asserted.Sentence, found.PlainWord, negated.Sentence.Words[found.Operator]) || NegatedInClause(asserted.Sentence, found.PlainWord)
            || negated.Sentence.Words[found.Operator] == "no" && SubjectNegatedAfter(asserted, found.PlainWord) || !SameWordClass(negated, found.Word, asserted, found.PlainWord)
            || OtherPredicate(negated, found.Operator, asserted, found.PlainWord) || DifferentSources(context, negated, asserted)
            || RolesSwapped(negated, found.Operator, asserted, found.PlainWord) || RolesSwapped(asserted, found.PlainWord, negated, found.Word))
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
    /// The one who does it in one claim is the one it is done to in the other ("Berg did not meet them" / "Ruiz said she met
    /// with Berg"): two acts, not one denied. The doer is the named person or organisation closest before the verb, with no
    /// other verb between; in the other claim it stands only after the verb.
    /// </summary>
    private static bool RolesSwapped(ClaimProfile claim, int verb, ClaimProfile other, int otherVerb)
    {
        if (Doer(claim, verb) is not int doer)
            return false;
        var places = other.Entities.Where(o => o.Entity == doer).Select(o => o.Token).ToList();
        return places.Count > 0 && places.All(t => t > otherVerb);
    }

    private static int? Doer(ClaimProfile claim, int verb)
    {
        for (var i = verb - 1; i >= claim.First; i--)
        {
            if (claim.Sentence.EntityAt(i) is { Entity: >= 0, Mention: { Kind: MentionKind.Name, Type: EntityType.Person or EntityType.Org } } o)
                return o.Entity;
            if (claim.Tags[i].StartsWith("VB", StringComparison.Ordinal) && !GovernedWords.InVerbGroup(claim.Sentence.Words[i]) || claim.Sentence.Words[i].Length == 0)
                return null;
        }
        return null;
    }

    /// <summary>
    /// Both claims are someone's words, and not the same one's ("she claimed the shootings didn't happen" / "police say the
    /// shootings happened"): two sources disagree, which both outlets may report; no outlet denies what the other states.
    /// </summary>
    private static bool DifferentSources(DivergenceContext context, ClaimProfile a, ClaimProfile b)
    {
        if (a.Source is null || b.Source is null)
            return false;
        if (a.SourceEntity >= 0 && b.SourceEntity >= 0)
            return a.SourceEntity != b.SourceEntity && !SourceNames.Same(context.Entities.Entities[a.SourceEntity], context.Entities.Entities[b.SourceEntity]);
        var (x, y) = (NameWords(context, a), NameWords(context, b));
        return x.Count > 0 && y.Count > 0 && !x.Overlaps(y);
    }

    /// <summary>The words of the source's name, or of the speaker's words where the story made no entity of them ("Senate Minority Leader Mitch McConnell").</summary>
    private static HashSet<string> NameWords(DivergenceContext context, ClaimProfile claim)
    {
        var name = claim.SourceEntity >= 0 ? context.Entities.Entities[claim.SourceEntity].Name : claim.Source!.Speaker.Text;
        return SourceNames.Words(name).Where(w => w.Length > 2).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Per token of the claim's sentence, whether it negates what it governs; read once per sentence (a claim meets many others).</summary>
    private static bool[] NegatingTokens(ClaimProfile claim)
    {
        if (claim.Sentence.NegatorTokens is { } read)
            return read;
        var words = claim.Sentence.Words;
        var negators = new bool[words.Length];
        for (var i = 0; i < words.Length; i++)
            negators[i] = IsNegatorAt(claim, i) && !Additive(words, i);
        return claim.Sentence.NegatorTokens = negators;
    }

    /// <summary>
    /// A negator at the token: "failed" and "refused" only before "to" ("failed to stop", not "the cables failed in the sea");
    /// "neither" and "nor" only before a verb (before a noun they join the doers of a verb they do not negate by themselves:
    /// "neither he nor his lawyer ever claimed"); and the "t" of a contraction written apart ("didn ’ t").
    /// </summary>
    private static bool IsNegatorAt(ClaimProfile claim, int i)
    {
        var words = claim.Sentence.Words;
        if (SplitContraction(words, i))
            return true;
        if (!Negators.Contains(words[i]))
            return false;
        var next = i + 1 < words.Length ? words[i + 1] : "";
        if (words[i] is "failed" or "fails" or "refused" or "refuses" or "declined" or "declines")
            return next == "to";
        if (words[i] is "neither" or "nor")
            return i + 1 < claim.Tags.Length && !claim.Tags[i + 1].StartsWith("NN", StringComparison.Ordinal)
                && !claim.Tags[i + 1].StartsWith("DT", StringComparison.Ordinal) && !claim.Tags[i + 1].StartsWith("PRP", StringComparison.Ordinal);
        return true;
    }

    /// <summary>The "t" of "didn ’ t" or "hadn't" split into three tokens: the apostrophe (no word) after a word ending in "n".</summary>
    private static bool SplitContraction(string[] words, int i)
        => words[i] == "t" && i >= 2 && words[i - 1].Length == 0 && words[i - 2].EndsWith('n');

    /// <summary>
    /// Against "no" on a noun ("no gun has been recovered"), the plain word is in a noun phrase whose verb is negated after it
    /// ("the gun has not been recovered"): both claims deny it.
    /// </summary>
    private static bool SubjectNegatedAfter(ClaimProfile claim, int word)
    {
        var words = claim.Sentence.Words;
        for (var i = word + 1; i < Math.Min(words.Length, word + 6); i++)
        {
            if (SplitContraction(words, i) || Negators.Contains(words[i]))
                return true;
            if (words[i].Length == 0 && !(i + 1 < words.Length && SplitContraction(words, i + 1)))
                return false;
        }
        return false;
    }

    /// <summary>
    /// The negated word and the plain word are of one class (verbs, nouns, adjectives): "he didn't leak" does not deny "an
    /// inquiry into the leak".
    /// </summary>
    private static bool SameWordClass(ClaimProfile negated, int word, ClaimProfile asserted, int plainWord)
        => WordClass(negated.Tags[word]) == WordClass(asserted.Tags[plainWord]);

    private static char WordClass(string tag) => tag.Length > 0 && tag[0] is 'V' or 'N' or 'J' ? tag[0] : 'O';

    /// <summary>
    /// A negated description and a plain one said through different verbs ("pleaded not guilty" / "was found guilty"): a plea
    /// and a verdict, not one fact and its denial.
    /// </summary>
    private static bool OtherPredicate(ClaimProfile negated, int op, ClaimProfile asserted, int plainWord)
    {
        if (!negated.Tags[op + 1 < negated.Tags.Length ? op + 1 : op].StartsWith("JJ", StringComparison.Ordinal)
            || !asserted.Tags[plainWord].StartsWith("JJ", StringComparison.Ordinal))
            return false;
        var (x, y) = (VerbBefore(negated, op), VerbBefore(asserted, plainWord));
        return x is int a && y is int b && negated.Sentence.Concepts[a] != asserted.Sentence.Concepts[b];
    }

    private static int? VerbBefore(ClaimProfile claim, int token)
    {
        for (var i = token - 1; i >= Math.Max(0, token - 3); i--)
        {
            var w = claim.Sentence.Words[i];
            if (claim.Tags[i].StartsWith("VB", StringComparison.Ordinal) && !GovernedWords.InVerbGroup(w))
                return i;
            if (!GovernedWords.InVerbGroup(w) && !Negators.Contains(w) && !claim.Tags[i].StartsWith("RB", StringComparison.Ordinal))
                return null;
        }
        return null;
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
            if (SplitContraction(sentence.Words, i))
                return true;
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
