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

    /// <summary>Whether a token of the sentence is printed as a dash (the profile's words hold every mark as "").</summary>
    private static Func<int, bool> Dashes(DivergenceContext context, SentenceProfile sentence) => t => context.RawWord(sentence, t) is "-" or "–";

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
            if (Foretold(found) || PlanBorneOut(found) || DoerOnlyHedged(found) || OtherCounts(found) || UnderHedge(found.Plain, found.PlainWord)
                || GovernedWords.Conditional(found.Marked, found.Word, Dashes(context, found.Marked.Sentence))
                || OnSuperlative(found) || HedgedAlike(found) || OnManner(found) || OfPurpose(found) || UnderRisk(found.Plain, found.PlainWord) || OtherAct(found))
                return null;
            (hedged, firm) = (found.Marked, found.Plain);
            hedgedSpan = context.Span(hedged.Sentence, found.Operator, found.Word);
            firmSpan = context.Span(firm.Sentence, Math.Max(firm.First, found.PlainWord - 1), found.PlainWord);
        }
        else if (!pair.SameProposition)
        {
            return null;
        }
        else if (OpeningHedge(pair.A, pair.B) is var aOpens && (aOpens || OpeningHedge(pair.B, pair.A)))
        {
            (hedged, firm) = aOpens ? (pair.A, pair.B) : (pair.B, pair.A);
            hedgedSpan = context.Span(hedged.Sentence, 0, 0);
            var word = firm.EventToken >= firm.First ? firm.EventToken : firm.First;
            firmSpan = context.Span(firm.Sentence, word, word);
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
        if (Hearsay(hedgedSpan.Text) && ToldAsReport(firm) && !ToldAsReport(hedged) || ToldAsBelief(firm) || ImpersonalBelief(firm))
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
    /// The hedged claim's sentence opens with a hedging adverb set off by a comma that stands over all its clauses ("Reportedly, he
    /// made … and had been under investigation"), outside the claim, and neither claim holds a hedge of its own while the firm
    /// claim's sentence opens with none.
    /// </summary>
    private static bool OpeningHedge(ClaimProfile hedged, ClaimProfile firm)
        => hedged.First > 1 && OpensWithHedge(hedged) && !OpensWithHedge(firm) && !HoldsHedge(hedged) && !HoldsHedge(firm);

    private static bool OpensWithHedge(ClaimProfile claim)
    {
        var words = claim.Sentence.Words;
        return words.Length > 2 && words[0].EndsWith("ly", StringComparison.Ordinal) && Lexicon.Hedges.Contains(words[0]) && words[1].Length == 0;
    }

    private static bool HoldsHedge(ClaimProfile claim)
    {
        for (var i = claim.First; i < claim.End; i++)
        {
            if (IsHedge(claim, i))
                return true;
        }
        return false;
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
    /// A plan told in the past perfect ("had long planned to leave") against the same act told as what will be ("will leave the
    /// agency by June"): the earlier plan is borne out by the later word, not hedged against it.
    /// </summary>
    private static bool PlanBorneOut(GovernedWords.Finding found)
        => found.Marked.Sentence.Words[found.Operator] == "planned"
            && AuxiliaryBefore(found.Marked, found.Operator, w => w == "had") && AuxiliaryBefore(found.Plain, found.PlainWord, w => w is "will" or "'ll")
            || PlanUnderWay(found);

    /// <summary>
    /// A plan ("plans to turn its attention to …") against the same act in the progressive ("is now turning its attention to",
    /// "was “returning to social media in two or three months”"), which English uses for what is arranged to happen: both tell
    /// the same intention, neither is firmer.
    /// </summary>
    private static bool PlanUnderWay(GovernedWords.Finding found)
    {
        if (found.Marked.Sentence.Words[found.Operator] is not ("plans" or "plan" or "planning" or "intends" or "intend" or "intending")
            || found.Plain.Tags[found.PlainWord] != "VBG")
            return false;
        var words = found.Plain.Sentence.Words;
        var before = found.PlainWord - 1;
        while (before >= 0 && (words[before].Length == 0 || found.Plain.Tags[before].StartsWith("RB", StringComparison.Ordinal)))
            before--;
        return before >= 0 && words[before] is "is" or "are" or "am" or "'s" or "'re" or "was" or "were";
    }

    /// <summary>The word before the token, or the one before an adverb there ("had long planned"), is such an auxiliary.</summary>
    private static bool AuxiliaryBefore(ClaimProfile claim, int token, Func<string, bool> auxiliary)
    {
        var words = claim.Sentence.Words;
        return token > 0 && auxiliary(words[token - 1])
            || token > 1 && claim.Tags[token - 1].StartsWith("RB", StringComparison.Ordinal) && auxiliary(words[token - 2]);
    }

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

    /// <summary>
    /// A superlative between the hedge and its word ("may be best known for"): what is hedged is the ranking, not the fact the
    /// other claim states ("is known for").
    /// </summary>
    private static bool OnSuperlative(GovernedWords.Finding found)
    {
        for (var i = found.Operator + 1; i <= found.Word; i++)
        {
            if (found.Marked.Tags[i] is "JJS" or "RBS" || found.Marked.Sentence.Words[i] is "best" or "most" or "least")
                return true;
        }
        return false;
    }

    /// <summary>
    /// The firm claim carries the same hedge on a word of the hedged claim ("was burned by suspected arson" / "arson is
    /// suspected in the burning"): both tell the arson as suspected. Not on another word ("the alleged gunman's brother").
    /// </summary>
    private static bool HedgedAlike(GovernedWords.Finding found)
    {
        var (plain, concepts) = (found.Plain, found.Plain.Sentence.Concepts);
        if (found.Marked.Sentence.Concepts[found.Operator] is not { } hedge)
            return false;
        for (var i = plain.First; i + 1 < plain.End; i++)
        {
            if (concepts[i] == hedge && concepts[i + 1] is { } hedgedThing && found.Marked.HasConcept(hedgedThing))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The hedged verb is followed by a manner adverb the firm claim lacks, ending its clause or before a preposition ("probably
    /// died instantly" / "was killed"): the hedge is on how it happened, not on whether.
    /// </summary>
    private static bool OnManner(GovernedWords.Finding found)
    {
        var (marked, next) = (found.Marked, found.Word + 1);
        if (next >= marked.End || marked.Tags[next] != "RB" || marked.Sentence.Words[next] is not { Length: > 4 } adverb || !adverb.EndsWith("ly", StringComparison.Ordinal))
            return false;
        if (next + 1 < marked.End && !(marked.Tags[next + 1] is "IN" or "," or "." or ":" || marked.Sentence.Words[next + 1].Length == 0))
            return false; // "plans to send roughly 4 million doses": the adverb is the figure's
        return marked.Sentence.Concepts[next] is not { } concept || !found.Plain.HasConcept(concept);
    }

    /// <summary>
    /// The modal says what an act was meant to make possible ("was waiting so it could ship", "in order that they might"):
    /// a purpose, not a hedge on the act the other claim states.
    /// </summary>
    private static bool OfPurpose(GovernedWords.Finding found)
    {
        var words = found.Marked.Sentence.Words;
        for (var i = found.Operator - 1; i >= Math.Max(0, found.Operator - 4) && words[i].Length > 0; i--)
        {
            if (words[i] == "so" || words[i] == "order" && i > 0 && words[i - 1] == "in")
                return true;
        }
        return false;
    }

    /// <summary>
    /// Both verbs let or make someone do something, and not the same thing ("could allow Congress to void them" / "allows
    /// Congress to review new regulations"): the verbs after "to" differ, neither claim has the other's, and nothing they act
    /// on is shared ("to gain access to computers" / "to take control of computers" may be one act).
    /// </summary>
    private static bool OtherAct(GovernedWords.Finding found)
    {
        if (ActAfter(found.Marked, found.Word) is not int x || ActAfter(found.Plain, found.PlainWord) is not int y)
            return false;
        var (cx, cy) = (found.Marked.Sentence.Concepts[x]!, found.Plain.Sentence.Concepts[y]!);
        if (cx == cy || found.Marked.HasConcept(cy) || found.Plain.HasConcept(cx))
            return false;
        return !ConceptsAfter(found.Marked, x).Overlaps(ConceptsAfter(found.Plain, y));
    }

    /// <summary>The first verb after "to" in the few words after the verb ("allow Congress to [void]"), or null.</summary>
    private static int? ActAfter(ClaimProfile claim, int word)
    {
        var words = claim.Sentence.Words;
        for (var i = word + 1; i + 1 < Math.Min(claim.End, word + 6) && words[i].Length > 0; i++)
        {
            if (words[i] == "to" && claim.Tags[i + 1] == "VB" && claim.Sentence.Concepts[i + 1] is not null)
                return i + 1;
        }
        return null;
    }

    private static HashSet<string> ConceptsAfter(ClaimProfile claim, int word)
    {
        var concepts = new HashSet<string>(StringComparer.Ordinal);
        for (var i = word + 1; i < Math.Min(claim.End, word + 8); i++)
        {
            if (claim.Sentence.Concepts[i] is { } concept)
                concepts.Add(concept);
        }
        return concepts;
    }

    /// <summary>Nouns that, before "of", tell what follows as a risk or a chance ("in danger of having their computers infected").</summary>
    private static readonly HashSet<string> RiskNouns =
        ["danger", "risk", "risks", "threat", "threats", "chance", "chances", "possibility", "likelihood", "prospect", "prospects", "fear", "fears"];

    /// <summary>The firm word is told as a risk ("users are in danger of having their computers infected"): no firmer than the hedge.</summary>
    private static bool UnderRisk(ClaimProfile claim, int word)
    {
        var words = claim.Sentence.Words;
        for (var i = word - 1; i >= Math.Max(1, word - 6) && words[i].Length > 0; i--)
        {
            if (words[i] == "of" && RiskNouns.Contains(words[i - 1]))
                return true;
        }
        return false;
    }

    /// <summary>Past participles that, after "it is", give what follows as held rather than known ("it is thought the lines were cut").</summary>
    private static readonly HashSet<string> ImpersonalBeliefs =
        ["thought", "believed", "understood", "feared", "alleged", "suspected", "claimed", "rumored", "rumoured", "said", "reported", "estimated"];

    /// <summary>
    /// The firm claim stands after an impersonal frame of belief or hearsay ("It is thought the three lines have all been cut",
    /// "it was feared that"): hedged by that frame, with no one named as its source.
    /// </summary>
    private static bool ImpersonalBelief(ClaimProfile claim)
    {
        var words = claim.Sentence.Words;
        for (var i = 0; i + 2 < Math.Min(words.Length, claim.End); i++)
        {
            if (words[i] == "it" && words[i + 1] is "is" or "was" or "'s" or "’s" && ImpersonalBeliefs.Contains(words[i + 2]))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The hedge alleges what someone did ("the driver allegedly hit a woman") and the other claim only says it was done, naming
    /// no doer ("the woman was hit", "was hit by a car"): what is hedged is who did it, which the other claim does not state. A plan or a
    /// possibility ("plans to cut 300 jobs" / "300 jobs will be cut") hedges the act itself.
    /// </summary>
    private static bool DoerOnlyHedged(GovernedWords.Finding found)
    {
        var (marked, plain) = (found.Marked, found.Plain);
        if (marked.Sentence.Words[found.Operator] is not ("allegedly" or "purportedly" or "supposedly") || !marked.Tags[found.Word].StartsWith("VB", StringComparison.Ordinal) || marked.Tags[found.Word] == "VBN" && !GovernedWords.TakesObject(marked, found.Word) || AfterBe(marked, found.Word))
            return false;
        if (plain.Tags[found.PlainWord] != "VBN" || !AfterBe(plain, found.PlainWord))
            return false;
        for (var i = found.PlainWord + 1; i < Math.Min(plain.End, found.PlainWord + 5); i++)
        {
            if (plain.Sentence.Words[i] == "by")
                return !NamesDoer(plain, i + 1, marked, found.Operator);
        }
        return true;
    }

    /// <summary>
    /// The "by" phrase from <paramref name="from"/> names someone: a name, a pronoun, or a word of the hedged claim's doer
    /// ("by Berg", "by him", "by the driver" against "the driver allegedly hit"; not "by a car").
    /// </summary>
    private static bool NamesDoer(ClaimProfile plain, int from, ClaimProfile marked, int op)
    {
        for (var i = from; i < Math.Min(plain.End, from + 3) && plain.Sentence.Words[i].Length > 0; i++)
        {
            if (plain.Tags[i] is "NNP" or "NNPS" or "PRP" || plain.Sentence.EntityAt(i) is { Mention.Type: EntityType.Person or EntityType.Org })
                return true;
            if (plain.Tags[i].StartsWith("NN", StringComparison.Ordinal) && Array.IndexOf(marked.Sentence.Words, plain.Sentence.Words[i], marked.First, op - marked.First) >= 0)
                return true;
        }
        return false;
    }

    private static bool AfterBe(ClaimProfile claim, int word)
    {
        for (var i = Math.Max(claim.First, word - 3); i < word; i++)
        {
            if (claim.Sentence.Words[i] is "is" or "are" or "was" or "were" or "be" or "been" or "being" or "get" or "got" or "gets")
                return true;
        }
        return false;
    }

    /// <summary>
    /// The two claims count what the word tells of with other figures ("at least five people were reportedly injured in the
    /// town" / "seven were injured in the province"): different tallies, of different places or times, not one fact told two
    /// ways. A bound ("at least five") is a figure of its own; only "about" lets two figures be one.
    /// </summary>
    private static bool OtherCounts(GovernedWords.Finding found)
        => CountBefore(found.Marked, found.Word) is { } x && CountBefore(found.Plain, found.PlainWord) is { } y && x.Comparable(y)
            && (!x.Agrees(y) || x.Value != y.Value && x.Figure.Qualifier != "~" && y.Figure.Qualifier != "~");

    /// <summary>The nearest figure before the word in its clause (within six tokens, no punctuation between), or null.</summary>
    private static NumberFact? CountBefore(ClaimProfile claim, int word)
    {
        var sentence = claim.Sentence;
        for (var i = word - 1; i >= Math.Max(0, word - 6); i--)
        {
            if (sentence.Words[i].Length == 0)
                return null;
            if (sentence.Numbers.FirstOrDefault(n => n.Token == i) is { } number)
                return number;
        }
        return null;
    }

    /// <summary>Hedges that cover the rest of their clause: what follows is told as possible or alleged too.</summary>
    private static readonly HashSet<string> ClauseHedges =
        ["may", "might", "could", "reportedly", "allegedly", "purportedly", "supposedly", "apparently", "possibly", "probably", "perhaps"];

    /// <summary>
    /// The plain word stands in the clause of a hedge further before it ("a man who purportedly told prosecutors he has been
    /// threatened", "might offer products that include chips"): not stated firmly. The hedge's clause ends at punctuation or
    /// a coordinating conjunction.
    /// </summary>
    private static bool UnderHedge(ClaimProfile claim, int word)
    {
        var words = claim.Sentence.Words;
        for (var i = word - 1; i >= Math.Max(0, word - 10); i--)
        {
            if (words[i].Length == 0 || words[i] is "and" or "but" or "or")
                return false;
            if (ClauseHedges.Contains(words[i]))
                return true;
        }
        return false;
    }

    private static bool ToldAsReport(ClaimProfile claim)
        => claim.Frame.Any(t => Lexicon.ReportWords.Contains(claim.Sentence.Words[t]))
            || claim.Source is { } quote && Lexicon.ReportWords.Contains(quote.Cue.ToLowerInvariant())
            || AccordingTo(claim);

    /// <summary>"According to" stands in the claim before its event ("and, according to a confidant, is prepared to testify"): the claim is someone's report.</summary>
    private static bool AccordingTo(ClaimProfile claim)
    {
        var words = claim.Sentence.Words;
        var end = claim.EventToken >= claim.First ? claim.EventToken : claim.End;
        for (var i = claim.First; i + 1 < end; i++)
        {
            if (words[i] == "according" && words[i + 1] == "to")
                return true;
        }
        return false;
    }

    private static bool IsHedge(ClaimProfile claim, int i)
        => Lexicon.Hedges.Contains(claim.Sentence.Words[i]) && !claim.Sentence.DateAt(i) && !DeniedIntention(claim.Sentence.Words, i)
            && !Appearance(claim, i);

    /// <summary>
    /// "Appeared" or "appears" telling that someone came into view ("the suspect appeared and shot him", "appeared in court"):
    /// a hedge only before "to", "that", "as", "like" or a description ("appeared to hit", "appeared calm").
    /// </summary>
    private static bool Appearance(ClaimProfile claim, int i)
    {
        if (claim.Sentence.Words[i] is not ("appeared" or "appears"))
            return false;
        if (i + 1 >= claim.Sentence.Words.Length)
            return true;
        var next = claim.Sentence.Words[i + 1];
        var tag = claim.Tags[i + 1];
        return next is not ("to" or "that" or "as" or "like") && !tag.StartsWith("JJ", StringComparison.Ordinal) && tag != "VBN"
            && !(tag.StartsWith("RB", StringComparison.Ordinal) && next is not "again" and not "later" and not "briefly");
    }

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
