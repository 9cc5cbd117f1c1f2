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
        var story = new Story([.. articles]) { Entities = resolved.Entities };
        var profiles = new SentenceProfiler().Profile(articles, resolved);
        var pairs = new SentenceAligner(options).Align(profiles);

        var finder = new DivergenceFinder(articles, resolved, QuotesBySentence(articles), story);
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

        return story with
        {
            Alignments = alignments.ToImmutable(),
            Unique = Unique(profiles, pairs, syndicated),
            Divergences = divergences.ToImmutable(),
            Voices = VoiceCounter.Count(story),
            Brief = new BriefWriter(options).Write(profiles, pairs, syndicated),
            Syndicated = syndicated,
        };
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
}
