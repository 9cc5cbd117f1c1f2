using System.Buffers;
using System.Numerics;
using System.Numerics.Tensors;
using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>
/// A scored pair of sentences from different articles, with how much of each one the other covers (the
/// share of its lexical weight, or with sentence vectors at least their rescaled cosine, so that a full
/// paraphrase is not taken for a partial match).
/// </summary>
internal sealed record AlignedPair(SentenceProfile A, SentenceProfile B, double Score, double CoverageA, double CoverageB)
{
    /// <summary>
    /// The claims (indexes into each sentence's claims) whose meanings match best, when the pair was aligned on claim
    /// vectors and either sentence holds several claims; else (-1, -1).
    /// </summary>
    public (int A, int B) Anchor { get; init; } = (-1, -1);

    /// <summary>Pairs by their first sentence, then their second (<see cref="SentenceProfile.Global"/>).</summary>
    public static readonly Comparison<AlignedPair> ByGlobal = static (x, y) => x.A.Global != y.A.Global ? x.A.Global.CompareTo(y.A.Global) : x.B.Global.CompareTo(y.B.Global);

    /// <summary>Whether the pairs are in <see cref="ByGlobal"/> order already (as the aligner's scan finds them).</summary>
    public static bool InOrder(List<AlignedPair> pairs)
    {
        for (var i = 1; i < pairs.Count; i++)
        {
            if (ByGlobal(pairs[i - 1], pairs[i]) > 0)
                return false;
        }
        return true;
    }
}

/// <summary>
/// Scores cross-article sentence pairs by cosine over the rarity-weighted profiles and keeps the pairs
/// above the threshold that are among the best few, and near the best, of both sentences toward the other
/// article. Many-to-many: a long sentence may align with several short ones. Lexical only, an inverted
/// index touches just the pairs sharing a term; given sentence vectors (from an <see cref="ISentenceEncoder"/>),
/// every pair is scored as a mix of their rescaled cosine and the lexical score, so that paraphrases align.
/// </summary>
internal sealed class SentenceAligner(ComparisonOptions options)
{
    /// <summary>The parts of a scored pair: its lexical score, the encoder's cosine (0 without one), the final score and the claims it was anchored on.</summary>
    public delegate void PairTrace(SentenceProfile a, SentenceProfile b, double lexical, float cosine, double score, (int A, int B) anchor);

    /// <summary>Called for every pair scored above zero, for the bench's explain command.</summary>
    public PairTrace? Trace { get; init; }

    /// <summary>A candidate pair's features (see <see cref="PairFeatures"/>) and whether the hand-set rules keep it.</summary>
    public delegate void CandidateSink(SentenceProfile a, SentenceProfile b, double[] features, bool kept);

    /// <summary>
    /// Called for every pair scored at least the learned model's floor, with its features, for the bench's
    /// <c>learn-alignment</c> (with a sentence encoder only).
    /// </summary>
    public CandidateSink? Candidates { get; init; }

    private const double MinimumForChunks = 0.1;
    private const double ChunkFactor = 0.85;

