using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Parallax.Bench.Throughput;
using Parallax.Ingest.Internal.Decoding;
using Parallax.Ingest.Internal.Html;

namespace Parallax.Bench.Extraction;

/// <summary>
/// Scores HTML main-text extraction on shared/data/article-extraction with the benchmark's shingle metric.
/// Options: <c>--worst N</c> lists the N pages with the lowest F1; <c>--dump DIR</c> writes each extraction.
/// </summary>
internal sealed class EvalExtractionCommand : IBenchCommand
{
    private const int WarmUpPasses = 3;
    private const int TimedPasses = 3;

    public string Name => "eval-extraction";

    public string Description => "HTML main-text extraction: shingle precision/recall/F1 on article-extraction";

    public int Run(string[] args)
    {
        var worst = IntOption(args, "--worst") ?? 0;
        var dump = StringOption(args, "--dump");
        var root = SharedPaths.Data("article-extraction");
        using var truthJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "ground-truth.json")));
        var pages = truthJson.RootElement.EnumerateObject()
            .Select(p => (Id: p.Name, Gold: p.Value.GetProperty("articleBody").GetString() ?? ""))
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        var htmls = pages.Select(p => ReadGz(Path.Combine(root, "html", p.Id + ".html.gz"))).ToList();
        if (dump is not null)
            Directory.CreateDirectory(dump);

        var scores = new List<(string Id, ShingleScore Score)>();
        var texts = new string[pages.Count];
        var first = Stopwatch.StartNew();
        for (var i = 0; i < pages.Count; i++)
            texts[i] = HtmlExtractor.Extract(htmls[i]).Text;
        first.Stop();
        // The steady state of a long ingest has its code compiled at the final tier. On a loaded machine the runtime's
        // background compiler lags, and a second pass still ran largely unoptimised code (2.5 times the CPU), so the
        // figure is the median of the timed passes after the warm-up ones.
        for (var pass = 0; pass < WarmUpPasses; pass++)
        {
            for (var i = 0; i < pages.Count; i++)
                HtmlExtractor.Extract(htmls[i]);
        }
        var passes = new List<(double Wall, double Cpu)>();
        for (var pass = 0; pass < TimedPasses; pass++)
        {
            var cpu = ThreadCpuTime.Seconds();
            var stopwatch = Stopwatch.StartNew();
            for (var i = 0; i < pages.Count; i++)
                texts[i] = HtmlExtractor.Extract(htmls[i]).Text;
            passes.Add((stopwatch.Elapsed.TotalSeconds, ThreadCpuTime.Seconds() - cpu));
        }
        var cpuRates = passes.Select(p => pages.Count / p.Cpu).Order().ToList();
        var wallRates = passes.Select(p => pages.Count / p.Wall).Order().ToList();
        for (var i = 0; i < pages.Count; i++)
        {
            scores.Add((pages[i].Id, ShingleScore.Of(pages[i].Gold, texts[i])));
            if (dump is not null)
                File.WriteAllText(Path.Combine(dump, pages[i].Id[..12] + ".txt"), texts[i]);
        }

        var tp = scores.Average(s => s.Score.TruePositive);
        var fp = scores.Average(s => s.Score.FalsePositive);
        var fn = scores.Average(s => s.Score.FalseNegative);
        var precision = tp / (tp + fp);
        var recall = tp / (tp + fn);
        var f1 = 2 * precision * recall / (precision + recall);
        var pagePrecision = scores.Average(s => Ratio(s.Score.TruePositive, s.Score.FalsePositive));
        var pageRecall = scores.Average(s => Ratio(s.Score.TruePositive, s.Score.FalseNegative));
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"pages      {pages.Count}"));
        Console.WriteLine(string.Create(c, $"precision  {precision:F3}   (from mean TP/FP/FN, as the benchmark computes it)"));
        Console.WriteLine(string.Create(c, $"recall     {recall:F3}"));
        Console.WriteLine(string.Create(c, $"F1         {f1:F3}"));
        Console.WriteLine(string.Create(c, $"per-page means: precision {pagePrecision:F3}, recall {pageRecall:F3}, F1 {2 * pagePrecision * pageRecall / (pagePrecision + pageRecall):F3}"));
        Console.WriteLine(string.Create(c, $"speed      {cpuRates[TimedPasses / 2]:F1} pages per CPU second of this thread, warm (median of {TimedPasses} passes after {WarmUpPasses + 1}: {cpuRates[0]:F1}-{cpuRates[^1]:F1}; one thread, parse included, decode excluded)"));
        Console.WriteLine(string.Create(c, $"           {wallRates[TimedPasses / 2]:F1} pages/s wall, warm ({wallRates[0]:F1}-{wallRates[^1]:F1}); first, cold pass {pages.Count / first.Elapsed.TotalSeconds:F1} pages/s"));
        foreach (var (id, s) in scores.OrderBy(s => s.Score.TruePositive).Take(worst))
            Console.WriteLine(string.Create(c, $"  {id[..12]}  tp {s.TruePositive:F2} fp {s.FalsePositive:F2} fn {s.FalseNegative:F2}"));
        return 0;
    }

    private static double Ratio(double tp, double other) => tp + other > 0 ? tp / (tp + other) : 0;

    /// <summary>The page as saved, decoded as ingest decodes it.</summary>
    private static string ReadGz(string path)
    {
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gz.CopyTo(bytes);
        var (decoded, error) = TextDecoder.Decode(bytes.ToArray());
        return decoded?.Text ?? throw new InvalidDataException($"{path}: {error}");
    }

    private static int? IntOption(string[] args, string name)
        => StringOption(args, name) is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : null;

    private static string? StringOption(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
