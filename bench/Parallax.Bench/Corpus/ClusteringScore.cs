namespace Parallax.Bench.Corpus;

/// <summary>B-cubed and pairwise precision/recall/F1 of a clustering against gold labels.</summary>
internal static class ClusteringScore
{
    public static (double P, double R, double F1) BCubed(IReadOnlyList<string> gold, IReadOnlyList<long> predicted)
    {
        double p = 0, r = 0;
        var goldSize = gold.GroupBy(g => g).ToDictionary(g => g.Key, g => g.Count());
        var predSize = predicted.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var both = gold.Zip(predicted).GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        for (var i = 0; i < gold.Count; i++)
        {
            var common = both[(gold[i], predicted[i])];
            p += common / (double)predSize[predicted[i]];
            r += common / (double)goldSize[gold[i]];
        }
        p /= gold.Count;
        r /= gold.Count;
        return (p, r, F(p, r));
    }

    public static (double P, double R, double F1) Pairwise(IReadOnlyList<string> gold, IReadOnlyList<long> predicted)
    {
        static long Pairs(IEnumerable<int> sizes) => sizes.Sum(n => (long)n * (n - 1) / 2);
        var together = Pairs(gold.Zip(predicted).GroupBy(x => x).Select(g => g.Count()));
        var predictedPairs = Pairs(predicted.GroupBy(x => x).Select(g => g.Count()));
        var goldPairs = Pairs(gold.GroupBy(x => x).Select(g => g.Count()));
        var p = predictedPairs == 0 ? 1 : together / (double)predictedPairs;
        var r = goldPairs == 0 ? 1 : together / (double)goldPairs;
        return (p, r, F(p, r));
    }

    private static double F(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
