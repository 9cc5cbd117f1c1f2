namespace Parallax.Corpus.Clustering;

/// <summary>
/// Placements read from the store, so that memory does not grow with the corpus: the most recent
/// <c>capacity</c> articles (signature, story and band keys) are held in memory, which also covers the
/// batches placed but not yet committed; anything older is looked up in the store (band keys, then the
/// candidate's signature and story). Store access goes through <c>gate</c>, the lock its owner holds for it.
/// </summary>
internal sealed class StoredPlacements(IArticleWriter store, Lock gate, int capacity = StoredPlacements.DefaultCapacity, double threshold = NearDuplicateIndex.DefaultThreshold) : IPlacements
{
    /// <summary>Recent articles held in memory by default (about 1 KB each).</summary>
    public const int DefaultCapacity = 20_000;

    private readonly Dictionary<long, (uint[] Signature, long Story)> _recent = [];
    private readonly Queue<long> _order = new();
    private readonly Dictionary<ulong, long> _bands = [];
    private readonly Dictionary<long, long> _moved = [];

    public long? FindOriginal(uint[] signature)
    {
        if (signature.Length != MinHash.Size)
            return null;
        var keys = Keys(signature);
        long[] stored;
        lock (gate)
            stored = store.BandHolders(keys);
        long? best = null;
        var bestScore = threshold;
        for (var b = 0; b < keys.Length; b++)
        {
            var candidate = stored[b];
            if (_bands.TryGetValue(keys[b], out var recent) && (candidate == 0 || recent < candidate))
                candidate = recent;
            if (candidate == 0 || candidate == best || SignatureOf(candidate) is not { } other)
                continue;
            var score = MinHash.Similarity(signature, other);
            if (score >= bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    public bool TryGetStory(long article, out long story)
    {
        if (_moved.TryGetValue(article, out story))
            return true;
        if (_recent.TryGetValue(article, out var held))
        {
            story = held.Story;
            return true;
        }
        StoredFeatures? stored;
        lock (gate)
            stored = store.FeaturesOf(article);
        story = stored?.Story ?? 0;
        return stored is not null;
    }

    public void Add(long article, uint[] signature, long story)
    {
        if (_recent.ContainsKey(article))
            return;
        _recent[article] = (signature, story);
        _order.Enqueue(article);
        if (signature.Length == MinHash.Size)
        {
            foreach (var key in Keys(signature))
                _bands.TryAdd(key, article);
        }
        while (_order.Count > capacity)
            Evict(_order.Dequeue());
    }

    public void Move(long article, long story)
    {
        if (_recent.TryGetValue(article, out var held))
            _recent[article] = held with { Story = story };
        else
        {
            if (_moved.Count >= capacity)
                _moved.Clear();
            _moved[article] = story;
        }
    }

    /// <summary>The band keys of a signature, one per band.</summary>
    public static ulong[] Keys(uint[] signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (signature.Length != MinHash.Size)
            return [];
        var keys = new ulong[MinHash.Bands];
        for (var b = 0; b < keys.Length; b++)
            keys[b] = MinHash.BandKey(signature, b);
        return keys;
    }

    private uint[]? SignatureOf(long article)
    {
        if (_recent.TryGetValue(article, out var held))
            return held.Signature;
        StoredFeatures? stored;
        lock (gate)
            stored = store.FeaturesOf(article);
        return stored is null ? null : FeatureCodec.Decode(stored.Features).Signature;
    }

    private void Evict(long article)
    {
        if (!_recent.Remove(article, out var held) || held.Signature.Length != MinHash.Size)
            return;
        foreach (var key in Keys(held.Signature))
        {
            if (_bands.TryGetValue(key, out var holder) && holder == article)
                _bands.Remove(key);
        }
    }
}
