using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>
/// Finds an operator (a negator, a hedge) in one claim that governs a word the other claim states
/// without it: the operator's word is the next content word after it, skipping auxiliaries and
/// "to" ("did not [withdraw]", "is considering [closing]", "may not [be] [ready]"); the other claim has
/// the same word with no such operator before it; and the two words stand for the same proposition:
/// the claims are worded nearly alike, or share their event, or the content word before the operator
/// matches the one before the other claim's word.
/// </summary>
internal static class GovernedWords
{
    private const int Reach = 4;

    /// <summary>Claims this similar say the same thing in nearly the same words: any shared word is the same proposition.</summary>
    private const double SameWording = 0.8;

    private static readonly HashSet<string> VerbGroup =
    [
        "to", "be", "been", "being", "is", "are", "was", "were", "am", "have", "has", "had", "do", "does", "did", "will", "would",
        "shall", "should", "can", "could", "may", "might", "must", "not", "n't", "n’t", "ever", "yet", "also", "still", "even",
    ];

    public sealed record Finding(ClaimProfile Marked, int Operator, int Word, ClaimProfile Plain, int PlainWord);

    /// <param name="pair">The two claims.</param>
    /// <param name="isOperator">Whether a token of a claim is the operator.</param>
    /// <param name="finite">When true the plain word must be stated, not an infinitive or a gerund after a preposition.</param>
    public static Finding? Find(ClaimPair pair, Func<ClaimProfile, int, bool> isOperator, bool finite)
        => Find(pair.A, pair.B, pair, isOperator, finite, deniedOnly: false) ?? Find(pair.B, pair.A, pair, isOperator, finite, deniedOnly: false);

    /// <summary>
    /// An operator in one claim on an act the other states as alleged ("reportedly discussing"), with the same words after
    /// both: the denial of that act, whether or not the claims were found to state one proposition.
    /// </summary>
    public static Finding? FindDenial(ClaimPair pair, Func<ClaimProfile, int, bool> isOperator)
        => Find(pair.A, pair.B, pair, isOperator, finite: false, deniedOnly: true) ?? Find(pair.B, pair.A, pair, isOperator, finite: false, deniedOnly: true);

    private static Finding? Find(ClaimProfile marked, ClaimProfile plain, ClaimPair pair, Func<ClaimProfile, int, bool> isOperator, bool finite, bool deniedOnly)
    {
        var concepts = marked.Sentence.Concepts;
        for (var i = marked.First; i < marked.End; i++)
        {
            if (!isOperator(marked, i) || Governed(marked, i) is not int word)
                continue;
            var concept = concepts[word]!;
            for (var k = plain.First; k < plain.End; k++)
            {
                if (plain.Sentence.Concepts[k] != concept || Marked(plain, k, isOperator) || !Asserted(plain, k, marked, word, i, finite)
                    || !SameObject(marked, word, plain, k))
                    continue;
                var denied = !finite && Alleged(plain, k) && SharedAfter(marked, word, plain, k) >= MinSharedAfter;
                if (denied || !deniedOnly && (pair.Score >= SameWording
                    || pair.SameEvent && (marked.EventToken == word || plain.EventToken == k || plain.EventConcept == concept || marked.EventConcept == concept)
                    || SameLeft(marked, i, plain, k)))
                    return new Finding(marked, i, word, plain, k);
            }
        }
        return null;
    }

    /// <summary>
    /// The two words act on one thing: the first content word after each (adverbs skipped: "as soon as" / "as early as")
    /// is the same, or either one's is also in the other claim, or either has none ("did not find evidence of a plot" /
    /// "did find actions that obstruct" do not).
    /// </summary>
    private static bool SameObject(ClaimProfile marked, int word, ClaimProfile plain, int plainWord)
    {
        var (x, y) = (ObjectOf(marked, word), ObjectOf(plain, plainWord));
        return x is null || y is null || x == y || marked.HasConcept(y) || plain.HasConcept(x);
    }

    private static string? ObjectOf(ClaimProfile claim, int word)
    {
        for (var i = word + 1; i < Math.Min(claim.End, word + 4); i++)
        {
            if (claim.Sentence.Concepts[i] is { } concept && !claim.Tags[i].StartsWith("RB", StringComparison.Ordinal))
                return concept;
        }
        return null;
    }

    /// <summary>
    /// The word is stated plainly: not denied ("denied paying"), not covered by an operator on a verb it is
    /// coordinated with; for a hedge, a verb, and not an infinitive, a modal's verb or an -ing form outside a
    /// verb group ("to avert", "would undermine", "a directive banning", "the launch"); for a negation, in the same verb form as the
    /// negated word ("could not end" / "could end", not "never met" / "upon meeting").
    /// </summary>
    private static bool Asserted(ClaimProfile claim, int word, ClaimProfile marked, int markedWord, int op, bool finite)
    {
        var words = claim.Sentence.Words;
        for (var i = Math.Max(claim.First, word - 3); i < word; i++)
        {
            if (Negative.Contains(words[i]))
                return false;
        }
        if (Coordinated(claim, word))
            return false;
        var plainGroup = VerbGroupOf(claim, word, -1);
        if (finite)
            return plainGroup.Count == 0 && claim.Tags[word].StartsWith("VB", StringComparison.Ordinal) && !(claim.Tags[word] == "VBG" && !BeforeIsBe(claim, word));
        return plainGroup.SetEquals(VerbGroupOf(marked, markedWord, op))
            && ((claim.Tags[word] == "VBG") == (marked.Tags[markedWord] == "VBG") || Alleged(claim, word));
    }

