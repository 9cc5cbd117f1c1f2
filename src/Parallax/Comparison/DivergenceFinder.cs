using System.Collections.Immutable;
using Parallax.Analysis;
using Parallax.Entities;
using Parallax.Quotes;

namespace Parallax.Comparison;

/// <summary>
/// Finds the differences that matter between aligned sentences — numbers and dates in the same
/// slot, places and people in the same slot, hedged vs firm claims, negation, who a statement or
/// proposal is attributed to — and, across the story, names spelled differently.
/// </summary>
internal sealed class DivergenceFinder(IReadOnlyList<ArticleAnalysis> articles, ResolvedEntities entities, IReadOnlyList<Quote>[][] quotesBySentence, int[][] storyEntityOfDocumentEntity)
{
    private const int AgentWindow = 6;

    public List<Divergence> Between(AlignedPair pair)
    {
        var found = new List<Divergence>();
        var (a, b) = (pair.A, pair.B);
        Numbers(a, b, found);
        Dates(a, b, found);
        Slots(a, b, found, isPlace: true);
        Slots(a, b, found, isPlace: false);
        Modality(a, b, found);
        Negation(a, b, found);
        QuoteAttribution(a, b, found);
        ProposalAttribution(a, b, found);
        return found;
    }

    private string Id(SentenceProfile p) => articles[p.Ref.Article].Article.Id;

    private static ImmutableArray<SentenceRef> Refs(SentenceProfile a, SentenceProfile b) => [a.Ref, b.Ref];

    private void Numbers(SentenceProfile a, SentenceProfile b, List<Divergence> found)
    {
        var units = a.Numbers.Where(n => n.Unit is not null).Select(n => n.Unit).Intersect(b.Numbers.Select(n => n.Unit)).ToList();
        foreach (var unit in units)
        {
            var na = a.Numbers.Where(n => n.Unit == unit).ToList();
            var nb = b.Numbers.Where(n => n.Unit == unit).ToList();
            if (na.Any(x => nb.Any(y => x.Value.Equals(y.Value))))
                continue;
            found.Add(new Divergence(DivergenceKind.Number, Refs(a, b), $"{Describe(na[0])} ({Id(a)}) vs {Describe(nb[0])} ({Id(b)})") { Confidence = 0.85 });
        }
        if (units.Count == 0 && ClosestDifferentCounts(a, b) is var (x, y))
            found.Add(new Divergence(DivergenceKind.Number, Refs(a, b), $"{Describe(x)} ({Id(a)}) vs {Describe(y)} ({Id(b)})") { Confidence = 0.5 });
    }

    /// <summary>
    /// Without a shared unit, two aligned sentences that share no number but carry numbers of the
    /// same order of magnitude ("4,200 members" vs "about 3,800") most likely give different counts:
    /// the closest such pair, when at least one side names no unit.
    /// </summary>
    private static (NumberFact, NumberFact)? ClosestDifferentCounts(SentenceProfile a, SentenceProfile b)
    {
        if (a.Numbers.Count == 0 || b.Numbers.Count == 0 || a.Numbers.Any(x => b.Numbers.Any(y => x.Value.Equals(y.Value))))
            return null;
        (NumberFact, NumberFact)? best = null;
        var bestRatio = double.MaxValue;
        foreach (var x in a.Numbers)
        {
            foreach (var y in b.Numbers)
            {
                if (x.Unit is not null && y.Unit is not null || x.Value <= 0 || y.Value <= 0)
                    continue;
                var ratio = Math.Max(x.Value, y.Value) / Math.Min(x.Value, y.Value);
                if (ratio <= 3 && ratio < bestRatio)
                {
                    bestRatio = ratio;
                    best = (x, y);
                }
            }
        }
        return best;
    }

    private static string Describe(NumberFact n) => n.UnitWord is null ? n.Text : $"{n.Text} {n.UnitWord}";

    private void Dates(SentenceProfile a, SentenceProfile b, List<Divergence> found)
    {
        var da = a.Dates.Where(d => !d.IsWeekday).ToList();
        var db = b.Dates.Where(d => !d.IsWeekday).ToList();
        if (da.Count == 0 || db.Count == 0 || da.Any(x => db.Any(x.CompatibleWith)))
            return;
        found.Add(new Divergence(DivergenceKind.Date, Refs(a, b), $"{da[0].Text} ({Id(a)}) vs {db[0].Text} ({Id(b)})") { Confidence = 0.75 });
    }

