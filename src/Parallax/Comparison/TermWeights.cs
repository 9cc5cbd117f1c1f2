namespace Parallax.Comparison;

/// <summary>
/// The rarity of every term over a story's sentences (BM25 idf) and the term ids the vectors use:
/// turns term counts of a sentence, or of a clause of one, into a rarity-weighted unit vector.
/// </summary>
internal sealed class TermWeights
{
    private readonly Dictionary<string, int> _df;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly double _n;

    public TermWeights(Dictionary<string, int> df, double sentences)
    {
        _df = df;
        _n = sentences;
        foreach (var term in df.Keys)
            _ids[term] = _ids.Count;
    }

    public double Idf(string term)
    {
        var d = _df.GetValueOrDefault(term, 1);
        return Math.Log(1 + (_n - d + 0.5) / (d + 0.5));
    }

    /// <summary>The id vectors give the term, or -1 when the story never saw it.</summary>
    public int IdOf(string term) => _ids.GetValueOrDefault(term, -1);

    /// <summary>The share of the story's sentences that hold the term, counting the sentences the idf adds as a prior (so that nothing is common in a short story).</summary>
    public double Share(string term) => _n <= 0 ? 0 : _df.GetValueOrDefault(term) / _n;

    /// <summary>Log-scaled term frequency times idf, unit length, sorted by term id; terms the story never saw are left out.</summary>
    public (int Term, double Weight)[] Vectorise(IReadOnlyDictionary<string, double> counts)
    {
        var vector = new List<(int Term, double Weight)>(counts.Count);
        var norm = 0.0;
        foreach (var (term, count) in counts)
        {
            if (!_ids.TryGetValue(term, out var id))
                continue;
            var w = (count >= 1 ? 1 + Math.Log(count) : count) * Idf(term);
            vector.Add((id, w));
            norm += w * w;
        }
        norm = Math.Sqrt(norm);
        var result = vector.ToArray();
        for (var k = 0; k < result.Length; k++)
            result[k].Weight = norm > 0 ? result[k].Weight / norm : 0;
        Array.Sort(result, (x, y) => x.Term.CompareTo(y.Term));
        return result;
    }

    /// <summary>Cosine of two unit vectors sorted by term id.</summary>
    public static double Cosine((int Term, double Weight)[] x, (int Term, double Weight)[] y)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            var c = x[i].Term.CompareTo(y[j].Term);
            if (c == 0)
                sum += x[i++].Weight * y[j++].Weight;
            else if (c < 0)
                i++;
            else
                j++;
        }
        return sum;
    }
}
