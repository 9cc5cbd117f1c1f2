using System.Collections.Concurrent;
using Parallax.Corpus;
using Parallax.Store;

namespace Parallax.Web.Internal;

/// <summary>
/// Stores for concurrent requests: a store is not thread-safe, so each request borrows one (opening another when all
/// are busy). At most <see cref="MaxIdle"/> stay open between requests; the rest are closed when returned.
/// </summary>
internal sealed class StorePool : IDisposable
{
    private readonly Func<IArticleStore> _open;
    private readonly ConcurrentBag<IArticleStore> _idle = [];

    /// <summary>A pool over <paramref name="open"/>, opened once at once so a missing or unreadable database fails before serving.</summary>
    public StorePool(Func<IArticleStore> open, int? maxIdle = null)
    {
        _open = open;
        MaxIdle = Math.Max(1, maxIdle ?? 4 * Environment.ProcessorCount);
        _idle.Add(open());
    }

    public int MaxIdle { get; }

    public int Idle => _idle.Count;

    public T Use<T>(Func<IArticleStore, T> work)
    {
        var store = _idle.TryTake(out var idle) ? idle : _open();
        try
        {
            return work(store);
        }
        finally
        {
            if (_idle.Count < MaxIdle)
                _idle.Add(store);
            else
                store.Dispose();
        }
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var store))
            store.Dispose();
    }
}
