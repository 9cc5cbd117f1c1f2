using System.Globalization;

namespace Parallax.Tagging;

/// <summary>
/// Learns <see cref="WordClusters"/> from unlabelled sentences with the exchange algorithm (Kneser &amp; Ney 1993;
/// Martin, Liermann &amp; Ney 1998): words are moved one at a time to the class that most raises the likelihood of
/// a class-bigram model, until few move. The fine classes are then clustered the same way into middle classes, and
/// those into coarse ones, so the three granularities nest.
/// </summary>
internal static class ExchangeClustering
{
    private const string Boundary = "<s>";

    public static WordClusters Train(IEnumerable<IReadOnlyList<string>> sentences, ClusteringOptions options)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyed = new List<string[]>();
        foreach (var sentence in sentences)
        {
            var keys = new string[sentence.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = WordClusters.KeyOf(sentence[i], options.Cased);
                counts[keys[i]] = counts.GetValueOrDefault(keys[i]) + 1;
            }
            keyed.Add(keys);
        }
        var vocabulary = counts.Where(p => p.Value >= options.MinCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key).Prepend(Boundary).ToArray();
        var index = vocabulary.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var bigrams = new Dictionary<long, int>();
        void Count(int a, int b)
        {
            if (a >= 0 && b >= 0)
                bigrams[((long)a << 32) | (uint)b] = bigrams.GetValueOrDefault(((long)a << 32) | (uint)b) + 1;
        }
        foreach (var keys in keyed)
        {
            var previous = 0;
            foreach (var key in keys)
            {
                var current = index.GetValueOrDefault(key, -1);
                Count(previous, current);
                previous = current;
            }
            Count(previous, 0);
        }
        options.Progress?.Invoke($"clusters: {keyed.Count:N0} sentences, {counts.Values.Sum():N0} tokens, {vocabulary.Length - 1:N0} words seen ≥ {options.MinCount} times, {bigrams.Count:N0} bigram types");
        var random = new Random(options.Seed);
        var words = BigramGraph.Of(vocabulary.Length, bigrams);
        var fine = Exchange(words, options.Fine, options.Iterations, random, options.Progress, "fine");
        var (fineGraph, fineRank) = words.Merge(fine, options.Fine);
        var middleByRank = Exchange(fineGraph, options.Middle, options.Iterations, random, options.Progress, "middle");
        var middle = fineRank.Select(r => middleByRank[r]).ToArray();
        var (middleGraph, middleRank) = fineGraph.Merge(middleByRank, options.Middle);
        var coarseByRank = Exchange(middleGraph, options.Coarse, options.Iterations, random, options.Progress, "coarse");
        var coarse = middleRank.Select(r => coarseByRank[r]).ToArray();
        var entries = new List<KeyValuePair<string, WordClass>>(vocabulary.Length);
        for (var w = 1; w < vocabulary.Length; w++)
        {
            var f = fine[w];
            entries.Add(new(vocabulary[w], new WordClass((ushort)(f + 1), (ushort)(middle[f] + 1), (ushort)(coarse[middle[f]] + 1))));
        }
        return new WordClusters(entries, options.Cased);
    }

    /// <summary>
    /// Assigns each item of <paramref name="graph"/> (ordered by frequency, most frequent first) to one of
    /// <paramref name="classes"/> classes, maximising Σ N(c,d) log N(c,d) − Σ N(c,·) log N(c,·) − Σ N(·,d) log N(·,d).
    /// </summary>
    internal static int[] Exchange(BigramGraph graph, int classes, int iterations, Random random, Action<string>? progress = null, string label = "")
    {
        var n = graph.Items;
        var c = classes;
        var classOf = new int[n];
        for (var i = 0; i < n; i++)
            classOf[i] = i < c ? i : random.Next(c);
        var pair = new long[c * c];
        var left = new long[c];
        var right = new long[c];
        for (var a = 0; a < n; a++)
        {
            for (var e = graph.NextStart[a]; e < graph.NextStart[a + 1]; e++)
            {
                var k = graph.NextCount[e];
                pair[(classOf[a] * c) + classOf[graph.Next[e]]] += k;
                left[classOf[a]] += k;
                right[classOf[graph.Next[e]]] += k;
            }
        }
        var xlogx = XLogX(graph.Total);
        var next = new long[c];
        var previous = new long[c];
        var touchedNext = new List<int>();
        var touchedPrevious = new List<int>();
        for (var iteration = 1; iteration <= iterations; iteration++)
        {
            var moved = 0;
            for (var w = 0; w < n; w++)
            {
                long self = 0, asLeft = 0, asRight = 0;
                for (var e = graph.NextStart[w]; e < graph.NextStart[w + 1]; e++)
                {
                    var (v, k) = (graph.Next[e], graph.NextCount[e]);
                    asLeft += k;
                    if (v == w)
                    {
                        self += k;
                        continue;
                    }
                    if (next[classOf[v]] == 0)
                        touchedNext.Add(classOf[v]);
                    next[classOf[v]] += k;
                }
                for (var e = graph.PreviousStart[w]; e < graph.PreviousStart[w + 1]; e++)
                {
                    var (v, k) = (graph.Previous[e], graph.PreviousCount[e]);
                    asRight += k;
                    if (v == w)
                        continue;
                    if (previous[classOf[v]] == 0)
                        touchedPrevious.Add(classOf[v]);
                    previous[classOf[v]] += k;
                }
                var from = classOf[w];
                Move(from, -1);
                var best = from;
                var bestGain = Gain(from);
                for (var b = 0; b < c; b++)
                {
                    var gain = Gain(b);
                    if (gain > bestGain + 1e-6)
                        (best, bestGain) = (b, gain);
                }
                Move(best, 1);
                if (best != from)
                {
                    classOf[w] = best;
                    moved++;
                }
                foreach (var d in touchedNext)
                    next[d] = 0;
                foreach (var d in touchedPrevious)
                    previous[d] = 0;
                touchedNext.Clear();
                touchedPrevious.Clear();

                void Move(int b, int sign)
                {
                    foreach (var d in touchedNext)
                        pair[(b * c) + d] += sign * next[d];
                    foreach (var d in touchedPrevious)
                        pair[(d * c) + b] += sign * previous[d];
                    pair[(b * c) + b] += sign * self;
                    left[b] += sign * asLeft;
                    right[b] += sign * asRight;
                }

                double Gain(int b)
                {
                    var row = b * c;
                    var sum = 0.0;
                    foreach (var d in touchedNext)
                    {
                        if (d != b)
                            sum += xlogx[pair[row + d] + next[d]] - xlogx[pair[row + d]];
                    }
                    foreach (var d in touchedPrevious)
                    {
                        if (d != b)
                            sum += xlogx[pair[(d * c) + b] + previous[d]] - xlogx[pair[(d * c) + b]];
                    }
                    var diagonal = pair[row + b];
                    sum += xlogx[diagonal + next[b] + previous[b] + self] - xlogx[diagonal];
                    sum -= xlogx[left[b] + asLeft] - xlogx[left[b]];
                    sum -= xlogx[right[b] + asRight] - xlogx[right[b]];
                    return sum;
                }
            }
            var objective = pair.Sum(x => xlogx[x]) - left.Sum(x => xlogx[x]) - right.Sum(x => xlogx[x]);
            progress?.Invoke(string.Create(CultureInfo.InvariantCulture,
                $"{label} ({c} classes) iteration {iteration}/{iterations}: {moved:N0} of {n:N0} moved, log-likelihood term {objective:E4}"));
            if (moved == 0)
                break;
        }
        return classOf;
    }

    private static double[] XLogX(long total)
    {
        var table = new double[total + 1];
        for (var x = 1; x <= total; x++)
            table[x] = x * Math.Log(x);
        return table;
    }
}