    /// <param name="profiles">The story's sentences, by article.</param>
    /// <param name="meanings">A unit vector per sentence, by <see cref="SentenceProfile.Global"/>, or null for lexical alignment.</param>
    /// <param name="claims">The sentences' claims, by article and sentence, with their vectors when <paramref name="meanings"/> is given.</param>
    public List<AlignedPair> Align(SentenceProfile[][] profiles, float[][]? meanings = null, List<ClaimProfile>[][]? claims = null)
    {
        var all = profiles.SelectMany(p => p).ToArray();
        var postings = new Dictionary<int, List<(int Global, double Weight)>>();
        foreach (var p in all)
        {
            foreach (var (term, weight) in p.Vector)
            {
                if (!postings.TryGetValue(term, out var list))
                    postings[term] = list = [];
                list.Add((p.Global, weight));
            }
        }

        var model = meanings is not null && (options.LearnedPairScore || Candidates is not null) ? PairModel.Default : null;
        var threshold = meanings is null ? options.AlignmentThreshold : options.SemanticAlignmentThreshold;
        var floor = model is null ? threshold : Math.Min(model.Floor, threshold);
        var found = new Candidate[all.Length][];
        var blocks = (all.Length + Scratch.Rows - 1) / Scratch.Rows;
        if (Trace is null)
        {
            Parallel.For(0, blocks, () => new Scratch(all.Length, meanings is not null), (block, _, scratch) =>
            {
                ScanBlock(all, block, postings, meanings, claims, floor, scratch, found);
                return scratch;
            }, _ => { });
        }
        else
        {
            var scratch = new Scratch(all.Length, meanings is not null);
            for (var block = 0; block < blocks; block++)
                ScanBlock(all, block, postings, meanings, claims, floor, scratch, found);
        }
        var count = found.Sum(c => c.Length);
        List<AlignedPair> pairs;
        var candidates = ArrayPool<Candidate>.Shared.Rent(count);
        var decided = ArrayPool<AlignedPair?>.Shared.Rent(count);
        var probabilities = ArrayPool<double>.Shared.Rent(count);
        var (standings, eventStandings) = (new Standings(count), new Standings(count));
        try
        {
            var at = 0;
            foreach (var some in found)
            {
                some.CopyTo(candidates, at);
                at += some.Length;
            }
            Standings.Rank(all, candidates, count, standings, eventStandings);
            var context = new DecisionContext(model, model is null ? null : new EntitySpread(all), model is null || claims is null ? null : new CentralEvents(profiles, claims),
                [.. profiles.Select(p => p.Length)], threshold, meanings is not null);
            if (Candidates is null)
                Parallel.For(0, count, i => decided[i] = Decide(all, candidates[i], standings.Of(i), eventStandings.Of(i), context, out probabilities[i]));
            else
            {
                for (var i = 0; i < count; i++)
                    decided[i] = Decide(all, candidates[i], standings.Of(i), eventStandings.Of(i), context, out probabilities[i]);
            }
            if (model is not null && Candidates is null && options.LearnedPairScore && options.MaxClosurePartnersPerArticle > 0)
                Close(all, candidates, decided, probabilities, count, threshold, semantic: meanings is not null);
            var kept = 0;
            for (var i = 0; i < count; i++)
            {
                if (decided[i] is not null)
                    kept++;
            }
            pairs = new List<AlignedPair>(kept);
            for (var i = 0; i < count; i++)
            {
                if (decided[i] is { } pair)
                    pairs.Add(pair);
            }
        }
        finally
        {
            ArrayPool<Candidate>.Shared.Return(candidates);
            ArrayPool<AlignedPair?>.Shared.Return(decided, clearArray: true);
            ArrayPool<double>.Shared.Return(probabilities);
            standings.Return();
            eventStandings.Return();
        }
        if (!AlignedPair.InOrder(pairs))
            pairs.Sort(AlignedPair.ByGlobal);
        return pairs;
    }

    /// <summary>Aligns the candidates that close two aligned pairs across a third article (<see cref="AlignmentClosure"/>).</summary>
    private void Close(SentenceProfile[] all, Candidate[] candidates, AlignedPair?[] decided, double[] probabilities, int count, double threshold, bool semantic)
    {
        var closing = AlignmentClosure.Closing(all, candidates.AsSpan(0, count), decided.AsSpan(0, count), probabilities.AsSpan(0, count), threshold, options.MaxClosurePartnersPerArticle);
        Parallel.For(0, closing.Count, k => decided[closing[k]] = Pair(all, candidates[closing[k]], semantic));
    }

