using System.Collections.Concurrent;
using Parallax.Comparison;
using Parallax.Corpus;
using Parallax.Store;

namespace Parallax.Cluster.Analysis;

/// <summary>
/// A worker's side of <c>ingest --cluster --vectors</c>: encodes the sentences of the articles its analysts analyse and
/// stores their vectors in the corpus, as a single-process <c>ingest --vectors</c> does. The encoder is made on the first
/// job that asks for vectors (a worker whose jobs never do never loads it); the store connections are opened as calls
/// need them and kept for the next.
/// </summary>
internal sealed class WorkerVectors(string location, Func<ISentenceEncoder> encoder) : IDisposable
{
    private readonly Lazy<ISentenceEncoder> _encoder = new(encoder, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly ConcurrentBag<IArticleStore> _stores = [];

    /// <summary>True once a job asked for vectors and the encoder was made.</summary>
    public bool EncoderMade => _encoder.IsValueCreated;

    /// <summary>Encodes each text whose vector the corpus does not hold yet, and stores it.</summary>
    public void Store(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0)
            return;
        var store = _stores.TryTake(out var open) ? open : ArticleStores.Open(location, create: false);
        try
        {
            SentenceVectors.Store(store, _encoder.Value, texts);
            _stores.Add(store);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        while (_stores.TryTake(out var store))
            store.Dispose();
    }
}
