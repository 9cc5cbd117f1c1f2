using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>
/// A proposal credited to different actors in two claims that state one fact: who stands just before
/// each proposal cue ("the mayor offered", "the union's plan"), or is said not to be its author.
/// </summary>
internal sealed class ProposalAttributionDetector : ClaimPairDetector
{
    private const int AgentWindow = 6;

    protected override Divergence? Between(DivergenceContext context, ClaimPair pair)
    {
        if (!pair.SameFact || pair.Score < ClaimMatcher.MinScore)
            return null;
        var (a, b) = (pair.A, pair.B);
        if (!HasCue(a) || !HasCue(b))
            return null;
        var (assertedA, deniedA) = Agents(a);
        var (assertedB, deniedB) = Agents(b);
        if (assertedA.Overlaps(deniedB) || assertedB.Overlaps(deniedA))
        {
            var (claim, denial, who) = assertedA.Overlaps(deniedB) ? (a, b, assertedA.Intersect(deniedB)) : (b, a, assertedB.Intersect(deniedA));
            return new Divergence(DivergenceKind.Attribution, DivergenceContext.Refs(a.Sentence, b.Sentence),
                $"attributed to {Names(context, who)} in {context.Id(claim.Sentence)}, denied as theirs in {context.Id(denial.Sentence)}")
            { Confidence = 0.8 };
        }
        if (assertedA.Count > 0 && assertedB.Count > 0 && !AnySame(context, assertedA, assertedB))
        {
            var deniedNote = deniedA.Count + deniedB.Count > 0 ? $"; not {Names(context, deniedA.Concat(deniedB).Distinct())}" : "";
            return new Divergence(DivergenceKind.Attribution, DivergenceContext.Refs(a.Sentence, b.Sentence),
                $"proposal attributed to {Names(context, assertedA)} ({context.Id(a.Sentence)}) vs {Names(context, assertedB)} ({context.Id(b.Sentence)}){deniedNote}")
            { Confidence = 0.6 };
        }
        return null;
    }

    private static string Names(DivergenceContext context, IEnumerable<int> ids) => string.Join(", ", ids.Select(i => context.Entities.Entities[i].Name));

    /// <summary>Some actor of one set is one of the other's, or named as a source the same way.</summary>
    private static bool AnySame(DivergenceContext context, HashSet<int> xs, HashSet<int> ys)
    {
        foreach (var x in xs)
        {
            foreach (var y in ys)
            {
                if (x == y || SourceNames.Same(context.Entities.Entities[x], context.Entities.Entities[y]))
                    return true;
            }
        }
        return false;
    }

    /// <summary>A proposal cue ("proposed", "plan", "vision") stands in the claim: without one on each side there is no proposal to credit.</summary>
    private static bool HasCue(ClaimProfile claim)
        => ProposalReader.HasCue(claim.Sentence.Words.AsSpan(claim.First, claim.End - claim.First));

    /// <summary>
    /// The name modifies a noun before the cue and says what the proposal is about, not whose it is ("his Middle East peace
    /// plan", "the Gaza ceasefire proposal"); a possessive ("the union's plan"), a name right before the cue ("the Biden
    /// plan") or before a group noun ("the Biden administration plan") names its author.
    /// </summary>
    private static bool NamesTopic(ClaimProfile claim, EntityOccurrence o, int cue)
    {
        if (o.EndToken + 1 >= cue || claim.Sentence.Words[o.EndToken + 1] is "'s" or "’s" or "'" or "’")
            return false;
        for (var i = o.EndToken + 1; i < cue; i++)
        {
            if (!claim.Tags[i].StartsWith("NN", StringComparison.Ordinal) && !claim.Tags[i].StartsWith("JJ", StringComparison.Ordinal)
                || Lexicon.Groups.Contains(claim.Sentence.Words[i]))
                return false;
        }
        return true;
    }

    /// <summary>
    /// A copula stands between the name and the cue: the name is what the cue's phrase says it is or gets, not who proposes
    /// ("Dorn was a first-round draft choice", "Dorn was offered a deal").
    /// </summary>
    private static bool IsDescribed(SentenceProfile p, EntityOccurrence o, int cue)
    {
        for (var i = o.EndToken + 1; i < cue; i++)
        {
            if (p.Words[i] is "is" or "was" or "are" or "were" or "be" or "been" or "being")
                return true;
        }
        return false;
    }

    /// <summary>Who a proposal cue ("proposed", "plan", "vision") in the claim is credited to, and who it is said not to come from.</summary>
    private static (HashSet<int> Asserted, HashSet<int> Denied) Agents(ClaimProfile claim)
    {
        var p = claim.Sentence;
        var asserted = new HashSet<int>();
        var denied = new HashSet<int>();
        for (var cue = claim.First; cue < claim.End; cue++)
        {
            if (!Lexicon.ProposalCues.Contains(p.Words[cue]))
                continue;
            EntityOccurrence? agent = null;
            foreach (var o in p.Entities)
            {
                if (o.Mention.Type is not (EntityType.Person or EntityType.Org or EntityType.Gpe) || o.EndToken >= cue || cue - o.EndToken > AgentWindow || o.Token < claim.First
                    || NamesTopic(claim, o, cue) || IsDescribed(p, o, cue))
                    continue;
                if (agent is null || o.EndToken > agent.EndToken)
                    agent = o;
            }
            if (agent is null)
                continue;
            var negated = false;
            for (var i = Math.Max(0, agent.Token - 3); i < agent.Token; i++)
                negated |= p.Words[i] is "not" or "n't" or "never";
            (negated ? denied : asserted).Add(agent.Entity);
        }
        asserted.ExceptWith(denied);
        return (asserted, denied);
    }
}
