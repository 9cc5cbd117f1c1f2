using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Parallax.Documents;
using Parallax.Quotes;
using Parallax.Text;

namespace Parallax.Comparison;

/// <summary>
/// What the compare stage knows about one claim: its tokens in the sentence (<see cref="First"/> to
/// <see cref="End"/>), its rarity-weighted terms, its event word and its source.
/// </summary>
internal sealed record ClaimProfile
{
    public required Claim Claim { get; init; }
    public required SentenceProfile Sentence { get; init { field = value; Forget(); } }
    /// <summary>First token of the claim, as an index into the sentence's tokens.</summary>
    public required int First { get; init { field = value; Forget(); } }
    /// <summary>Token after the claim.</summary>
    public required int End { get; init { field = value; Forget(); } }
    public required (int Term, double Weight)[] Vector { get; init; }
    /// <summary>The event word's token, or -1.</summary>
    public required int EventToken { get; init; }
    /// <summary>The event word's concept (stem or synonym group), or null.</summary>
    public required string? EventConcept { get; init; }
    /// <summary>Part-of-speech tags of the sentence's tokens (Penn Treebank).</summary>
    public required string[] Tags { get; init; }
    /// <summary>The event word is a reporting verb ("asked", "urged", "announced"): saying, not doing.</summary>
    public bool SpeechEvent => _speechEvent is 0 ? (_speechEvent = Speech() ? (byte)2 : (byte)1) == 2 : _speechEvent == 2;

    /// <summary><see cref="SpeechEvent"/> once read: 0 not yet, 1 no, 2 yes (a byte, so threads reading it at once see whole values).</summary>
    private byte _speechEvent;

    /// <summary>The claim gives its event as possible (a modal or hedging word), as <see cref="EventWords"/> compares claims.</summary>
    public bool Hedged => _hedged is 0 ? (_hedged = EventWords.Hedged(this) ? (byte)2 : (byte)1) == 2 : _hedged == 2;

    private byte _hedged;

    /// <summary>Concepts the learned event-word pairs join to a word of the claim (see <see cref="EventWords.CoreferentWith"/>).</summary>
    public IReadOnlySet<string> CoreferentConcepts => _coreferent ??= EventWords.CoreferentWith(this);

    private IReadOnlySet<string>? _coreferent;

    private bool Speech() => EventToken >= 0 && CueLexicon.TryGet(Sentence.Words[EventToken], out _);

    /// <summary>
    /// The story entity doing the event: the last person, organisation or place before the event word in the claim (for a
    /// participle clause after a comma with none, the doer of the clause before it), or -1.
    /// </summary>
    public required int Agent { get; init; }
    /// <summary>The quote whose content the claim is, when it is reported speech.</summary>
    public required Quote? Source { get; init; }
    /// <summary>The story entity of the source, or -1.</summary>
    public required int SourceEntity { get; init; }

    /// <summary>The sentence encoder's unit vector of the claim's words, when the story was compared with an encoder.</summary>
    public float[]? Meaning { get; init; }

    public SentenceRef Ref => Sentence.Ref;

    public bool Contains(int token) => token >= First && token < End;

    public ImmutableArray<NumberFact> Numbers => _numbers.IsDefault ? _numbers = Within(Sentence.Numbers, n => n.Token, withFrame: false) : _numbers;

    /// <summary>The claim's figures with those of its reporting frame: "19 percent said they would not vote" counts the speakers.</summary>
    public ImmutableArray<NumberFact> NumbersWithFrame => _numbersWithFrame.IsDefault ? _numbersWithFrame = Within(Sentence.Numbers, n => n.Token, withFrame: true) : _numbersWithFrame;

    /// <summary>Tokens of the sentence's reporting frame that the claim is the content of ("X said on Monday").</summary>
    public IReadOnlySet<int> Frame
    {
        get;
        init
        {
            field = value;
            Forget();
        }
    } = new HashSet<int>();

    /// <summary>The claim's dates, with those of its reporting frame: "on Monday proposed a plan" dates the plan.</summary>
    public ImmutableArray<DateFact> Dates => _dates.IsDefault ? _dates = Within(Sentence.Dates, d => d.Token, withFrame: true) : _dates;

    public ImmutableArray<EntityOccurrence> Entities => _entities.IsDefault ? _entities = Within(Sentence.Entities, o => o.Token, withFrame: false) : _entities;

