namespace Parallax.Comparison;

/// <summary>
/// Closes aligned pairs across a third article: when sentence a aligns with b and b with c, a and c (of two other articles)
/// are two tellings of b's fact too, so their own candidate pair aligns when it scores at least the aligner's threshold
/// (<see cref="ComparisonOptions.SemanticAlignmentThreshold"/>), though the learned model alone would not align it; a sentence
/// takes at most <see cref="ComparisonOptions.MaxClosurePartnersPerArticle"/> pairs so closed toward one other article, the likeliest.
/// </summary>
internal static class AlignmentClosure
{
    /// <summary>
    /// The candidates (indexes into <paramref name="pairs"/>) that close two aligned pairs: <paramref name="aligned"/> says which
    /// candidates the decision kept, <paramref name="probabilities"/> the model's probability of each.
    /// </summary>
    public static List<int> Closing(SentenceProfile[] all, ReadOnlySpan<(int A, int B, double Score)> pairs, ReadOnlySpan<bool> aligned, ReadOnlySpan<double> probabilities,
        double threshold, int maxPerArticle)
    {
        var partners = new List<int>?[all.Length];
        var open = new Dictionary<(int, int), int>();
        for (var i = 0; i < pairs.Length; i++)
        {
            var (a, b, score) = pairs[i];
            if (aligned[i])
            {
                (partners[a] ??= []).Add(b);
                (partners[b] ??= []).Add(a);
            }
            else if (score >= threshold)
            {
                open[(Math.Min(a, b), Math.Max(a, b))] = i;
            }
        }
        if (open.Count == 0 || maxPerArticle <= 0)
            return [];
        var closing = new HashSet<int>();
        foreach (var bridged in partners)
        {
            if (bridged is null)
                continue;
            for (var j = 0; j < bridged.Count; j++)
            {
                for (var k = j + 1; k < bridged.Count; k++)
                {
                    var (a, c) = (bridged[j], bridged[k]);
                    if (all[a].Ref.Article != all[c].Ref.Article && open.TryGetValue((Math.Min(a, c), Math.Max(a, c)), out var i))
                        closing.Add(i);
                }
            }
        }
        var likeliest = new List<(int Index, double Probability)>(closing.Count);
        foreach (var i in closing)
            likeliest.Add((i, probabilities[i]));
        likeliest.Sort(static (x, y) => x.Probability != y.Probability ? y.Probability.CompareTo(x.Probability) : x.Index.CompareTo(y.Index));
        var taken = new Dictionary<(int Sentence, int Article), int>();
        var kept = new List<int>();
        foreach (var (i, _) in likeliest)
        {
            var (a, b, _) = pairs[i];
            var (towardB, towardA) = ((a, all[b].Ref.Article), (b, all[a].Ref.Article));
            if (taken.GetValueOrDefault(towardB) >= maxPerArticle || taken.GetValueOrDefault(towardA) >= maxPerArticle)
                continue;
            taken[towardB] = taken.GetValueOrDefault(towardB) + 1;
            taken[towardA] = taken.GetValueOrDefault(towardA) + 1;
            kept.Add(i);
        }
        return kept;
    }
}
