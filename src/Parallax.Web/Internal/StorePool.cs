using System.Collections.Concurrent;
using Parallax.Store;

namespace Parallax.Web.Internal;

/// <summary>Stores for concurrent requests: a store is not thread-safe, so each request borrows one (opening another when all are busy).</summary>
internal sealed class StorePool : IDisposable
{
    private readonly Func<IArticleStore> _open;
    private readonly ConcurrentBag<IArticleStore> _idle = [];

    /// <summary>A pool over <paramref name="open"/>, opened once at once so a missing or unreadable database fails before serving.</summary>
    public StorePool(Func<IArticleStore> open)
    {
        _open = open;
        _idle.Add(open());
    }

    public T Use<T>(Func<IArticleStore, T> work)
    {
        var store = _idle.TryTake(out var idle) ? idle : _open();
        try
        {
            return work(store);
        }
        finally
        {
            _idle.Add(store);
        }
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var store))
            store.Dispose();
    }
}
