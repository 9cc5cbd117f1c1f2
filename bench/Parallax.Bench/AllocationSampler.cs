using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace Parallax.Bench;

/// <summary>
/// The runtime's allocation samples (one event per ~100 KB allocated, naming the type that crossed the mark) summed by type
/// while it listens: where a stage's allocations go, without a profiler.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);
    private volatile bool _listening;

    public void Start() => _listening = true;

    public void Stop() => _listening = false;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_listening || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
            return;
        var name = e.PayloadNames?.IndexOf("TypeName") is int t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
        var amount = e.PayloadNames?.IndexOf("AllocationAmount64") is int a and >= 0 ? Convert.ToInt64(e.Payload[a], CultureInfo.InvariantCulture) : 100_000;
        _bytes.AddOrUpdate(name, amount, (_, sum) => sum + amount);
    }

    /// <summary>The types by sampled bytes, largest first, as lines "  12.3 MB  TypeName".</summary>
    public IEnumerable<string> Report(int top)
        => _bytes.OrderByDescending(p => p.Value).Take(top)
            .Select(p => string.Format(CultureInfo.InvariantCulture, "  {0,7:F1} MB  {1}", p.Value / 1e6, p.Key));
}
