namespace Parallax.Web.Internal;

/// <summary>
/// Built story reports, least recently used dropped first, keyed by story id and article count (a story that grew is
/// rebuilt). Concurrent requests for the same story share one build; a failed build is not kept.
/// </summary>
internal sealed class ReportCache<T>(int capacity) where T : class
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, LinkedListNode<Entry>> _entries = [];
    private readonly LinkedList<Entry> _order = [];

    public int Count
    {
        get
        {
            lock (_gate)
                return _order.Count;
        }
    }

    public T GetOrBuild(long story, int size, Func<T> build)
    {
        Lazy<T> report;
        lock (_gate)
        {
            if (_entries.TryGetValue(story, out var node) && node.Value.Size == size)
            {
                _order.Remove(node);
                _order.AddFirst(node);
                report = node.Value.Report;
            }
            else
            {
                if (node is not null)
                    Remove(node);
                report = new Lazy<T>(build, LazyThreadSafetyMode.ExecutionAndPublication);
                if (capacity > 0)
                {
                    _entries[story] = _order.AddFirst(new Entry(story, size, report));
                    while (_order.Count > capacity)
                        Remove(_order.Last!);
                }
            }
        }
        try
        {
            return report.Value;
        }
        catch
        {
            lock (_gate)
            {
                if (_entries.TryGetValue(story, out var node) && ReferenceEquals(node.Value.Report, report))
                    Remove(node);
            }
            throw;
        }
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        _order.Remove(node);
        _entries.Remove(node.Value.Story);
    }

    private sealed record Entry(long Story, int Size, Lazy<T> Report);
}
