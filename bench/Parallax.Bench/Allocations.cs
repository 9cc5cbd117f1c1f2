using System.Globalization;

namespace Parallax.Bench;

/// <summary>
/// Bytes allocated, collections run and time paused for them by the process so far; the difference of two readings prints as
/// "N MB allocated, G0/G1/G2 collections, P ms paused".
/// </summary>
internal readonly record struct Allocations(long Bytes, int Gen0, int Gen1, int Gen2, TimeSpan Paused)
{
    public static Allocations Now()
        => new(GC.GetTotalAllocatedBytes(precise: true), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    public static Allocations operator -(Allocations after, Allocations before)
        => new(after.Bytes - before.Bytes, after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.Paused - before.Paused);

    public override string ToString()
        => string.Format(CultureInfo.InvariantCulture, "{0:F0} MB allocated, {1}/{2}/{3} collections, {4:F0} ms paused", Bytes / 1e6, Gen0, Gen1, Gen2, Paused.TotalMilliseconds);
}
