using System.Diagnostics;
using System.Globalization;

namespace Parallax.Bench.Throughput;

/// <summary>Resident memory of this process from <c>/proc/self/status</c> (elsewhere the runtime's own figures).</summary>
internal static class ProcessMemory
{
    /// <summary>Current resident set, bytes.</summary>
    public static long Rss() => Read("VmRSS") ?? Process.GetCurrentProcess().WorkingSet64;

    /// <summary>Largest resident set so far (or since <see cref="ResetPeak"/>), bytes.</summary>
    public static long PeakRss() => Read("VmHWM") ?? Process.GetCurrentProcess().PeakWorkingSet64;

    /// <summary>Starts the peak over from the current resident set (Linux <c>clear_refs</c>); false where that is not possible.</summary>
    public static bool ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long? Read(string field)
    {
        if (!File.Exists("/proc/self/status"))
            return null;
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        return null;
    }
}
