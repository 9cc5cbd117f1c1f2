namespace Parallax.Store.Clustering;

/// <summary>
/// Finds syndicated copies with MinHash + LSH banding: an article whose signature shares a band with an
/// earlier one and whose estimated shingle Jaccard reaches the threshold is a copy of it. Cost per
/// article is one lookup per band, never a scan of earlier articles.
/// </summary>
internal sealed class NearDuplicateIndex(double threshold = NearDuplicateIndex.DefaultThreshold)
{
    /// <summary>Estimated 3-shingle Jaccard above which an article is a copy (small edits keep it well above; distinct reports of one event stay far below).</summary>
    public const double DefaultThreshold = 0.6;

    private readonly Dictionary<ulong, long>[] _bands = [.. Enumerable.Range(0, MinHash.Bands).Select(_ => new Dictionary<ulong, long>())];
    private readonly Dictionary<long, uint[]> _signatures = [];

    public int Count => _signatures.Count;

    /// <summary>The earliest indexed article the signature is a copy of, or null.</summary>
    public long? FindOriginal(uint[] signature)
    {
        if (signature.Length != MinHash.Size)
            return null;
        long? best = null;
        var bestScore = threshold;
        for (var b = 0; b < MinHash.Bands; b++)
        {
            if (!_bands[b].TryGetValue(MinHash.BandKey(signature, b), out var candidate) || candidate == best)
                continue;
            var score = MinHash.Similarity(signature, _signatures[candidate]);
            if (score >= bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>Indexes an article (the first article holding a band keeps it, so copies point at the original).</summary>
    public void Add(long article, uint[] signature)
    {
        if (signature.Length != MinHash.Size)
            return;
        _signatures[article] = signature;
        for (var b = 0; b < MinHash.Bands; b++)
            _bands[b].TryAdd(MinHash.BandKey(signature, b), article);
    }
}
