using System.Collections.Frozen;
using System.Collections.Immutable;
using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>
/// Reads who a sentence credits with a proposal, plan or vision, and what it is about: the
/// possessor ("X's plan", "his own vision"), the subject of a proposing verb ("the X
/// administration has proposed"), an agent ("a plan by X", "the plan is for X"), and denials
/// ("does not express X's vision", "not X's"). Content terms are keyed by stem, with compounds
/// ("power-sharing", "pay rise") keyed as one term whether hyphenated or not.
/// </summary>
internal sealed class ProposalReader(ImmutableArray<StoryEntity> entities)
{
    private const int NounTopicBefore = 3;
    private const int NounTopicAfter = 7;
    private const int VerbTopicAfter = 12;
    private const int MaxModifiers = 5;

    private static readonly FrozenSet<string> ProposalVerbs = FrozenSet.ToFrozenSet(
        ["proposed", "proposes", "propose", "suggested", "suggests", "offered", "offers", "floated", "floats", "tabled", "unveiled", "unveils"],
        StringComparer.Ordinal);

    /// <summary>Verbs whose subject is the author of the plan they take as object ("X presented a plan").</summary>
    private static readonly FrozenSet<string> PresentingVerbs = FrozenSet.ToFrozenSet(
        ["presented", "presents", "submitted", "submits", "drafted", "drafts", "unveiled", "unveils", "announced", "announces", "floated",
            "tabled", "outlined", "outlines", "offered", "offers", "proposed", "proposes", "handed", "hands", "sent", "sends", "delivered",
            "shared", "put", "drew", "laid", "released"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> GovernmentNouns = FrozenSet.ToFrozenSet(
        ["administration", "government", "cabinet", "ministry", "authorities", "regime", "leadership"], StringComparer.Ordinal);

    /// <summary>Words allowed between a subject and its verb ("X has also formally proposed").</summary>
    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
        ["has", "have", "had", "is", "was", "are", "were", "will", "would", "did", "does", "do", "also", "reportedly", "formally",
            "jointly", "already", "first", "publicly", "recently", "then", "now", "quietly", "not", "n't", "never", "up", "forward", "out"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "this", "that", "its", "their", "new", "own", "his", "her", "draft", "detailed", "written", "final"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Copulas = FrozenSet.ToFrozenSet(["is", "was", "are", "were"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Negators = FrozenSet.ToFrozenSet(["not", "n't", "never"], StringComparer.Ordinal);

    private readonly Stemmer _stemmer = new();

    /// <summary>The concept of the proposing words themselves, which is no topic, and each one-word synonym's concept: the same for every story.</summary>
    private static readonly (string ProposalConcept, FrozenDictionary<string, string> SynonymOfWord) Synonyms = ReadSynonyms();

    private static (string, FrozenDictionary<string, string>) ReadSynonyms()
    {
        var stemmer = new Stemmer();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in Lexicon.SynonymGroups)
        {
            foreach (var word in group.Where(w => !w.Contains(' ', StringComparison.Ordinal)))
                result[word.TrimStart('=')] = "c:" + stemmer.Stem(group[0]);
        }
        return ("c:" + stemmer.Stem("propose"), result.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Every content term of the sentence (token, key, display text), compounds included.</summary>
    public List<(int Token, string Key, string Text)> Terms(SentenceProfile p)
    {
        var terms = new List<(int, string, string)>();
        var words = p.Words;
        for (var i = 0; i < words.Length; i++)
        {
            if (Key(p, i) is not { } key)
                continue;
            terms.Add((i, key, words[i]));
            if (!words[i].Contains('-', StringComparison.Ordinal) && i + 1 < words.Length && Key(p, i + 1) is not null
                && !words[i + 1].Contains('-', StringComparison.Ordinal))
                terms.Add((i, "h:" + _stemmer.Stem(words[i]) + "-" + _stemmer.Stem(words[i + 1]), words[i] + " " + words[i + 1]));
        }
        return terms;
    }

    private string? Key(SentenceProfile p, int i)
    {
        var word = p.Words[i];
        if (word.Length < 3 || !char.IsLetter(word[0]) || Lexicon.StopWords.Contains(word) || Lexicon.ProposalCues.Contains(word)
            || GovernmentNouns.Contains(word) || Determiners.Contains(word))
            return null;
        if (p.Concepts[i] is null || p.Concepts[i]!.StartsWith("k:", StringComparison.Ordinal))
            return null;
        if (Synonyms.SynonymOfWord.TryGetValue(word, out var synonym))
            return synonym == Synonyms.ProposalConcept ? null : synonym;
        if (word.Contains('-', StringComparison.Ordinal))
        {
            var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
            return parts.Length < 2 ? null : "h:" + string.Join('-', parts.Select(_stemmer.Stem));
        }
        return p.Concepts[i];
    }

    /// <summary>What the sentence says about proposals, or null when it has no proposal cue with a content term near it.</summary>
    public ProposalClaim? Read(SentenceProfile p)
    {
        var words = p.Words;
        if (!HasCue(words))
            return null;
        var actors = p.Entities
            .Where(o => o.Mention.Type is EntityType.Person or EntityType.Org or EntityType.Gpe)
            .OrderByDescending(o => o.EndToken - o.Token)
            .ToList();
        var covered = new bool[words.Length];
        foreach (var o in p.Entities)
        {
            for (var t = Math.Max(0, o.Token); t <= o.EndToken && t < covered.Length; t++)
                covered[t] = true;
        }
        var distance = new int[words.Length];
        Array.Fill(distance, int.MaxValue);
        var credited = new List<ProposalActor>();
        var denied = new List<ProposalActor>();
        string? ownCue = null;
        for (var cue = 0; cue < words.Length; cue++)
        {
            if (!Lexicon.ProposalCues.Contains(words[cue]))
                continue;
            var isVerb = ProposalVerbs.Contains(words[cue]);
            var after = isVerb ? VerbTopicAfter : NounTopicAfter;
            var head = cue - 1;
            while (isVerb && head >= 0 && Auxiliaries.Contains(words[head]))
                head--;
            for (var t = head; t >= Math.Max(0, head + 1 - NounTopicBefore) && IsModifier(words[t]); t--)
                distance[t] = Math.Min(distance[t], head + 1 - t);
            for (var t = cue + 1; t < Math.Min(words.Length, cue + 1 + after) && words[t].Length > 0 | IsCommaLike(p, t, isVerb); t++)
                distance[t] = Math.Min(distance[t], t - cue);

            var (actor, negated, own) = isVerb ? SubjectOf(p, actors, cue) : AuthorOfNoun(p, actors, cue);
            if (actor is null)
                continue;
            (negated ? denied : credited).Add(actor);
            if (own && !negated)
                ownCue ??= words[cue];
        }
        denied.AddRange(TrailingDenials(p, actors));
        if (credited.Count + denied.Count == 0)
            return null;
        credited.RemoveAll(c => denied.Any(d => c.Entity >= 0 && c.Entity == d.Entity));
        var topics = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        foreach (var (token, key, text) in Terms(p))
        {
            var last = text.Contains(' ', StringComparison.Ordinal) ? token + 1 : token;
            var near = Math.Min(distance[token], distance[last]);
            if (Math.Max(distance[token], distance[last]) < int.MaxValue && !covered[token] && !covered[last]
                && (!topics.TryGetValue(key, out var known) || near < known.Item2))
                topics[key] = (text, near);
        }
        return topics.Count == 0 ? null : new ProposalClaim(p, topics, credited, denied, ownCue);
    }

    /// <summary>The words hold a proposal cue ("plan", "proposed", "vision").</summary>
    public static bool HasCue(ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (Lexicon.ProposalCues.Contains(word))
                return true;
        }
        return false;
    }

    /// <summary>A verb's window runs over commas ("proposed that X's neighbours, including Y, take"), a noun's stops at them.</summary>
    private static bool IsCommaLike(SentenceProfile p, int t, bool isVerb) => isVerb && p.Words[t].Length == 0 && t + 1 < p.Words.Length && p.Words[t + 1].Length > 0;

    private static bool IsModifier(string word)
        => word.Length > 0 && char.IsLetter(word[0]) && !Lexicon.StopWords.Contains(word) && !Lexicon.ProposalCues.Contains(word)
            && !PresentingVerbs.Contains(word) && !Determiners.Contains(word) || word is "new" or "draft" or "detailed" or "written" or "final";

    private static bool IsPossessive(string word) => word is "'s" or "’s" or "'" or "’";

    /// <summary>
    /// The subject of a proposing verb, skipping auxiliaries, or its agent in the passive ("was
    /// proposed by X"); negated when "not" or "never" comes between.
    /// </summary>
    private (ProposalActor?, bool Negated, bool Own) SubjectOf(SentenceProfile p, List<EntityOccurrence> actors, int verb)
    {
        var words = p.Words;
        var j = verb - 1;
        var negated = false;
        while (j >= 0)
        {
            if (Auxiliaries.Contains(words[j]))
                negated |= Negators.Contains(words[j]);
            else if (p.DateAt(j) && j > 0)
                j -= words[j - 1] is "on" or "last" or "this" or "late" or "early" ? 1 : 0;
            else
                break;
            j--;
        }
        if (verb + 1 < words.Length && words[verb + 1] == "by"
            && ActorStartingAt(p, actors, verb + 2 < words.Length && words[verb + 2] == "the" ? verb + 3 : verb + 2) is { } agent)
            return (agent.Actor, negated, false);
        return (ActorEndingAt(p, actors, j), negated, false);
    }

    /// <summary>
    /// The author of a proposal noun: its possessor ("X's own plan", "his vision"), a name before it
    /// ("the US proposal"), an agent after it ("a plan by X", "the plan is for X", "is not X's"), or
    /// the subject of a verb presenting it ("X presented a plan").
    /// </summary>
    private (ProposalActor?, bool Negated, bool Own) AuthorOfNoun(SentenceProfile p, List<EntityOccurrence> actors, int cue)
    {
        var words = p.Words;
        var j = cue - 1;
        var own = false;
        var adjectivesOnly = true;
        for (var skipped = 0; j >= 0 && skipped < MaxModifiers; skipped++, j--)
        {
            if (words[j] == "own")
                own = true;
            else if (!IsModifier(words[j]) || actors.Any(o => o.EndToken == j))
                break;
            adjectivesOnly &= words[j] is "own" or "new" or "draft" or "detailed" or "written" or "final";
        }
        if (j >= 0 && IsPossessive(words[j]) && ActorEndingAt(p, actors, j - 1) is { } possessor)
            return (possessor, NegatedBefore(p, actors, j - 1), own);
        if (j >= 0 && actors.FirstOrDefault(o => o.Token == j && o.EndToken == j && o.Mention.Kind == MentionKind.Pronoun) is { } pronoun
            && words[j] is "his" or "her" or "its" or "their")
            return (Describe(p, pronoun, government: false), NegatedBefore(p, actors, j), own);
        if (j >= 0 && adjectivesOnly && actors.FirstOrDefault(o => o.EndToken == j && o.Mention.Kind != MentionKind.Pronoun) is { } modifier
            && !OwnedBefore(p, modifier.Token))
            return (Describe(p, modifier, modifier.Mention.Type == EntityType.Gpe), NegatedBefore(p, actors, j), own);
        if (AgentAfter(p, actors, cue) is var (agent, negated) && agent is not null)
            return (agent, negated, own);
        return PresenterOf(p, actors, j) is { } presenter ? (presenter.Actor, presenter.Negated, own) : (null, false, own);
    }

    /// <summary>
    /// A possessive stands before the name, past its modifiers ("our existing Hask roadmap", "the firm's new Hask plan"): the
    /// plan is the possessor's, the name says what it is about.
    /// </summary>
    private static bool OwnedBefore(SentenceProfile p, int token)
    {
        var j = token - 1;
        while (j >= 0 && IsModifier(p.Words[j]) && !IsPossessive(p.Words[j]))
            j--;
        return j >= 0 && (IsPossessive(p.Words[j]) || p.Words[j] is "our" or "my" or "your" or "his" or "her" or "its" or "their");
    }

    /// <summary>"a plan by X", "a proposal from X", "the plan is (not) for X", "the plan is (not) X's".</summary>
    private (ProposalActor?, bool Negated)? AgentAfter(SentenceProfile p, List<EntityOccurrence> actors, int cue)
    {
        var words = p.Words;
        var negated = false;
        var copula = false;
        var preposition = false;
        for (var t = cue + 1; t < Math.Min(words.Length, cue + 6); t++)
        {
            var w = words[t];
            if (w.Length == 0)
                return null;
            if (Copulas.Contains(w) && t == cue + 1)
                copula = true;
            else if (Negators.Contains(w) && copula)
                negated = true;
            else if (w is "by" or "from" || copula && w is "for" or "of")
                preposition = true;
            else if ((preposition || copula) && ActorStartingAt(p, actors, w == "the" ? t + 1 : t) is { } found)
            {
                var end = found.End;
                if (!preposition && !(end + 1 < words.Length && IsPossessive(words[end + 1])))
                    return null;
                return (found.Actor, negated);
            }
            else if (!(preposition && w == "the") && !(copula && w is "also" or "entirely" or "solely" or "only" or "rather") && !(w is "drawn" or "put" or "up" or "forward" or "made"))
                return null;
        }
        return null;
    }

    /// <summary>The subject of a verb that presents the proposal ("X presented a ceasefire plan"), when only determiners and modifiers come between.</summary>
    private (ProposalActor Actor, bool Negated)? PresenterOf(SentenceProfile p, List<EntityOccurrence> actors, int j)
    {
        var words = p.Words;
        while (j >= 0 && (Determiners.Contains(words[j]) || IsModifier(words[j])))
            j--;
        if (j > 0 && words[j] is "forward" or "out" or "up")
            j--;
        if (j < 0 || !PresentingVerbs.Contains(words[j]))
            return null;
        var (actor, negated, _) = SubjectOf(p, actors, j);
        return actor is null ? null : (actor, negated);
    }

    private static bool NegatedBefore(SentenceProfile p, List<EntityOccurrence> actors, int end)
    {
        var start = actors.FirstOrDefault(o => o.EndToken == end)?.Token ?? end;
        for (var i = Math.Max(0, start - 3); i < start; i++)
        {
            if (Negators.Contains(p.Words[i]))
                return true;
        }
        return false;
    }

    /// <summary>"..., not X's" with nothing after the possessive: X is said not to be the author.</summary>
    private IEnumerable<ProposalActor> TrailingDenials(SentenceProfile p, List<EntityOccurrence> actors)
    {
        var words = p.Words;
        for (var t = 1; t < words.Length; t++)
        {
            if (!IsPossessive(words[t]) || t + 1 < words.Length && words[t + 1].Length > 0)
                continue;
            if (ActorEndingAt(p, actors, t - 1) is { } actor && NegatedBefore(p, actors, t - 1))
                yield return actor;
        }
    }

    private ProposalActor? ActorEndingAt(SentenceProfile p, List<EntityOccurrence> actors, int j)
    {
        if (j < 0)
            return null;
        var words = p.Words;
        var occurrence = actors.FirstOrDefault(o => o.EndToken == j);
        if (occurrence is not null && occurrence.Mention.Kind != MentionKind.Pronoun && GovernmentNouns.Contains(words[j]))
        {
            var the = occurrence.Token > 0 && words[occurrence.Token - 1] == "the" ? "the " : "";
            return new ProposalActor(occurrence.Entity, true, the + EntityProfile.StripPossessive(occurrence.Mention.Text));
        }
        if (GovernmentNouns.Contains(words[j]))
        {
            var owner = actors.FirstOrDefault(o => o.EndToken == j - 1);
            var start = owner?.Token ?? j;
            var the = start > 0 && words[start - 1] == "the" ? "the " : "";
            if (owner is null)
                return new ProposalActor(-1, true, the + words[j]);
            var name = owner.Mention.Kind == MentionKind.Pronoun ? entities[owner.Entity].Name + "'s" : EntityProfile.StripPossessive(owner.Mention.Text);
            return new ProposalActor(owner.Entity, true, the + name + " " + words[j]);
        }
        if (occurrence is null)
            return null;
        return Describe(p, occurrence, occurrence.Mention.Type == EntityType.Gpe);
    }

    private (ProposalActor Actor, int End)? ActorStartingAt(SentenceProfile p, List<EntityOccurrence> actors, int t)
    {
        if (t >= p.Words.Length)
            return null;
        if (actors.FirstOrDefault(o => o.Token == t) is { } occurrence)
        {
            var end = occurrence.EndToken;
            if (end + 1 < p.Words.Length && GovernmentNouns.Contains(p.Words[end + 1]))
                return (ActorEndingAt(p, actors, end + 1)!, end + 1);
            return (Describe(p, occurrence, occurrence.Mention.Type == EntityType.Gpe), end);
        }
        return GovernmentNouns.Contains(p.Words[t]) ? (ActorEndingAt(p, actors, t)!, t) : null;
    }

    private ProposalActor Describe(SentenceProfile p, EntityOccurrence o, bool government)
    {
        var text = o.Mention.Kind switch
        {
            MentionKind.Pronoun => entities[o.Entity].Name,
            MentionKind.Role => (o.Token > 0 && p.Words[o.Token - 1] == "the" ? "the " : "") + o.Mention.Text,
            _ => EntityProfile.StripPossessive(o.Mention.Text),
        };
        return new ProposalActor(o.Entity, government, text);
    }
}
