using System.Collections.Frozen;
using Parallax.Documents;

namespace Parallax.Quotes;

/// <summary>How a cue word behaves in a reporting clause.</summary>
[Flags]
internal enum CueFlags
{
    None = 0,
    /// <summary>Takes a person addressed before the content ("told reporters that").</summary>
    Object = 1,
    /// <summary>Also a common noun or an ambiguous form: needs "that", a colon or a quotation to count.</summary>
    NeedsComplementizer = 2,
    /// <summary>A present participle ("adding", "saying"): inherits the speaker of its main clause.</summary>
    Participle = 4,
    /// <summary>A speech verb proper: may introduce a clause without "that" ("said they are").</summary>
    Speech = 8,
    /// <summary>Reports what was said as its object ("called for a moratorium", "cited the remarks").</summary>
    ObjectContent = 16,
}

/// <summary>A reporting cue: its lemma and behaviour.</summary>
internal readonly record struct CueEntry(string Lemma, CueFlags Flags);

/// <summary>
/// The reporting verbs Parallax recognises, by inflected form. Two-word cues ("pointed out")
/// are looked up by their first word and checked for the particle.
/// </summary>
internal static class CueLexicon
{
    private static readonly FrozenDictionary<string, CueEntry> Forms = Build(out PresentPlurals);

    /// <summary>Base forms read as the present tense of a plural subject ("police allege", "officials say"), with the flags of the verb's finite forms.</summary>
    private static readonly FrozenDictionary<string, CueEntry> PresentPlurals;

    /// <summary>Verbs whose particle completes them ("point out").</summary>
    public static readonly FrozenDictionary<string, string> Particles = new Dictionary<string, string>
    {
        ["point"] = "out",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool TryGet(string lowerForm, out CueEntry entry) => Forms.TryGetValue(lowerForm, out entry);

    /// <summary>
    /// The cue a base form is right after a plural subject ("prosecutors allege he fled", "officials believe it is"): the finite verb,
    /// which may take a clause without "that" as its third-person form does. False for forms that are not a verb's base form.
    /// </summary>
    public static bool TryGetPresentPlural(string lowerForm, out CueEntry entry) => PresentPlurals.TryGetValue(lowerForm, out entry);

    /// <summary>
    /// Words in quotation marks, or a statement introduced by a reporting cue of the lexicon ("said", "told",
    /// "according to"); not a stance or a wish the attribution model also counts ("she wants to").
    /// </summary>
    public static bool Reports(Quote quote)
        => quote.Kind == QuoteKind.Direct
            || quote.Cue.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var first, ..]
                && first.ToLowerInvariant() is var word && (Forms.ContainsKey(word) || ReportingOnly.Contains(word));

    /// <summary>
    /// Cues that report someone's words but that the rules do not read, because their subject is not the speaker: "according
    /// to", and "quoted the minister as saying" (the attribution model finds the one quoted).
    /// </summary>
    private static readonly FrozenSet<string> ReportingOnly = FrozenSet.ToFrozenSet(["according", "quote", "quotes", "quoted", "quoting"], StringComparer.Ordinal);

    /// <summary>True when the cue may take a clause without "that" ("said they are", "believes it is").</summary>
    public static bool TakesBareClause(CueEntry entry)
        => (entry.Flags & CueFlags.NeedsComplementizer) == 0
           && ((entry.Flags & CueFlags.Speech) != 0 || entry.Lemma is "believe" or "think" or "fear" or "confirm" or "agree" or "note" or "indicate" or "maintain" or "observe" or "hint" or "estimate" or "reveal");

