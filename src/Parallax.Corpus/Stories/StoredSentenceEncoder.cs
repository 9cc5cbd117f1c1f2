using Parallax.Comparison;

namespace Parallax.Corpus;

/// <summary>
/// A sentence encoder backed by the store: vectors stored earlier (by <c>ingest --vectors</c> or an earlier
/// comparison) are read, the rest are encoded by the wrapped encoder and stored, so a stored story compares
/// again without encoding.
/// </summary>
internal sealed class StoredSentenceEncoder(IArticleStore store, ISentenceEncoder inner) : ISentenceEncoder
{
    public string ModelId => inner.ModelId;

    public float[][] Encode(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var keys = new UInt128[texts.Count];
        Parallel.For(0, texts.Count, i => keys[i] = CachingSentenceEncoder.Key(ModelId, texts[i]));
        var stored = store.SentenceVectors(keys.ToHashSet());
        var result = new float[texts.Count][];
        var missing = new Dictionary<UInt128, List<int>>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (stored.TryGetValue(keys[i], out var vector))
                result[i] = vector;
            else if (missing.TryGetValue(keys[i], out var same))
                same.Add(i);
            else
                missing[keys[i]] = [i];
        }
        if (missing.Count == 0)
            return result;
        var misses = missing.ToArray();
        var encoded = inner.Encode([.. misses.Select(m => texts[m.Value[0]])]);
        for (var m = 0; m < misses.Length; m++)
        {
            foreach (var i in misses[m].Value)
                result[i] = encoded[m];
        }
        store.StoreSentenceVectors([.. misses.Select((m, i) => (m.Key, encoded[i]))]);
        return result;
    }
}
