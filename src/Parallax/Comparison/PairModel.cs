using System.Globalization;
using Parallax.Entities;

namespace Parallax.Comparison;

/// <summary>
/// A learned decision of which candidate sentence pairs align: a logistic model over the features the aligner computes
/// for a pair (<see cref="PairFeatures"/>), with the least probability to align and the least score for a pair to be a
/// candidate. The weights are <c>Lexicon/alignment-model.txt</c>, written by the bench's <c>learn-alignment</c> from ECB+
/// training topics; used only when <see cref="ComparisonOptions.LearnedPairScore"/> is set. The same form decides headline pairs
/// (<see cref="Headlines"/>, over <see cref="HeadlineFeatures"/>, from <c>Lexicon/headline-model.txt</c>).
/// </summary>
internal sealed class PairModel(double floor, double threshold, double bias, double[] weights)
{
    private static readonly Lazy<PairModel> Shipped = new(() => Parse(Gazetteer.ReadLines("alignment-model")));

    private static readonly Lazy<PairModel> ShippedHeadlines = new(() => Parse(Gazetteer.ReadLines("headline-model"), HeadlineFeatures.Names));

    /// <summary>The model in the repository, or the one the bench set to try a model before it is shipped.</summary>
    public static PairModel Default => Trial ?? Shipped.Value;

    /// <summary>The model of headline–sentence pairs in the repository, or the one the bench set to try.</summary>
    public static PairModel Headlines => HeadlineTrial ?? ShippedHeadlines.Value;

    /// <summary>A model the bench tries instead of the shipped one (its <c>--model FILE</c>).</summary>
    internal static PairModel? Trial { get; set; }

    /// <summary>A headline model the bench tries instead of the shipped one (its <c>--headline-model FILE</c>).</summary>
    internal static PairModel? HeadlineTrial { get; set; }

    /// <summary>Least score (the aligner's mix with any event bonus) for a pair to be scored by the model.</summary>
    public double Floor { get; } = floor;

    /// <summary>Least probability for a pair to align.</summary>
    public double Threshold { get; } = threshold;

    /// <summary>The probability that the pair states a fact in common.</summary>
    /// <param name="features">The pair's features.</param>
    /// <param name="shift">Added to the log-odds: a prior the training data did not hold.</param>
    public double Probability(double[] features, double shift = 0)
    {
        var z = bias + shift;
        for (var i = 0; i < weights.Length; i++)
            z += weights[i] * features[i];
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>"name value" lines: floor, threshold, bias and one weight per feature of <see cref="PairFeatures.Names"/>.</summary>
    internal static PairModel Parse(IEnumerable<string> lines) => Parse(lines, PairFeatures.Names);

    /// <summary>"name value" lines: floor, threshold, bias and one weight per feature of <paramref name="names"/>.</summary>
    internal static PairModel Parse(IEnumerable<string> lines, IReadOnlyList<string> names)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                throw new InvalidOperationException($"pair model: '{line}' is not a name and a number");
            values[parts[0]] = value;
        }
        double Get(string name) => values.TryGetValue(name, out var v) ? v : throw new InvalidOperationException($"pair model: no {name}");
        return new PairModel(Get("floor"), Get("threshold"), Get("bias"), [.. names.Select(Get)]);
    }
}

/// <summary>What the aligner knows of a candidate pair, as the numbers <see cref="PairModel"/> weighs.</summary>
internal static class PairFeatures
{
    public static readonly string[] Names =
    [
        "mixed", "lexical", "cosine", "event", "best-of-both", "best-of-one", "rank", "relative",
        "shared-entities", "shared-number", "shared-date", "first-position", "last-position", "claim-anchored", "short",
        "rare-shared", "background-shared", "crowd", "central-event",
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
        public static readonly int RareShared = Array.IndexOf(Names, "rare-shared");
        public static readonly int BackgroundShared = Array.IndexOf(Names, "background-shared");
        public static readonly int Crowd = Array.IndexOf(Names, "crowd");
        public static readonly int CentralEvent = Array.IndexOf(Names, "central-event");
    }