/// <summary>Settings of <see cref="ExchangeClustering.Train"/>.</summary>
internal sealed record ClusteringOptions
{
    public int Fine { get; init; } = 512;
    public int Middle { get; init; } = 128;
    public int Coarse { get; init; } = 32;

    /// <summary>Words seen fewer times are left unclustered.</summary>
    public int MinCount { get; init; } = 3;

    public int Iterations { get; init; } = 15;

    /// <summary>Cluster words with their capitals kept (see <see cref="WordClusters.Cased"/>).</summary>
    public bool Cased { get; init; }

    public int Seed { get; init; } = 1;
    public Action<string>? Progress { get; init; }
}

/// <summary>Bigram counts between items 0..n-1 as adjacency lists both ways.</summary>
internal sealed class BigramGraph
{
    private BigramGraph(int items, Dictionary<long, int> bigrams)
    {
        Items = items;
        var ordered = bigrams.OrderBy(p => p.Key).ToArray();
        NextStart = new int[items + 1];
        Next = new int[ordered.Length];
        NextCount = new int[ordered.Length];
        foreach (var (key, _) in ordered)
            NextStart[(int)(key >> 32) + 1]++;
        for (var i = 0; i < items; i++)
            NextStart[i + 1] += NextStart[i];
        for (var e = 0; e < ordered.Length; e++)
        {
            Next[e] = (int)(ordered[e].Key & 0xFFFFFFFF);
            NextCount[e] = ordered[e].Value;
            Total += ordered[e].Value;
        }
        var reversed = ordered.Select(p => (To: (int)(p.Key & 0xFFFFFFFF), From: (int)(p.Key >> 32), p.Value)).OrderBy(p => p.To).ThenBy(p => p.From).ToArray();
        PreviousStart = new int[items + 1];
        Previous = new int[reversed.Length];
        PreviousCount = new int[reversed.Length];
        foreach (var r in reversed)
            PreviousStart[r.To + 1]++;
        for (var i = 0; i < items; i++)
            PreviousStart[i + 1] += PreviousStart[i];
        for (var e = 0; e < reversed.Length; e++)
        {
            Previous[e] = reversed[e].From;
            PreviousCount[e] = reversed[e].Value;
        }
    }

