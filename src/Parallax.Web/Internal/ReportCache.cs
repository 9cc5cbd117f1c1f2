namespace Parallax.Web.Internal;

/// <summary>
/// Built story reports, least recently used dropped first once more than <paramref name="capacity"/> are kept or they
/// hold more than <paramref name="maxBytes"/> (as <paramref name="weigh"/> counts), keyed by an id (a story's, an article's)
/// and a version of what was built (a story's article count, an article's story): another version is built again. Requests for a story whose report is being built wait for that build, whatever
/// the cache keeps, so a story is never built twice at once; a failed build is not kept.
/// </summary>
internal sealed class ReportCache<T>(int capacity, long maxBytes = long.MaxValue, Func<T, long>? weigh = null) where T : class
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, LinkedListNode<Entry>> _entries = [];
    private readonly LinkedList<Entry> _order = [];
    private readonly Dictionary<long, Pending> _building = [];
    private long _bytes;

    public int Count
    {
        get
        {
            lock (_gate)
                return _order.Count;
        }
    }

    /// <summary>What the kept reports weigh together.</summary>
    public long Bytes
    {
        get
        {
            lock (_gate)
                return _bytes;
        }
    }

    public T GetOrBuild(long story, long size, Func<T> build)
    {
        Pending pending;
        var owner = false;
        lock (_gate)
        {
            if (_entries.TryGetValue(story, out var node))
            {
                if (node.Value.Size == size)
                {
                    _order.Remove(node);
                    _order.AddFirst(node);
                    return node.Value.Report;
                }
                Remove(node);
            }
            if (_building.TryGetValue(story, out var existing) && existing.Size == size)
            {
                pending = existing;
            }
            else
            {
                pending = new Pending(size, new Lazy<T>(build, LazyThreadSafetyMode.ExecutionAndPublication));
                _building[story] = pending;
                owner = true;
            }
        }
        T report;
        try
        {
            report = pending.Report.Value;
        }
        catch
        {
            if (owner)
            {
                lock (_gate)
                    Finish(story, pending);
            }
            throw;
        }
        if (owner)
        {
            lock (_gate)
            {
                if (Finish(story, pending))
                    Keep(story, size, report);
            }
        }
        return report;
    }

    /// <summary>Ends the build <paramref name="pending"/>; false when a build for a newer size of the story has begun since.</summary>
    private bool Finish(long story, Pending pending)
    {
        if (!_building.TryGetValue(story, out var current))
            return true;
        if (!ReferenceEquals(current, pending))
            return false;
        _building.Remove(story);
        return true;
    }

    private void Keep(long story, long size, T report)
    {
        if (capacity <= 0)
            return;
        if (_entries.TryGetValue(story, out var old))
            Remove(old);
        var weight = weigh?.Invoke(report) ?? 0;
        _entries[story] = _order.AddFirst(new Entry(story, size, report, weight));
        _bytes += weight;
        while (_order.Count > capacity || (_bytes > maxBytes && _order.Count > 0))
            Remove(_order.Last!);
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        _order.Remove(node);
        _entries.Remove(node.Value.Story);
        _bytes -= node.Value.Weight;
    }

    private sealed record Entry(long Story, long Size, T Report, long Weight);

    private sealed record Pending(long Size, Lazy<T> Report);
}
