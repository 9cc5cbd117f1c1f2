using System.Collections.Immutable;
using Parallax.Analysis;
using Parallax.Quotes;

namespace Parallax.Comparison;

/// <summary>
/// Compares analysed articles about one story: resolves entities across them, aligns their
/// sentences, finds unique facts, divergences, voices and syndicated copies, and writes a brief.
/// </summary>
public static class StoryComparer
{
    /// <summary>
    /// Compares <paramref name="articles"/> (each already run through the analysis pipeline) as one story;
    /// with an <paramref name="encoder"/>, sentences align by meaning as well as by their words.
    /// </summary>
    public static Story Compare(IReadOnlyList<ArticleAnalysis> articles, ComparisonOptions? options = null, ISentenceEncoder? encoder = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        options ??= ComparisonOptions.Default;

        var syndicated = SyndicationDetector.Find(articles, options.SyndicationJaccard);
        var resolved = new EntityResolver(options).Resolve(articles);
        var storyEntityOfDocumentEntity = DocumentEntityIndex(articles, resolved.Entities);
        var profiles = new SentenceProfiler().Profile(articles, resolved);
        var meanings = encoder?.Encode([.. articles.SelectMany(EncodedTexts)]);
        var pairs = new SentenceAligner(options).Align(profiles, meanings);

        var finder = new DivergenceFinder(articles, resolved, QuotesBySentence(articles), storyEntityOfDocumentEntity);
        var framing = finder.Framing(profiles);
        var alignments = ImmutableArray.CreateBuilder<Alignment>(pairs.Count);
        var divergences = ImmutableArray.CreateBuilder<Divergence>();
        foreach (var pair in pairs)
        {
            var found = finder.Between(pair);
            divergences.AddRange(found);
            alignments.Add(new Alignment($"al{alignments.Count + 1}", Relation(pair, found, options), Math.Round(pair.Score, 3), [pair.A.Ref, pair.B.Ref]));
        }
        divergences.AddRange(finder.CountSlotDivergences(profiles, pairs));
        divergences.AddRange(framing);
        divergences.AddRange(finder.NameVariants());

        return new Story([.. articles])
        {
            Entities = resolved.Entities,
            Alignments = alignments.ToImmutable(),
            Unique = Unique(profiles, pairs, syndicated),
            Divergences = divergences.ToImmutable(),
            Voices = VoiceCounter.Count(articles, resolved.Entities, storyEntityOfDocumentEntity),
            Brief = new BriefWriter(options).Write(profiles, pairs, syndicated),
            Syndicated = syndicated,
        };
    }

    /// <summary>
    /// The texts of <paramref name="article"/> that <see cref="Compare"/> gives the sentence encoder, to encode
    /// (and store) ahead of a comparison.
    /// </summary>
    public static IEnumerable<string> EncodedTexts(ArticleAnalysis article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Sentences.Select(s => s.Text);
    }

    private static AlignmentRelation Relation(AlignedPair pair, List<Divergence> found, ComparisonOptions options)
    {
        if (found.Any(d => d.Kind is DivergenceKind.Number or DivergenceKind.Date or DivergenceKind.Negation))
            return AlignmentRelation.Conflict;
        return Math.Min(pair.CoverageA, pair.CoverageB) < options.PartialCoverage ? AlignmentRelation.Partial : AlignmentRelation.Agree;
    }

    /// <summary>Per article, the sentences aligned with no sentence of an independent article.</summary>
    private static ImmutableArray<ImmutableArray<int>> Unique(SentenceProfile[][] profiles, List<AlignedPair> pairs, ImmutableDictionary<int, int> syndicated)
    {
        var confirmed = new HashSet<SentenceRef>();
        foreach (var pair in pairs)
        {
            if (SyndicationDetector.Origin(syndicated, pair.A.Ref.Article) == SyndicationDetector.Origin(syndicated, pair.B.Ref.Article))
                continue;
            confirmed.Add(pair.A.Ref);
            confirmed.Add(pair.B.Ref);
        }
        return [.. profiles.Select(article => article.Where(p => !confirmed.Contains(p.Ref)).Select(p => p.Ref.Sentence).ToImmutableArray())];
    }

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

    private static int[][] DocumentEntityIndex(IReadOnlyList<ArticleAnalysis> articles, ImmutableArray<StoryEntity> entities)
    {
        var result = articles.Select(a => Enumerable.Repeat(-1, a.Entities.Length).ToArray()).ToArray();
        for (var e = 0; e < entities.Length; e++)
        {
            foreach (var (article, entity) in entities[e].Members)
            {
                if ((uint)entity < (uint)result[article].Length)
                    result[article][entity] = e;
            }
        }
        return result;
    }
}
