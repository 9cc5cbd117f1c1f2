using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>
/// Matches the claims of two aligned sentences one to one, best first: a pair needs
/// <see cref="MinScore"/> similarity, or to name the same event with some similarity, or to be the claims whose
/// meanings matched best when the sentences were aligned (the anchor: a paraphrase shares few words). Two claims
/// left over that both give figures are paired too, so that the sentences' counts can be compared.
/// </summary>
internal static class ClaimMatcher
{
    public const double MinScore = 0.3;
    private const double MinScoreWithEvent = 0.15;

    public static ClaimPair[] Match(IReadOnlyList<ClaimProfile> a, IReadOnlyList<ClaimProfile> b, double sentenceScore, (int A, int B) anchor = default)
    {
        if (a.Count == 1 && b.Count == 1)
            return [Pair(a[0], b[0], sentenceScore)];
        var anchored = anchor.A >= 0 || anchor.B >= 0 ? (a[Math.Max(0, anchor.A)], b[Math.Max(0, anchor.B)]) : default;
        var size = a.Count * b.Count;
        Span<Candidate> candidates = size <= 64 ? stackalloc Candidate[size] : new Candidate[size];
        var count = 0;
        for (var i = 0; i < a.Count; i++)
        {
            var x = a[i];
            for (var j = 0; j < b.Count; j++)
            {
                var y = b[j];
                var score = SameWords(x, y) ? 1 : TermWeights.Cosine(x.Vector, y.Vector);
                var sameEvent = SameEvent(x, y);
                if (score >= MinScore || sameEvent && score >= MinScoreWithEvent
                    || ReferenceEquals(x, anchored.Item1) && ReferenceEquals(y, anchored.Item2))
                    candidates[count++] = new Candidate(score, sameEvent, i, j);
            }
        }
        candidates = candidates[..count];
        candidates.Sort(static (p, q) => q.Rank.CompareTo(p.Rank));
        Span<bool> usedA = a.Count <= 64 ? stackalloc bool[a.Count] : new bool[a.Count];
        Span<bool> usedB = b.Count <= 64 ? stackalloc bool[b.Count] : new bool[b.Count];
        var result = new List<ClaimPair>(Math.Min(a.Count, b.Count) + 1);
        foreach (var (score, sameEvent, i, j) in candidates)
        {
            if (usedA[i] || usedB[j])
                continue;
            (usedA[i], usedB[j]) = (true, true);
            result.Add(new ClaimPair(a[i], b[j], score, sameEvent) { SentenceScore = sentenceScore });
        }
        if (FirstCounting(a, usedA) is { } countA && FirstCounting(b, usedB) is { } countB)
            result.Add(new ClaimPair(countA, countB, TermWeights.Cosine(countA.Vector, countB.Vector), SameEvent(countA, countB)) { SentenceScore = sentenceScore });
        result.Sort(static (p, q) => (p.A.First, p.B.First).CompareTo((q.A.First, q.B.First)));
        return [.. result];
    }

    /// <summary>A pair of claims (by index) that may be matched, ranked by its score with a bonus for naming one event.</summary>
    private readonly record struct Candidate(double Score, bool SameEvent, int A, int B)
    {
        public double Rank => SameEvent ? Score + 0.1 : Score;
    }

    /// <summary>The one pair of two single-claim sentences: they are matched whatever their claims' similarity.</summary>
    private static ClaimPair Pair(ClaimProfile x, ClaimProfile y, double sentenceScore)
        => new(x, y, SameWords(x, y) ? 1 : TermWeights.Cosine(x.Vector, y.Vector), SameEvent(x, y)) { SentenceScore = sentenceScore };

    /// <summary>The first claim not yet matched that gives a figure.</summary>
    private static ClaimProfile? FirstCounting(IReadOnlyList<ClaimProfile> claims, ReadOnlySpan<bool> used)
    {
        for (var i = 0; i < claims.Count; i++)
        {
            if (!used[i] && claims[i].Numbers.Length > 0)
                return claims[i];
        }
        return null;
    }

    /// <summary>
    /// The two claims say the same words, but for the figures and dates they give ("the rate was 4.4 percent in March" /
    /// "the rate was 6.5 percent in March"): the values are what may differ between two tellings of one fact.
    /// </summary>
    private static bool SameWords(ClaimProfile x, ClaimProfile y)
    {
        if (x.End - x.First != y.End - y.First)
            return false;
        var (wx, wy) = (x.Sentence.Words, y.Sentence.Words);
        for (var i = 0; i < x.End - x.First; i++)
        {
            var (tx, ty) = (x.First + i, y.First + i);
            if (wx[tx] != wy[ty] && !(x.Sentence.IsValueToken(tx) && y.Sentence.IsValueToken(ty)))
                return false;
        }
        return true;
    }

    /// <summary>Both name one event: the same event concept, or one claim's event word used in the other ("withdraw" / "withdrawal").</summary>
    public static bool SameEvent(ClaimProfile x, ClaimProfile y)
        => x.EventConcept is { } ex && (ex == y.EventConcept || y.MayHaveConcept(x.EventBit) && y.HasConcept(ex))
            || y.EventConcept is { } ey && x.MayHaveConcept(y.EventBit) && x.HasConcept(ey);
}
