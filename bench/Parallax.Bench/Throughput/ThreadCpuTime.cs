using System.Diagnostics;
using System.Globalization;

namespace Parallax.Bench.Throughput;

/// <summary>
/// CPU time of the calling thread alone (Linux <c>/proc/thread-self/stat</c>, 10 ms ticks), so a one-thread figure is
/// not distorted by other jobs on a shared machine or by the runtime's own threads; elsewhere the whole process's time.
/// </summary>
internal static class ThreadCpuTime
{
    private const double TicksPerSecond = 100;

    public static double Seconds()
    {
        try
        {
            var stat = File.ReadAllText("/proc/thread-self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        }
    }
}
