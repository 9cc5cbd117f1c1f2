using System.Buffers;
using System.Collections.Immutable;
using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>Everything the divergence detectors read about a story; built once by the comparer and never changed.</summary>
internal sealed class DivergenceContext
{
    public required IReadOnlyList<ArticleAnalysis> Articles { get; init; }
    public required ResolvedEntities Entities { get; init; }
    public required SentenceProfile[][] Profiles { get; init; }
    /// <summary>Aligned sentence pairs.</summary>
    public required IReadOnlyList<AlignedPair> Pairs { get; init; }
    /// <summary>Per article, every claim in text order.</summary>
    public required IReadOnlyList<ClaimProfile>[] Claims { get; init; }
    /// <summary>Matched claims of the aligned sentence pairs.</summary>
    public required IReadOnlyList<ClaimPair> ClaimPairs { get; init; }
    public required IReadOnlyList<Quote>[][] QuotesBySentence { get; init; }
    /// <summary>Per article and in-document entity, the story entity index (-1 when none).</summary>
    public required int[][] StoryEntityOfDocumentEntity { get; init; }
    /// <summary>Least alignment score of two sentences for a divergence between their claims (see <see cref="ComparisonOptions.DivergenceAlignmentMargin"/>).</summary>
    public double MinSentenceScore { get; init; }

    private SentenceProfile[]?[]? _partners;
    private bool _partnersBuilt;
    private object? _partnersLock;

    private SentenceTimes.SentenceTime[]? _times;
    private bool _timesBuilt;
    private object? _timesLock;

    public string Id(SentenceProfile p) => Articles[p.Ref.Article].Article.Id;

    /// <summary>When the sentence is set (see <see cref="SentenceTimes"/>), read for every sentence on first use: detectors compare it for many pairs.</summary>
    public SentenceTimes.SentenceTime TimeOf(SentenceProfile sentence)
        => (Volatile.Read(ref _times) ?? LazyInitializer.EnsureInitialized(ref _times, ref _timesBuilt, ref _timesLock, () => ReadTimes(Profiles))!)[sentence.Global];

    private static SentenceTimes.SentenceTime[] ReadTimes(SentenceProfile[][] profiles)
    {
        var times = new SentenceTimes.SentenceTime[profiles.Sum(p => p.Length)];
        foreach (var article in profiles)
        {
            foreach (var p in article)
                times[p.Global] = SentenceTimes.Of(p);
        }
        return times;
    }

    /// <summary>
    /// The sentences of article <paramref name="article"/> aligned with <paramref name="sentence"/>, read from an index built
    /// on first use (a story can hold tens of thousands of pairs, and a sentence a hundred partners).
    /// </summary>
    public ReadOnlySpan<SentenceProfile> PartnersIn(SentenceProfile sentence, int article)
    {
        var partners = LazyInitializer.EnsureInitialized(ref _partners, ref _partnersBuilt, ref _partnersLock, () => IndexPartners(Profiles.Sum(p => p.Length), Pairs))!;
        var all = partners[sentence.Global];
        if (all is null)
            return [];
        var start = FirstOf(all, article);
        var end = FirstOf(all, article + 1);
        return all.AsSpan(start, end - start);
    }

    /// <summary>Whether the aligner (or a near copy) paired the two sentences.</summary>
    public bool Aligned(SentenceProfile a, SentenceProfile b)
    {
        foreach (var partner in PartnersIn(a, b.Ref.Article))
        {
            if (partner == b)
                return true;
        }
        return false;
    }

    private static int FirstOf(SentenceProfile[] partners, int article)
    {
        int lo = 0, hi = partners.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (partners[mid].Ref.Article < article)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    /// <summary>Each sentence's partners by its <see cref="SentenceProfile.Global"/> index, by article; null for a sentence aligned with none.</summary>
    private static SentenceProfile[]?[] IndexPartners(int sentences, IReadOnlyList<AlignedPair> pairs)
    {
        var counts = new int[sentences];
        foreach (var pair in pairs)
        {
            counts[pair.A.Global]++;
            counts[pair.B.Global]++;
        }
        var partners = new SentenceProfile[]?[sentences];
        var filled = new int[sentences];
        foreach (var pair in pairs)
        {
            (partners[pair.A.Global] ??= new SentenceProfile[counts[pair.A.Global]])[filled[pair.A.Global]++] = pair.B;
            (partners[pair.B.Global] ??= new SentenceProfile[counts[pair.B.Global]])[filled[pair.B.Global]++] = pair.A;
        }
        foreach (var list in partners)
            list?.AsSpan().Sort(static (x, y) => x.Ref.Article.CompareTo(y.Ref.Article));
        return partners;
    }

    public static ImmutableArray<SentenceRef> Refs(SentenceProfile a, SentenceProfile b) => [a.Ref, b.Ref];

    /// <summary>Every pair of the story's articles, the earlier first, in order: what story-wide detectors compare on every core.</summary>
    public (int X, int Y)[] ArticlePairs()
    {
        var n = Profiles.Length;
        var pairs = new (int, int)[n * (n - 1) / 2];
        var k = 0;
        for (var x = 0; x < n; x++)
        {
            for (var y = x + 1; y < n; y++)
                pairs[k++] = (x, y);
        }
        return pairs;
    }

    /// <summary>The words of a sentence from token <paramref name="first"/> to <paramref name="last"/> (inclusive).</summary>
    public DivergenceSpan Span(SentenceProfile p, int first, int last)
    {
        var document = Articles[p.Ref.Article];
        var tokens = document.TokensOf(document.Sentences[p.Ref.Sentence]);
        first = Math.Clamp(first, 0, tokens.Length - 1);
        last = Math.Clamp(last, first, tokens.Length - 1);
        var (start, end) = (tokens[first].Start, tokens[last].End);
        return new DivergenceSpan(p.Ref, start, end, document.Text[start..end]);
    }

    /// <summary>The token of a sentence as the article prints it (the profile's words are lower-cased).</summary>
    public string RawWord(SentenceProfile p, int token)
    {
        var document = Articles[p.Ref.Article];
        return document.TextOf(document.Tokens[document.Sentences[p.Ref.Sentence].FirstToken + token]);
    }

    /// <summary>The words of a mention in its sentence.</summary>
    public DivergenceSpan Span(SentenceProfile p, Documents.Mention mention)
        => new(p.Ref, mention.Start, mention.End, mention.Text);

    public static ImmutableArray<string> ClaimIds(ClaimPair pair) => [pair.A.Claim.Id, pair.B.Claim.Id];
}

/// <summary>One kind of divergence: reads the story and what the detectors before it found, and reports its own.</summary>
internal interface IDivergenceDetector
{
    IEnumerable<Divergence> Detect(DivergenceContext context, IReadOnlyList<Divergence> found);
}

/// <summary>A detector that compares the two claims of each matched pair that state the same fact.</summary>
internal abstract class ClaimPairDetector : IDivergenceDetector
{
    /// <summary>The divergences of the matched pairs in their order; the pairs are read on every core (a story of 20 articles can match a hundred thousand).</summary>
    public IEnumerable<Divergence> Detect(DivergenceContext context, IReadOnlyList<Divergence> found) => DetectAll(context, [this])[0];

