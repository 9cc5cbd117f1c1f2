using Parallax.Documents;

namespace Parallax.Corpus.Clustering;

/// <summary>
/// Finds syndicated copies with MinHash + LSH banding: an article whose signature shares a band with an
/// earlier one and whose estimated shingle Jaccard reaches the threshold is a copy of it. Cost per
/// article is one lookup per band, never a scan of earlier articles. Memory is about 300 bytes per
/// article: signatures packed in chunks by article id, and per band an open-addressing table of
/// article ids alone (a slot's key is recomputed from its article's signature when probed).
/// </summary>
internal sealed class NearDuplicateIndex(double threshold = NearDuplicateIndex.DefaultThreshold)
{
    /// <summary>Estimated 3-shingle Jaccard above which an article is a copy (small edits keep it well above; distinct reports of one event stay far below).</summary>
    public const double DefaultThreshold = 0.6;

    private const int ChunkBits = 12;
    private const int ChunkSize = 1 << ChunkBits;
    private const int InitialSlots = 1 << 10;

    private readonly List<uint[]?> _chunks = [];
    private readonly int[][] _slots = [.. Enumerable.Range(0, MinHash.Bands).Select(_ => new int[InitialSlots])];
    private readonly int[] _used = new int[MinHash.Bands];

    public int Count { get; private set; }

    /// <summary>The earliest indexed article the signature is a copy of, or null.</summary>
    public long? FindOriginal(uint[] signature)
    {
        if (signature.Length != MinHash.Size)
            return null;
        long? best = null;
        var bestScore = threshold;
        for (var b = 0; b < MinHash.Bands; b++)
        {
            var candidate = Find(b, MinHash.BandKey(signature, b), out _);
            if (candidate == 0 || candidate == best)
                continue;
            var score = MinHash.Similarity(signature, SignatureOf(candidate));
            if (score >= bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>Indexes an article (the first article holding a band keeps it, so copies point at the original).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The id is not in 1..<see cref="int.MaxValue"/>.</exception>
    public void Add(long article, uint[] signature)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(article, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(article, int.MaxValue);
        if (signature.Length != MinHash.Size)
            return;
        var id = (int)article;
        signature.CopyTo(Slot(id, create: true));
        Count++;
        for (var b = 0; b < MinHash.Bands; b++)
        {
            if (Find(b, MinHash.BandKey(signature, b), out var free) != 0)
                continue;
            _slots[b][free] = id;
            if (++_used[b] * 10 > _slots[b].Length * 7)
                Grow(b);
        }
    }

    /// <summary>The article holding <paramref name="key"/> in band <paramref name="band"/> (0 if none), and else the free slot where it would go.</summary>
    private int Find(int band, ulong key, out int free)
    {
        var slots = _slots[band];
        var mask = slots.Length - 1;
        for (var i = (int)(key >> 32) & mask; ; i = (i + 1) & mask)
        {
            var id = slots[i];
            if (id == 0)
            {
                free = i;
                return 0;
            }
            if (MinHash.BandKey(SignatureOf(id), band) == key)
            {
                free = -1;
                return id;
            }
        }
    }

    private void Grow(int band)
    {
        var old = _slots[band];
        var slots = new int[old.Length * 2];
        var mask = slots.Length - 1;
        foreach (var id in old)
        {
            if (id == 0)
                continue;
            var i = (int)(MinHash.BandKey(SignatureOf(id), band) >> 32) & mask;
            while (slots[i] != 0)
                i = (i + 1) & mask;
            slots[i] = id;
        }
        _slots[band] = slots;
    }

    private ReadOnlySpan<uint> SignatureOf(long id) => Slot((int)id, create: false);

    private Span<uint> Slot(int id, bool create)
    {
        var chunk = id >> ChunkBits;
        if (create)
        {
            while (_chunks.Count <= chunk)
                _chunks.Add(null);
            _chunks[chunk] ??= new uint[ChunkSize * MinHash.Size];
        }
        return _chunks[chunk].AsSpan((id & (ChunkSize - 1)) * MinHash.Size, MinHash.Size);
    }
}
