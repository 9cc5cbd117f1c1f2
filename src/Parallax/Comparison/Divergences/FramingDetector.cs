using System.Globalization;
using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>
/// Framing conflicts that need no alignment: two articles speak of a proposal about the same rare
/// content term ("power-sharing", "pay rise") but credit different actors with it, or one says it is
/// not the work of the actor the other credits.
/// </summary>
internal sealed class FramingDetector : IDivergenceDetector
{
    private const int MaxFramingDivergences = 3;
    private const int MaxTopicSentencesPerArticle = 2;
    private const double MinTopicIdf = 1.5;

    /// <summary>Sentences assumed to lack every term, as in <see cref="SentenceProfiler"/>.</summary>
    private const int PriorSentences = 10;

    /// <summary>
    /// Framing divergences that need no alignment: two articles speak of a proposal about the same
    /// rare content term ("power-sharing", "pay rise") but credit different actors with it, or one
    /// says it is not the work of the actor the other credits. At most <see cref="MaxFramingDivergences"/>
    /// per story.
    /// </summary>
    public IEnumerable<Divergence> Detect(DivergenceContext context, IReadOnlyList<Divergence> found)
    {
        var profiles = context.Profiles;
        var entities = context.Entities;
        var reader = new ProposalReader(entities.Entities);
        var sentences = profiles.Sum(a => a.Length);
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var perArticle = new Dictionary<(int, string), int>();
        var claims = new List<ProposalClaim>[profiles.Length];
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var a = 0; a < profiles.Length; a++)
        {
            claims[a] = [];
            foreach (var p in profiles[a])
            {
                keys.Clear();
                foreach (var (_, key, _) in reader.Terms(p))
                {
                    if (!keys.Add(key))
                        continue;
                    frequency[key] = frequency.GetValueOrDefault(key) + 1;
                    perArticle[(a, key)] = perArticle.GetValueOrDefault((a, key)) + 1;
                }
                if (reader.Read(p) is { } claim)
                    claims[a].Add(claim);
            }
        }
        bool Rare(string key, int article)
        {
            var d = frequency[key];
            var idf = Math.Log(1 + (sentences + PriorSentences - d + 0.5) / (d + 0.5));
            return idf >= MinTopicIdf && perArticle[(article, key)] <= MaxTopicSentencesPerArticle;
        }
        var rare = new HashSet<string>[profiles.Length][];
        var claimsByTopic = new Dictionary<string, List<int>>[profiles.Length];
        for (var a = 0; a < profiles.Length; a++)
        {
            rare[a] = new HashSet<string>[claims[a].Count];
            claimsByTopic[a] = new(StringComparer.Ordinal);
            for (var c = 0; c < claims[a].Count; c++)
            {
                rare[a][c] = [.. claims[a][c].Topics.Keys.Where(k => Rare(k, a))];
                foreach (var key in rare[a][c])
                    (claimsByTopic[a].TryGetValue(key, out var list) ? list : claimsByTopic[a][key] = []).Add(c);
            }
        }

