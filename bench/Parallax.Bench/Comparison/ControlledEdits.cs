using System.Diagnostics;
using System.Globalization;
using Parallax.Analysis;
using Parallax.Bench.Comparison.Edits;
using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Text;
using static Parallax.Bench.CommandLine;

namespace Parallax.Bench.Comparison;

/// <summary>
/// Divergence recall on controlled edits of real text (NeuS val leads and PolNeAR dev articles): per kind of
/// edit, how often the right kind is reported on the edited sentence and its copy, and how often an unchanged
/// sentence and its copy get any divergence.
/// </summary>
internal static class ControlledEdits
{
    private const int DefaultCases = 120;
    private const int DefaultSeed = 7;

    public static int Run(string[] args)
    {
        var inv = CultureInfo.InvariantCulture;
        var cases = int.Parse(Option(args, "--cases") ?? DefaultCases.ToString(inv), inv);
        var seed = int.Parse(Option(args, "--seed") ?? DefaultSeed.ToString(inv), inv);
        var show = int.Parse(Option(args, "--show") ?? "0", inv);
        var only = Option(args, "--kinds")?.Split(',').ToHashSet(StringComparer.Ordinal);
        var dump = Option(args, "--dump");
        var clock = Stopwatch.StartNew();
        var sources = Sources();
        var pools = NamePools.From(sources.Select(s => s.Analysis));
        ISentenceEditor[] editors =
        [
            new NumberEditor(), new DateEditor(), new NegationEditor(), new HedgeEditor(),
            new AttributionEditor(pools), new PlaceEditor(pools), new NameSpellingEditor(),
        ];
        var loading = clock.Elapsed.TotalSeconds;
        var outcomes = new List<EditOutcome>();
        var crashes = new List<(EditCase Case, Exception Error)>();
        foreach (var (editor, k) in editors.Select((e, k) => (e, k)).Where(x => only is null || only.Contains(x.e.Name)))
        {
            foreach (var edit in EditCase.Build(sources, editor, cases, new Random(seed * 100 + k)))
            {
                try
                {
                    outcomes.Add(edit.Run());
                }
                catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException or InvalidOperationException)
                {
                    crashes.Add((edit, e));
                }
            }
        }

