using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Documents;

namespace Parallax.Corpus;

/// <summary>Builds the comparison of a stored story, reusing cached analyses.</summary>
public static class StoredStories
{
    /// <summary>
    /// The <see cref="Story"/> of stored story <paramref name="storyId"/>: its articles (the first <paramref name="maxArticles"/>,
    /// in stored order, each keeping its store id "a40", so an article has one id on every page and in every report) analysed from the cache when the text and pipeline are unchanged, compared with
    /// <see cref="StoryComparer"/> together with the store's syndication links. With an <paramref name="encoder"/>,
    /// sentence vectors are read from the store, and those it lacks are encoded and stored.
    /// </summary>
    /// <remarks>
    /// An article whose analysis fails is left out of the comparison and passed to
    /// <paramref name="onFailure"/>; one bad article never sinks its story.
    /// </remarks>
    /// <exception cref="KeyNotFoundException">No such story.</exception>
    /// <exception cref="InvalidOperationException">No article of the story could be analysed.</exception>
    public static Story Build(IArticleStore store, long storyId, int maxArticles = 50, AnalysisPipeline? pipeline = null, ISentenceEncoder? encoder = null, Action<StoredArticle, Exception>? onFailure = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        pipeline ??= Analyzer.Default;
        var stored = store.ArticlesOf(storyId);
        if (stored.Count == 0)
            throw new KeyNotFoundException($"no story {storyId}");
        stored = [.. stored.Take(maxArticles)];
        var (analyses, failures) = Analyze(store, stored, pipeline);
        if (Array.Exists(failures, f => f is not null))
            (stored, analyses) = WithoutFailures(storyId, stored, analyses, failures, onFailure);
        return StoryComparer.Compare(analyses!, knownCopies: Links(stored), encoder: encoder is null ? null : new StoredSentenceEncoder(store, encoder));
    }

    private static (IReadOnlyList<StoredArticle>, ArticleAnalysis?[]) WithoutFailures(long storyId, IReadOnlyList<StoredArticle> stored, ArticleAnalysis?[] analyses, Exception?[] failures, Action<StoredArticle, Exception>? onFailure)
    {
        var kept = new List<int>();
        for (var i = 0; i < stored.Count; i++)
        {
            if (failures[i] is { } failure)
                onFailure?.Invoke(stored[i], failure);
            else
                kept.Add(i);
        }
        if (kept.Count == 0)
            throw new InvalidOperationException($"no article of story {storyId} could be analysed");
        return ([.. kept.Select(i => stored[i])], [.. kept.Select(i => analyses[i]!)]);
    }

    /// <summary>
    /// The analysis of <paramref name="article"/> (as read from <paramref name="store"/>; its id stays as stored), from the cache
    /// when the text and pipeline are unchanged.
    /// </summary>
    public static ArticleAnalysis Analysis(IArticleStore store, StoredArticle article, AnalysisPipeline? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(article);
        var (analyses, failures) = Analyze(store, [article], pipeline ?? Analyzer.Default);
        return analyses[0] ?? throw failures[0]!;
    }

    /// <summary>Analyses <paramref name="stored"/> (with their store ids), decoding cached layers and caching the rest.</summary>
    private static (ArticleAnalysis?[] Analyses, Exception?[] Failures) Analyze(IArticleStore store, IReadOnlyList<StoredArticle> stored, AnalysisPipeline pipeline)
    {
        var version = AnalysisVersion.Of(pipeline);
        var articles = new Article[stored.Count];
        var analyses = new ArticleAnalysis?[stored.Count];
        var failures = new Exception?[stored.Count];
        var cached = new byte[]?[stored.Count];
        for (var i = 0; i < stored.Count; i++)
        {
            articles[i] = stored[i].Article;
            cached[i] = store.CachedAnalysis(stored[i].ContentHash, version);
        }
        Parallel.For(0, stored.Count, i => analyses[i] = cached[i] is { } bytes ? Decode(articles[i], bytes) : null);
        var missing = Enumerable.Range(0, stored.Count).Where(i => analyses[i] is null).ToList();
        if (missing.Count > 0)
        {
            Parallel.ForEach(missing, i =>
            {
                try
                {
                    analyses[i] = pipeline.Analyze(articles[i]);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    failures[i] = e;
                }
            });
            store.CacheAnalyses([.. missing.Where(i => analyses[i] is not null).Select(i => new CachedAnalysis(stored[i].ContentHash, version, AnalysisCodec.Encode(analyses[i]!)))]);
        }
        return (analyses, failures);
    }

    /// <summary>A cached analysis, or null when it is unreadable (a damaged row is analysed again, not fatal).</summary>
    private static ArticleAnalysis? Decode(Article article, byte[] cached)
    {
        try
        {
            return AnalysisCodec.Decode(article, cached);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or ArgumentException or FormatException or IOException or IndexOutOfRangeException)
        {
            return null;
        }
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
