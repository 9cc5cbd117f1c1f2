using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>
/// Encodes each distinct text once: vectors are kept by a hash of the model id and the text, so a
/// story compared again (or a sentence repeated across articles) is not encoded again. When more than
/// <c>capacity</c> vectors are held the cache starts afresh. Thread-safe.
/// </summary>
public sealed class CachingSentenceEncoder : ISentenceEncoder
{
    private readonly ISentenceEncoder _inner;
    private readonly int _capacity;
    private readonly ConcurrentDictionary<UInt128, float[]> _vectors = new();
    private long _encoded;

    /// <summary>Caches the vectors of <paramref name="inner"/>, at most <paramref name="capacity"/> of them (about 1.5 KB each for 384 dimensions).</summary>
    public CachingSentenceEncoder(ISentenceEncoder inner, int capacity = 50_000)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _inner = inner;
        _capacity = capacity;
    }

    /// <inheritdoc />
    public string ModelId => _inner.ModelId;

    /// <summary>How many texts were passed to the wrapped encoder so far (cache misses).</summary>
    public long Encoded => Interlocked.Read(ref _encoded);

    /// <inheritdoc />
    public float[][] Encode(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new float[texts.Count][];
        var missing = new Dictionary<UInt128, List<int>>();
        for (var i = 0; i < texts.Count; i++)
        {
            var key = Key(ModelId, texts[i]);
            if (_vectors.TryGetValue(key, out var vector))
                result[i] = vector;
            else if (missing.TryGetValue(key, out var same))
                same.Add(i);
            else
                missing[key] = [i];
        }
        if (missing.Count == 0)
            return result;

        var misses = missing.ToArray();
        var encoded = _inner.Encode([.. misses.Select(m => texts[m.Value[0]])]);
        Interlocked.Add(ref _encoded, misses.Length);
        if (_vectors.Count + misses.Length > _capacity)
            _vectors.Clear();
        for (var m = 0; m < misses.Length; m++)
        {
            _vectors[misses[m].Key] = encoded[m];
            foreach (var i in misses[m].Value)
                result[i] = encoded[m];
        }
        return result;
    }

    /// <summary>The cache key of <paramref name="text"/> under <paramref name="modelId"/>: the first 128 bits of SHA-256 over both.</summary>
    public static UInt128 Key(string modelId, string text)
    {
        ArgumentNullException.ThrowIfNull(modelId);
        ArgumentNullException.ThrowIfNull(text);
        var bytes = Encoding.UTF8.GetBytes(modelId + "\n" + text);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return new UInt128(BitConverter.ToUInt64(hash[..8]), BitConverter.ToUInt64(hash[8..16]));
    }
}