        var candidates = new List<(Divergence Divergence, bool Compound)>();
        var partners = new SortedSet<int>();
        for (var x = 0; x < profiles.Length; x++)
        {
            for (var y = x + 1; y < profiles.Length; y++)
            {
                for (var i = 0; i < claims[x].Count; i++)
                {
                    partners.Clear();
                    foreach (var key in rare[x][i])
                    {
                        if (claimsByTopic[y].TryGetValue(key, out var sharing))
                            partners.UnionWith(sharing);
                    }
                    foreach (var j in partners)
                    {
                        var (cx, cy) = (claims[x][i], claims[y][j]);
                        var shared = SharedTopic(cx, rare[x][i], cy, rare[y][j], frequency);
                        if (shared is not null && FramingBetween(context, cx, cy, cx.Topics[shared].Text) is { } divergence)
                            candidates.Add((divergence, shared.StartsWith("h:", StringComparison.Ordinal)));
                    }
                }
            }
        }
        return [.. candidates
            .OrderByDescending(c => c.Divergence.Confidence + (c.Compound ? 0.05 : 0))
            .ThenBy(c => (c.Divergence.Sentences[0].Article, c.Divergence.Sentences[0].Sentence, c.Divergence.Sentences[1].Sentence))
            .Select(c => c.Divergence)
            .Take(MaxFramingDivergences)];
    }

    /// <summary>
    /// The topic both claims speak of, rare in the story and in each claim's article (<paramref name="rareX"/>, <paramref name="rareY"/>), that lies
    /// nearest their proposal words (a compound first, then the rarer, then by spelling), or null.
    /// </summary>
    private static string? SharedTopic(ProposalClaim cx, HashSet<string> rareX, ProposalClaim cy, HashSet<string> rareY, Dictionary<string, int> frequency)
    {
        string? best = null;
        (int Distance, bool Plain, int Frequency) bestRank = default;
        foreach (var (key, (_, distance)) in cx.Topics)
        {
            if (!rareX.Contains(key) || !rareY.Contains(key))
                continue;
            var other = cy.Topics[key];
            var rank = (distance + other.Distance, !key.StartsWith("h:", StringComparison.Ordinal), frequency[key]);
            if (best is null || rank.CompareTo(bestRank) < 0 || rank.CompareTo(bestRank) == 0 && string.CompareOrdinal(key, best) < 0)
                (best, bestRank) = (key, rank);
        }
        return best;
    }

    private static Divergence? FramingBetween(DivergenceContext context, ProposalClaim x, ProposalClaim y, string topic)
    {
        var denial = x.Credited.Any(c => y.Denied.Any(d => SameActor(context, c, d))) || y.Credited.Any(c => x.Denied.Any(d => SameActor(context, c, d)));
        var differ = x.Credited.Count > 0 && y.Credited.Count > 0 && !x.Credited.Any(c => y.Credited.Any(d => SameActor(context, c, d)))
            && !x.Credited.Any(c => Names(context, y.Sentence, c)) && !y.Credited.Any(c => Names(context, x.Sentence, c));
        if (!denial && !differ)
            return null;
        var marked = x.OwnCue is not null || x.Denied.Count > 0 || y.OwnCue is not null || y.Denied.Count > 0;
        var confidence = denial ? 0.8 : marked ? 0.65 : 0.5;
        var (first, second) = y.OwnCue is null && y.Denied.Count == 0 && (x.OwnCue is not null || x.Denied.Count > 0) ? (y, x) : (x, y);
        return new Divergence(DivergenceKind.Attribution, [x.Sentence.Ref, y.Sentence.Ref],
            $"{topic} proposal: {Side(first, "credited to ")} ({context.Id(first.Sentence)}) vs {Side(second, "")} ({context.Id(second.Sentence)})")
        { Confidence = confidence };
    }

    /// <summary>The sentence names the actor too ("the Hask Rovers and the Lorn Rovers have offers"): it credits them as well.</summary>
    private static bool Names(DivergenceContext context, SentenceProfile sentence, ProposalActor actor)
        => actor.Entity >= 0 && sentence.Entities.Any(o => o.Mention.Kind == MentionKind.Name
            && (o.Entity == actor.Entity || SourceNames.Same(context.Entities.Entities[o.Entity], context.Entities.Entities[actor.Entity])));

    private static string Side(ProposalClaim claim, string creditedTo)
    {
        var credited = claim.Credited.DistinctBy(c => c.Entity >= 0 ? c.Entity.ToString(CultureInfo.InvariantCulture) : c.Text).ToList();
        var text = claim.OwnCue is not null && credited.Count > 0
            ? $"{credited[0].Text}'s own {claim.OwnCue}"
            : credited.Count > 0 ? creditedTo + string.Join(", ", credited.Select(c => c.Text)) : "";
        var denied = claim.Denied.DistinctBy(c => c.Entity >= 0 ? c.Entity.ToString(CultureInfo.InvariantCulture) : c.Text).Select(c => c.Text + "'s").ToList();
        if (denied.Count == 0)
            return text;
        return text.Length == 0 ? "not " + string.Join(" or ", denied) : $"{text}, not {string.Join(" or ", denied)}";
    }

    /// <summary>
    /// One actor: the same story entity or one named two ways (see <see cref="SourceNames"/>), or two governments where one is unnamed, or a government
    /// led by a person whose role names the other's country ("the X administration" and "Washington"
    /// when X is the "US President").
    /// </summary>
    private static bool SameActor(DivergenceContext context, ProposalActor a, ProposalActor b)
    {
        if (a.Entity >= 0 && b.Entity >= 0 && (a.Entity == b.Entity || SourceNames.Same(context.Entities.Entities[a.Entity], context.Entities.Entities[b.Entity])
            || OfficeAndHolder(context, a.Entity, b.Entity) || OfficeAndHolder(context, b.Entity, a.Entity)))
            return true;
        if (!IsGovernment(context, a) || !IsGovernment(context, b))
            return false;
        return a.Entity < 0 || b.Entity < 0 || SpeaksFor(context, a.Entity, b.Entity) || SpeaksFor(context, b.Entity, a.Entity);
    }

    /// <summary>
    /// One is the seat of an office (<see cref="Lexicon.OfficeSeats"/>: "the White House", "Downing Street") and the other a person
    /// the story gives that office's title ("President Trump"): the seat speaks for its holder; a vice president, a deputy, an envoy
    /// or a secretary is not the office.
    /// </summary>
    private static bool OfficeAndHolder(DivergenceContext context, int office, int holder)
    {
        if (!Lexicon.OfficeSeats.TryGetValue(string.Join(' ', SourceNames.Words(context.Entities.Entities[office].Name)), out var title))
            return false;
        return RolesOf(context, holder).Any(role => role.Contains(title, StringComparison.OrdinalIgnoreCase)
            && !role.Contains("vice", StringComparison.OrdinalIgnoreCase) && !role.Contains("deputy", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A government, or a person holding a government office ("Interior Minister", "US President").</summary>
    private static bool IsGovernment(DivergenceContext context, ProposalActor actor)
        => actor.Government || actor.Entity >= 0 && RolesOf(context, actor.Entity).Any(role => role.Split(' ').Any(Lexicon.GovernmentOffices.Contains));

    private static IEnumerable<string> RolesOf(DivergenceContext context, int entity)
        => context.Entities.Entities[entity].Type == EntityType.Person
            ? context.Entities.Entities[entity].Members.SelectMany(m => context.Articles[m.Article].Entities[m.Entity].Roles)
            : [];

    private static bool SpeaksFor(DivergenceContext context, int person, int country)
    {
        var c = context.Entities.Entities[country];
        if (c.Type is not (EntityType.Gpe or EntityType.Loc))
            return false;
        var names = c.Aliases.Where(n => n.Length >= 2).ToHashSet(StringComparer.Ordinal);
        names.Add(c.Name);
        return RolesOf(context, person).Any(role => role.Split(' ').Any(Lexicon.GovernmentOffices.Contains)
            && names.Any(n => role.StartsWith(n + " ", StringComparison.Ordinal) || role.Contains(" " + n + " ", StringComparison.Ordinal)));
    }

}
