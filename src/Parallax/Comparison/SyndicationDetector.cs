using System.Collections.Immutable;
using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>
/// Finds syndicated copies: articles that share most of their word 5-shingles with another (the share of
/// the shorter article's shingles found in the longer, so that a copy trimmed of paragraphs or given a new
/// headline or dateline is still one). Copies of copies form one group; its earliest known publisher (the
/// earliest publication date, else the first in input order) is the original of all the others. A copy
/// is not independent confirmation.
/// </summary>
internal static class SyndicationDetector
{
    private const int ShingleSize = 5;

    /// <summary>Fewest shingles the shorter article needs for its overlap to say anything (about 20 words).</summary>
    private const int MinimumShingles = 16;

    /// <summary>
    /// Each copy's original (index → index). <paramref name="known"/> adds links found elsewhere (the store's
    /// near-duplicate index) as pairs of copies.
    /// </summary>
    public static ImmutableDictionary<int, int> Find(IReadOnlyList<ArticleAnalysis> articles, double threshold, IReadOnlyDictionary<int, int>? known = null)
    {
        var shingles = new HashSet<long>[articles.Count];
        Parallel.For(0, articles.Count, i => shingles[i] = Shingles(articles[i]));
        var copies = new bool[articles.Count, articles.Count];
        Parallel.For(1, articles.Count, j =>
        {
            for (var i = 0; i < j; i++)
                copies[i, j] = Overlap(shingles[i], shingles[j]) >= threshold;
        });
        var group = Enumerable.Range(0, articles.Count).ToArray();
        for (var j = 1; j < articles.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                if (copies[i, j] && Root(group, i) != Root(group, j))
                    group[Root(group, j)] = Root(group, i);
            }
        }
        foreach (var (copy, original) in known ?? ImmutableDictionary<int, int>.Empty)
        {
            if ((uint)copy < (uint)articles.Count && (uint)original < (uint)articles.Count)
                group[Root(group, copy)] = Root(group, original);
        }

        var result = ImmutableDictionary.CreateBuilder<int, int>();
        foreach (var members in Enumerable.Range(0, articles.Count).GroupBy(a => Root(group, a)).Where(g => g.Count() > 1))
        {
            var original = members.OrderBy(a => articles[a].Article.Published is null).ThenBy(a => articles[a].Article.Published).ThenBy(a => a).First();
            foreach (var copy in members.Where(a => a != original))
                result[copy] = original;
        }
        return result.ToImmutable();
    }

    /// <summary>The article that an article is a copy of, or the article itself.</summary>
    public static int Origin(ImmutableDictionary<int, int> syndicated, int article)
        => syndicated.TryGetValue(article, out var origin) ? origin : article;

    private static int Root(int[] group, int a)
    {
        while (group[a] != a)
            a = group[a] = group[group[a]];
        return a;
    }

    private static HashSet<long> Shingles(ArticleAnalysis document)
    {
        var words = new List<string>(document.Tokens.Length);
        foreach (var token in document.Tokens)
        {
            if (token.Kind is TokenKind.Word or TokenKind.Number)
                words.Add(document.TextOf(token).ToLowerInvariant());
        }
        var set = new HashSet<long>();
        for (var i = 0; i + ShingleSize <= words.Count; i++)
        {
            long hash = 17;
            for (var k = 0; k < ShingleSize; k++)
                hash = hash * 1_000_003 + string.GetHashCode(words[i + k], StringComparison.Ordinal);
            set.Add(hash);
        }
        return set;
    }

    /// <summary>The share of the smaller shingle set found in the larger; for texts too short to judge, 1 when they are the same and 0 otherwise.</summary>
    private static double Overlap(HashSet<long> a, HashSet<long> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        if (small.Count < MinimumShingles)
            return small.Count > 0 && small.SetEquals(large) ? 1 : 0;
        return small.Count(large.Contains) / (double)small.Count;
    }
}
