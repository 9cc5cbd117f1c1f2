namespace Parallax.Comparison;

/// <summary>A scored pair of sentences from different articles, with how much of each one the other covers.</summary>
internal sealed record AlignedPair(SentenceProfile A, SentenceProfile B, double Score, double CoverageA, double CoverageB);

/// <summary>
/// Scores every cross-article sentence pair by cosine over the rarity-weighted profiles (through an
/// inverted index, so only pairs sharing a term are touched) and keeps the pairs above the
/// threshold that are also near the best either sentence reaches in the other article.
/// Many-to-many: a long sentence may align with several short ones.
/// </summary>
internal sealed class SentenceAligner(ComparisonOptions options)
{
    public List<AlignedPair> Align(SentenceProfile[][] profiles)
    {
        var all = profiles.SelectMany(p => p).ToArray();
        var postings = new Dictionary<string, List<(int Global, double Weight)>>(StringComparer.Ordinal);
        foreach (var p in all)
        {
            foreach (var (term, weight) in p.Vector)
            {
                if (!postings.TryGetValue(term, out var list))
                    postings[term] = list = [];
                list.Add((p.Global, weight));
            }
        }

        var candidates = new List<(int A, int B, double Score)>();
        var accumulator = new double[all.Length];
        var touched = new List<int>();
        foreach (var p in all)
        {
            foreach (var (term, weight) in p.Vector)
            {
                foreach (var (other, w) in postings[term])
                {
                    if (other <= p.Global || all[other].Ref.Article == p.Ref.Article)
                        continue;
                    if (accumulator[other] == 0)
                        touched.Add(other);
                    accumulator[other] += weight * w;
                }
            }
            foreach (var other in touched)
            {
                if (accumulator[other] >= options.AlignmentThreshold)
                    candidates.Add((p.Global, other, accumulator[other]));
                accumulator[other] = 0;
            }
            touched.Clear();
        }

        var best = new Dictionary<(int Sentence, int Article), double>();
        foreach (var (a, b, score) in candidates)
        {
            Raise(best, (a, all[b].Ref.Article), score);
            Raise(best, (b, all[a].Ref.Article), score);
        }
        var pairs = new List<AlignedPair>();
        foreach (var (a, b, score) in candidates)
        {
            var bestA = best[(a, all[b].Ref.Article)];
            var bestB = best[(b, all[a].Ref.Article)];
            if (score < options.RelativeThreshold * bestA && score < options.RelativeThreshold * bestB)
                continue;
            var (pa, pb) = (all[a], all[b]);
            pairs.Add(new AlignedPair(pa, pb, Math.Min(1, score), Coverage(pa, pb), Coverage(pb, pa)));
        }
        pairs.Sort((x, y) => (x.A.Global, x.B.Global).CompareTo((y.A.Global, y.B.Global)));
        return pairs;
    }

    /// <summary>Cosine similarity of two profiles.</summary>
    public static double Similarity(SentenceProfile a, SentenceProfile b)
    {
        double sum = 0;
        int i = 0, j = 0;
        var (x, y) = (a.Vector, b.Vector);
        while (i < x.Length && j < y.Length)
        {
            var c = string.CompareOrdinal(x[i].Term, y[j].Term);
            if (c == 0)
                sum += x[i++].Weight * y[j++].Weight;
            else if (c < 0)
                i++;
            else
                j++;
        }
        return sum;
    }

    /// <summary>The share of <paramref name="a"/>'s weight on terms <paramref name="b"/> also has.</summary>
    private static double Coverage(SentenceProfile a, SentenceProfile b)
    {
        double covered = 0;
        int i = 0, j = 0;
        var (x, y) = (a.Vector, b.Vector);
        while (i < x.Length && j < y.Length)
        {
            var c = string.CompareOrdinal(x[i].Term, y[j].Term);
            if (c == 0)
            {
                covered += x[i].Weight * x[i].Weight;
                i++;
                j++;
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return covered;
    }

    private static void Raise(Dictionary<(int, int), double> best, (int, int) key, double score)
    {
        if (!best.TryGetValue(key, out var current) || score > current)
            best[key] = score;
    }
}
