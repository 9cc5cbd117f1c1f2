using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>
/// Sentences of different articles that read the same: their word bigrams (with the sentence's start and end)
/// overlap with a Dice coefficient of at least <see cref="MinimumSimilarity"/>, so that one changed or
/// dropped word still counts. Each sentence has at most one near-copy per other article (the best, and
/// best in return). A near-copy always aligns, whatever the aligner's limits on partners; and two sentences
/// that each have their own near-copy in the other's article are not aligned with each other.
/// </summary>
internal static class NearCopies
{
    public const double MinimumSimilarity = 0.8;

    /// <summary>Near-copy pairs, the earlier sentence (in story order) first.</summary>
    public static List<(SentenceProfile A, SentenceProfile B, double Similarity)> Find(SentenceProfile[][] profiles)
    {
        var all = profiles.SelectMany(p => p).ToArray();
        var bigrams = all.Select(Bigrams).ToArray();
        var postings = new Dictionary<long, List<int>>();
        for (var g = 0; g < all.Length; g++)
        {
            foreach (var b in bigrams[g])
            {
                if (!postings.TryGetValue(b, out var list))
                    postings[b] = list = [];
                list.Add(g);
            }
        }

        var best = new List<(int Article, int Other, double Similarity)>[all.Length];
        Parallel.For(0, all.Length, () => new Scratch(all.Length), (g, _, scratch) =>
        {
            best[g] = BestPerArticle(all, bigrams, postings, g, scratch);
            return scratch;
        }, _ => { });

        var result = new List<(SentenceProfile, SentenceProfile, double)>();
        for (var g = 0; g < all.Length; g++)
        {
            foreach (var (_, other, similarity) in best[g])
            {
                if (g < other && best[other].Exists(back => back.Article == all[g].Ref.Article && back.Other == g))
                    result.Add((all[g], all[other], similarity));
            }
        }
        result.Sort((x, y) => (x.Item1.Global, x.Item2.Global).CompareTo((y.Item1.Global, y.Item2.Global)));
        return result;
    }

    /// <summary>Sentence <paramref name="g"/>'s best near-copy in each other article that has one, read from the bigrams it shares.</summary>
    private static List<(int Article, int Other, double Similarity)> BestPerArticle(SentenceProfile[] all, HashSet<long>[] bigrams, Dictionary<long, List<int>> postings, int g, Scratch scratch)
    {
        var (shared, touched) = (scratch.Shared, scratch.Touched);
        foreach (var b in bigrams[g])
        {
            foreach (var other in postings[b])
            {
                if (all[other].Ref.Article == all[g].Ref.Article)
                    continue;
                if (shared[other]++ == 0)
                    touched.Add(other);
            }
        }
        var best = new List<(int Article, int Other, double Similarity)>();
        foreach (var other in touched)
        {
            var similarity = 2.0 * shared[other] / (bigrams[g].Count + bigrams[other].Count);
            shared[other] = 0;
            if (similarity < MinimumSimilarity)
                continue;
            var article = all[other].Ref.Article;
            var k = 0;
            while (k < best.Count && best[k].Article != article)
                k++;
            if (k == best.Count)
                best.Add((article, other, similarity));
            else if (Better(all, g, other, similarity, best[k].Other, best[k].Similarity))
                best[k] = (article, other, similarity);
        }
        touched.Clear();
        return best;
    }

    /// <summary>A scanning thread's bigram counts toward every sentence and the sentences it touched.</summary>
    private sealed class Scratch(int sentences)
    {
        public int[] Shared { get; } = new int[sentences];

        public List<int> Touched { get; } = [];
    }