    /// <summary>The claim's entities with those of its reporting frame: "said in Ohio that" places the statement.</summary>
    public ImmutableArray<EntityOccurrence> EntitiesWithFrame => _entitiesWithFrame.IsDefault ? _entitiesWithFrame = Within(Sentence.Entities, o => o.Token, withFrame: true) : _entitiesWithFrame;

    /// <summary>
    /// The sentence's layers inside the claim, read once: detectors ask for them for every pair of claims. A copy that takes
    /// another sentence, span or frame (<c>with</c>) forgets them.
    /// </summary>
    private ImmutableArray<NumberFact> _numbers, _numbersWithFrame;
    private ImmutableArray<DateFact> _dates;
    private ImmutableArray<EntityOccurrence> _entities, _entitiesWithFrame;

    private void Forget()
    {
        (_numbers, _numbersWithFrame, _dates, _entities, _entitiesWithFrame) = (default, default, default, default, default);
        (_hedged, _coreferent) = (0, null);
        FigureStanding = -1;
        _signature = null;
    }

    /// <summary>How the claim gives its figures (the number detector's flags), once it has read them; -1 before.</summary>
    internal int FigureStanding { get; set; } = -1;

    private ImmutableArray<T> Within<T>(List<T> items, Func<T, int> token, bool withFrame)
    {
        var count = 0;
        foreach (var item in items)
        {
            if (Holds(token(item), withFrame))
                count++;
        }
        if (count == 0)
            return [];
        var within = new T[count];
        count = 0;
        foreach (var item in items)
        {
            if (Holds(token(item), withFrame))
                within[count++] = item;
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(within);
    }

    private bool Holds(int token, bool withFrame) => Contains(token) || withFrame && Frame.Contains(token);

    /// <summary>
    /// The concept of the word a word of the sentence hangs on: the noun a year modifies ("the 2011 raid"), else the
    /// nearest event verb before it (no auxiliary or verb that takes another), or failing that the nearest after.
    /// "prevent a shutdown on Thursday" hangs the date on "prevent", "may vote as soon as Wednesday" on "vote"; right
    /// after a reporting verb or another verb that is no event, on that verb ("his lawyer said Monday", "take effect on Friday").
    /// </summary>
    public string? HeadConcept(int token)
    {
        if (ModifiedNoun(token) is { } noun)
            return Sentence.Concepts[noun];
        if (AwaitedThing(token) is { } awaited)
            return "n:" + Sentence.Concepts[awaited];
        if (OwnVerb(token) is { } verb)
            return "v:" + (Sentence.Concepts[verb] ?? Sentence.Words[verb]);
        if (EarlierEvent(token) is { } earlier)
            return "t:" + Sentence.Concepts[earlier];
        for (var i = token - 1; i >= 0; i--)
        {
            if (IsEventVerb(i))
                return Sentence.Concepts[i];
        }
        for (var i = token + 1; i < Tags.Length; i++)
        {
            if (IsEventVerb(i))
                return Sentence.Concepts[i];
        }
        for (var i = token - 1; i >= 0; i--)
        {
            if (Tags[i].StartsWith("VB", StringComparison.Ordinal))
                return "v:" + (Sentence.Concepts[i] ?? Sentence.Words[i]);
        }
        return null;
    }

    /// <summary>
    /// The noun a year or a day modifies inside a noun phrase ("the 2011 raid", "Obama's 2008 campaign", "Friday's
    /// semifinal"): the date dates that thing, not the claim's event.
    /// </summary>
    private int? ModifiedNoun(int token)
    {
        var words = Sentence.Words;
        var from = token + 1;
        if (from + 1 < words.Length && words[from] is "'s" or "’s" && CalendarWords.Weekdays.ContainsKey(words[token]))
            from++;
        else if (words[token].Length != 4 || !words[token].All(char.IsAsciiDigit) || token == 0
            || !(Lexicon.Determiners.Contains(words[token - 1]) || words[token - 1] is "'s" or "’s"))
            return null;
        for (var i = from; i < Math.Min(words.Length, from + 3); i++)
        {
            if (Tags[i].StartsWith("NN", StringComparison.Ordinal) && Sentence.Concepts[i] is not null)
                return i;
            if (!Tags[i].StartsWith("JJ", StringComparison.Ordinal))
                return null;
        }
        return null;
    }

    /// <summary>
    /// A weekday right after the common noun a claim's act leads to or is for ("invited leaders to a briefing Wednesday", "called
    /// for a vote Thursday"): the day is the briefing's or the vote's, not the invitation's or the call's.
    /// </summary>
    private int? AwaitedThing(int token)
    {
        var words = Sentence.Words;
        if (!CalendarWords.Weekdays.ContainsKey(words[token]) || token < 3 || Tags[token - 1] is not ("NN" or "NNS") || Sentence.Concepts[token - 1] is null)
            return null;
        return Lexicon.Determiners.Contains(words[token - 2]) && words[token - 3] is "to" or "for" ? token - 1 : null;
    }

    /// <summary>
    /// An event named after "after", "before", "following" or "since" between the date and the verb before it: "was charged
    /// with murder after a shooting at a party Friday" dates the shooting, not the charge.
    /// </summary>
    private int? EarlierEvent(int token)
    {
        for (var i = token - 1; i >= 0 && !Tags[i].StartsWith("VB", StringComparison.Ordinal) && Tags[i] is not ("," or ":"); i--)
        {
            if (Sentence.Words[i] is not ("after" or "before" or "following" or "since"))
                continue;
            for (var k = i + 1; k < token; k++)
            {
                if (Tags[k].StartsWith("NN", StringComparison.Ordinal) && Sentence.Concepts[k] is not null)
                    return k;
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// A verb a few words before the token that is not an event: a reporting verb ("his lawyer said Monday" dates the
    /// statement, not the firing it reports), one that takes its own date ("will take effect on Friday" dates the effect,
    /// not the ruling), or a copula ("were arrested and are in custody Thursday" dates the custody). Auxiliaries are passed.
    /// </summary>
    private int? OwnVerb(int token)
    {
        for (var i = token - 1; i >= Math.Max(0, token - 3); i--)
        {
            if (!Tags[i].StartsWith("VB", StringComparison.Ordinal))
                continue;
            if (Lexicon.Auxiliaries.Contains(Sentence.Words[i]))
            {
                if (i + 1 < Tags.Length && (Tags[i + 1].StartsWith("VB", StringComparison.Ordinal) || Tags[i + 1].StartsWith("RB", StringComparison.Ordinal)))
                    continue;
                return i;
            }
            return CueLexicon.TryGet(Sentence.Words[i], out _) || Lexicon.NonEventVerbs.Contains(Sentence.Words[i]) ? i : null;
        }
        return ReportingVerbAcross(token);
    }

    /// <summary>
    /// A reporting verb further back in the same clause, with only its listener and place between ("told reporters at the
    /// White House on Monday that …"): the date is when it was said.
    /// </summary>
    private int? ReportingVerbAcross(int token)
    {
        for (var i = token - 1; i >= Math.Max(0, token - 8); i--)
        {
            if (Tags[i] is "," or ":" || Sentence.Words[i] == "that")
                return null;
            if (Tags[i].StartsWith("VB", StringComparison.Ordinal))
                return CueLexicon.TryGet(Sentence.Words[i], out _) ? i : null;
        }
        return null;
    }

    private bool IsEventVerb(int i)
        => Tags[i].StartsWith("VB", StringComparison.Ordinal) && Sentence.Concepts[i] is not null && !Lexicon.NonEventVerbs.Contains(Sentence.Words[i]);

    /// <summary>
    /// False when the claim surely lacks the concept whose bit is given (<see cref="EventBit"/>): one bit per concept of the claim's words is
    /// set, so a concept whose bit is not set is not among them (a quick test before <see cref="HasConcept"/>).
    /// </summary>
    public bool MayHaveConcept(ulong bit) => (Signature.Concepts & bit) != 0;

    /// <summary>The bit of the event word's concept (see <see cref="MayHaveConcept"/>), 0 when the claim names no event.</summary>
    public ulong EventBit => Signature.Event;

    /// <summary>The claim's concept bits, read once (a reference, so threads reading it at once see a whole one).</summary>
    private ConceptSignature Signature => _signature ??= ReadSignature();

    private ConceptSignature? _signature;

    private sealed record ConceptSignature(ulong Concepts, ulong Event);

    private static ulong ConceptBit(string concept) => 1UL << (concept.GetHashCode() & 63);

    private ConceptSignature ReadSignature()
    {
        var bits = 0UL;
        for (var i = First; i < End; i++)
        {
            if (Sentence.Concepts[i] is { } concept)
                bits |= ConceptBit(concept);
        }
        return new ConceptSignature(bits, EventConcept is null ? 0 : ConceptBit(EventConcept));
    }

    /// <summary>True when the claim uses the concept anywhere ("withdrawal" for the event "withdraw").</summary>
    public bool HasConcept(string concept)
    {
        for (var i = First; i < End; i++)
        {
            if (Sentence.Concepts[i] == concept)
                return true;
        }
        return false;
    }
}
