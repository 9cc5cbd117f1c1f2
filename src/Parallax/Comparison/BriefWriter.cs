using System.Collections.Immutable;
using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>
/// Writes the extractive brief: facts several independent outlets report come first, then the most
/// central facts one outlet reports; redundancy is removed with maximal marginal relevance, and the
/// chosen sentences are ordered by where they appear. A sentence that quotes someone it does not name
/// is never taken. Each brief sentence keeps the wording of the sentence it was taken from and cites it
/// and every sentence aligned with it that supports it: no divergence (other than a name's spelling or a
/// hedge) sets it apart from that sentence's outlet, and the two give no contradicting number, date or actor
/// (<see cref="BriefSupport"/>).
/// </summary>
internal sealed class BriefWriter(ComparisonOptions options)
{
    private const double RedundancyCeiling = 0.5;

    public ImmutableArray<BriefSentence> Write(IReadOnlyList<ArticleAnalysis> articles, SentenceProfile[][] profiles, List<AlignedPair> pairs,
        ImmutableDictionary<int, int> syndicated, IReadOnlyList<Divergence> divergences)
    {
        var all = profiles.SelectMany(p => p).Where(p => p.ContentWords > 0).ToList();
        if (all.Count == 0)
            return [];
        var partners = new Dictionary<int, int>();
        foreach (var pair in pairs)
        {
            partners[pair.A.Global] = partners.GetValueOrDefault(pair.A.Global) + 1;
            partners[pair.B.Global] = partners.GetValueOrDefault(pair.B.Global) + 1;
        }
        var neighbours = partners.ToDictionary(p => p.Key, p => new List<SentenceProfile>(p.Value));
        foreach (var pair in pairs)
        {
            neighbours[pair.A.Global].Add(pair.B);
            neighbours[pair.B.Global].Add(pair.A);
        }
        var outlets = articles.Select(a => BriefSupport.Key(a.Article.Outlet)).ToArray();
        var disputing = Disputing(divergences);
        var origins = Enumerable.Range(0, profiles.Length).Select(a => SyndicationDetector.Origin(syndicated, a)).Distinct().Count();
        var centroid = Centroid(all);
        var maxCentrality = all.Max(p => Dot(p, centroid));
        var relevance = new Dictionary<int, double>();
        foreach (var p in all)
            relevance[p.Global] = Relevance(p, profiles[p.Ref.Article].Length, neighbours, syndicated, origins, centroid, maxCentrality);

        var wanted = Math.Clamp((int)Math.Ceiling(CountFacts(all, neighbours) / 4.0), options.BriefMinSentences, options.BriefMaxSentences);
        var chosen = new List<SentenceProfile>();
        var pool = all.Where(p => !BriefSupport.QuotesUnnamedSpeaker(articles[p.Ref.Article], p.Ref.Sentence)).ToList();
        if (pool.Any(p => !BriefSupport.StatesNoFact(p.Text)))
            pool.RemoveAll(p => BriefSupport.StatesNoFact(p.Text));
        var redundancy = new double[all.Max(p => p.Global) + 1];
        while (chosen.Count < wanted && pool.Count > 0)
        {
            SentenceProfile? best = null;
            var bestScore = double.NegativeInfinity;
            foreach (var candidate in pool)
            {
                var repeats = redundancy[candidate.Global];
                if (repeats > RedundancyCeiling)
                    continue;
                var score = options.BriefRelevanceWeight * relevance[candidate.Global] - (1 - options.BriefRelevanceWeight) * repeats;
                if (score > bestScore)
                    (best, bestScore) = (candidate, score);
            }
            if (best is null)
                break;
            chosen.Add(best);
            pool.Remove(best);
            foreach (var candidate in pool)
                redundancy[candidate.Global] = Math.Max(redundancy[candidate.Global], Redundancy(candidate, best, neighbours));
        }

        return [.. chosen
            .OrderBy(p => p.Ref.Sentence / (double)profiles[p.Ref.Article].Length)
            .ThenBy(p => p.Ref.Article)
            .Select(p => new BriefSentence(Tidy(p.Text), [.. Sources(p, Supporters(p, neighbours, disputing, outlets))])
            {
                Wording = p.Ref,
                Disputes = [.. Enumerable.Range(0, divergences.Count).Where(i => Disputes(divergences[i], p.Ref))],
            })];
    }

    /// <summary>
    /// Each sentence with the other articles that a divergence sets apart from it, both ways round: all kinds but a name's
    /// spelling and a hedge (a hedged sentence weakens a firm one; it does not contradict it).
    /// </summary>
    private static HashSet<(SentenceRef, int)> Disputing(IEnumerable<Divergence> divergences)
    {
        var result = new HashSet<(SentenceRef, int)>();
        foreach (var divergence in divergences)
        {
            if (!Contradicting(divergence))
                continue;
            foreach (var a in divergence.Sentences)
            {
                foreach (var b in divergence.Sentences)
                {
                    if (a.Article != b.Article)
                        result.Add((a, b.Article));
                }
            }
        }
        return result;
    }