    /// <summary>
    /// The aligned pair a candidate makes when the hand limits keep it (among the best few partners of each side toward the
    /// other's article, or of its event partners) or the learned decision does; null when neither does.
    /// </summary>
    /// <param name="probability">The model's probability of the pair, NaN where it did not weigh the pair.</param>
    private AlignedPair? Decide(SentenceProfile[] all, Candidate candidate, (Standing A, Standing B) ranked, (Standing A, Standing B) rankedByEvent, DecisionContext context,
        out double probability)
    {
        probability = double.NaN;
        var (model, spread, central, articleSizes, threshold, semantic) = context;
        var (a, b, score, cosine, anchor, linked, lexical) = candidate;
        var kept = score >= threshold
            && (Keeps(ranked.A, score, options.MaxPartnersPerArticle) && Keeps(ranked.B, score, options.MaxPartnersPerArticle)
                || linked && Keeps(rankedByEvent.A, score, options.MaxEventPartnersPerArticle) && Keeps(rankedByEvent.B, score, options.MaxEventPartnersPerArticle));
        var settled = kept && options.LearnedPairScore && Candidates is null && Rescaled(cosine) >= options.ParaphraseCosine;
        if (model is not null && !settled)
        {
            var (standingA, standingB) = (ranked.A.Of(articleSizes[all[b].Ref.Article]), ranked.B.Of(articleSizes[all[a].Ref.Article]));
            var features = PairFeatures.Of(all[a], all[b], score, linked ? score - options.EventBonus : score, lexical, Rescaled(cosine), linked,
                standingA, standingB, anchor != (-1, -1), spread!, central, Candidates is null ? _features ??= new double[PairFeatures.Names.Length] : null);
            Candidates?.Invoke(all[a], all[b], features, kept);
            if (options.LearnedPairScore)
            {
                probability = model.Probability(features, LengthPrior(Math.Max(articleSizes[all[a].Ref.Article], articleSizes[all[b].Ref.Article])));
                var learned = probability >= model.Threshold
                    && standingA.Better < options.MaxLearnedPartnersPerArticle && standingB.Better < options.MaxLearnedPartnersPerArticle;
                kept = learned || kept && Rescaled(cosine) >= options.ParaphraseCosine;
            }
        }
        return kept ? Pair(all, candidate, semantic) : null;
    }

    /// <summary>The shift of the model's log-odds for a pair whose longer article has <paramref name="sentences"/> sentences (see <see cref="ComparisonOptions.LengthPriorWeight"/>).</summary>
    private double LengthPrior(int sentences)
        => sentences <= options.LengthPriorSentences || options.LengthPriorWeight <= 0
            ? 0
            : -options.LengthPriorWeight * Math.Log(sentences / (double)options.LengthPriorSentences);

    /// <summary>The aligned pair of a candidate, with how much of each sentence the other covers.</summary>
    private AlignedPair Pair(SentenceProfile[] all, Candidate candidate, bool semantic)
    {
        var (pa, pb) = (all[candidate.A], all[candidate.B]);
        var (coverageA, coverageB) = (Coverage(pa, pb), Coverage(pb, pa));
        if (semantic)
        {
            var rescaled = Rescaled(candidate.Cosine);
            (coverageA, coverageB) = (Math.Max(coverageA, rescaled), Math.Max(coverageB, rescaled));
        }
        return new AlignedPair(pa, pb, Math.Min(1, candidate.Score), coverageA, coverageB) { Anchor = candidate.Anchor };
    }

    /// <summary>
    /// Scans a block of <see cref="Scratch.Rows"/> consecutive sentences, the encoder's cosines of the whole block toward every later sentence read
    /// first, one later sentence at a time: its vector is then read from memory once for the block rather than once per sentence.
    /// </summary>
    private void ScanBlock(SentenceProfile[] all, int block, Dictionary<int, List<(int Global, double Weight)>> postings, float[][]? meanings,
        List<ClaimProfile>[][]? claims, double floor, Scratch scratch, Candidate[][] found)
    {
        var (first, end) = (block * Scratch.Rows, Math.Min(all.Length, (block + 1) * Scratch.Rows));
        if (meanings is not null)
        {
            scratch.First = first;
            var cosines = scratch.Cosines!;
            for (var other = first + 1; other < all.Length; other++)
            {
                var (vector, article) = (meanings[other], all[other].Ref.Article);
                for (var row = first; row < end && row < other; row++)
                {
                    if (all[row].Ref.Article != article)
                        cosines[(row - first) * all.Length + other] = Dot(meanings[row], vector);
                }
            }
        }
        for (var i = first; i < end; i++)
            found[i] = Scan(all, i, postings, meanings, claims, floor, scratch);
    }

