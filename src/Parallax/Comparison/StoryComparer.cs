using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>
/// Compares analysed articles about one story: resolves entities across them, aligns their
/// sentences, finds unique facts, divergences, voices and syndicated copies, and writes a brief.
/// </summary>
public static class StoryComparer
{
    /// <summary>
    /// Compares <paramref name="articles"/> (each already run through the analysis pipeline) as one story.
    /// <paramref name="knownCopies"/> adds syndication links found elsewhere (copy index → original index), such
    /// as a corpus's near-duplicate index; the detector's own links are kept. With an <paramref name="encoder"/>,
    /// sentences align by meaning as well as by their words.
    /// </summary>
    public static Story Compare(IReadOnlyList<ArticleAnalysis> articles, ComparisonOptions? options = null, IReadOnlyDictionary<int, int>? knownCopies = null, ISentenceEncoder? encoder = null)
        => Compare(articles, options, knownCopies, encoder, trace: null);

    /// <summary>
    /// The comparison, with every scored sentence pair passed to <paramref name="trace"/> (for the bench's explain command) and
    /// every candidate pair's features to <paramref name="candidates"/> (for its <c>learn-alignment</c>), and every headline–sentence
    /// candidate's to <paramref name="headlineCandidates"/> (for its <c>learn-alignment --headlines</c>). Headlines are aligned
    /// on another thread while the sentences are, so <paramref name="headlineCandidates"/> must not share unguarded state with the other two.
    /// </summary>
    internal static Story Compare(IReadOnlyList<ArticleAnalysis> articles, ComparisonOptions? options, IReadOnlyDictionary<int, int>? knownCopies, ISentenceEncoder? encoder, SentenceAligner.PairTrace? trace,
        SentenceAligner.CandidateSink? candidates = null, HeadlineAligner.CandidateSink? headlineCandidates = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        options ??= ComparisonOptions.Default;

        var findSyndicated = Task.Run(() => SyndicationDetector.Find(articles, options.SyndicationOverlap, knownCopies));
        var resolved = new EntityResolver(options).Resolve(articles);
        var story = new Story([.. articles]) { Entities = resolved.Entities };
        var countVoices = Task.Run(() => VoiceCounter.Count(story));
        var profiler = new SentenceProfiler();
        var profiles = profiler.Profile(articles, resolved);
        var findCopies = Task.Run(() => NearCopies.Find(profiles));
        var (claims, quotes, storyEntityOfDocumentEntity) = ReadClaims(articles, story, resolved, profiles);
        var meanings = encoder is null ? null : ClaimMeanings.Encode(articles, claims, encoder);
        var alignHeadlines = Task.Run(() => new HeadlineAligner(options) { Candidates = headlineCandidates }.Align(articles, profiler, profiles, meanings, encoder));
        var pairs = NearCopies.Merge(new SentenceAligner(options) { Trace = trace, Candidates = candidates }.Align(profiles, meanings, claims), findCopies.GetAwaiter().GetResult());
        var claimPairs = new ClaimPair[pairs.Count][];
        Parallel.For(0, pairs.Count, i =>
        {
            var pair = pairs[i];
            claimPairs[i] = ClaimMatcher.Match(claims[pair.A.Ref.Article][pair.A.Ref.Sentence], claims[pair.B.Ref.Article][pair.B.Ref.Sentence], pair.Score, pair.Anchor);
        });
        var context = new DivergenceContext
        {
            Articles = articles,
            Entities = resolved,
            Profiles = profiles,
            Pairs = pairs,
            Claims = [.. claims.Select(article => (IReadOnlyList<ClaimProfile>)[.. article.SelectMany(sentence => sentence)])],
            ClaimPairs = Flatten(claimPairs),
            QuotesBySentence = quotes,
            StoryEntityOfDocumentEntity = storyEntityOfDocumentEntity,
            MinSentenceScore = (encoder is null ? options.AlignmentThreshold : options.SemanticAlignmentThreshold) + options.DivergenceAlignmentMargin,
        };
        var divergences = DivergencePipeline.Default.Run(context);
        var conflicts = Conflicts(divergences);
        var aligned = new Alignment[pairs.Count];
        Parallel.For(0, pairs.Count, i =>
        {
            var (pair, matched) = (pairs[i], claimPairs[i]);
            aligned[i] = new Alignment($"al{i + 1}", Relation(pair, matched, claims, conflicts, options), Math.Round(pair.Score, 3), [pair.A.Ref, pair.B.Ref])
            {
                Claims = ClaimIds(matched),
            };
        });
        var alignments = ImmutableArray.CreateBuilder<Alignment>(pairs.Count);
        alignments.AddRange(aligned);
        ImmutableArray<Divergence> kept = [.. divergences.Where(d => !BetweenCopies(articles, d))];
        var syndicated = findSyndicated.GetAwaiter().GetResult();
        var writeBrief = Task.Run(() => new BriefWriter(options).Write(articles, profiles, pairs, syndicated, kept));
        var implied = ImpliedConflicts(kept, context);
        foreach (var (a, b, divergence) in implied)
        {
            alignments.Add(new Alignment($"al{alignments.Count + 1}", AlignmentRelation.Conflict,
                Math.Round(SentenceAligner.Similarity(profiles[a.Article][a.Sentence], profiles[b.Article][b.Sentence]), 3), [a, b])
            {
                Claims = divergence.Claims,
            });
        }

        return story with
        {
            Claims = [.. claims.SelectMany(article => article.SelectMany(sentence => sentence.Select(c => c.Claim)))],
            Alignments = alignments.ToImmutable(),
            HeadlineAlignments = alignHeadlines.GetAwaiter().GetResult(),
            Unique = Unique(articles, profiles, pairs, implied, syndicated),
            Divergences = kept,
            Voices = countVoices.GetAwaiter().GetResult(),
            Brief = writeBrief.GetAwaiter().GetResult(),
            Syndicated = syndicated,
        };
    }

