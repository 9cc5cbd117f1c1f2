using System.Diagnostics;
using System.Globalization;
using Parallax.Ingest.Internal.Decoding;
using Parallax.Ingest.Internal.Html;

namespace Parallax.Bench.Extraction;

/// <summary>
/// Scores decoding + extraction on <see cref="GeneratedPages"/>, the second development set: PolNeAR articles in
/// written page layouts, saved in nine encodings. Options: <c>--pages N</c> (default 300), <c>--seed S</c> (default 7),
/// <c>--worst N</c>, <c>--dump DIR</c> (writes each page and its extraction).
/// </summary>
internal sealed class EvalGeneratedExtractionCommand : IBenchCommand
{
    public string Name => "eval-extraction-generated";

    public string Description => "decoding + main-text extraction on generated pages (PolNeAR articles in written layouts and nine encodings)";

    public int Run(string[] args)
    {
        var count = IntOption(args, "--pages") ?? 300;
        var seed = IntOption(args, "--seed") ?? 7;
        var worst = IntOption(args, "--worst") ?? 0;
        var dump = StringOption(args, "--dump");
        var pages = GeneratedPages.Build(count, seed);
        if (dump is not null)
            Directory.CreateDirectory(dump);
        var results = new List<(GeneratedPage Page, ShingleScore Score, string? Error)>();
        var stopwatch = Stopwatch.StartNew();
        foreach (var page in pages)
        {
            var (decoded, error) = TextDecoder.Decode(page.Bytes);
            var text = decoded is null ? "" : HtmlExtractor.Extract(decoded.Text).Text;
            results.Add((page, ShingleScore.Of(page.Gold, text), error));
            if (dump is not null)
            {
                File.WriteAllBytes(Path.Combine(dump, page.Id + ".html"), page.Bytes);
                File.WriteAllText(Path.Combine(dump, page.Id + ".txt"), text);
            }
        }
        stopwatch.Stop();
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"pages      {pages.Count} ({PageTemplates.All.Count} layouts, seed {seed}); {results.Count(r => r.Error is not null)} not decoded; a strict UTF-8 reader (ingest before BOM/meta/guess decoding) would refuse {pages.Count(p => StrictUtf8Refuses(p.Bytes))}"));
        Print("all", results.Select(r => r.Score).ToList());
        foreach (var group in results.GroupBy(r => r.Page.Template))
            Print("  " + group.Key, group.Select(r => r.Score).ToList());
        foreach (var group in results.GroupBy(r => r.Page.Encoding))
            Print("  " + group.Key, group.Select(r => r.Score).ToList());
        Console.WriteLine(string.Create(c, $"speed      {pages.Count / stopwatch.Elapsed.TotalSeconds:F1} pages/s (decode + extract, one thread)"));
        foreach (var (page, s, error) in results.OrderBy(r => r.Score.TruePositive).Take(worst))
            Console.WriteLine(string.Create(c, $"  {page.Id} {page.Template,-20} {page.Encoding,-24} tp {s.TruePositive:F2} fp {s.FalsePositive:F2} fn {s.FalseNegative:F2} {error}"));
        return 0;
    }

    private static bool StrictUtf8Refuses(byte[] bytes)
        => !(bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
           && (bytes.AsSpan().Contains((byte)0) || !System.Text.Unicode.Utf8.IsValid(bytes));

    private static void Print(string label, IReadOnlyList<ShingleScore> scores)
    {
        var tp = scores.Average(s => s.TruePositive);
        var fp = scores.Average(s => s.FalsePositive);
        var fn = scores.Average(s => s.FalseNegative);
        var precision = tp / (tp + fp);
        var recall = tp / (tp + fn);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-28} F1 {2 * precision * recall / (precision + recall):F3}  P {precision:F3}  R {recall:F3}  ({scores.Count} pages)"));
    }

    private static int? IntOption(string[] args, string name)
        => StringOption(args, name) is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : null;

    private static string? StringOption(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