    /// <summary>
    /// The candidate partners of sentence <paramref name="index"/> among the sentences after it in other articles: with the encoder every such
    /// pair is scored (from the cosines its block read), without it only those sharing a term; each block of sentences is scanned on its own, so the
    /// story's sentences are scanned on every core.
    /// </summary>
    private Candidate[] Scan(SentenceProfile[] all, int index, Dictionary<int, List<(int Global, double Weight)>> postings, float[][]? meanings,
        List<ClaimProfile>[][]? claims, double floor, Scratch scratch)
    {
        var (p, accumulator, touched) = (all[index], scratch.Accumulator, scratch.Touched);
        var candidates = scratch.Candidates;
        foreach (var (term, weight) in p.Vector)
        {
            foreach (var (other, w) in postings[term])
            {
                if (other <= p.Global || all[other].Ref.Article == p.Ref.Article)
                    continue;
                if (accumulator[other] == 0)
                    touched.Add(other);
                accumulator[other] += weight * w;
            }
        }
        if (meanings is null)
        {
            foreach (var other in touched)
            {
                var lexical = Lexical(p, all[other], accumulator[other]);
                var (score, linked) = WithEvent(p, all[other], lexical, options.AlignmentThreshold, claims);
                Trace?.Invoke(p, all[other], lexical, 0, score, (-1, -1));
                if (score >= options.AlignmentThreshold)
                    candidates.Add(new(p.Global, other, score, 0, (-1, -1), linked, lexical));
            }
        }
        else
        {
            for (var other = p.Global + 1; other < all.Length; other++)
            {
                if (all[other].Ref.Article == p.Ref.Article)
                    continue;
                var (cosine, anchor) = Semantic(p, all[other], scratch.Cosine(index, other), claims);
                var lexical = Lexical(p, all[other], accumulator[other]);
                var (score, linked) = WithEvent(p, all[other], Mixed(lexical, cosine), floor, claims);
                Trace?.Invoke(p, all[other], lexical, cosine, score, anchor);
                if (score >= floor)
                    candidates.Add(new(p.Global, other, score, cosine, anchor, linked, lexical));
            }
        }
        foreach (var other in touched)
            accumulator[other] = 0;
        touched.Clear();
        Candidate[] scanned = [.. candidates];
        candidates.Clear();
        return scanned;
    }

    /// <summary>A scored pair of sentences of two articles (<see cref="SentenceProfile.Global"/> indexes, the first the lower) that the decision weighs.</summary>
    internal readonly record struct Candidate(int A, int B, double Score, float Cosine, (int A, int B) Anchor, bool Event, double Lexical);

    /// <summary>The features of the pair a thread decides, read once by the model: a sink of candidates keeps arrays of its own.</summary>
    [ThreadStatic]
    private static double[]? _features;

    /// <summary>What deciding a candidate reads besides its standings: the model, the story's entity spread and article sizes.</summary>
    private sealed record DecisionContext(PairModel? Model, EntitySpread? Spread, CentralEvents? Central, int[] ArticleSizes, double Threshold, bool Semantic);

    /// <summary>
    /// A scanning thread's running lexical sums toward every sentence, the sentences it touched and the candidates it found, and with the
    /// encoder the cosines of the block of sentences it scans toward every sentence.
    /// </summary>
    private sealed class Scratch(int sentences, bool semantic)
    {
        /// <summary>Sentences a block holds: their vectors and a later sentence's stay in the core's caches while their cosines are read.</summary>
        public const int Rows = 16;

        public double[] Accumulator { get; } = new double[sentences];

        public float[]? Cosines { get; } = semantic ? new float[Rows * sentences] : null;

        /// <summary>The first sentence of the block whose cosines <see cref="Cosines"/> holds.</summary>
        public int First { get; set; }

