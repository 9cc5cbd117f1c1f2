namespace Parallax.Corpus;

/// <summary>Analyses and sentence vectors kept so that stored stories compare without analysing or encoding again.</summary>
public interface IAnalysisCache
{
    /// <summary>A cached analysis, or null.</summary>
    byte[]? CachedAnalysis(string contentHash, string pipeline);

    /// <summary>Caches analyses (one transaction).</summary>
    void CacheAnalyses(IReadOnlyList<CachedAnalysis> analyses);

    /// <summary>
    /// Up to <paramref name="limit"/> stored articles after id <paramref name="afterId"/>, in id order, whose text has no
    /// analysis cached by <paramref name="pipeline"/> (none, or only one by another version): what a re-analysis has left to do.
    /// </summary>
    IReadOnlyList<StoredArticle> ArticlesWithoutAnalysis(string pipeline, long afterId, int limit);

    /// <summary>How many stored articles have no analysis cached by <paramref name="pipeline"/>.</summary>
    long CountWithoutAnalysis(string pipeline);

    /// <summary>Deletes the cached analyses of other pipeline versions for texts that have one by <paramref name="pipeline"/>; returns how many.</summary>
    long DropSupersededAnalyses(string pipeline);

    /// <summary>
    /// Stored sentence vectors by key (<see cref="Comparison.CachingSentenceEncoder.Key"/>: model id and text);
    /// keys with no vector stored are absent.
    /// </summary>
    IReadOnlyDictionary<UInt128, float[]> SentenceVectors(IReadOnlyCollection<UInt128> keys);

    /// <summary>Stores sentence vectors by key (one transaction), at half precision.</summary>
    void StoreSentenceVectors(IReadOnlyList<(UInt128 Key, float[] Vector)> vectors);
}