    /// <summary>
    /// The aligner's pairs with every near-copy pair added (as aligned, keeping the aligner's score and coverage
    /// when higher), less the pairs whose two sentences each have a different near-copy in the other's article.
    /// </summary>
    public static List<AlignedPair> Merge(List<AlignedPair> pairs, List<(SentenceProfile A, SentenceProfile B, double Similarity)> copies)
    {
        if (copies.Count == 0)
            return pairs;
        var copyOf = new Dictionary<(int Sentence, int Article), int>();
        var copied = new HashSet<int>();
        var added = new Dictionary<(int, int), (SentenceProfile A, SentenceProfile B, double Similarity)>(copies.Count);
        foreach (var (a, b, similarity) in copies)
        {
            copyOf[(a.Global, b.Ref.Article)] = b.Global;
            copyOf[(b.Global, a.Ref.Article)] = a.Global;
            copied.Add(a.Global);
            copied.Add(b.Global);
            added[Key(a, b)] = added.TryGetValue(Key(a, b), out var first) ? first with { Similarity = Math.Max(first.Similarity, similarity) } : (a, b, similarity);
        }
        var merged = new List<AlignedPair>(pairs.Count + added.Count);
        foreach (var pair in pairs)
        {
            var bothCopied = copied.Contains(pair.A.Global) && copied.Contains(pair.B.Global);
            if (bothCopied)
            {
                var explainedA = copyOf.TryGetValue((pair.A.Global, pair.B.Ref.Article), out var copyA) && copyA != pair.B.Global;
                var explainedB = copyOf.TryGetValue((pair.B.Global, pair.A.Ref.Article), out var copyB) && copyB != pair.A.Global;
                if (explainedA && explainedB)
                    continue;
            }
            var kept = bothCopied && added.Remove(Key(pair.A, pair.B), out var copy)
                ? pair with { Score = Math.Max(pair.Score, copy.Similarity), CoverageA = Math.Max(pair.CoverageA, copy.Similarity), CoverageB = Math.Max(pair.CoverageB, copy.Similarity) }
                : pair;
            merged.Add(Ordered(kept));
        }
        var rest = added.Values.Select(c => Ordered(new AlignedPair(c.A, c.B, c.Similarity, c.Similarity, c.Similarity))).ToList();
        rest.Sort(AlignedPair.ByGlobal);
        if (!AlignedPair.InOrder(merged))
        {
            merged.AddRange(rest);
            merged.Sort(AlignedPair.ByGlobal);
            return merged;
        }
        return MergeSorted(merged, rest);
    }

    private static List<AlignedPair> MergeSorted(List<AlignedPair> x, List<AlignedPair> y)
    {
        var merged = new List<AlignedPair>(x.Count + y.Count);
        var (i, j) = (0, 0);
        while (i < x.Count || j < y.Count)
            merged.Add(j == y.Count || i < x.Count && AlignedPair.ByGlobal(x[i], y[j]) <= 0 ? x[i++] : y[j++]);
        return merged;
    }

    private static AlignedPair Ordered(AlignedPair p) => p.A.Global < p.B.Global ? p : new AlignedPair(p.B, p.A, p.Score, p.CoverageB, p.CoverageA);

    private static (int, int) Key(SentenceProfile a, SentenceProfile b) => a.Global < b.Global ? (a.Global, b.Global) : (b.Global, a.Global);

    /// <summary>
    /// A higher similarity wins; between equals, the sentence nearer the same place in its article, and between those the
    /// earlier one (never the one met first, which depends on the order bigrams are scanned in).
    /// </summary>
    private static bool Better(SentenceProfile[] all, int g, int candidate, double similarity, int current, double currentSimilarity)
    {
        if (similarity != currentSimilarity)
            return similarity > currentSimilarity;
        var (distance, currentDistance) = (Math.Abs(all[candidate].Ref.Sentence - all[g].Ref.Sentence), Math.Abs(all[current].Ref.Sentence - all[g].Ref.Sentence));
        return distance != currentDistance ? distance < currentDistance : candidate < current;
    }

    /// <summary>The distinct word bigrams of a sentence, with a start and an end marker (so a one-word sentence has two).</summary>
    private static HashSet<long> Bigrams(SentenceProfile p)
    {
        var set = new HashSet<long>();
        var previous = 1L;
        foreach (var word in p.Words)
        {
            if (word.Length == 0)
                continue;
            long hash = StableHash(word);
            set.Add(previous * 1_000_003 + hash);
            previous = hash;
        }
        if (previous != 1L)
            set.Add(previous * 1_000_003 + 2);
        return set;
    }

    /// <summary>A word's 32-bit FNV-1a hash: the same in every process (string hashes are seeded per process), so collisions are too.</summary>
    private static int StableHash(string word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
            hash = (hash ^ c) * 16777619u;
        return unchecked((int)hash);
    }
}
