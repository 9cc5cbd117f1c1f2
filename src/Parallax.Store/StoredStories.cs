using System.Globalization;
using Parallax.Analysis;
using Parallax.Comparison;

namespace Parallax.Store;

/// <summary>Builds the comparison of a stored story, reusing cached analyses.</summary>
public static class StoredStories
{
    /// <summary>
    /// The <see cref="Story"/> of stored story <paramref name="storyId"/>: its articles (the first <paramref name="maxArticles"/>,
    /// ids a1, a2, ... in stored order) analysed from the cache when the text and pipeline are unchanged, compared with
    /// <see cref="StoryComparer"/> together with the store's syndication links. With an <paramref name="encoder"/>,
    /// sentence vectors are read from the store, and those it lacks are encoded and stored.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such story.</exception>
    public static Story Build(IArticleStore store, long storyId, int maxArticles = 50, AnalysisPipeline? pipeline = null, ISentenceEncoder? encoder = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        pipeline ??= Analyzer.Default;
        var stored = store.ArticlesOf(storyId);
        if (stored.Count == 0)
            throw new KeyNotFoundException($"no story {storyId}");
        stored = [.. stored.Take(maxArticles)];
        var analyses = Analyze(store, stored, pipeline);
        return StoryComparer.Compare(analyses, knownCopies: Links(stored), encoder: encoder is null ? null : new StoredSentenceEncoder(store, encoder));
    }

    /// <summary>
    /// The analysis of <paramref name="article"/> (as read from <paramref name="store"/>; its id stays as stored), from the cache
    /// when the text and pipeline are unchanged.
    /// </summary>
    public static ArticleAnalysis Analysis(IArticleStore store, StoredArticle article, AnalysisPipeline? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(article);
        return Analyze(store, [article], pipeline ?? Analyzer.Default, keepIds: true)[0];
    }

    /// <summary>Analyses <paramref name="stored"/> (ids a1, a2, ... unless <paramref name="keepIds"/>), decoding cached layers and caching the rest.</summary>
    private static ArticleAnalysis[] Analyze(IArticleStore store, IReadOnlyList<StoredArticle> stored, AnalysisPipeline pipeline, bool keepIds = false)
    {
        var version = AnalysisVersion.Of(pipeline);
        var articles = new Article[stored.Count];
        var analyses = new ArticleAnalysis[stored.Count];
        var missing = new List<int>();
        for (var i = 0; i < stored.Count; i++)
        {
            articles[i] = keepIds ? stored[i].Article : stored[i].Article with { Id = "a" + (i + 1).ToString(CultureInfo.InvariantCulture) };
            var cached = store.CachedAnalysis(stored[i].ContentHash, version);
            var decoded = cached is null ? null : AnalysisCodec.Decode(articles[i], cached);
            if (decoded is null)
                missing.Add(i);
            else
                analyses[i] = decoded;
        }
        if (missing.Count > 0)
        {
            Parallel.ForEach(missing, i => analyses[i] = pipeline.Analyze(articles[i]));
            store.CacheAnalyses([.. missing.Select(i => new CachedAnalysis(stored[i].ContentHash, version, AnalysisCodec.Encode(analyses[i])))]);
        }
        return analyses;
    }

    /// <summary>The store's near-duplicate links between the story's articles, as index of the copy → index of the original.</summary>
    private static Dictionary<int, int> Links(IReadOnlyList<StoredArticle> stored)
    {
        var index = new Dictionary<long, int>();
        for (var i = 0; i < stored.Count; i++)
            index[stored[i].Id] = i;
        var links = new Dictionary<int, int>();
        for (var i = 0; i < stored.Count; i++)
        {
            if (stored[i].SyndicatedOf is { } original && index.TryGetValue(original, out var o) && o != i)
                links[i] = o;
        }
        return links;
    }
}