    private static bool Contradicting(Divergence divergence) => divergence.Kind is not (DivergenceKind.NameVariant or DivergenceKind.Modality);

    /// <summary>True when the divergence sets the sentence apart from a sentence of another article.</summary>
    private static bool Disputes(Divergence divergence, SentenceRef sentence)
        => Contradicting(divergence) && divergence.Sentences.Contains(sentence) && divergence.Sentences.Any(s => s.Article != sentence.Article);

    /// <summary>
    /// How much a sentence belongs in the brief: how many independent outlets report its fact (aligned with it,
    /// whether or not they agree on every detail), how central it is to the story, and how early it comes.
    /// </summary>
    private static double Relevance(SentenceProfile p, int articleLength, Dictionary<int, List<SentenceProfile>> neighbours,
        ImmutableDictionary<int, int> syndicated, int origins, Dictionary<int, double> centroid, double maxCentrality)
    {
        var supportScore = origins > 1 ? (Outlets(p, neighbours, syndicated) - 1) / (double)(origins - 1) : 0;
        var centrality = maxCentrality > 0 ? Dot(p, centroid) / maxCentrality : 0;
        var position = 1 - p.Ref.Sentence / (double)Math.Max(1, articleLength);
        var score = 0.45 * supportScore + 0.35 * centrality + 0.2 * position;
        if (p.FirstPerson || p.HasQuotationMarks)
            score *= 0.6;
        if (p.ContentWords < 4)
            score *= 0.5;
        if (p.Words.Length > 50)
            score *= 0.8;
        return score;
    }

    /// <summary>Independent outlets among a sentence and its partners (syndicated copies count once).</summary>
    private static int Outlets(SentenceProfile p, Dictionary<int, List<SentenceProfile>> partners, ImmutableDictionary<int, int> syndicated)
    {
        var outlets = new HashSet<int> { SyndicationDetector.Origin(syndicated, p.Ref.Article) };
        if (partners.TryGetValue(p.Global, out var list))
        {
            foreach (var n in list)
                outlets.Add(SyndicationDetector.Origin(syndicated, n.Ref.Article));
        }
        return outlets.Count;
    }

    /// <summary>How much a candidate repeats a chosen sentence: 1 when they are aligned, else their similarity.</summary>
    private static double Redundancy(SentenceProfile candidate, SentenceProfile chosen, Dictionary<int, List<SentenceProfile>> neighbours)
    {
        if (neighbours.TryGetValue(chosen.Global, out var list) && list.Contains(candidate))
            return 1;
        return SentenceAligner.Similarity(candidate, chosen);
    }

    /// <summary>Distinct facts: sentences, counting each aligned group once.</summary>
    private static int CountFacts(List<SentenceProfile> all, Dictionary<int, List<SentenceProfile>> neighbours)
    {
        var seen = new HashSet<int>();
        var facts = 0;
        foreach (var p in all)
        {
            if (!seen.Add(p.Global))
                continue;
            facts++;
            if (neighbours.TryGetValue(p.Global, out var list))
                seen.UnionWith(list.Select(n => n.Global));
        }
        return facts;
    }

    /// <summary>
    /// The sentences aligned with <paramref name="p"/> that do not contradict it, from articles where no divergence sets a
    /// sentence apart from it: an outlet that disputes the fact does not support it with its other sentences on the subject.
    /// </summary>
    private static IEnumerable<SentenceProfile> Supporters(SentenceProfile p, Dictionary<int, List<SentenceProfile>> neighbours, HashSet<(SentenceRef, int)> disputing, string[] outlets)
        => neighbours.TryGetValue(p.Global, out var list)
            ? list.Where(n => !disputing.Contains((p.Ref, n.Ref.Article)) && !BriefSupport.Contradicts(p, outlets[p.Ref.Article], n, outlets[n.Ref.Article]))
            : [];

    private static IEnumerable<SentenceRef> Sources(SentenceProfile p, IEnumerable<SentenceProfile> supporters)
        => supporters.Select(n => n.Ref).Prepend(p.Ref).Distinct().OrderBy(r => (r.Article, r.Sentence));

    private static Dictionary<int, double> Centroid(List<SentenceProfile> all)
    {
        var centroid = new Dictionary<int, double>();
        foreach (var p in all)
        {
            foreach (var (term, weight) in p.Vector)
                centroid[term] = centroid.GetValueOrDefault(term) + weight;
        }
        return centroid;
    }

    private static double Dot(SentenceProfile p, Dictionary<int, double> centroid)
    {
        var sum = 0.0;
        foreach (var (term, weight) in p.Vector)
            sum += weight * centroid.GetValueOrDefault(term);
        return sum;
    }

    /// <summary>Drops a leading "And"/"But" that only links to the previous sentence in the article.</summary>
    private static string Tidy(string text)
    {
        foreach (var lead in (ReadOnlySpan<string>)["And ", "But ", "So ", "Also, "])
        {
            if (text.StartsWith(lead, StringComparison.Ordinal) && text.Length > lead.Length + 1)
                return char.ToUpperInvariant(text[lead.Length]) + text[(lead.Length + 1)..];
        }
        return text;
    }
}