        /// <summary>The cosine of a sentence of the block with a later sentence.</summary>
        public float Cosine(int sentence, int other) => Cosines![(sentence - First) * sentences + other];

        public List<int> Touched { get; } = [];

        public List<Candidate> Candidates { get; } = [];
    }

    /// <summary>The lexical cosine of two sentences, or of their best-matching clause chunks when those match better.</summary>
    private static double Lexical(SentenceProfile a, SentenceProfile b, double cosine)
        => cosine >= MinimumForChunks && (a.Chunks.Length > 0 || b.Chunks.Length > 0) ? Math.Max(cosine, ChunkFactor * BestChunk(a, b)) : cosine;

    /// <summary>
    /// The score with <see cref="ComparisonOptions.EventBonus"/> when a claim of each sentence names one event that is
    /// not an act of speech ("will ask the UN" and "asked the envoy" are two asks), and whether the pair is so linked
    /// (it may then take one of the <see cref="ComparisonOptions.MaxEventPartnersPerArticle"/> places); pairs too far
    /// below the threshold to reach it are not looked at.
    /// </summary>
    private (double Score, bool Linked) WithEvent(SentenceProfile a, SentenceProfile b, double score, double threshold, List<ClaimProfile>[][]? claims)
    {
        if (claims is null || options.EventBonus <= 0 || score + options.EventBonus < threshold)
            return (score, false);
        foreach (var x in claims[a.Ref.Article][a.Ref.Sentence])
        {
            foreach (var y in claims[b.Ref.Article][b.Ref.Sentence])
            {
                if (!x.SpeechEvent && !y.SpeechEvent && (ClaimMatcher.SameEvent(x, y) || options.CoreferentEventWords && EventWords.Corefer(x, y)) && MayBeOneDoer(x, y))
                    return (score + options.EventBonus, true);
            }
        }
        return (score, false);
    }

    /// <summary>
    /// The claims' doers may be one: either names none, both name the same, one claim names the other's doer, or one is a place and the other an
    /// organisation ("Washington has not completed its review" / "the administration continues to review": a capital
    /// stands for its government). Looser than <see cref="ClaimPair.CompatibleAgents"/>, which sets claims against
    /// each other: aligning two tellings costs less when wrong than reporting a divergence between them.
    /// </summary>
    private static bool MayBeOneDoer(ClaimProfile x, ClaimProfile y)
        => x.Agent < 0 || y.Agent < 0 || x.Agent == y.Agent || Names(y, x.Agent) || Names(x, y.Agent)
            || (AgentType(x), AgentType(y)) is (EntityType.Gpe, EntityType.Org) or (EntityType.Org, EntityType.Gpe);

    /// <summary>
    /// The claim names the entity, whatever its role: two tellings may put different participants first ("Horton was
    /// killed" / "Lopez was found guilty in the death of Horton"), and one then names the other's doer.
    /// </summary>
    private static bool Names(ClaimProfile claim, int entity)
    {
        foreach (var o in claim.Entities)
        {
            if (o.Entity == entity)
                return true;
        }
        return false;
    }

    private static EntityType? AgentType(ClaimProfile claim)
    {
        foreach (var o in claim.Sentence.Entities)
        {
            if (o.Entity == claim.Agent)
                return o.Mention.Type;
        }
        return null;
    }

    /// <summary>The weighted mean of the lexical score and the rescaled semantic cosine.</summary>
    private double Mixed(double lexical, float cosine)
        => options.SemanticWeight * Rescaled(cosine) + (1 - options.SemanticWeight) * lexical;

    /// <summary>
    /// The semantic cosine from <see cref="ComparisonOptions.SemanticFloor"/> (what sentences of one story about
    /// different things reach: 0) to 1.
    /// </summary>
    private double Rescaled(float cosine) => Math.Clamp((cosine - options.SemanticFloor) / (1 - options.SemanticFloor), 0, 1);