    /// <summary>
    /// The texts of <paramref name="article"/> that <see cref="Compare"/> gives the sentence encoder (its sentences, and
    /// the claims of those that hold several), to encode (and store) ahead of a comparison.
    /// </summary>
    public static IEnumerable<string> EncodedTexts(ArticleAnalysis article)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArticleAnalysis[] articles = [article];
        var resolved = new EntityResolver(ComparisonOptions.Default).Resolve(articles);
        var profiles = new SentenceProfiler().Profile(articles, resolved);
        var (claims, _, _) = ReadClaims(articles, new Story([.. articles]) { Entities = resolved.Entities }, resolved, profiles);
        return ClaimMeanings.Texts(articles, claims).Concat(HeadlineAligner.Texts(articles));
    }

    /// <summary>Each sentence's claims, with the quotes by sentence and the story entity of each article's entities they were read with.</summary>
    private static (List<ClaimProfile>[][] Claims, IReadOnlyList<Quote>[][] Quotes, int[][] StoryEntityOfDocumentEntity) ReadClaims(
        IReadOnlyList<ArticleAnalysis> articles, Story story, ResolvedEntities resolved, SentenceProfile[][] profiles)
    {
        var storyEntityOfDocumentEntity = articles.Select((a, i) => Enumerable.Range(0, a.Entities.Length).Select(e => story.EntityIndexOf(i, e)).ToArray()).ToArray();
        var quotes = QuotesBySentence(articles);
        var claims = new List<ClaimProfile>[profiles.Length][];
        Parallel.For(0, profiles.Length, a => claims[a] = new ClaimReader(articles, quotes, storyEntityOfDocumentEntity, resolved.Entities).Read(a, profiles[a]));
        return (claims, quotes, storyEntityOfDocumentEntity);
    }

    /// <summary>
    /// Two sentences of different articles that a divergence sets against each other state one fact, whether or not the
    /// aligner paired them (counts and sums are compared across a story): each such pair not aligned yet is a conflict.
    /// </summary>
    private static List<(SentenceRef A, SentenceRef B, Divergence Divergence)> ImpliedConflicts(ImmutableArray<Divergence> divergences, DivergenceContext context)
    {
        var added = new HashSet<(SentenceRef, SentenceRef)>();
        var result = new List<(SentenceRef, SentenceRef, Divergence)>();
        foreach (var divergence in divergences)
        {
            if (divergence.Kind == DivergenceKind.NameVariant || divergence.Sentences is not [var a, var b] || a.Article == b.Article)
                continue;
            if (!context.Aligned(context.Profiles[a.Article][a.Sentence], context.Profiles[b.Article][b.Sentence]) && added.Add(Ordered(a, b)))
                result.Add((a, b, divergence));
        }
        return result;
    }

    private static (SentenceRef, SentenceRef) Ordered(SentenceRef a, SentenceRef b)
        => (a.Article, a.Sentence).CompareTo((b.Article, b.Sentence)) <= 0 ? (a, b) : (b, a);

    /// <summary>
    /// Conflict when the pair carries a number, date or negation divergence; partial when a claim of
    /// either sentence has no partner in the other or one covers too little of the other's terms.
    /// </summary>
    private static AlignmentRelation Relation(AlignedPair pair, ClaimPair[] matched, List<ClaimProfile>[][] claims, HashSet<(SentenceRef, SentenceRef)> conflicts, ComparisonOptions options)
    {
        if (conflicts.Contains((pair.A.Ref, pair.B.Ref)) || conflicts.Contains((pair.B.Ref, pair.A.Ref)))
            return AlignmentRelation.Conflict;
        var unmatched = matched.Length < claims[pair.A.Ref.Article][pair.A.Ref.Sentence].Count || matched.Length < claims[pair.B.Ref.Article][pair.B.Ref.Sentence].Count;
        return unmatched || Math.Min(pair.CoverageA, pair.CoverageB) < options.PartialCoverage ? AlignmentRelation.Partial : AlignmentRelation.Agree;
    }

    /// <summary>The sentence pairs a number, date or negation divergence sets against each other.</summary>
    private static HashSet<(SentenceRef, SentenceRef)> Conflicts(ImmutableArray<Divergence> divergences)
        => [.. divergences
            .Where(d => d.Kind is DivergenceKind.Number or DivergenceKind.Date or DivergenceKind.Negation && d.Sentences.Length == 2)
            .Select(d => (d.Sentences[0], d.Sentences[1]))];

    /// <summary>
    /// Per article, the facts only its source reports: sentences aligned with no sentence of an independent
    /// article, each listed once per source (a syndicated copy's sentence aligned with an earlier member of its
    /// group is that member's). A story of one source has none: there is nobody else to leave them out.
    /// </summary>
    private static ImmutableArray<ImmutableArray<int>> Unique(IReadOnlyList<ArticleAnalysis> articles, SentenceProfile[][] profiles, List<AlignedPair> pairs,
        List<(SentenceRef A, SentenceRef B, Divergence Divergence)> implied, ImmutableDictionary<int, int> syndicated)
    {
        var source = Enumerable.Range(0, profiles.Length).Select(a => SyndicationDetector.Origin(syndicated, a)).ToArray();
        if (source.Distinct().Count() < 2)
            return [.. profiles.Select(_ => ImmutableArray<int>.Empty)];
        var rank = new int[profiles.Length];
        var next = 0;
        foreach (var a in Enumerable.Range(0, profiles.Length)
            .OrderBy(a => a != source[a]).ThenBy(a => articles[a].Article.Published is null).ThenBy(a => articles[a].Article.Published).ThenBy(a => a))
            rank[a] = next++;
        var covered = profiles.Select(article => new bool[article.Length]).ToArray();
        void Cover(SentenceRef a, SentenceRef b)
        {
            if (source[a.Article] != source[b.Article])
                covered[a.Article][a.Sentence] = covered[b.Article][b.Sentence] = true;
            else
            {
                var later = rank[a.Article] > rank[b.Article] ? a : b;
                covered[later.Article][later.Sentence] = true;
            }
        }
        foreach (var pair in pairs)
            Cover(pair.A.Ref, pair.B.Ref);
        foreach (var (a, b, _) in implied)
            Cover(a, b);
        return [.. profiles.Select((article, a) => article.Where(p => !covered[a][p.Ref.Sentence]).Select(p => p.Ref.Sentence).ToImmutableArray())];
    }

    /// <summary>
    /// True for a divergence between articles whose cited sentences read the same, word for word: a copy
    /// cannot disagree with its original where it repeats it.
    /// </summary>
    private static bool BetweenCopies(IReadOnlyList<ArticleAnalysis> articles, Divergence divergence)
    {
        if (divergence.Sentences is [var a, var b])
            return a.Article != b.Article && SameWords(articles[a.Article].Sentences[a.Sentence].Text, articles[b.Article].Sentences[b.Sentence].Text);
        var texts = divergence.Sentences
            .GroupBy(s => s.Article)
            .Select(g => g.Select(s => Normalised(articles[s.Article].Sentences[s.Sentence].Text)).ToHashSet(StringComparer.Ordinal))
            .ToList();
        return texts.Count > 1 && texts.All(t => t.SetEquals(texts[0]));
    }

    /// <summary>The two texts are the same words, whatever the white space between them (as <see cref="Normalised"/> makes them).</summary>
    internal static bool SameWords(string x, string y)
    {
        var (i, j) = (0, 0);
        while (true)
        {
            while (i < x.Length && char.IsWhiteSpace(x[i]))
                i++;
            while (j < y.Length && char.IsWhiteSpace(y[j]))
                j++;
            if (i == x.Length || j == y.Length)
                return i == x.Length && j == y.Length;
            while (i < x.Length && j < y.Length && !char.IsWhiteSpace(x[i]) && !char.IsWhiteSpace(y[j]))
            {
                if (x[i++] != y[j++])
                    return false;
            }
            if (i < x.Length && !char.IsWhiteSpace(x[i]) || j < y.Length && !char.IsWhiteSpace(y[j]))
                return false;
        }
    }

    private static ImmutableArray<string> ClaimIds(ClaimPair[] matched)
    {
        var ids = new string[2 * matched.Length];
        for (var i = 0; i < matched.Length; i++)
            (ids[2 * i], ids[2 * i + 1]) = (matched[i].A.Claim.Id, matched[i].B.Claim.Id);
        return ImmutableCollectionsMarshal.AsImmutableArray(ids);
    }

    private static ClaimPair[] Flatten(ClaimPair[][] lists)
    {
        var count = 0;
        foreach (var list in lists)
            count += list.Length;
        var result = new ClaimPair[count];
        var at = 0;
        foreach (var list in lists)
        {
            list.CopyTo(result, at);
            at += list.Length;
        }
        return result;
    }

    private static string Normalised(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IReadOnlyList<Quote>[][] QuotesBySentence(IReadOnlyList<ArticleAnalysis> articles)
    {
        var result = new IReadOnlyList<Quote>[articles.Count][];
        for (var a = 0; a < articles.Count; a++)
        {
            var lists = new List<Quote>[articles[a].Sentences.Length];
            foreach (var quote in articles[a].Quotes)
            {
                if ((uint)quote.Sentence < (uint)lists.Length)
                    (lists[quote.Sentence] ??= []).Add(quote);
            }
            result[a] = [.. lists.Select(l => (IReadOnlyList<Quote>?)l ?? [])];
        }
        return result;
    }
}
