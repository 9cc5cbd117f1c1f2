using System.Diagnostics;
using System.Globalization;
using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Semantics;
using Parallax.Semantics.Internal;
using Parallax.Semantics.Internal.Onnx;

namespace Parallax.Bench.Comparison;

/// <summary>
/// Throughput of the sentence encoder on the sentences of bench-compare's 20 articles: model load time,
/// then sentences per second (wall and CPU) for several batch sizes and degrees of parallelism, with int8 and float weights.
/// </summary>
internal sealed class BenchEncoderCommand : IBenchCommand
{
    public string Name => "bench-encoder";

    public string Description => "bench-encoder [--batches 1,32] [--threads 1,2] [--precision quantized,full]: sentence encoder load time and sentences/s on bench-compare's sentences, int8 (quantized) and float (full) weights";

    public int Run(string[] args)
    {
        var texts = BenchCompareCommand.Generate(20, 800, seed: 20210308).Select(Analyzer.Analyze).SelectMany(StoryComparer.EncodedTexts).Distinct(StringComparer.Ordinal).ToArray();
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Format(inv, "bench-encoder: {0} distinct sentences", texts.Length));
        var read = Stopwatch.StartNew();
        using var package = PackagedModel.Open(Path.Combine(AppContext.BaseDirectory, PackagedModel.AssemblyFile));
        var readSeconds = read.Elapsed.TotalSeconds;
        read.Restart();
        var (_, quantized) = MatMulQuantizer.Quantize(package.Model);
        Console.WriteLine(string.Format(inv, "model read {0:F3} s; {1} MatMul nodes quantized in {2:F3} s (a load of the int8 model includes this)", readSeconds, quantized, read.Elapsed.TotalSeconds));
        foreach (var precision in Option(args, "--precision", "quantized,full").Split(',').Select(p => Enum.Parse<MiniLmPrecision>(p, ignoreCase: true)))
        {
            var clock = Stopwatch.StartNew();
            using (var loader = new MiniLmEncoder(precision: precision))
                loader.WarmUpAsync().Wait();
            Console.WriteLine(string.Format(inv, "{0}: model load {1:F3} s", precision, clock.Elapsed.TotalSeconds));
            foreach (var threads in Values(args, "--threads", "1,2"))
            {
                foreach (var batch in Values(args, "--batches", "1,32"))
                {
                    using var encoder = new MiniLmEncoder(batchSize: batch, parallelism: threads, precision: precision);
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
        }
        return 0;
    }

    private static string Option(string[] args, string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;

    private static int[] Values(string[] args, string name, string fallback)
        => [.. Option(args, name, fallback).Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture))];
}