    /// <summary>
    /// The encoder's cosine of two sentences (<paramref name="cosine"/>, read with their block), or of their best-matching claims when a sentence holds several and
    /// those match better (discounted as clause chunks are): one shared fact of a long sentence aligns it. The
    /// anchor is that best claim pair, so that each claim of a long sentence has its own few partners per article.
    /// Sentences below the semantic floor share no fact worth the search.
    /// </summary>
    private (float Cosine, (int A, int B) Anchor) Semantic(SentenceProfile a, SentenceProfile b, float cosine, List<ClaimProfile>[][]? claims)
    {
        if (claims is null || cosine < options.SemanticFloor)
            return (cosine, (-1, -1));
        var (x, y) = (claims[a.Ref.Article][a.Ref.Sentence], claims[b.Ref.Article][b.Ref.Sentence]);
        if (x.Count < 2 && y.Count < 2)
            return (cosine, (-1, -1));
        var (best, anchor) = (-1f, (-1, -1));
        for (var i = 0; i < x.Count; i++)
        {
            for (var j = 0; j < y.Count; j++)
            {
                if (x[i].Meaning is { } u && y[j].Meaning is { } v && Dot(u, v) is var dot && dot > best)
                    (best, anchor) = (dot, (x.Count < 2 ? -1 : i, y.Count < 2 ? -1 : j));
            }
        }
        return (Math.Max(cosine, (float)ChunkFactor * best), anchor);
    }

    /// <summary>The dot product of two encoder vectors (their cosine, as they are unit vectors).</summary>
    internal static float Dot(float[] x, float[] y) => TensorPrimitives.Dot<float>(x, y);

    /// <summary>The best cosine between a clause chunk (or the whole) of one sentence and one of the other.</summary>
    private static double BestChunk(SentenceProfile a, SentenceProfile b)
    {
        var best = 0.0;
        var chunksA = a.Chunks.Length > 0 ? a.Chunks : [a.Vector];
        var chunksB = b.Chunks.Length > 0 ? b.Chunks : [b.Vector];
        foreach (var x in chunksA)
        {
            foreach (var y in chunksB)
                best = Math.Max(best, Cosine(x, y));
        }
        return best;
    }

    /// <summary>Cosine similarity of two profiles.</summary>
    public static double Similarity(SentenceProfile a, SentenceProfile b) => Cosine(a.Vector, b.Vector);

    private static double Cosine((int Term, double Weight)[] x, (int Term, double Weight)[] y) => TermWeights.Cosine(x, y);

