using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Parallax.Bench.Throughput;

/// <summary>
/// CPU time of the calling thread alone, or of the whole process, so that a figure is not distorted by other jobs on a
/// shared machine: Linux <c>clock_gettime</c> (nanoseconds), else <c>/proc/thread-self/stat</c> (10 ms ticks), else the
/// runtime's process time.
/// </summary>
internal static class ThreadCpuTime
{
    private const double TicksPerSecond = 100;
    private const int ProcessClock = 2;
    private const int ThreadClock = 3;

    /// <summary>CPU seconds of the calling thread.</summary>
    public static double Seconds() => Clock(ThreadClock) ?? StatSeconds();

    /// <summary>CPU seconds of the whole process (every thread, the runtime's own included).</summary>
    public static double ProcessSeconds() => Clock(ProcessClock) ?? Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    private static double? Clock(int clock)
    {
        if (!OperatingSystem.IsLinux())
            return null;
        try
        {
            return ClockGetTime(clock, out var time) == 0 ? time.Seconds + time.Nanoseconds / 1e9 : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static double StatSeconds()
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

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
