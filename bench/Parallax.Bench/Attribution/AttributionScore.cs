using Parallax.Documents;

namespace Parallax.Bench.Attribution;

/// <summary>A predicted or gold attribution reduced to the three spans the scores compare.</summary>
internal sealed record ScoredAttribution(IReadOnlyList<Span> Source, IReadOnlyList<Span> Cue, IReadOnlyList<Span> Content);

/// <summary>Precision/recall counts for one criterion, with one-to-one greedy matching per article.</summary>
internal sealed class AttributionScore(string name, Func<ScoredAttribution, bool> hasRole, Func<ScoredAttribution, ScoredAttribution, string, bool> matches)
{
    private int _matchedPredicted;
    private int _predicted;
    private int _matchedGold;
    private int _gold;

    public string Name { get; } = name;

    public void Add(string text, IReadOnlyList<ScoredAttribution> gold, IReadOnlyList<ScoredAttribution> predicted)
    {
        var used = new bool[predicted.Count];
        _predicted += predicted.Count;
        foreach (var g in gold)
        {
            _gold++;
            if (!hasRole(g))
                continue;
            for (var p = 0; p < predicted.Count; p++)
            {
                if (used[p] || !matches(g, predicted[p], text))
                    continue;
                used[p] = true;
                _matchedGold++;
                _matchedPredicted++;
                break;
            }
        }
    }

    public double Precision => _predicted == 0 ? 0 : (double)_matchedPredicted / _predicted;

    public double Recall => _gold == 0 ? 0 : (double)_matchedGold / _gold;

    /// <summary>Matched predictions / predictions and matched gold / gold, for comparing runs finer than three decimals.</summary>
    public string Counts => $"{_matchedPredicted}/{_predicted} {_matchedGold}/{_gold}";

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static bool Overlaps(IReadOnlyList<Span> a, IReadOnlyList<Span> b)
        => a.Any(x => b.Any(y => x.Overlaps(y)));

    /// <summary>Exact match after trimming spaces, quotation marks and punctuation at both ends of the hull.</summary>
    public static bool SameExtent(IReadOnlyList<Span> a, IReadOnlyList<Span> b, string text)
    {
        if (a.Count == 0 || b.Count == 0)
            return false;
        return Trim(Hull(a), text) == Trim(Hull(b), text);
    }

    private static Span Hull(IReadOnlyList<Span> spans) => new(spans.Min(s => s.Start), spans.Max(s => s.End));

    private static Span Trim(Span s, string text)
    {
        int start = s.Start, end = Math.Min(s.End, text.Length);
        while (start < end && (char.IsWhiteSpace(text[start]) || char.IsPunctuation(text[start])))
            start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || char.IsPunctuation(text[end - 1])))
            end--;
        return new Span(start, end);
    }
}
