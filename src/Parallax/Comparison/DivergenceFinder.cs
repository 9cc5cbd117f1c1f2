using System.Collections.Immutable;
using System.Globalization;
using Parallax.Analysis;
using Parallax.Entities;
using Parallax.Quotes;

namespace Parallax.Comparison;

/// <summary>
/// Finds the differences that matter between aligned sentences — numbers and dates in the same
/// slot, places and people in the same slot, hedged vs firm claims, negation, who a statement or
/// proposal is attributed to — and, across the story, names spelled differently.
/// </summary>
internal sealed class DivergenceFinder(IReadOnlyList<ArticleAnalysis> articles, ResolvedEntities entities, IReadOnlyList<Quote>[][] quotesBySentence, Story story)
{
    private const int AgentWindow = 6;
    private readonly HashSet<(SentenceRef, SentenceRef)> _framed = [];
    private readonly HashSet<(int, double, int, double)> _reportedNumbers = [];
    private const int MaxFramingDivergences = 3;
    private const int MaxTopicSentencesPerArticle = 2;
    private const double MinTopicIdf = 1.5;

    /// <summary>Sentences assumed to lack every term, as in <see cref="SentenceProfiler"/>.</summary>
    private const int PriorSentences = 10;

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
        if (!_framed.Contains((a.Ref, b.Ref)) && !_framed.Contains((b.Ref, a.Ref)))
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
            if (na.Any(x => nb.Any(x.Agrees)))
                continue;
            found.Add(new Divergence(DivergenceKind.Number, Refs(a, b), $"{Describe(na[0])} ({Id(a)}) vs {Describe(nb[0])} ({Id(b)})") { Confidence = 0.85 });
            Reported(a, na[0], b, nb[0]);
        }
        if (units.Count == 0 && ClosestDifferentCounts(a, b) is var (x, y))
        {
            found.Add(new Divergence(DivergenceKind.Number, Refs(a, b), $"{Describe(x)} ({Id(a)}) vs {Describe(y)} ({Id(b)})") { Confidence = 0.5 });
            Reported(a, x, b, y);
        }
    }

    /// <summary>
    /// The article gives another count of the same unit and size, or the sentence another bare number
    /// of that size ("279 votes ... or 274"): which one is the rival is unclear.
    /// </summary>
    private static bool Ambiguous(IEnumerable<double> unitValues, CountSlots.Slot slot)
    {
        var value = slot.Number.Value;
        return unitValues.Concat(slot.Sentence.Numbers.Where(n => n.Unit is null).Select(n => n.Value))
            .Any(v => !v.Equals(value) && v > 0 && Math.Max(v, value) / Math.Min(v, value) <= CountSlots.MaxRatio);
    }

    private void Reported(SentenceProfile a, NumberFact x, SentenceProfile b, NumberFact y)
    {
        _reportedNumbers.Add((a.Ref.Article, x.Value, b.Ref.Article, y.Value));
        _reportedNumbers.Add((b.Ref.Article, y.Value, a.Ref.Article, x.Value));
    }

    /// <summary>
    /// Number divergences between sentences that do not align: per pair of articles and unit, the
    /// closest two rival counts (<see cref="CountSlots"/>), unless the articles give one equal count
    /// with that unit anywhere, either gives two counts of that unit of a similar size, or an aligned
    /// pair already reported those two values. Call after <see cref="Between"/> has seen every aligned pair.
    /// </summary>
    public List<Divergence> CountSlotDivergences(SentenceProfile[][] profiles, IReadOnlyList<AlignedPair> pairs)
    {
        var aligned = pairs.SelectMany(p => new[] { (p.A.Ref, p.B.Ref), (p.B.Ref, p.A.Ref) }).ToHashSet();
        var slots = profiles.Select(article => article.SelectMany(CountSlots.Of).ToList()).ToArray();
        var found = new List<Divergence>();
        for (var x = 0; x < profiles.Length; x++)
        {
            for (var y = x + 1; y < profiles.Length; y++)
            {
                var valuesX = profiles[x].SelectMany(p => p.Numbers).Where(n => n.Unit is not null).ToLookup(n => n.Unit!);
                var valuesY = profiles[y].SelectMany(p => p.Numbers).Where(n => n.Unit is not null).ToLookup(n => n.Unit!);
                var best = new Dictionary<string, (CountSlots.Slot X, CountSlots.Slot Y, double Ratio)>(StringComparer.Ordinal);
                foreach (var sx in slots[x])
                {
                    foreach (var sy in slots[y])
                    {
                        var unit = sx.Number.Unit!;
                        if (!CountSlots.Rival(sx, sy) || aligned.Contains((sx.Sentence.Ref, sy.Sentence.Ref))
                            || _reportedNumbers.Contains((x, sx.Number.Value, y, sy.Number.Value))
                            || valuesX[unit].Any(n => valuesY[unit].Any(n.Agrees))
                            || Ambiguous(valuesX[unit].Select(n => n.Value), sx) || Ambiguous(valuesY[unit].Select(n => n.Value), sy))
                            continue;
                        var ratio = CountSlots.Ratio(sx, sy);
                        if (!best.TryGetValue(unit, out var current) || ratio < current.Ratio)
                            best[unit] = (sx, sy, ratio);
                    }
                }
                foreach (var (sx, sy, _) in best.Values.OrderBy(b => (b.X.Sentence.Ref.Sentence, b.Y.Sentence.Ref.Sentence)))
                {
                    found.Add(new Divergence(DivergenceKind.Number, Refs(sx.Sentence, sy.Sentence),
                        $"{Describe(sx.Number)} ({Id(sx.Sentence)}) vs {Describe(sy.Number)} ({Id(sy.Sentence)})")
                    { Confidence = CountSlots.Confidence });
                }
            }
        }
        return found;
    }

    /// <summary>
    /// Without a shared unit, two aligned sentences that share no number but carry numbers of the
    /// same order of magnitude ("4,200 members" vs "about 3,800") most likely give different counts:
    /// the closest such pair, when at least one side names no unit.
    /// </summary>
    private static (NumberFact, NumberFact)? ClosestDifferentCounts(SentenceProfile a, SentenceProfile b)
    {
        if (a.Numbers.Count == 0 || b.Numbers.Count == 0 || a.Numbers.Any(x => b.Numbers.Any(x.Agrees)))
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
        var da = a.Dates.Where(d => d.Anchored).ToList();
        var db = b.Dates.Where(d => d.Anchored).ToList();
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
            var entity = quote.Speaker.Entity is int e ? story.EntityIndexOf(p.Ref.Article, e) : -1;
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

    /// <summary>
    /// Framing divergences that need no alignment: two articles speak of a proposal about the same
    /// rare content term ("power-sharing", "pay rise") but credit different actors with it, or one
    /// says it is not the work of the actor the other credits. At most <see cref="MaxFramingDivergences"/>
    /// per story. Call before <see cref="Between"/>, which then leaves these pairs' proposal attribution to it.
    /// </summary>
    public List<Divergence> Framing(SentenceProfile[][] profiles)
    {
        var reader = new ProposalReader(entities.Entities);
        var sentences = profiles.Sum(a => a.Length);
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var perArticle = new Dictionary<(int, string), int>();
        var claims = new List<ProposalClaim>[profiles.Length];
        for (var a = 0; a < profiles.Length; a++)
        {
            claims[a] = [];
            foreach (var p in profiles[a])
            {
                foreach (var key in reader.Terms(p).Select(t => t.Key).Distinct(StringComparer.Ordinal))
                {
                    frequency[key] = frequency.GetValueOrDefault(key) + 1;
                    perArticle[(a, key)] = perArticle.GetValueOrDefault((a, key)) + 1;
                }
                if (reader.Read(p) is { } claim)
                    claims[a].Add(claim);
            }
        }
        bool Rare(string key, int x, int y)
        {
            var d = frequency[key];
            var idf = Math.Log(1 + (sentences + PriorSentences - d + 0.5) / (d + 0.5));
            return idf >= MinTopicIdf && perArticle[(x, key)] <= MaxTopicSentencesPerArticle && perArticle[(y, key)] <= MaxTopicSentencesPerArticle;
        }

        var candidates = new List<(Divergence Divergence, bool Compound)>();
        for (var x = 0; x < profiles.Length; x++)
        {
            for (var y = x + 1; y < profiles.Length; y++)
            {
                foreach (var cx in claims[x])
                {
                    foreach (var cy in claims[y])
                    {
                        var shared = cx.Topics.Keys.Where(k => cy.Topics.ContainsKey(k) && Rare(k, x, y))
                            .OrderBy(k => cx.Topics[k].Distance + cy.Topics[k].Distance)
                            .ThenByDescending(k => k.StartsWith("h:", StringComparison.Ordinal))
                            .ThenBy(k => frequency[k])
                            .ThenBy(k => k, StringComparer.Ordinal)
                            .FirstOrDefault();
                        if (shared is not null && FramingBetween(cx, cy, cx.Topics[shared].Text) is { } divergence)
                            candidates.Add((divergence, shared.StartsWith("h:", StringComparison.Ordinal)));
                    }
                }
            }
        }
        List<Divergence> found = [.. candidates
            .OrderByDescending(c => c.Divergence.Confidence + (c.Compound ? 0.05 : 0))
            .ThenBy(c => (c.Divergence.Sentences[0].Article, c.Divergence.Sentences[0].Sentence, c.Divergence.Sentences[1].Sentence))
            .Select(c => c.Divergence)
            .Take(MaxFramingDivergences)];
        _framed.UnionWith(found.Select(d => (d.Sentences[0], d.Sentences[1])));
        return found;
    }

    private Divergence? FramingBetween(ProposalClaim x, ProposalClaim y, string topic)
    {
        var denial = x.Credited.Any(c => y.Denied.Any(d => SameActor(c, d))) || y.Credited.Any(c => x.Denied.Any(d => SameActor(c, d)));
        var differ = x.Credited.Count > 0 && y.Credited.Count > 0 && !x.Credited.Any(c => y.Credited.Any(d => SameActor(c, d)));
        if (!denial && !differ)
            return null;
        var marked = x.OwnCue is not null || x.Denied.Count > 0 || y.OwnCue is not null || y.Denied.Count > 0;
        var confidence = denial ? 0.8 : marked ? 0.65 : 0.5;
        var (first, second) = y.OwnCue is null && y.Denied.Count == 0 && (x.OwnCue is not null || x.Denied.Count > 0) ? (y, x) : (x, y);
        return new Divergence(DivergenceKind.Attribution, [x.Sentence.Ref, y.Sentence.Ref],
            $"{topic} proposal: {Side(first, "credited to ")} ({Id(first.Sentence)}) vs {Side(second, "")} ({Id(second.Sentence)})")
        { Confidence = confidence };
    }

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
    /// One actor: the same story entity, or two governments where one is unnamed, or a government
    /// led by a person whose role names the other's country ("the X administration" and "Washington"
    /// when X is the "US President").
    /// </summary>
    private bool SameActor(ProposalActor a, ProposalActor b)
    {
        if (a.Entity >= 0 && a.Entity == b.Entity)
            return true;
        if (!IsGovernment(a) || !IsGovernment(b))
            return false;
        return a.Entity < 0 || b.Entity < 0 || SpeaksFor(a.Entity, b.Entity) || SpeaksFor(b.Entity, a.Entity);
    }

    /// <summary>A government, or a person holding a government office ("Interior Minister", "US President").</summary>
    private bool IsGovernment(ProposalActor actor)
        => actor.Government || actor.Entity >= 0 && RolesOf(actor.Entity).Any(role => role.Split(' ').Any(Lexicon.GovernmentOffices.Contains));

    private IEnumerable<string> RolesOf(int entity)
        => entities.Entities[entity].Type == EntityType.Person
            ? entities.Entities[entity].Members.SelectMany(m => articles[m.Article].Entities[m.Entity].Roles)
            : [];

    private bool SpeaksFor(int person, int country)
    {
        var c = entities.Entities[country];
        if (c.Type is not (EntityType.Gpe or EntityType.Loc))
            return false;
        var names = c.Aliases.Where(n => n.Length >= 2).ToHashSet(StringComparer.Ordinal);
        names.Add(c.Name);
        return RolesOf(person).Any(role => role.Split(' ').Any(Lexicon.GovernmentOffices.Contains)
            && names.Any(n => role.StartsWith(n + " ", StringComparison.Ordinal) || role.Contains(" " + n + " ", StringComparison.Ordinal)));
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
