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
    /// The candidates (indexes into <paramref name="candidates"/>) that close two aligned pairs: <paramref name="decided"/> holds the pair of each candidate the decision kept,
    /// <paramref name="probabilities"/> the model's probability of each.
    /// </summary>
    public static List<int> Closing(SentenceProfile[] all, ReadOnlySpan<SentenceAligner.Candidate> candidates, ReadOnlySpan<AlignedPair?> decided,
        ReadOnlySpan<double> probabilities, double threshold, int maxPerArticle)
    {
        if (maxPerArticle <= 0)
            return [];
        var partners = new List<int>?[all.Length];
        for (var i = 0; i < candidates.Length; i++)
        {
            if (decided[i] is not null)
            {
                var (a, b) = (candidates[i].A, candidates[i].B);
                (partners[a] ??= []).Add(b);
                (partners[b] ??= []).Add(a);
            }
        }
        var closing = new List<(int Index, double Probability)>();
        var (partnerOf, marked) = (new int[all.Length], -1);
        for (var i = 0; i < candidates.Length; i++)
        {
            var (a, c) = (candidates[i].A, candidates[i].B);
            if (decided[i] is not null || candidates[i].Score < threshold || partners[a] is not { } ofA || partners[c] is not { } ofC)
                continue;
            if (a != marked)
            {
                foreach (var b in ofA)
                    partnerOf[b] = a + 1;
                marked = a;
            }
            foreach (var b in ofC)
            {
                if (partnerOf[b] == a + 1)
                {
                    closing.Add((i, probabilities[i]));
                    break;
                }
            }
        }
        closing.Sort(static (x, y) => x.Probability != y.Probability ? y.Probability.CompareTo(x.Probability) : x.Index.CompareTo(y.Index));
        var articles = 0;
        foreach (var sentence in all)
            articles = Math.Max(articles, sentence.Ref.Article + 1);
        var taken = new int[all.Length * articles];
        var kept = new List<int>();
        foreach (var (i, _) in closing)
        {
            var (a, b) = (candidates[i].A, candidates[i].B);
            var (towardB, towardA) = (a * articles + all[b].Ref.Article, b * articles + all[a].Ref.Article);
            if (taken[towardB] >= maxPerArticle || taken[towardA] >= maxPerArticle)
                continue;
            taken[towardB]++;
            taken[towardA]++;
            kept.Add(i);
        }
        return kept;
    }
}