    /// <summary>Adverbs that state an act as alleged: "for reportedly discussing" asserts the act as others tell it, where "upon discussing" only sets a time.</summary>
    private static readonly HashSet<string> Allegations = ["reportedly", "allegedly", "purportedly", "supposedly"];

    /// <summary>Content words after an alleged act that its denial must repeat to deny the same act ("discussing troop movements with the minister").</summary>
    private const int MinSharedAfter = 3;

    private const int AfterWindow = 12;

    /// <summary>The word is an act stated as alleged: an allegation adverb stands right before it.</summary>
    private static bool Alleged(ClaimProfile claim, int word)
        => word > claim.First && Allegations.Contains(claim.Sentence.Words[word - 1]);

    /// <summary>
    /// How many content words of the few after the plain word also follow the governed word: they act on the same things.
    /// Words, not concepts: a phrase one article resolves to a person ("Iran's foreign minister, Zarif") keeps its words.
    /// </summary>
    private static int SharedAfter(ClaimProfile marked, int word, ClaimProfile plain, int plainWord)
    {
        static HashSet<string> After(ClaimProfile claim, int word)
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            for (var i = word + 1; i < Math.Min(claim.End, word + 1 + AfterWindow); i++)
            {
                var w = claim.Sentence.Words[i];
                if (w.Length > 1 && !Lexicon.StopWords.Contains(w))
                    words.Add(w);
            }
            return words;
        }
        var shared = After(marked, word);
        shared.IntersectWith(After(plain, plainWord));
        return shared.Count;
    }

    /// <summary>The modals and "to" in the three tokens before a word (the operator's own token left out).</summary>
    private static HashSet<string> VerbGroupOf(ClaimProfile claim, int word, int skip)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        for (var i = Math.Max(claim.First, word - 3); i < word; i++)
        {
            if (i != skip && (Modals.Contains(claim.Sentence.Words[i]) || claim.Sentence.Words[i] == "to"))
                result.Add(claim.Sentence.Words[i]);
        }
        return result;
    }

    private static bool BeforeIsBe(ClaimProfile claim, int word)
        => Enumerable.Range(Math.Max(claim.First, word - 2), word - Math.Max(claim.First, word - 2))
            .Any(i => claim.Sentence.Words[i] is "is" or "are" or "was" or "were" or "be" or "been" or "'s" or "'re" or "am");

    /// <summary>Words that deny what follows them, so the word after is not stated plainly ("denied paying").</summary>
    private static readonly HashSet<string> Negative =
        ["not", "n't", "n’t", "never", "no", "denied", "denies", "deny", "refused", "refuses", "rejected", "without", "barely", "hardly"];

    /// <summary>Modal verbs: a word after one is not stated firmly ("would undermine", "can shoot").</summary>
    private static readonly HashSet<string> Modals = ["would", "could", "can", "might", "may", "should", "must"];

    /// <summary>
    /// The word is the second of coordinated verbs whose first is governed by an operator or modal
    /// ("hasn't been invited or spoken", "could cost trillions and put millions at risk"): the operator covers it too.
    /// </summary>
    private static bool Coordinated(ClaimProfile claim, int word)
    {
        var words = claim.Sentence.Words;
        var conjunction = -1;
        for (var i = word - 1; i >= 0 && i >= word - 12; i--)
        {
            if (words[i].Length == 0 && conjunction < 0)
                return false;
            if (conjunction < 0 && words[i] is "and" or "or" or "nor")
                conjunction = i;
            else if (conjunction >= 0 && (Negative.Contains(words[i]) || Modals.Contains(words[i]) || Lexicon.Hedges.Contains(words[i])))
                return true;
        }
        return false;
    }

    /// <summary>The content word an operator at <paramref name="op"/> governs, or null.</summary>
    private static int? Governed(ClaimProfile claim, int op)
    {
        var p = claim.Sentence;
        for (int j = op + 1, n = 0; j < claim.End && n < Reach; j++, n++)
        {
            if (p.Concepts[j] is not null && !VerbGroup.Contains(p.Words[j]))
                return j;
            if (p.Words[j].Length == 0)
                return null;
        }
        return null;
    }

    /// <summary>True when an operator stands shortly before the word at <paramref name="word"/>.</summary>
    private static bool Marked(ClaimProfile claim, int word, Func<ClaimProfile, int, bool> isOperator)
    {
        for (var i = Math.Max(claim.First, word - Reach - 2); i < word; i++)
        {
            if (isOperator(claim, i))
                return true;
        }
        return false;
    }

    /// <summary>The nearest content word before the operator and before the plain word is the same.</summary>
    private static bool SameLeft(ClaimProfile marked, int op, ClaimProfile plain, int word)
    {
        var left = ConceptBefore(marked, op);
        return left is not null && left == ConceptBefore(plain, word);
    }

    private static string? ConceptBefore(ClaimProfile claim, int token)
    {
        for (var i = token - 1; i >= claim.First; i--)
        {
            if (claim.Sentence.Concepts[i] is { } c && !Lexicon.Hedges.Contains(claim.Sentence.Words[i]))
                return c;
        }
        return null;
    }
}
