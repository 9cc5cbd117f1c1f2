namespace Parallax.Corpus.Clustering;

/// <summary>Tuning of the incremental story clusterer (defaults tuned on the ECB+ sub-topics).</summary>
public sealed record ClusteringOptions
{
    /// <summary>The default options.</summary>
    public static ClusteringOptions Default { get; } = new();

    /// <summary>An article joins the best candidate story when its score reaches this.</summary>
    public double Threshold { get; init; } = 0.13;

    /// <summary>How many of a story's most similar members make the article's nearest-member similarity.</summary>
    public int Neighbours { get; init; } = 2;

    /// <summary>Weight of the nearest-member similarity in the score; the rest is the mean similarity to all members.</summary>
    public double NeighbourWeight { get; init; } = 0.8;

    /// <summary>An article does not join a story when its mean similarity to the members is below this share of the members' mean similarity to each other (the story's centre holds: no chaining through one bridging member).</summary>
    public double JoinRatio { get; init; } = 0.4;

    /// <summary>Score multiplier when the article's main person or place conflicts with the story's.</summary>
    public double ConflictPenalty { get; init; } = 0.5;

    /// <summary>Added to every inverse document frequency (0 lets words in most articles count for nothing).</summary>
    public double IdfFloor { get; init; } = 0.0;

    /// <summary>
    /// Articles in which no term occurs, added to the corpus's count when a term's weight is taken from how many articles hold it:
    /// in a young corpus the words a story's few articles all share still weigh (0: the corpus alone; its effect fades as the corpus grows).
    /// </summary>
    public double PriorDocuments
    {
        get;
        init => field = double.IsFinite(value) && value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "the number of prior articles must be finite and 0 or more");
    } = 20;

    /// <summary>A story splits in two when the halves' mutual similarity is below this share of their inner similarity.</summary>
    public double SplitRatio { get; init; } = 0.55;

    /// <summary>Nearest neighbours each member is linked to in the graph a story is cut along (0: no graph cut).</summary>
    public int SplitNeighbours { get; init; } = 4;

    /// <summary>
    /// In the neighbour graph a story is cut along, each word or name weighs its corpus weight times
    /// log((members + 1) / (members holding it + 0.5)) to this power: what every member says tells nothing about which
    /// of two events a member reports (0: corpus weights alone).
    /// </summary>
    public double SplitLocalWeight { get; init; } = 0.5;

    /// <summary>A story splits along its neighbour graph's best cut when the cut's conductance (share of the smaller side's links that cross it) is at most this.</summary>
    public double SplitConductance { get; init; } = 0.12;

    /// <summary>Two stories an article could join merge when the cut between them in their neighbour graph has at least this conductance (above 1: never) and each one's members score at least <see cref="Threshold"/> against the other.</summary>
    public double MergeConductance { get; init; } = 0.3;

    /// <summary>Two stories merge only when their members' mean similarity across the two is at least this share of their mean similarity within each.</summary>
    public double MergeRatio { get; init; } = 0.55;

    /// <summary>Stories are checked for a split until they reach this many articles (and keep their members until then).</summary>
    public int SplitLimit { get; init; } = 64;

    /// <summary>Stories whose time span is further than this from a dated article are not candidates (unknown dates never block).</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(4);

    /// <summary>How many of an article's highest-weighted terms are used to find candidate stories.</summary>
    public int QueryTerms { get; init; } = 12;

    /// <summary>Most recent stories read per posting list (bounds the cost of common keys).</summary>
    public int PostingLimit { get; init; } = 64;

    /// <summary>Stories kept in memory; beyond this the least recently updated are retired (they can no longer grow). Stories older than two windows before the newest article are retired too.</summary>
    public int ActiveStories { get; init; } = 10_000;

    /// <summary>Counters (4 bytes each) of the sketch that holds terms' and entities' document frequencies: its memory, whatever the vocabulary (a term's count is exact unless many other terms share its counters).</summary>
    public int FrequencyCounters { get; init; } = 1 << 21;
}
