namespace Parallax.Corpus;

/// <summary>Analyses and sentence vectors kept so that stored stories compare without analysing or encoding again.</summary>
public interface IAnalysisCache
{
    /// <summary>A cached analysis, or null.</summary>
    byte[]? CachedAnalysis(string contentHash, string pipeline);

    /// <summary>Caches analyses (one transaction).</summary>
    void CacheAnalyses(IReadOnlyList<CachedAnalysis> analyses);

    /// <summary>
    /// Stored sentence vectors by key (<see cref="Comparison.CachingSentenceEncoder.Key"/>: model id and text);
    /// keys with no vector stored are absent.
    /// </summary>
    IReadOnlyDictionary<UInt128, float[]> SentenceVectors(IReadOnlyCollection<UInt128> keys);

    /// <summary>Stores sentence vectors by key (one transaction), at half precision.</summary>
    void StoreSentenceVectors(IReadOnlyList<(UInt128 Key, float[] Vector)> vectors);
}