    public int Items { get; }
    public long Total { get; }
    public int[] NextStart { get; }
    public int[] Next { get; }
    public int[] NextCount { get; }
    public int[] PreviousStart { get; }
    public int[] Previous { get; }
    public int[] PreviousCount { get; }

    public static BigramGraph Of(int items, Dictionary<long, int> bigrams) => new(items, bigrams);

    /// <summary>
    /// The graph between groups of items (<paramref name="groupOf"/> maps an item to its group). Its items are the
    /// groups renumbered by frequency, most frequent first; <c>Rank</c> maps a group to its new number.
    /// </summary>
    public (BigramGraph Graph, int[] Rank) Merge(int[] groupOf, int groups)
    {
        var frequency = new long[groups];
        for (var a = 0; a < Items; a++)
        {
            for (var e = NextStart[a]; e < NextStart[a + 1]; e++)
                frequency[groupOf[a]] += NextCount[e];
        }
        var rank = new int[groups];
        var order = Enumerable.Range(0, groups).OrderByDescending(g => frequency[g]).ThenBy(g => g).ToArray();
        for (var r = 0; r < groups; r++)
            rank[order[r]] = r;
        var bigrams = new Dictionary<long, int>();
        for (var a = 0; a < Items; a++)
        {
            for (var e = NextStart[a]; e < NextStart[a + 1]; e++)
            {
                var key = ((long)rank[groupOf[a]] << 32) | (uint)rank[groupOf[Next[e]]];
                bigrams[key] = bigrams.GetValueOrDefault(key) + NextCount[e];
            }
        }
        return (new BigramGraph(groups, bigrams), rank);
    }
}