    /// <summary>
    /// The features of a pair: its scores, event link, standing among each sentence's candidates toward the other article (and the
    /// share of that article's sentences that are candidates), shared values and places, how rare in the story the shared names are,
    /// and whether both name one of the story's central events; written into <paramref name="into"/> (every slot) when it is given.
    /// </summary>
    public static double[] Of(SentenceProfile a, SentenceProfile b, double score, double mixed, double lexical, double cosine, bool linked, PairStanding rankA, PairStanding rankB, bool anchored, EntitySpread spread,
        CentralEvents? central, double[]? into = null)
    {
        var x = into ?? new double[Names.Length];
        x[Slot.Mixed] = mixed;
        x[Slot.Lexical] = lexical;
        x[Slot.Cosine] = cosine;
        x[Slot.Event] = linked ? 1 : 0;
        x[Slot.BestOfBoth] = rankA.Better == 0 && rankB.Better == 0 ? 1 : 0;
        x[Slot.BestOfOne] = (rankA.Better == 0) != (rankB.Better == 0) ? 1 : 0;
        x[Slot.Rank] = Math.Min(Math.Max(rankA.Better, rankB.Better), 5) / 5.0;
        x[Slot.Relative] = Math.Min(Relative(score, rankA.Best), Relative(score, rankB.Best));
        x[Slot.SharedEntities] = Math.Min(SharedEntities(a, b), 3) / 3.0;
        x[Slot.SharedNumber] = SharedNumber(a, b) ? 1 : 0;
        x[Slot.SharedDate] = SharedDate(a, b) ? 1 : 0;
        x[Slot.FirstPosition] = 1.0 / (1 + Math.Min(a.Ref.Sentence, b.Ref.Sentence));
        x[Slot.LastPosition] = 1.0 / (1 + Math.Max(a.Ref.Sentence, b.Ref.Sentence));
        x[Slot.ClaimAnchored] = anchored ? 1 : 0;
        x[Slot.Short] = Math.Min(Math.Min(a.ContentWords, b.ContentWords), 20) / 20.0;
        var (rare, background) = SharedBySpread(a, b, spread);
        x[Slot.RareShared] = Math.Min(rare, 2) / 2.0;
        x[Slot.BackgroundShared] = Math.Min(background, 2) / 2.0;
        x[Slot.Crowd] = Math.Max(rankA.Crowd, rankB.Crowd);
        x[Slot.CentralEvent] = central is not null && central.Shared(a, b) ? 1 : 0;
        return x;
    }

    private static bool SharedNumber(SentenceProfile a, SentenceProfile b)
    {
        foreach (var n in a.Numbers)
        {
            foreach (var m in b.Numbers)
            {
                if (n.Comparable(m) && n.Agrees(m))
                    return true;
            }
        }
        return false;
    }

    private static bool SharedDate(SentenceProfile a, SentenceProfile b)
    {
        foreach (var d in a.Dates)
        {
            if (!d.Anchored)
                continue;
            foreach (var e in b.Dates)
            {
                if (e.Anchored && d.Value == e.Value)
                    return true;
            }
        }
        return false;
    }

    private static double Relative(double score, double best) => best <= 0 ? 1 : Math.Min(1, score / best);

    /// <summary>The shared entities the story names in few of its sentences, and those it names throughout (its background).</summary>
    private static (int Rare, int Background) SharedBySpread(SentenceProfile a, SentenceProfile b, EntitySpread spread)
    {
        var (rare, background) = (0, 0);
        for (var i = 0; i < a.Entities.Count; i++)
        {
            var entity = a.Entities[i].Entity;
            if (Holds(a.Entities, entity, i) || !Holds(b.Entities, entity, b.Entities.Count))
                continue;
            var share = spread.Share(entity);
            rare += share < EntitySpread.RareShare ? 1 : 0;
            background += share >= EntitySpread.BackgroundShare ? 1 : 0;
        }
        return (rare, background);
    }

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

/// <summary>Where a candidate pair's score stands among one side's candidates toward the other article.</summary>
/// <param name="Better">How many of them score higher.</param>
/// <param name="Best">The best of their scores.</param>
/// <param name="Crowd">The share of that article's sentences among them.</param>
internal readonly record struct PairStanding(int Better, double Best, double Crowd);

/// <summary>The share of a story's sentences that name each entity: a name in most of them is the story's background, not a fact a pair shares.</summary>
internal sealed class EntitySpread
{
    /// <summary>Below this share of the story's sentences, an entity is rare.</summary>
    public const double RareShare = 0.1;

    /// <summary>From this share of the story's sentences, an entity is background.</summary>
    public const double BackgroundShare = 0.25;

    private readonly Dictionary<int, int> _sentences = [];
    private readonly int _count;

    public EntitySpread(IReadOnlyCollection<SentenceProfile> sentences)
    {
        _count = sentences.Count;
        var seen = new HashSet<int>();
        foreach (var sentence in sentences)
        {
            seen.Clear();
            foreach (var occurrence in sentence.Entities)
            {
                if (seen.Add(occurrence.Entity))
                    _sentences[occurrence.Entity] = _sentences.GetValueOrDefault(occurrence.Entity) + 1;
            }
        }
    }

    /// <summary>The share of the story's sentences that name the entity.</summary>
    public double Share(int entity) => _count == 0 ? 0 : _sentences.GetValueOrDefault(entity) / (double)_count;
}