    /// <summary>Different places (or people) in the same slot: the same content word just before or after them.</summary>
    private void Slots(SentenceProfile a, SentenceProfile b, List<Divergence> found, bool isPlace)
    {
        bool Fits(EntityOccurrence o) => o.Mention.Kind is MentionKind.Name or MentionKind.Role
            && (isPlace ? o.Mention.Type is EntityType.Gpe or EntityType.Loc : o.Mention.Type == EntityType.Person);
        var inA = a.Entities.Select(o => o.Entity).ToHashSet();
        var inB = b.Entities.Select(o => o.Entity).ToHashSet();
        var onlyA = a.Entities.Where(o => Fits(o) && !inB.Contains(o.Entity)).ToList();
        var onlyB = b.Entities.Where(o => Fits(o) && !inA.Contains(o.Entity)).ToList();
        foreach (var x in onlyA)
        {
            foreach (var y in onlyB)
            {
                if (!SameSlot(a, x, b, y))
                    continue;
                var kind = isPlace ? DivergenceKind.Place : DivergenceKind.Person;
                found.Add(new Divergence(kind, Refs(a, b), $"{x.Mention.Text} ({Id(a)}) vs {y.Mention.Text} ({Id(b)})") { Confidence = 0.6 });
                return;
            }
        }
    }

    private static bool SameSlot(SentenceProfile a, EntityOccurrence x, SentenceProfile b, EntityOccurrence y)
    {
        var (leftA, rightA) = (ConceptNear(a, x.Token, -1), ConceptNear(a, x.EndToken, +1));
        var (leftB, rightB) = (ConceptNear(b, y.Token, -1), ConceptNear(b, y.EndToken, +1));
        return leftA is not null && leftA == leftB || rightA is not null && rightA == rightB;
    }

    private static string? ConceptNear(SentenceProfile p, int token, int step)
    {
        for (int i = token + step, n = 0; i >= 0 && i < p.Concepts.Length && n < 3; i += step, n++)
        {
            if (p.Concepts[i] is { } c && !c.StartsWith("k:", StringComparison.Ordinal))
                return c;
        }
        return null;
    }

    private void Modality(SentenceProfile a, SentenceProfile b, List<Divergence> found)
    {
        var (ha, hb) = (a.Hedges.Count > 0, b.Hedges.Count > 0);
        if (ha == hb)
            return;
        var (hedged, firm) = ha ? (a, b) : (b, a);
        var firmWord = firm.Words.FirstOrDefault(Lexicon.FirmMarkers.Contains);
        var firmText = firmWord is null ? "" : $" '{firmWord}'";
        found.Add(new Divergence(DivergenceKind.Modality, Refs(a, b),
            $"hedged in {Id(hedged)} ('{string.Join(' ', hedged.Hedges.Distinct(StringComparer.OrdinalIgnoreCase))}') vs firm in {Id(firm)}{firmText}")
        { Confidence = 0.6 });
    }

    private void Negation(SentenceProfile a, SentenceProfile b, List<Divergence> found)
    {
        var (na, nb) = (a.Negations.Count > 0, b.Negations.Count > 0);
        if (na == nb)
            return;
        var (negated, asserted) = na ? (a, b) : (b, a);
        found.Add(new Divergence(DivergenceKind.Negation, Refs(a, b),
            $"negated in {Id(negated)} ('{string.Join(' ', negated.Negations)}'), asserted in {Id(asserted)}")
        { Confidence = 0.6 });
    }

    private void QuoteAttribution(SentenceProfile a, SentenceProfile b, List<Divergence> found)
    {
        var sa = Speakers(a);
        var sb = Speakers(b);
        if (sa.Count == 0 || sb.Count == 0 || sa.Keys.Intersect(sb.Keys).Any())
            return;
        found.Add(new Divergence(DivergenceKind.Attribution, Refs(a, b),
            $"attributed to {string.Join(", ", sa.Values)} ({Id(a)}) vs {string.Join(", ", sb.Values)} ({Id(b)})")
        { Confidence = 0.6 });
    }