        Console.WriteLine(string.Format(inv, "eval-divergences (controlled edits) on {0} real articles (NeuS val, PolNeAR dev), seed {1}: {2:F1} s ({3:F1} s reading and analysing the sources)",
            sources.Count, seed, clock.Elapsed.TotalSeconds, loading));
        Console.WriteLine($"  {"edit",-14} {"expects",-12} {"cases",5} {"recall",7} {"aligned",8} {"other kind",10} {"unchanged",9} {"flagged",8} {"false alarm",11} {"stray",6}");
        foreach (var group in outcomes.GroupBy(o => o.Case.Editor.Name))
            PrintRow(group.Key, DivergenceKey.KindName(group.First().Case.Editor.Expected), [.. group]);
        PrintRow("overall", "", outcomes);
        Console.WriteLine("  recall: the expected kind on the edited pair; aligned: the edited pair aligned; other kind: edited pairs with a divergence of another kind only;");
        Console.WriteLine("  false alarm: share of unchanged pairs (a sentence and its copy) with any divergence; stray: divergences between sentences that are not copies");
        foreach (var (edit, error) in crashes)
        {
            Console.WriteLine($"  CRASH in analyse/compare, {edit.Editor.Name} case [{edit.Source}], edit at {edit.Edit.Start} ({edit.Edit.End - edit.Edit.Start} chars -> '{edit.Edit.Replacement}'): {error.GetType().Name} {error.StackTrace?.Split('\n')[0].Trim()}");
            if (show > 0)
                Console.WriteLine($"    B text: {edit.Edited}");
        }
        if (show > 0)
        {
            foreach (var group in outcomes.GroupBy(o => o.Case.Editor.Name))
                ShowMisses(group.Key, [.. group], show, seed);
        }
        if (dump is not null)
            DumpMisses(dump, outcomes);
        return 0;
    }

    private static void PrintRow(string name, string expects, List<EditOutcome> outcomes)
    {
        var n = Math.Max(1, outcomes.Count);
        var unchanged = outcomes.Sum(o => o.Unchanged);
        var flagged = outcomes.Sum(o => o.Flagged);
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0,-14} {1,-12} {2,5} {3,7:F3} {4,8:F3} {5,10} {6,9} {7,8} {8,11:P1} {9,6}",
            name, expects, outcomes.Count, outcomes.Count(o => o.Hit) / (double)n, outcomes.Count(o => o.Aligned) / (double)n,
            outcomes.Count(o => !o.Hit && o.OnEdited.Count > 0), unchanged, flagged, flagged / (double)Math.Max(1, unchanged), outcomes.Sum(o => o.Stray)));
    }

    /// <summary>Writes each missed case as two texts (NAME-N-a.txt, NAME-N-b.txt), to compare them with the CLI.</summary>
    private static void DumpMisses(string folder, List<EditOutcome> outcomes)
    {
        Directory.CreateDirectory(folder);
        foreach (var group in outcomes.GroupBy(o => o.Case.Editor.Name))
        {
            foreach (var (miss, i) in group.Where(o => !o.Hit).Select((o, i) => (o, i + 1)))
            {
                File.WriteAllText(Path.Combine(folder, $"{group.Key}-{i}-a.txt"), miss.Case.Text);
                File.WriteAllText(Path.Combine(folder, $"{group.Key}-{i}-b.txt"), miss.Case.Edited);
            }
        }
        Console.WriteLine($"  misses written to {folder}");
    }

    private static void ShowMisses(string name, List<EditOutcome> outcomes, int count, int seed)
    {
        var misses = outcomes.Where(o => !o.Hit).ToArray();
        new Random(seed).Shuffle(misses);
        Console.WriteLine($"\n{name}: {Math.Min(count, misses.Length)} of {misses.Length} misses");
        foreach (var miss in misses.Take(count))
        {
            var reported = miss.OnEdited.Count == 0 ? "nothing" : string.Join("; ", miss.OnEdited.Select(d => $"{DivergenceKey.KindName(d.Kind)}: {d.Detail}"));
            Console.WriteLine($"  [{miss.Case.Source}] {(miss.Aligned ? "aligned" : "NOT aligned")}, reported {reported}");
            Console.WriteLine($"    A: {miss.SentenceA}");
            Console.WriteLine($"    B: {miss.SentenceB}");
        }
        var alarms = outcomes.SelectMany(o => o.FalseAlarms.Select(f => (o.Case.Source, f.Sentence, f.Divergence))).ToArray();
        new Random(seed).Shuffle(alarms);
        Console.WriteLine($"{name}: {Math.Min(count, alarms.Length)} of {alarms.Length} divergences on unchanged pairs");
        foreach (var (source, sentence, divergence) in alarms.Take(count))
        {
            Console.WriteLine($"  [{source}] {DivergenceKey.KindName(divergence.Kind)}: {divergence.Detail}");
            Console.WriteLine($"    {sentence}");
        }
    }

    /// <summary>The source articles, analysed: every outlet of NeuS val and every PolNeAR dev text, in a fixed order.</summary>
    private static List<(string Source, ArticleAnalysis Analysis)> Sources()
    {
        var articles = new List<(string, Article)>();
        var lines = File.ReadAllLines(SharedPaths.Data("neus-roundups", "val.source"));
        for (var i = 0; i < lines.Length; i++)
            articles.AddRange(NeusStories.Articles(lines[i]).Select(a => ($"neus-val {i} {a.Id}", a)));
        foreach (var file in Directory.EnumerateFiles(SharedPaths.Data("polnear", "dev", "text"), "*.txt").Order(StringComparer.Ordinal))
            articles.Add(($"polnear-dev {Path.GetFileNameWithoutExtension(file)}", new Article("a1", "polnear", TextCleaner.Clean(File.ReadAllText(file)))));
        return [.. articles.AsParallel().AsOrdered().Select(x => (x.Item1, Analyzer.Analyze(x.Item2))).Where(x => x.Item2.Sentences.Length > 0)];
    }
}
