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

    /// <summary>An auxiliary, a modal, "to" or an adverb of a verb group ("has been", "could not", "still"): no content verb.</summary>
    public static bool InVerbGroup(string word) => VerbGroup.Contains(word);

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
            if (!isOperator(marked, i) || InPhrase(marked, i) || Governed(marked, i) is not int word)
                continue;
            var concept = concepts[word]!;
            for (var k = plain.First; k < plain.End; k++)
            {
                if (plain.Sentence.Concepts[k] != concept || Marked(plain, k, isOperator) || !Asserted(plain, k, marked, word, i, finite)
                    || !SameObject(marked, word, plain, k) || !SameParticle(marked, word, plain, k))
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
    /// An operator in one claim on a verb whose work the other claim gives to another verb, stated plainly: "could be creating an
    /// inaccurate picture of the state of the pandemic" / "providing the country with an inaccurate picture of the state of the
    /// pandemic". The same things after both verbs make them one proposition, whatever the claims' other words.
    /// </summary>
    public static Finding? FindRephrased(ClaimPair pair, Func<ClaimProfile, int, bool> isOperator, bool finite)
        => FindRephrased(pair.A, pair.B, isOperator, finite) ?? FindRephrased(pair.B, pair.A, isOperator, finite);

    private static Finding? FindRephrased(ClaimProfile marked, ClaimProfile plain, Func<ClaimProfile, int, bool> isOperator, bool finite)
    {
        for (var i = marked.First; i < marked.End; i++)
        {
            if (isOperator(marked, i) && !InPhrase(marked, i) && Governed(marked, i) is int word && RephrasedVerb(marked, word, plain) is int verb
                && !Marked(plain, verb, isOperator) && Asserted(plain, verb, marked, word, i, finite))
                return new Finding(marked, i, word, plain, verb);
        }
        return null;
    }

    /// <summary>
    /// The verb of the plain claim that does to the same things what the governed verb does ("could be creating an inaccurate
    /// picture of the state of the pandemic" / "providing the country with an inaccurate picture of the state of the
    /// pandemic"): another verb, followed by at least <see cref="MinSharedAfter"/> of the same words, the most of any; or null.
    /// </summary>
    private static int? RephrasedVerb(ClaimProfile marked, int word, ClaimProfile plain)
    {
        if (!IsVerb(marked, word) || plain.HasConcept(marked.Sentence.Concepts[word]!))
            return null;
        int? best = null;
        var most = MinSharedAfter - 1;
        for (var k = plain.First; k < plain.End; k++)
        {
            if (IsVerb(plain, k) && !VerbGroup.Contains(plain.Sentence.Words[k]) && SharedAfter(marked, word, plain, k) is var shared && shared > most
                && SameObjectWords(marked, word, plain, k))
                (best, most) = (k, shared);
        }
        return best;
    }

    private static bool IsVerb(ClaimProfile claim, int token) => claim.Tags[token].StartsWith("VB", StringComparison.Ordinal);

    /// <summary>
    /// The two verbs' objects open alike: at least two of the first three content words after each are the same, and the first after the marked verb that is not a figure is among those and not part of a name ("flown out of Kabul airport" / "took off from
    /// Kabul airport" only share a place; "whether he knew Ada Venn was an agent" / "killed the agent Ada Venn" open on a name), and none of them comes after another verb ("charged for allegedly submitting forms" does not put forms after "charged").
    /// </summary>
    private static bool SameObjectWords(ClaimProfile marked, int word, ClaimProfile plain, int plainWord)
    {
        static List<(string Word, bool Value, bool Name)> Opening(ClaimProfile claim, int word)
        {
            var words = new List<(string, bool, bool)>(3);
            for (var i = word + 1; i < claim.End && words.Count < 3; i++)
            {
                var w = claim.Sentence.Words[i];
                if (IsVerb(claim, i) && !VerbGroup.Contains(w))
                    break;
                if (w.Length > 1 && !Lexicon.StopWords.Contains(w))
                    words.Add((w, claim.Sentence.IsValueToken(i), claim.Sentence.EntityAt(i) is not null));
            }
            return words;
        }
        var (x, y) = (Opening(marked, word), Opening(plain, plainWord));
        var shared = x.Select(o => o.Word).Intersect(y.Select(o => o.Word), StringComparer.Ordinal).ToList();
        return shared.Count >= 2 && Leads(x) && !OfAnotherHead(plain, plainWord, shared) && !OfAnotherHead(marked, word, shared);

        bool Leads(List<(string Word, bool Value, bool Name)> opening)
            => opening.FirstOrDefault(o => !o.Value) is { Word: { } first, Name: false } && shared.Contains(first);
    }

    /// <summary>
    /// The verb's object is a noun of its own before "of" that the shared words are not ("released the name of a 66-year-old
    /// woman" / "hit a 66-year-old woman"): the verb acts on the name, not on the woman.
    /// </summary>
    private static bool OfAnotherHead(ClaimProfile claim, int word, List<string> shared)
    {
        var words = claim.Sentence.Words;
        for (var i = word + 1; i + 1 < claim.End && i <= word + 3; i++)
        {
            if (words[i].Length > 1 && !Lexicon.StopWords.Contains(words[i]))
                return claim.Tags[i].StartsWith("NN", StringComparison.Ordinal) && words[i + 1] == "of" && !shared.Contains(words[i]);
        }
        return false;
    }

    /// <summary>
    /// The two words act on one thing: the first content word after each (adverbs skipped: "as soon as" / "as early as")
    /// is the same, or either one's is also in the other claim, or either has none ("did not find evidence of a plot" /
    /// "did find actions that obstruct" do not); two names are one thing only when they are one entity or one word
    /// ("expected to direct New Moon" / "who directed The Golden Compass", though both name the other film).
    /// </summary>
    private static bool SameObject(ClaimProfile marked, int word, ClaimProfile plain, int plainWord)
    {
        var (x, y) = (ObjectOf(marked, word), ObjectOf(plain, plainWord));
        if (x is null || y is null)
            return true;
        if (IsName(marked, x.Value.Token) && IsName(plain, y.Value.Token))
        {
            var (ex, ey) = (marked.Sentence.EntityAt(x.Value.Token), plain.Sentence.EntityAt(y.Value.Token));
            return ex is { Entity: >= 0 } && ey is { Entity: >= 0 } ? ex.Entity == ey.Entity : x.Value.Concept == y.Value.Concept;
        }
        return x.Value.Concept == y.Value.Concept || marked.HasConcept(y.Value.Concept) || plain.HasConcept(x.Value.Concept);
    }

    private static bool IsName(ClaimProfile claim, int token) => claim.Tags[token] is "NNP" or "NNPS";

    /// <summary>
    /// Neither verb has a particle the other lacks: "could set up websites" is not "set their settings", "couldn't finish off
    /// the Colts" not "could stop those", "it could turn out that" not "will turn itself into".
    /// </summary>
    private static bool SameParticle(ClaimProfile marked, int word, ClaimProfile plain, int plainWord)
    {
        static string? ParticleAfter(ClaimProfile claim, int word)
            => word + 1 < claim.Sentence.Words.Length && claim.Tags[word + 1] == "RP" ? claim.Sentence.Words[word + 1] : null;
        static bool Follows(ClaimProfile claim, int word, string particle)
            => word + 1 < claim.Sentence.Words.Length && claim.Sentence.Words[word + 1] == particle;
        var (x, y) = (ParticleAfter(marked, word), ParticleAfter(plain, plainWord));
        return (x is null || Follows(plain, plainWord, x)) && (y is null || Follows(marked, word, y));
    }

    private static (string Concept, int Token)? ObjectOf(ClaimProfile claim, int word)
    {
        for (var i = word + 1; i < Math.Min(claim.End, word + 4); i++)
        {
            if (claim.Sentence.Concepts[i] is { } concept && !claim.Tags[i].StartsWith("RB", StringComparison.Ordinal))
                return (concept, i);
        }
        return null;
    }

    /// <summary>
    /// The word is stated plainly: not denied ("denied paying"), not covered by an operator on a verb it is
    /// coordinated with, not in a denial's "that" clause, and with no denied object ("grants no standing"); for a hedge, a
    /// verb outside an allegation's "that" clause, and not an infinitive, a modal's verb or an -ing form outside a
    /// verb group that does not open its claim ("to avert", "would undermine", "a directive banning", "the launch"; not "…, providing"); for a negation, in the same verb form as the
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
        if (Coordinated(claim, word) || finite && UnderAllegation(claim, word) || UnderNoun(claim, word, DenialNouns) || !finite && DeniedObject(claim, word))
            return false;
        var plainGroup = VerbGroupOf(claim, word, -1);
        if (finite)
        {
            var tag = claim.Tags[word];
            return plainGroup.Count == 0 && tag.StartsWith("VB", StringComparison.Ordinal) && !Lexicon.Hedges.Contains(words[word])
                && !(tag == "VBG" && !BeforeIsBe(claim, word) && !OpensParticipleClause(claim, word))
                && !UnderCondition(claim, word)
                && !(tag == "VB" && !After(claim, word, FirmAuxiliaries))
                && !(tag == "VBN" && !After(claim, word, PerfectOrPassive) && !TakesObject(claim, word));
        }
        return plainGroup.SetEquals(VerbGroupOf(marked, markedWord, op))
            && ((claim.Tags[word] == "VBG") == (marked.Tags[markedWord] == "VBG") || Alleged(claim, word));
    }

    /// <summary>
    /// An -ing form that opens its claim right after a comma, a dash or a conjunction tells what the clause before did ("a bomb
    /// exploded, killing 12", "…, distorting the figures and providing a false picture"); one that opens a claim elsewhere is a
    /// gerund subject ("said impeaching him would divide").
    /// </summary>
    private static bool OpensParticipleClause(ClaimProfile claim, int word)
        => word == claim.First && word > 0 && claim.Tags[word - 1] is "," or ":" or "CC";

    /// <summary>
    /// The word is told under a condition: in an "if" or "unless" clause, before an "if" or "unless" later in its
    /// clause ("may receive up to 20 years if convicted"; a hyphen, <paramref name="joins"/>, does not end the clause), after an
    /// opening clause of "if", "unless" or "without" set off by a comma ("Without the patch, the flaw could let …", "If
    /// convicted, he could face …"), or in a question ("Can you imagine if arson were suspected?").
    /// </summary>
    public static bool Conditional(ClaimProfile claim, int word, Func<int, bool> joins)
    {
        var words = claim.Sentence.Words;
        if (claim.Sentence.Text.TrimEnd().TrimEnd('"', '”', '\'', '’', ')').EndsWith('?'))
            return true;
        if (UnderCondition(claim, word, whether: false) || AfterOpeningCondition(claim, word))
            return true;
        for (var i = word + 1; i < words.Length; i++)
        {
            if (words[i] is "if" or "unless")
                return true;
            if (claim.Tags[i] is "," or ":" or "." && !joins(i))
                return false;
        }
        return false;
    }

    /// <summary>
    /// The clause of the word follows a clause of "if", "unless" or "without" that ends in a comma: the clause before the
    /// word's, back to punctuation or the sentence's start, holds one of them.
    /// </summary>
    private static bool AfterOpeningCondition(ClaimProfile claim, int word)
    {
        var words = claim.Sentence.Words;
        var comma = word - 1;
        while (comma >= 0 && words[comma].Length > 0)
            comma--;
        if (comma < 1 || claim.Tags[comma] != ",")
            return false;
        for (var i = comma - 1; i >= 0 && words[i].Length > 0; i--)
        {
            if (words[i] is "if" or "unless" or "without")
                return true;
        }
        return false;
    }

    /// <summary>The verb stands in an "if", "unless" or "whether" clause ("lives could have been saved if it had acted sooner"): a condition, not a fact.</summary>
    private static bool UnderCondition(ClaimProfile claim, int word, bool whether = true)
    {
        var words = claim.Sentence.Words;
        for (var i = word - 1; i >= Math.Max(0, word - 8); i--)
        {
            if (words[i] is "if" or "unless" || whether && words[i] == "whether")
                return true;
            if (claim.Tags[i] is "," or ":")
                return false;
        }
        return false;
    }

    /// <summary>Auxiliaries that state a bare verb firmly ("will introduce", "did meet"); without one it is an infinitive ("a plan to oust him and replace him").</summary>
    private static readonly HashSet<string> FirmAuxiliaries = ["will", "'ll", "’ll", "shall", "did", "does", "do"];

    /// <summary>Auxiliaries that make a past participle a verb ("has nominated", "was hit"); without one it modifies a noun ("an address delivered from").</summary>
    private static readonly HashSet<string> PerfectOrPassive =
        ["has", "have", "had", "having", "is", "are", "was", "were", "be", "been", "being", "'s", "’s", "'re", "’re", "'ve", "’ve", "get", "got", "gets"];

    /// <summary>A noun phrase follows the verb: a past participle with an object is a past tense the tagger misread ("the operation used every platform").</summary>
    public static bool TakesObject(ClaimProfile claim, int word)
        => word + 1 < claim.End && !claim.Sentence.IsValueToken(word + 1)
            && (claim.Tags[word + 1] is "DT" or "PRP$" or "CD" || claim.Tags[word + 1].StartsWith("NN", StringComparison.Ordinal));

    /// <summary>One of the auxiliaries stands in the three tokens before the word.</summary>
    private static bool After(ClaimProfile claim, int word, HashSet<string> auxiliaries)
    {
        for (var i = Math.Max(claim.First, word - 3); i < word; i++)
        {
            if (auxiliaries.Contains(claim.Sentence.Words[i]))
                return true;
        }
        return false;
    }

    /// <summary>Nouns whose "that" clause tells an act as others allege it ("over accusations that he told Iran").</summary>
    private static readonly HashSet<string> AllegationNouns =
        ["accusation", "accusations", "allegation", "allegations", "claim", "claims", "report", "reports", "rumor", "rumors", "rumour", "rumours",
            "suspicion", "suspicions", "charge", "charges", "speculation", "fears", "concerns"];

    /// <summary>Nouns whose "that" clause is denied ("issued a denial Sunday that he asked").</summary>
    private static readonly HashSet<string> DenialNouns = ["denial", "denials", "denied", "denies", "deny", "denying"];

    /// <summary>The word is in the "that" clause of an allegation noun a few words before it.</summary>
    private static bool UnderAllegation(ClaimProfile claim, int word) => UnderNoun(claim, word, AllegationNouns);

    /// <summary>
    /// The word is in a "that" clause a few words after one of the words, in the same clause (a date may stand between: "a
    /// denial Sunday that"; the clause's subject too: "reports that as many as 50 people were killed").
    /// </summary>
    private static bool UnderNoun(ClaimProfile claim, int word, HashSet<string> nouns)
    {
        var words = claim.Sentence.Words;
        for (var i = word - 1; i > 0 && i >= word - 9; i--)
        {
            if (words[i] == "that" && (nouns.Contains(words[i - 1]) || i > 1 && nouns.Contains(words[i - 2]) && claim.Sentence.Dates.Any(d => d.Token == i - 1)))
                return true;
            if (claim.Tags[i] is "," or ":")
                return false;
        }
        return false;
    }

    /// <summary>The verb's object is denied ("grants the House no standing"): the claim is negative too.</summary>
    private static bool DeniedObject(ClaimProfile claim, int word)
    {
        for (var i = word + 1; i < Math.Min(claim.End, word + 6); i++)
        {
            if (claim.Sentence.Words[i] is "no" or "nothing" or "none")
                return true;
        }
        return false;
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
        var markedWords = marked.Sentence.Words;
        var plainWords = plain.Sentence.Words;
        var plainCount = Math.Max(0, Math.Min(plain.End, plainWord + 1 + AfterWindow) - plainWord - 1);
        var shared = 0;
        for (var i = word + 1; i < Math.Min(marked.End, word + 1 + AfterWindow); i++)
        {
            var w = markedWords[i];
            if (w.Length > 1 && !Lexicon.StopWords.Contains(w) && Array.IndexOf(markedWords, w, word + 1, i - word - 1) < 0
                && Array.IndexOf(plainWords, w, plainWord + 1, plainCount) >= 0)
                shared++;
        }
        return shared;
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

    /// <summary>
    /// The operator opens a phrase after a preposition ("criticism for not having visited", "worried about possibly
    /// losing"): it names a reason or a worry, not what the claim states.
    /// </summary>
    private static bool InPhrase(ClaimProfile claim, int op)
        => op > 0 && claim.Sentence.Words[op - 1] is "for" or "of" or "about" or "over" or "without" or "despite" or "by";

    /// <summary>The content word an operator at <paramref name="op"/> governs (past an adverb on a verb), or null.</summary>
    private static int? Governed(ClaimProfile claim, int op)
    {
        var p = claim.Sentence;
        for (int j = op + 1, n = 0; j < claim.End && n < Reach; j++, n++)
        {
            if (p.Concepts[j] is not null && !VerbGroup.Contains(p.Words[j]) && !AdverbBeforeVerb(claim, j))
                return j;
            if (p.Words[j].Length == 0)
                return null;
        }
        return null;
    }

    /// <summary>
    /// An adverb on the verb right after it ("plans to formally nominate"): the operator governs the verb; not a negative
    /// adverb, which the operator itself governs ("not barely mentioned").
    /// </summary>
    private static bool AdverbBeforeVerb(ClaimProfile claim, int token)
        => claim.Tags[token].StartsWith("RB", StringComparison.Ordinal) && !Negative.Contains(claim.Sentence.Words[token])
            && token + 1 < claim.End && IsVerb(claim, token + 1);

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
