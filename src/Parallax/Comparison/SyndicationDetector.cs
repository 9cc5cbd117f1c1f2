using System.Collections.Immutable;
using Parallax.Analysis;
using Parallax.Text;

namespace Parallax.Comparison;

/// <summary>
/// Finds syndicated copies: articles whose word 5-shingles overlap an earlier article's by at least
/// the Jaccard threshold. A copy is not independent confirmation.
/// </summary>
internal static class SyndicationDetector
{
    private const int ShingleSize = 5;

    public static ImmutableDictionary<int, int> Find(IReadOnlyList<ArticleAnalysis> articles, double threshold)
    {
        var shingles = articles.Select(Shingles).ToList();
        var result = ImmutableDictionary.CreateBuilder<int, int>();
        for (var j = 1; j < articles.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                if (result.ContainsKey(i) || Jaccard(shingles[i], shingles[j]) < threshold)
                    continue;
                result[j] = i;
                break;
            }
        }
        return result.ToImmutable();
    }

    /// <summary>The article that an article is a copy of, or the article itself.</summary>
    public static int Origin(ImmutableDictionary<int, int> syndicated, int article)
        => syndicated.TryGetValue(article, out var origin) ? origin : article;

    private static HashSet<long> Shingles(ArticleAnalysis document)
    {
        var words = new List<string>(document.Tokens.Length);
        foreach (var token in document.Tokens)
        {
            if (token.Kind is TokenKind.Word or TokenKind.Number)
                words.Add(document.TextOf(token).ToLowerInvariant());
        }
        var set = new HashSet<long>();
        if (words.Count < ShingleSize)
        {
            if (words.Count > 0)
                set.Add(string.GetHashCode(string.Join(' ', words), StringComparison.Ordinal));
            return set;
        }
        for (var i = 0; i + ShingleSize <= words.Count; i++)
        {
            long hash = 17;
            for (var k = 0; k < ShingleSize; k++)
                hash = hash * 1_000_003 + string.GetHashCode(words[i + k], StringComparison.Ordinal);
            set.Add(hash);
        }
        return set;
    }

    private static double Jaccard(HashSet<long> a, HashSet<long> b)
    {
        if (a.Count == 0 || b.Count == 0)
            return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var common = small.Count(large.Contains);
        return common / (double)(a.Count + b.Count - common);
    }
}
