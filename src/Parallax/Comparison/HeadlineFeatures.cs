namespace Parallax.Comparison;

/// <summary>What the headline aligner knows of a headline–sentence pair, as the numbers <see cref="PairModel.Headlines"/> weighs.</summary>
internal static class HeadlineFeatures
{
    public static readonly string[] Names =
    [
        "mixed", "lexical", "cosine", "best", "second", "rank", "relative", "lead", "depth", "crowd",
        "shared-names", "rare-shared", "background-shared", "shared-number", "short", "headline-short", "own-headline",
    ];

    private const int MostNames = 3;
    private const int MostShared = 3;
    private const int MostWords = 20;
    private const int MostHeadlineTerms = 10;

    private static class Slot
    {
        public static readonly int Mixed = Array.IndexOf(Names, "mixed");
        public static readonly int Lexical = Array.IndexOf(Names, "lexical");
        public static readonly int Cosine = Array.IndexOf(Names, "cosine");
        public static readonly int Best = Array.IndexOf(Names, "best");
        public static readonly int Second = Array.IndexOf(Names, "second");
        public static readonly int Rank = Array.IndexOf(Names, "rank");
        public static readonly int Relative = Array.IndexOf(Names, "relative");
        public static readonly int Lead = Array.IndexOf(Names, "lead");
        public static readonly int Depth = Array.IndexOf(Names, "depth");
        public static readonly int Crowd = Array.IndexOf(Names, "crowd");
        public static readonly int SharedNames = Array.IndexOf(Names, "shared-names");
        public static readonly int RareShared = Array.IndexOf(Names, "rare-shared");
        public static readonly int BackgroundShared = Array.IndexOf(Names, "background-shared");
        public static readonly int SharedNumber = Array.IndexOf(Names, "shared-number");
        public static readonly int Short = Array.IndexOf(Names, "short");
        public static readonly int HeadlineShort = Array.IndexOf(Names, "headline-short");
        public static readonly int OwnHeadline = Array.IndexOf(Names, "own-headline");
    }

    /// <summary>
    /// The features of a headline and a sentence of another article: the pair's scores; its standing among the headline's candidates in
    /// that article (how many score higher, the best score, the share of the article's sentences that are candidates); where the sentence
    /// stands in its article (a lead restates its own headline) and how well it matches that headline; the names, numbers and terms the
    /// two share, by how rare they are in the story; and the lengths of both.
    /// </summary>
    /// <param name="headline">The headline's term vector (see <see cref="SentenceProfiler.ProfileHeading"/>).</param>
    /// <param name="sentence">The sentence.</param>
    /// <param name="sentences">How many sentences the sentence's article has.</param>
    /// <param name="scores">The pair's mix, lexical score and rescaled cosine.</param>
    /// <param name="standing">The pair's standing among the headline's candidates in the sentence's article.</param>
    /// <param name="ownHeadline">The sentence's score against its own article's headline (0 without one).</param>
    public static double[] Of((int Term, double Weight)[] headline, SentenceProfile sentence, int sentences, (double Mixed, double Lexical, double Cosine) scores, PairStanding standing, double ownHeadline)
    {
        var x = new double[Names.Length];
        x[Slot.Mixed] = scores.Mixed;
        x[Slot.Lexical] = scores.Lexical;
        x[Slot.Cosine] = scores.Cosine;
        x[Slot.Best] = standing.Better == 0 ? 1 : 0;
        x[Slot.Second] = standing.Better == 1 ? 1 : 0;
        x[Slot.Rank] = Math.Min(standing.Better, 5) / 5.0;
        x[Slot.Relative] = standing.Best <= 0 ? 1 : Math.Min(1, scores.Mixed / standing.Best);
        x[Slot.Lead] = 1.0 / (1 + sentence.Ref.Sentence);
        x[Slot.Depth] = sentence.Ref.Sentence / (double)Math.Max(1, sentences);
        x[Slot.Crowd] = standing.Crowd;
        var shared = Shared(headline, sentence);
        x[Slot.SharedNames] = Math.Min(shared.Names, MostNames) / (double)MostNames;
        x[Slot.RareShared] = Math.Min(shared.Rare, MostShared) / (double)MostShared;
        x[Slot.BackgroundShared] = Math.Min(shared.Background, MostShared) / (double)MostShared;
        x[Slot.SharedNumber] = shared.Numbers > 0 ? 1 : 0;
        x[Slot.Short] = Math.Min(sentence.ContentWords, MostWords) / (double)MostWords;
        x[Slot.HeadlineShort] = Math.Min(headline.Length, MostHeadlineTerms) / (double)MostHeadlineTerms;
        x[Slot.OwnHeadline] = ownHeadline;
        return x;
    }

    /// <summary>
    /// The terms of the sentence the headline also holds: names (by their spelling-insensitive key), numbers, and all terms rare in the story
    /// (in fewer than <see cref="EntitySpread.RareShare"/> of its sentences) or its background (in at least <see cref="EntitySpread.BackgroundShare"/>).
    /// </summary>
    private static (int Names, int Numbers, int Rare, int Background) Shared((int Term, double Weight)[] headline, SentenceProfile sentence)
    {
        var (names, numbers, rare, background) = (0, 0, 0, 0);
        if (sentence.Weights is not { } weights)
            return (0, 0, 0, 0);
        foreach (var term in sentence.Counts.Keys)
        {
            var id = weights.IdOf(term);
            if (id < 0 || Array.BinarySearch(headline, (id, 0.0), TermOrder.Instance) < 0)
                continue;
            names += term.StartsWith("k:", StringComparison.Ordinal) ? 1 : 0;
            numbers += term.StartsWith("n:", StringComparison.Ordinal) ? 1 : 0;
            var share = weights.Share(term);
            rare += share < EntitySpread.RareShare ? 1 : 0;
            background += share >= EntitySpread.BackgroundShare ? 1 : 0;
        }
        return (names, numbers, rare, background);
    }

    private sealed class TermOrder : IComparer<(int Term, double Weight)>
    {
        public static readonly TermOrder Instance = new();

        public int Compare((int Term, double Weight) x, (int Term, double Weight) y) => x.Term.CompareTo(y.Term);
    }
}
