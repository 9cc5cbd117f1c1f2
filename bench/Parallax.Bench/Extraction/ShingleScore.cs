using System.Text.RegularExpressions;

namespace Parallax.Bench.Extraction;

/// <summary>The article-extraction benchmark's metric for one page: 4-token shingle multisets, TP/FP/FN normalised to sum 1.</summary>
internal readonly record struct ShingleScore(double TruePositive, double FalsePositive, double FalseNegative)
{
    private const int N = 4;

    public static ShingleScore Of(string gold, string extracted)
    {
        var g = Shingles(gold);
        var e = Shingles(extracted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var key in g.Keys.Union(e.Keys))
        {
            var gc = g.GetValueOrDefault(key);
            var ec = e.GetValueOrDefault(key);
            tp += Math.Min(gc, ec);
            fp += Math.Max(0, ec - gc);
            fn += Math.Max(0, gc - ec);
        }
        var sum = tp + fp + fn;
        return sum > 0 ? new ShingleScore(tp / sum, fp / sum, fn / sum) : new ShingleScore(0, 0, 0);
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Words.Tokens().Matches(text).Select(m => m.Value).ToArray();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + N <= tokens.Length; i++)
        {
            var key = string.Join('\u0001', tokens, i, N);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }
}

internal static partial class Words
{
    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex Tokens();
}