    private Dictionary<string, string> Speakers(SentenceProfile p)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var quote in quotesBySentence[p.Ref.Article][p.Ref.Sentence])
        {
            var entity = quote.Speaker.Entity is int e && (uint)e < (uint)storyEntityOfDocumentEntity[p.Ref.Article].Length
                ? storyEntityOfDocumentEntity[p.Ref.Article][e] : -1;
            if (entity >= 0)
                result.TryAdd("e" + entity, entities.Entities[entity].Name);
            else
                result.TryAdd(VoiceCounter.Normalise(quote.Speaker.Text), quote.Speaker.Text);
        }
        return result;
    }

    private void ProposalAttribution(SentenceProfile a, SentenceProfile b, List<Divergence> found)
    {
        var (assertedA, deniedA) = Agents(a);
        var (assertedB, deniedB) = Agents(b);
        string Names(IEnumerable<int> ids) => string.Join(", ", ids.Select(i => entities.Entities[i].Name));
        if (assertedA.Overlaps(deniedB) || assertedB.Overlaps(deniedA))
        {
            var (claim, denial, who) = assertedA.Overlaps(deniedB) ? (a, b, assertedA.Intersect(deniedB)) : (b, a, assertedB.Intersect(deniedA));
            found.Add(new Divergence(DivergenceKind.Attribution, Refs(a, b),
                $"attributed to {Names(who)} in {Id(claim)}, denied as theirs in {Id(denial)}")
            { Confidence = 0.8 });
            return;
        }
        if (assertedA.Count > 0 && assertedB.Count > 0 && !assertedA.Overlaps(assertedB))
        {
            var deniedNote = deniedA.Count + deniedB.Count > 0 ? $"; not {Names(deniedA.Concat(deniedB).Distinct())}" : "";
            found.Add(new Divergence(DivergenceKind.Attribution, Refs(a, b),
                $"proposal attributed to {Names(assertedA)} ({Id(a)}) vs {Names(assertedB)} ({Id(b)}){deniedNote}")
            { Confidence = 0.6 });
        }
    }

    /// <summary>Who a proposal cue ("proposed", "plan", "vision") is credited to, and who it is said not to come from.</summary>
    private static (HashSet<int> Asserted, HashSet<int> Denied) Agents(SentenceProfile p)
    {
        var asserted = new HashSet<int>();
        var denied = new HashSet<int>();
        for (var cue = 0; cue < p.Words.Length; cue++)
        {
            if (!Lexicon.ProposalCues.Contains(p.Words[cue]))
                continue;
            EntityOccurrence? agent = null;
            foreach (var o in p.Entities)
            {
                if (o.Mention.Type is not (EntityType.Person or EntityType.Org or EntityType.Gpe) || o.EndToken >= cue || cue - o.EndToken > AgentWindow)
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

    /// <summary>One divergence per story entity whose name is spelled differently across articles ("Anthony" vs "Antony").</summary>
    public List<Divergence> NameVariants()
    {
        var found = new List<Divergence>();
        foreach (var entity in entities.Entities)
        {
            if (entity.Type is EntityType.Date or EntityType.Number)
                continue;
            var spellings = new List<(string Word, MentionRef Mention)>();
            foreach (var r in entity.Mentions)
            {
                var mention = articles[r.Article].Mentions[r.Mention];
                if (mention.Kind != MentionKind.Name)
                    continue;
                foreach (var word in mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var w = EntityProfile.StripPossessive(word).Trim(',', '.', ';', ':', '"', '“', '”');
                    if (w.Length >= 3 && char.IsUpper(w[0]))
                        spellings.Add((w, r));
                }
            }
            var distinct = spellings.Select(s => s.Word).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var done = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var word in distinct)
            {
                if (done.Contains(word))
                    continue;
                var group = distinct.Where(o => NameKey.Fold(o) == NameKey.Fold(word) || NameKey.SameWord(o, word)).ToList();
                var folded = group.Select(NameKey.Fold).Distinct(StringComparer.Ordinal).Count();
                done.UnionWith(group);
                if (folded < 2)
                    continue;
                var uses = spellings.Where(s => group.Contains(s.Word, StringComparer.OrdinalIgnoreCase)).ToList();
                if (uses.Select(u => u.Mention.Article).Distinct().Count() < 2)
                    continue;
                found.Add(Variant(uses));
            }
        }
        return found;
    }

    private Divergence Variant(List<(string Word, MentionRef Mention)> uses)
    {
        var parts = new List<string>();
        foreach (var spelling in uses.GroupBy(u => NameKey.Fold(u.Word), StringComparer.Ordinal))
        {
            var mentions = spelling.Select(u => articles[u.Mention.Article].Mentions[u.Mention.Mention]).ToList();
            var longest = EntityProfile.StripPossessive(mentions.OrderByDescending(m => m.Text.Length).First().Text);
            var ids = spelling.Select(u => articles[u.Mention.Article].Article.Id).Distinct(StringComparer.Ordinal);
            parts.Add($"{longest} ({string.Join(", ", ids)})");
        }
        var sentences = uses
            .Select(u => new SentenceRef(u.Mention.Article, articles[u.Mention.Article].Mentions[u.Mention.Mention].Sentence))
            .Distinct()
            .OrderBy(s => (s.Article, s.Sentence))
            .ToImmutableArray();
        return new Divergence(DivergenceKind.NameVariant, sentences, string.Join(" vs ", parts)) { Confidence = 0.9 };
    }
}
