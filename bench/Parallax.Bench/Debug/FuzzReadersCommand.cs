using System.Globalization;
using Parallax.Ingest.Internal;

namespace Parallax.Bench.Debug;

/// <summary><c>fuzz-readers</c>: the bounded mutation fuzzer over every reader; findings are written to a folder to become regression tests.</summary>
internal sealed class FuzzReadersCommand : IBenchCommand
{
    public string Name => "fuzz-readers";

    public string Description => "Mutation-fuzz every input reader (txt, md+YAML, html, json, jsonl, rss, atom): --executions N, --seconds S, --seed N, --out DIR";

    public int Run(string[] args)
    {
        long executions = long.MaxValue;
        double seconds = 60;
        var seed = 1;
        var output = Path.Combine(Path.GetTempPath(), "parallax-fuzz-findings");
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--executions": executions = long.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--seconds": seconds = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--out": output = args[++i]; break;
                default:
                    Console.Error.WriteLine($"fuzz-readers: unknown option '{args[i]}'");
                    return 2;
            }
        }
        Directory.CreateDirectory(output);
        var report = ReaderFuzzer.Run(executions, seed, TimeSpan.FromSeconds(seconds), onFinding: finding =>
        {
            var file = Path.Combine(output, $"{finding.Kind}-{Guid.NewGuid():N}"[..24] + finding.Format);
            File.WriteAllBytes(file, finding.Input);
            Console.WriteLine($"finding ({finding.Kind}, {finding.Format}): {finding.Message} -> {file}");
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.Executions:N0} executions in {report.Elapsed.TotalSeconds:F0} s ({report.Executions / Math.Max(0.001, report.Elapsed.TotalSeconds):N0}/s), seed {seed}: {report.Articles:N0} articles read and analysed, {report.Problems:N0} problems reported, {report.Findings.Count} findings"));
        Console.WriteLine("  per format: " + string.Join(", ", report.ExecutionsByFormat.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Key} {f.Value:N0}"))));
        return report.Findings.Count == 0 ? 0 : 1;
    }
}
