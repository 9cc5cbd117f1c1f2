using System.Collections.Frozen;
using System.Globalization;
using Parallax.Entities;

namespace Parallax.Comparison;

/// <summary>
/// A learned decision of which candidate sentence pairs align: a logistic model over the features the aligner computes
/// for a pair (<see cref="PairFeatures"/>), with the least probability to align and the least score for a pair to be a
/// candidate. The weights are <c>Lexicon/alignment-model.txt</c>, written by the bench's <c>learn-alignment</c> from ECB+
/// training topics; used only when <see cref="ComparisonOptions.LearnedPairScore"/> is set.
/// </summary>
internal sealed class PairModel(double floor, double threshold, double bias, double[] weights)
{
    private static readonly Lazy<PairModel> Shipped = new(() => Parse(Gazetteer.ReadLines("alignment-model")));

    /// <summary>The model in the repository.</summary>
    public static PairModel Default => Shipped.Value;

    /// <summary>Least score (the aligner's mix with any event bonus) for a pair to be scored by the model.</summary>
    public double Floor { get; } = floor;

    /// <summary>Least probability for a pair to align.</summary>
    public double Threshold { get; } = threshold;

    /// <summary>The probability that the pair states a fact in common.</summary>
    public double Probability(double[] features)
    {
        var z = bias;
        for (var i = 0; i < weights.Length; i++)
            z += weights[i] * features[i];
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>"name value" lines: floor, threshold, bias and one weight per feature of <see cref="PairFeatures.Names"/>.</summary>
    internal static PairModel Parse(IEnumerable<string> lines)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                throw new InvalidOperationException($"alignment-model.txt: '{line}' is not a name and a number");
            values[parts[0]] = value;
        }
        double Get(string name) => values.TryGetValue(name, out var v) ? v : throw new InvalidOperationException($"alignment-model.txt: no {name}");
        return new PairModel(Get("floor"), Get("threshold"), Get("bias"), [.. PairFeatures.Names.Select(Get)]);
    }
}

/// <summary>What the aligner knows of a candidate pair, as the numbers <see cref="PairModel"/> weighs.</summary>
internal static class PairFeatures
{
    public static readonly string[] Names =
    [
        "mixed", "lexical", "cosine", "event", "best-of-both", "best-of-one", "rank", "relative",
        "shared-entities", "shared-number", "shared-date", "first-position", "last-position", "claim-anchored", "short",
    ];

    private static readonly FrozenDictionary<string, int> Index = Names.Select((n, i) => (n, i)).ToFrozenDictionary(x => x.n, x => x.i, StringComparer.Ordinal);

    /// <summary>The features of a pair: its scores, event link, standing among each sentence's candidates toward the other article, shared values and places.</summary>
    public static double[] Of(SentenceProfile a, SentenceProfile b, double score, double mixed, double lexical, double cosine, bool linked, (int Better, double Best) rankA, (int Better, double Best) rankB, bool anchored)
    {
        var x = new double[Names.Length];
        x[Index["mixed"]] = mixed;
        x[Index["lexical"]] = lexical;
        x[Index["cosine"]] = cosine;
        x[Index["event"]] = linked ? 1 : 0;
        x[Index["best-of-both"]] = rankA.Better == 0 && rankB.Better == 0 ? 1 : 0;
        x[Index["best-of-one"]] = (rankA.Better == 0) != (rankB.Better == 0) ? 1 : 0;
        x[Index["rank"]] = Math.Min(Math.Max(rankA.Better, rankB.Better), 5) / 5.0;
        x[Index["relative"]] = Math.Min(Relative(score, rankA.Best), Relative(score, rankB.Best));
        x[Index["shared-entities"]] = Math.Min(SharedEntities(a, b), 3) / 3.0;
        x[Index["shared-number"]] = a.Numbers.Exists(n => b.Numbers.Exists(m => n.Comparable(m) && n.Agrees(m))) ? 1 : 0;
        x[Index["shared-date"]] = a.Dates.Exists(d => d.Anchored && b.Dates.Exists(e => e.Anchored && d.Value == e.Value)) ? 1 : 0;
        x[Index["first-position"]] = 1.0 / (1 + Math.Min(a.Ref.Sentence, b.Ref.Sentence));
        x[Index["last-position"]] = 1.0 / (1 + Math.Max(a.Ref.Sentence, b.Ref.Sentence));
        x[Index["claim-anchored"]] = anchored ? 1 : 0;
        x[Index["short"]] = Math.Min(Math.Min(a.ContentWords, b.ContentWords), 20) / 20.0;
        return x;
    }

    private static double Relative(double score, double best) => best <= 0 ? 1 : Math.Min(1, score / best);

    private static int SharedEntities(SentenceProfile a, SentenceProfile b)
    {
        var shared = 0;
        foreach (var entity in a.Entities.Select(o => o.Entity).Distinct())
            shared += b.Entities.Exists(o => o.Entity == entity) ? 1 : 0;
        return shared;
    }
}
