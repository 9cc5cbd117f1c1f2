using System.Diagnostics;
using Parallax.Analysis;
using Parallax.Entities;
using Parallax.Quotes;
using Parallax.Tagging;

namespace Parallax.Bench.Throughput;

/// <summary>
/// What a cold process spends before its first analysis: each shipped model and lexicon loaded one after the other,
/// first in this process, then the first short analysis. Run it as a fresh process each time.
/// </summary>
internal sealed class StartupBenchCommand : IBenchCommand
{
    public string Name => "bench-startup";

    public string Description => "a fresh process: time and allocations of loading each model and lexicon, then of the first short analysis";

    public int Run(string[] args)
    {
        if (args.Contains("--steady"))
            return Steady();
        var total = Stopwatch.StartNew();
        Step("word clusters", () => _ = WordClusters.Default);
        Step("pos model", () => _ = ModelFormat.ReadEmbedded("pos.model.br"));
        Step("ner model", () => _ = ModelFormat.ReadEmbedded("ner.model.br"));
        Step("ner first-pass model", () => _ = ModelFormat.ReadEmbedded("ner-first-pass.model.br"));
        Step("attribution model", () => _ = ModelFormat.ReadEmbedded("attribution.model.br"));
        Step("shipped taggers", () =>
        {
            _ = PosTagger.Default;
            _ = EntityTagger.Default;
            _ = AttributionTagger.Default;
        });
        Step("gazetteer", () => _ = Gazetteer.Default);
        Step("default pipeline", () => _ = Analyzer.Default);
        Step("first analysis (60 words)", () => _ = Analyzer.Analyze(new Article("a1", "bench",
            "The harbour workers walked out on Monday, the union said. \"We will stay out until the port authority talks to us,\" " +
            "said Maria Lopez, its secretary. The Port of Tidewater said it had offered a 4 percent raise and would meet the union on Friday.")));
        Console.WriteLine($"{"total",-28} {total.Elapsed.TotalMilliseconds,8:F0} ms");
        return 0;
    }

    /// <summary>Each model file read 10 times after a warm-up: the load's cost once its code is compiled.</summary>
    private static int Steady()
    {
        foreach (var name in new[] { "pos.model.br", "ner.model.br", "attribution.model.br", "clusters.br" })
        {
            for (var round = 0; round < 3; round++)
            {
                var cpu = ThreadCpuTime.Seconds();
                for (var i = 0; i < 10; i++)
                {
                    using var stream = ModelFormat.OpenEmbedded(name);
                    _ = PackedReader.Decompress(stream);
                }
                var decompress = (ThreadCpuTime.Seconds() - cpu) * 100;
                cpu = ThreadCpuTime.Seconds();
                for (var i = 0; i < 10; i++)
                {
                    using var stream = ModelFormat.OpenEmbedded(name);
                    if (name == "clusters.br")
                        _ = WordClusters.Read(stream);
                    else
                        _ = ModelFormat.Read(stream);
                }
                var read = (ThreadCpuTime.Seconds() - cpu) * 100;
                if (name != "clusters.br")
                {
                    var model = ModelFormat.ReadEmbedded(name);
                    var w = model.Weights;
                    cpu = ThreadCpuTime.Seconds();
                    for (var i = 0; i < 10; i++)
                        _ = new WeightTable(w.Keys, w.Starts, w.Labels, w.Weights);
                    var table = (ThreadCpuTime.Seconds() - cpu) * 100;
                    var lexicon = model.Features switch
                    {
                        PosFeatures pos => pos.Lexicon,
                        EntityFeatures entity => entity.Lexicon,
                        AttributionFeatures attribution => attribution.Lexicon,
                        _ => WordLexicon.Empty,
                    };
                    var entries = lexicon.Entries.ToArray();
                    cpu = ThreadCpuTime.Seconds();
                    for (var i = 0; i < 10; i++)
                        _ = new WordLexicon(entries);
                    Console.Write($"table {table,6:F1} ms, lexicon {(ThreadCpuTime.Seconds() - cpu) * 100,6:F1} ms; ");
                }
                Console.WriteLine($"{name,-24} decompress {decompress,6:F1} ms, whole read {read,6:F1} ms (thread CPU, mean of 10)");
            }
        }
        return 0;
    }

    private static void Step(string name, Action action)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        action();
        var wall = sw.Elapsed.TotalMilliseconds;
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        Console.WriteLine($"{name,-28} {wall,8:F0} ms wall {cpuMs,8:F0} ms CPU {(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1048576.0,8:F1} MiB allocated");
    }
}