    private static FrozenDictionary<string, CueEntry> Build(out FrozenDictionary<string, CueEntry> presentPlurals)
    {
        var d = new Dictionary<string, CueEntry>(StringComparer.Ordinal);
        var plurals = new Dictionary<string, CueEntry>(StringComparer.Ordinal);
        const CueFlags S = CueFlags.Speech;
        const CueFlags N = CueFlags.NeedsComplementizer;
        const CueFlags O = CueFlags.Object;
        void Verb(string lemma, CueFlags flags, string third, string past, string participle, params string[] extra)
        {
            d.TryAdd(lemma, new CueEntry(lemma, lemma == "say" ? flags : flags | N));
            plurals.TryAdd(lemma, new CueEntry(lemma, flags));
            d.TryAdd(third, new CueEntry(lemma, flags));
            d.TryAdd(past, new CueEntry(lemma, flags));
            d.TryAdd(participle, new CueEntry(lemma, flags | CueFlags.Participle));
            foreach (var e in extra)
                d.TryAdd(e, new CueEntry(lemma, flags));
        }
        Verb("say", S, "says", "said", "saying");
        Verb("tell", S | O, "tells", "told", "telling");
        Verb("add", S, "adds", "added", "adding");
        Verb("write", S, "writes", "wrote", "writing", "written");
        Verb("warn", S, "warns", "warned", "warning");
        Verb("insist", S, "insists", "insisted", "insisting");
        Verb("argue", S, "argues", "argued", "arguing");
        Verb("claim", S, "claims", "claimed", "claiming");
        Verb("stress", S, "stresses", "stressed", "stressing");
        Verb("explain", S, "explains", "explained", "explaining");
        Verb("announce", S, "announces", "announced", "announcing");
        Verb("declare", S, "declares", "declared", "declaring");
        Verb("assert", S, "asserts", "asserted", "asserting");
        Verb("suggest", S, "suggests", "suggested", "suggesting");
        Verb("predict", S, "predicts", "predicted", "predicting");
        Verb("acknowledge", S, "acknowledges", "acknowledged", "acknowledging");
        Verb("admit", S, "admits", "admitted", "admitting");
        Verb("contend", S, "contends", "contended", "contending");
        Verb("emphasize", S, "emphasizes", "emphasized", "emphasizing");
        Verb("emphasise", S, "emphasises", "emphasised", "emphasising");
        Verb("tweet", S, "tweets", "tweeted", "tweeting");
        Verb("complain", S, "complains", "complained", "complaining");
        Verb("concede", S, "concedes", "conceded", "conceding");
        Verb("allege", S, "alleges", "alleged", "alleging");
        Verb("recall", S, "recalls", "recalled", "recalling");
        Verb("reply", S, "replies", "replied", "replying");
        Verb("respond", S, "responds", "responded", "responding");
        Verb("vow", S, "vows", "vowed", "vowing");
        Verb("reiterate", S, "reiterates", "reiterated", "reiterating");
        Verb("testify", S, "testifies", "testified", "testifying");
        Verb("conclude", S, "concludes", "concluded", "concluding");
        Verb("shout", S, "shouts", "shouted", "shouting");
        Verb("yell", S, "yells", "yelled", "yelling");
        Verb("exclaim", S, "exclaims", "exclaimed", "exclaiming");
        Verb("comment", S, "comments", "commented", "commenting");
        Verb("quip", S, "quips", "quipped", "quipping");
        Verb("joke", S, "jokes", "joked", "joking");
        Verb("wonder", S, "wonders", "wondered", "wondering");
        Verb("counter", S, "counters", "countered", "countering");
        Verb("retort", S, "retorts", "retorted", "retorting");
        Verb("boast", S, "boasts", "boasted", "boasting");
        Verb("scold", S | O, "scolds", "scolded", "scolding");
        Verb("continue", N, "continues", "continued", "continuing");
        Verb("chant", N, "chants", "chanted", "chanting");
        Verb("sing", N, "sings", "sang", "singing");
        Verb("read", N, "reads", "read", "reading");
        Verb("indicate", CueFlags.None, "indicates", "indicated", "indicating");
        Verb("confirm", CueFlags.None, "confirms", "confirmed", "confirming");
        Verb("reveal", CueFlags.None, "reveals", "revealed", "revealing");
        Verb("deny", CueFlags.None, "denies", "denied", "denying");
        Verb("state", CueFlags.None, "stated", "stated", "stating");
        Verb("agree", CueFlags.None, "agrees", "agreed", "agreeing");
        Verb("believe", CueFlags.None, "believes", "believed", "believing");
        Verb("think", CueFlags.None, "thinks", "thought", "thinking");
        Verb("report", CueFlags.None, "reports", "reported", "reporting");
        Verb("point", CueFlags.None, "points", "pointed", "pointing");
        Verb("ask", O, "asks", "asked", "asking");
        Verb("assure", O, "assures", "assured", "assuring");
        Verb("inform", O, "informs", "informed", "informing");
        Verb("remind", O, "reminds", "reminded", "reminding");
        Verb("note", CueFlags.None, "notes", "noted", "noting");
        Verb("observe", CueFlags.None, "observes", "observed", "observing");
        Verb("maintain", CueFlags.None, "maintains", "maintained", "maintaining");
        Verb("estimate", CueFlags.None, "estimates", "estimated", "estimating");
        Verb("caution", CueFlags.None, "cautions", "cautioned", "cautioning");
        Verb("promise", CueFlags.None, "promises", "promised", "promising");
        Verb("hint", CueFlags.None, "hints", "hinted", "hinting");
        Verb("fear", CueFlags.None, "fears", "feared", "fearing");
        Verb("show", CueFlags.None, "shows", "showed", "showing", "shown");
        Verb("find", CueFlags.None, "finds", "found", "finding");
        const CueFlags X = CueFlags.ObjectContent;
        Verb("cite", X, "cites", "cited", "citing");
        Verb("urge", X, "urges", "urged", "urging");
        Verb("demand", X, "demands", "demanded", "demanding");
        Verb("criticize", X, "criticizes", "criticized", "criticizing");
        Verb("criticise", X, "criticises", "criticised", "criticising");
        Verb("describe", X, "describes", "described", "describing");
        Verb("mention", X, "mentions", "mentioned", "mentioning");
        Verb("pledge", X, "pledges", "pledged", "pledging");
        Verb("call", X, "calls", "called", "calling");
        Verb("accuse", X, "accuses", "accused", "accusing");
        Verb("praise", X, "praises", "praised", "praising");
        Verb("condemn", X, "condemns", "condemned", "condemning");
        Verb("question", X, "questions", "questioned", "questioning");
        Verb("propose", X, "proposes", "proposed", "proposing");
        Verb("reject", X, "rejects", "rejected", "rejecting");
        Verb("dismiss", X, "dismisses", "dismissed", "dismissing");
        // Forms that are as often nouns: only with "that", a colon or a quotation.
        foreach (var noun in new[] { "comments", "counters", "jokes", "notes", "claims", "estimates", "promises", "points", "fears", "reports", "tweets", "calls", "demands", "questions", "finds", "shows", "pledges" })
            d[noun] = d[noun] with { Flags = (d[noun].Flags | N) & ~CueFlags.Speech };
        d["warns"] = new CueEntry("warn", S);
        d.Remove("state"); // "state Del. Ana Ruiz", "the state said": the noun far outnumbers the verb
        d.Remove("sing");
        presentPlurals = plurals.Where(p => d.ContainsKey(p.Key)).ToFrozenDictionary(StringComparer.Ordinal);
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
