using System.Diagnostics;
using System.Globalization;
using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Semantics;

namespace Parallax.Bench.Comparison;

/// <summary>
/// Throughput of the sentence encoder on the sentences of bench-compare's 20 articles: model load time,
/// then sentences per second (wall and CPU) for several batch sizes and degrees of parallelism.
/// </summary>
internal sealed class BenchEncoderCommand : IBenchCommand
{
    public string Name => "bench-encoder";

    public string Description => "bench-encoder [--batches 16,32,64] [--threads 1,2]: sentence encoder load time and sentences/s on bench-compare's sentences";

    public int Run(string[] args)
    {
        var texts = BenchCompareCommand.Generate(20, 800, seed: 20210308).Select(Analyzer.Analyze).SelectMany(StoryComparer.EncodedTexts).Distinct(StringComparer.Ordinal).ToArray();
        var inv = CultureInfo.InvariantCulture;
        var clock = Stopwatch.StartNew();
        var loader = new MiniLmEncoder();
        loader.WarmUpAsync().Wait();
        Console.WriteLine(string.Format(inv, "bench-encoder: {0} distinct sentences; model load {1:F3} s", texts.Length, clock.Elapsed.TotalSeconds));
        foreach (var threads in Values(args, "--threads", "1,2"))
        {
            foreach (var batch in Values(args, "--batches", "16,32,64"))
            {
                var encoder = new MiniLmEncoder(batchSize: batch, parallelism: threads);
                encoder.Encode(texts[..64]);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                clock.Restart();
                encoder.Encode(texts);
                var wall = clock.Elapsed.TotalSeconds;
                var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                Console.WriteLine(string.Format(inv, "  {0} thread(s), batches of {1,3}: {2:F3} s wall, {3:F3} s CPU: {4:F0} sentences/s, {5:F0} per CPU second",
                    threads, batch, wall, cpuSeconds, texts.Length / wall, texts.Length / cpuSeconds));
            }
        }
        return 0;
    }

    private static int[] Values(string[] args, string name, string fallback)
        => [.. (args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback).Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture))];
}
