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
    /// <summary>Compares <paramref name="articles"/> (each already run through the analysis pipeline) as one story.</summary>
    public static Story Compare(IReadOnlyList<ArticleAnalysis> articles, ComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        options ??= ComparisonOptions.Default;

        var syndicated = SyndicationDetector.Find(articles, options.SyndicationJaccard);
        var resolved = new EntityResolver(options).Resolve(articles);
        var storyEntityOfDocumentEntity = DocumentEntityIndex(articles, resolved.Entities);
        var profiles = new SentenceProfiler().Profile(articles, resolved);
        var pairs = new SentenceAligner(options).Align(profiles);

        var quotes = QuotesBySentence(articles);
        var claimReader = new ClaimReader(articles, quotes, storyEntityOfDocumentEntity, resolved.Entities);
        var claims = profiles.Select((sentences, a) => claimReader.Read(a, sentences)).ToArray();
        var claimPairs = pairs.Select(pair => ClaimMatcher.Match(claims[pair.A.Ref.Article][pair.A.Ref.Sentence], claims[pair.B.Ref.Article][pair.B.Ref.Sentence])).ToList();
        var divergences = DivergencePipeline.Default.Run(new DivergenceContext
        {
            Articles = articles,
            Entities = resolved,
            Profiles = profiles,
            Pairs = pairs,
            Claims = [.. claims.Select(article => (IReadOnlyList<ClaimProfile>)[.. article.SelectMany(sentence => sentence)])],
            ClaimPairs = [.. claimPairs.SelectMany(p => p)],
            QuotesBySentence = quotes,
            StoryEntityOfDocumentEntity = storyEntityOfDocumentEntity,
        });
        var alignments = ImmutableArray.CreateBuilder<Alignment>(pairs.Count);
        for (var i = 0; i < pairs.Count; i++)
        {
            var (pair, matched) = (pairs[i], claimPairs[i]);
            alignments.Add(new Alignment($"al{alignments.Count + 1}", Relation(pair, matched, claims, divergences, options), Math.Round(pair.Score, 3), [pair.A.Ref, pair.B.Ref])
            {
                Claims = [.. matched.SelectMany(m => new[] { m.A.Claim.Id, m.B.Claim.Id })],
            });
        }

        return new Story([.. articles])
        {
            Entities = resolved.Entities,
            Claims = [.. claims.SelectMany(article => article.SelectMany(sentence => sentence.Select(c => c.Claim)))],
            Alignments = alignments.ToImmutable(),
            Unique = Unique(profiles, pairs, syndicated),
            Divergences = divergences,
            Voices = VoiceCounter.Count(articles, resolved.Entities, storyEntityOfDocumentEntity),
            Brief = new BriefWriter(options).Write(profiles, pairs, syndicated),
            Syndicated = syndicated,
        };
    }

    /// <summary>
    /// Conflict when the pair carries a number, date or negation divergence; partial when a claim of
    /// either sentence has no partner in the other or one covers too little of the other's terms.
    /// </summary>
    private static AlignmentRelation Relation(AlignedPair pair, List<ClaimPair> matched, List<ClaimProfile>[][] claims, ImmutableArray<Divergence> divergences, ComparisonOptions options)
    {
        if (divergences.Any(d => d.Kind is DivergenceKind.Number or DivergenceKind.Date or DivergenceKind.Negation
            && d.Sentences.Length == 2 && d.Sentences.Contains(pair.A.Ref) && d.Sentences.Contains(pair.B.Ref)))
            return AlignmentRelation.Conflict;
        var unmatched = matched.Count < claims[pair.A.Ref.Article][pair.A.Ref.Sentence].Count || matched.Count < claims[pair.B.Ref.Article][pair.B.Ref.Sentence].Count;
        return unmatched || Math.Min(pair.CoverageA, pair.CoverageB) < options.PartialCoverage ? AlignmentRelation.Partial : AlignmentRelation.Agree;
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