    /// <summary>The share of <paramref name="a"/>'s weight on terms <paramref name="b"/> also has.</summary>
    private static double Coverage(SentenceProfile a, SentenceProfile b)
    {
        double covered = 0;
        int i = 0, j = 0;
        var (x, y) = (a.Vector, b.Vector);
        while (i < x.Length && j < y.Length)
        {
            var c = x[i].Term.CompareTo(y[j].Term);
            if (c == 0)
            {
                covered += x[i].Weight * x[i].Weight;
                i++;
                j++;
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return covered;
    }

    /// <summary>True when <paramref name="score"/> is among the best <paramref name="partners"/> of a sentence's scores toward one article, and near the best.</summary>
    private bool Keeps(Standing standing, double score, int partners)
        => standing.Better < partners && score >= options.RelativeThreshold * standing.Best;

    /// <summary>How many of a sentence's candidate scores toward one article (and from one anchor claim) beat a candidate's, the best of them, and how many there are.</summary>
    private readonly record struct Standing(int Better, double Best, int Count)
    {
        /// <summary>The standing with the candidates' share of the other article's <paramref name="sentences"/>.</summary>
        public PairStanding Of(int sentences) => new(Better, Best, Math.Min(1, Count / (double)Math.Max(1, sentences)));
    }

    /// <summary>
    /// Where each candidate stands among the candidates of each of its two sentences toward the other's article: read a sentence
    /// at a time on every core, from the candidates gathered by sentence (each candidate has one slot per side).
    /// </summary>
    private sealed class Standings
    {

        /// <summary>A ranking thread's buffers: each entry's group (anchor claim, other article), its place, score and slot.</summary>
        [ThreadStatic]
        private static (long[] Groups, int[] Order, double[] Scores, int[] Slots, double[] Ranked, int[] RankedSlots)? _buffers;

        private readonly Standing[] _slots;

        /// <summary>Slots for <paramref name="candidates"/> candidates, rented: give them back with <see cref="Return"/>.</summary>
        public Standings(int candidates)
        {
            _slots = ArrayPool<Standing>.Shared.Rent(2 * candidates);
            Array.Clear(_slots, 0, 2 * candidates);
        }

        public (Standing A, Standing B) Of(int candidate) => (_slots[2 * candidate], _slots[2 * candidate + 1]);

        public void Return() => ArrayPool<Standing>.Shared.Return(_slots);

        /// <summary>The standings among all candidates, and among those linked by an event only (others stand nowhere there).</summary>
        public static void Rank(SentenceProfile[] all, Candidate[] candidates, int count, Standings ranked, Standings byEvent)
        {
            var start = new int[all.Length + 1];
            for (var i = 0; i < count; i++)
            {
                start[candidates[i].A + 1]++;
                start[candidates[i].B + 1]++;
            }
            for (var s = 0; s < all.Length; s++)
                start[s + 1] += start[s];
            var bySentence = ArrayPool<int>.Shared.Rent(2 * count);
            try
            {
                var next = start[..^1];
                for (var i = 0; i < count; i++)
                {
                    bySentence[next[candidates[i].A]++] = 2 * i;
                    bySentence[next[candidates[i].B]++] = 2 * i + 1;
                }
                Parallel.For(0, all.Length, s =>
                {
                    var mine = bySentence.AsSpan(start[s], start[s + 1] - start[s]);
                    ranked.Rank(all, candidates, mine, linkedOnly: false);
                    byEvent.Rank(all, candidates, mine, linkedOnly: true);
                });
            }
            finally
            {
                ArrayPool<int>.Shared.Return(bySentence);
            }
        }

        /// <summary>
        /// Ranks one sentence's candidate slots by their anchor claim and the other sentence's article, best score first: grouped by one sort of
        /// whole-number keys, then each group sorted by its scores (sorts of primitive keys, with no comparison delegate).
        /// </summary>
        private void Rank(SentenceProfile[] all, Candidate[] candidates, ReadOnlySpan<int> mine, bool linkedOnly)
        {
            if (_buffers is not { } buffers || buffers.Groups.Length < mine.Length)
                _buffers = buffers = (new long[mine.Length], new int[mine.Length], new double[mine.Length], new int[mine.Length], new double[mine.Length], new int[mine.Length]);
            var (groups, order, scores, slots, ranked, rankedSlots) = buffers;
            var n = 0;
            foreach (var slot in mine)
            {
                var c = candidates[slot / 2];
                if (linkedOnly && !c.Event)
                    continue;
                var (claim, article) = slot % 2 == 0 ? (c.Anchor.A, all[c.B].Ref.Article) : (c.Anchor.B, all[c.A].Ref.Article);
                (groups[n], order[n], scores[n], slots[n]) = (((long)claim << 32) | (uint)article, n, c.Score, slot);
                n++;
            }
            Array.Sort(groups, order, 0, n);
            for (var k = 0; k < n; k++)
                (ranked[k], rankedSlots[k]) = (-scores[order[k]], slots[order[k]]);
            for (var group = 0; group < n;)
            {
                var end = group + 1;
                while (end < n && groups[end] == groups[group])
                    end++;
                if (end - group > 1)
                    Array.Sort(ranked, rankedSlots, group, end - group);
                var best = -ranked[group];
                for (var (k, firstEqual) = (group, group); k < end; k++)
                {
                    if (ranked[k] != ranked[firstEqual])
                        firstEqual = k;
                    _slots[rankedSlots[k]] = new Standing(firstEqual - group, best, end - group);
                }
                group = end;
            }
        }
    }
}