    /// <summary>
    /// What each detector finds, in its order, from one pass over the matched pairs: each pair is read by every detector in
    /// turn while it is at hand, and the cores wait for each other once rather than once per detector.
    /// </summary>
    public static List<Divergence>[] DetectAll(DivergenceContext context, IReadOnlyList<ClaimPairDetector> detectors)
    {
        var pairs = context.ClaimPairs;
        var divergences = new Divergence?[detectors.Count][];
        for (var d = 0; d < detectors.Count; d++)
            divergences[d] = ArrayPool<Divergence?>.Shared.Rent(pairs.Count);
        try
        {
            Parallel.For(0, pairs.Count, i =>
            {
                var pair = pairs[i];
                for (var d = 0; d < detectors.Count; d++)
                {
                    var detector = detectors[d];
                    if (detector.MayHoldUp(context, pair) && detector.Between(context, pair) is { } divergence && detector.HoldsUp(context, divergence, pair))
                        divergences[d][i] = divergence with { Claims = DivergenceContext.ClaimIds(pair) };
                }
            });
            var result = new List<Divergence>[detectors.Count];
            for (var d = 0; d < detectors.Count; d++)
            {
                result[d] = [];
                for (var i = 0; i < pairs.Count; i++)
                {
                    if (divergences[d][i] is { } divergence)
                        result[d].Add(divergence);
                }
            }
            return result;
        }
        finally
        {
            foreach (var array in divergences)
                ArrayPool<Divergence?>.Shared.Return(array, clearArray: true);
        }
    }

    protected abstract Divergence? Between(DivergenceContext context, ClaimPair pair);

    /// <summary>Whether a divergence of this detector's kinds could hold up between the pair's claims (see <see cref="HoldsUp"/>), read before the claims are compared.</summary>
    protected virtual bool MayHoldUp(DivergenceContext context, ClaimPair pair) => pair.SentenceScore >= context.MinSentenceScore;

    /// <summary>Whether the sentences align well enough (see <see cref="DivergenceContext.MinSentenceScore"/>) and the claims are worded closely enough for the divergence's kind (see <see cref="MinClaimScore"/>).</summary>
    protected virtual bool HoldsUp(DivergenceContext context, Divergence divergence, ClaimPair pair)
        => (pair.SentenceScore >= context.MinSentenceScore || divergence.Kind == DivergenceKind.NameVariant)
            && (pair.Score >= MinClaimScore(divergence.Kind) || SameOutsideNames(pair.A, pair.B));

    /// <summary>The claims say the same words but for the names in them ("Hask police said the road was shut" / "Lorn police said …").</summary>
    private static bool SameOutsideNames(ClaimProfile a, ClaimProfile b)
    {
        static IEnumerable<string> Words(ClaimProfile claim)
        {
            for (var i = claim.First; i < claim.End; i++)
            {
                if (claim.Sentence.Words[i].Length > 0 && claim.Sentence.EntityAt(i) is null)
                    yield return claim.Sentence.Words[i];
            }
        }
        return Words(a).SequenceEqual(Words(b), StringComparer.Ordinal);
    }

    /// <summary>
    /// How alike two claims must be worded for a divergence of this kind between them to hold up. Judged on real stories
    /// (NeuS train), a place, date, person, negation or attribution set between loosely matched claims was nearly always
    /// two different facts (of 17 reported over 2,400 stories with claims scored 0.4 or more, one was real; from 0.55, 8
    /// with none real); a hedge or a spelling was not, and counts are often worded apart ("4,200 members joined" /
    /// "put the number of strikers at about 3,800"). Places keep 0.4: a place edited in one copy of a sentence moves its
    /// claim's score most (one controlled edit in 120 falls under 0.55).
    /// </summary>
    public static double MinClaimScore(DivergenceKind kind) => kind switch
    {
        DivergenceKind.Person or DivergenceKind.Negation or DivergenceKind.Attribution => 0.55,
        DivergenceKind.Place or DivergenceKind.Date => 0.4,
        _ => 0,
    };
}
