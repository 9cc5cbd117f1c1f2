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

    /// <summary>Each feature's place in <see cref="Names"/>, looked up once.</summary>
    private static class Slot
    {
        public static readonly int Mixed = Array.IndexOf(Names, "mixed");
        public static readonly int Lexical = Array.IndexOf(Names, "lexical");
        public static readonly int Cosine = Array.IndexOf(Names, "cosine");
        public static readonly int Event = Array.IndexOf(Names, "event");
        public static readonly int BestOfBoth = Array.IndexOf(Names, "best-of-both");
        public static readonly int BestOfOne = Array.IndexOf(Names, "best-of-one");
        public static readonly int Rank = Array.IndexOf(Names, "rank");
        public static readonly int Relative = Array.IndexOf(Names, "relative");
        public static readonly int SharedEntities = Array.IndexOf(Names, "shared-entities");
        public static readonly int SharedNumber = Array.IndexOf(Names, "shared-number");
        public static readonly int SharedDate = Array.IndexOf(Names, "shared-date");
        public static readonly int FirstPosition = Array.IndexOf(Names, "first-position");
        public static readonly int LastPosition = Array.IndexOf(Names, "last-position");
        public static readonly int ClaimAnchored = Array.IndexOf(Names, "claim-anchored");
        public static readonly int Short = Array.IndexOf(Names, "short");
    }

    /// <summary>The features of a pair: its scores, event link, standing among each sentence's candidates toward the other article, shared values and places.</summary>
    public static double[] Of(SentenceProfile a, SentenceProfile b, double score, double mixed, double lexical, double cosine, bool linked, (int Better, double Best) rankA, (int Better, double Best) rankB, bool anchored)
    {
        var x = new double[Names.Length];
        x[Slot.Mixed] = mixed;
        x[Slot.Lexical] = lexical;
        x[Slot.Cosine] = cosine;
        x[Slot.Event] = linked ? 1 : 0;
        x[Slot.BestOfBoth] = rankA.Better == 0 && rankB.Better == 0 ? 1 : 0;
        x[Slot.BestOfOne] = (rankA.Better == 0) != (rankB.Better == 0) ? 1 : 0;
        x[Slot.Rank] = Math.Min(Math.Max(rankA.Better, rankB.Better), 5) / 5.0;
        x[Slot.Relative] = Math.Min(Relative(score, rankA.Best), Relative(score, rankB.Best));
        x[Slot.SharedEntities] = Math.Min(SharedEntities(a, b), 3) / 3.0;
        x[Slot.SharedNumber] = a.Numbers.Exists(n => b.Numbers.Exists(m => n.Comparable(m) && n.Agrees(m))) ? 1 : 0;
        x[Slot.SharedDate] = a.Dates.Exists(d => d.Anchored && b.Dates.Exists(e => e.Anchored && d.Value == e.Value)) ? 1 : 0;
        x[Slot.FirstPosition] = 1.0 / (1 + Math.Min(a.Ref.Sentence, b.Ref.Sentence));
        x[Slot.LastPosition] = 1.0 / (1 + Math.Max(a.Ref.Sentence, b.Ref.Sentence));
        x[Slot.ClaimAnchored] = anchored ? 1 : 0;
        x[Slot.Short] = Math.Min(Math.Min(a.ContentWords, b.ContentWords), 20) / 20.0;
        return x;
    }

    private static double Relative(double score, double best) => best <= 0 ? 1 : Math.Min(1, score / best);

    private static int SharedEntities(SentenceProfile a, SentenceProfile b)
    {
        var shared = 0;
        for (var i = 0; i < a.Entities.Count; i++)
        {
            var entity = a.Entities[i].Entity;
            if (!Holds(a.Entities, entity, i) && Holds(b.Entities, entity, b.Entities.Count))
                shared++;
        }
        return shared;
    }

    /// <summary>Whether one of the first <paramref name="count"/> occurrences is of <paramref name="entity"/>.</summary>
    private static bool Holds(List<EntityOccurrence> occurrences, int entity, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (occurrences[i].Entity == entity)
                return true;
        }
        return false;
    }
}
