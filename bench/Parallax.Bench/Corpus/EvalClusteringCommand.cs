using System.Diagnostics;
using System.Globalization;
using Parallax.Analysis;
using Parallax.Corpus.Clustering;
using Parallax.Ingest;

namespace Parallax.Bench.Corpus;

/// <summary>
/// Streams the ECB+ articles, shuffled with a fixed seed, through the store's story assigner (near-duplicates +
/// incremental clusterer) and scores the stories against gold topic + sub-topic.
/// </summary>
internal sealed class EvalClusteringCommand : IBenchCommand
{
    public string Name => "eval-clustering";

    public string Description => "cluster ECB+ articles incrementally (shuffled, --seed N, default 7); prints B-cubed and pairwise P/R/F1, articles/s (--mixed: wrong joins; --sweep: settings grid)";

    public int Run(string[] args)
    {
        var options = ClusteringOptions.Default;
        if (Option(args, "--threshold") is { } t)
            options = options with { Threshold = double.Parse(t, CultureInfo.InvariantCulture) };
        if (Option(args, "--text-weight") is { } w)
            options = options with { TextWeight = double.Parse(w, CultureInfo.InvariantCulture) };
        if (Option(args, "--seed") is null && !args.Contains("--sweep"))
            return RunShuffles(options, [1, 2, 3, 4, 5]);
        var seed = int.Parse(Option(args, "--seed") ?? "7", CultureInfo.InvariantCulture);
        var files = EcbCorpus.Files(SharedPaths.Data("ecbplus")).ToList();
        var random = new Random(seed);
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(files));

        var assigner = new StoryAssigner(options);
        var gold = new List<string>(files.Count);
        var predicted = new List<long>(files.Count);
        var copies = 0;
        var watch = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var document = EcbCorpus.Read(file);
            var analysis = Analyzer.Analyze(ArticleLoader.FromText(document.Text, "ecbplus", "a1"));
            var (story, copyOf) = assigner.Place(gold.Count + 1, ArticleFeatures.From(analysis));
            copies += copyOf is null ? 0 : 1;
            if (copyOf is { } c && args.Contains("--mixed"))
                Console.WriteLine($"  copy: {document.Name} ({document.Gold}) of #{c} ({gold[(int)c - 1]})");
            if (args.Contains("--mixed") && copyOf is null)
            {
                var members = gold.Zip(predicted).Where(x => x.Second == story).Select(x => x.First).ToList();
                var majority = members.Count == 0 ? null : members.GroupBy(m => m).MaxBy(g => g.Count())!.Key;
                if (majority is not null && majority != document.Gold)
                    Console.WriteLine($"  wrong join: {document.Name} ({document.Gold}) into story {story} of {majority} x{members.Count}: {assigner.Explain}");
            }
            gold.Add(document.Gold);
            predicted.Add(story);
            foreach (var (article, moved) in assigner.TakeMoves())
                predicted[(int)article - 1] = moved;
        }
        var seconds = watch.Elapsed.TotalSeconds;
        if (args.Contains("--mixed"))
        {
            foreach (var cluster in gold.Zip(predicted).GroupBy(x => x.Second).Where(g => g.Select(x => x.First).Distinct().Count() > 1))
                Console.WriteLine($"  story {cluster.Key}: " + string.Join(", ", cluster.GroupBy(x => x.First).Select(g => $"{g.Key}x{g.Count()}")));
        }
        if (args.Contains("--sweep"))
            Sweep(files, gold);
        var b = ClusteringScore.BCubed(gold, predicted);
        var p = ClusteringScore.Pairwise(gold, predicted);
        Console.WriteLine($"ECB+: {gold.Count} articles, {gold.Distinct().Count()} gold stories, {predicted.Distinct().Count()} predicted, {copies} near-duplicates (seed {seed})");
        Console.WriteLine($"B-cubed   P {b.P:F3}  R {b.R:F3}  F1 {b.F1:F3}");
        Console.WriteLine($"pairwise  P {p.P:F3}  R {p.R:F3}  F1 {p.F1:F3}");
        Console.WriteLine($"throughput: {gold.Count / seconds:F0} articles/s (read + analyse + cluster, one thread)");
        return 0;
    }

    /// <summary>
    /// The incremental clusterer depends on arrival order, so the default run streams the corpus in
    /// several shuffled orders (articles are analysed once) and prints each score and the mean.
    /// </summary>
    private static int RunShuffles(ClusteringOptions options, int[] seeds)
    {
        var files = EcbCorpus.Files(SharedPaths.Data("ecbplus")).ToList();
        var watch = Stopwatch.StartNew();
        var documents = files.Select(f =>
        {
            var document = EcbCorpus.Read(f);
            return (document.Gold, Features: ArticleFeatures.From(Analyzer.Analyze(ArticleLoader.FromText(document.Text, "ecbplus", "a1"))));
        }).ToList();
        var analysed = watch.Elapsed.TotalSeconds;
        var bcubed = new List<(double P, double R, double F1)>();
        var pairwise = new List<(double P, double R, double F1)>();
        foreach (var seed in seeds)
        {
            var order = Enumerable.Range(0, documents.Count).ToArray();
            new Random(seed).Shuffle(order);
            var assigner = new StoryAssigner(options);
            var gold = new List<string>(order.Length);
            var predicted = new List<long>(order.Length);
            foreach (var i in order)
            {
                var (story, _) = assigner.Place(gold.Count + 1, documents[i].Features);
                gold.Add(documents[i].Gold);
                predicted.Add(story);
                foreach (var (article, moved) in assigner.TakeMoves())
                    predicted[(int)article - 1] = moved;
            }
            var b = ClusteringScore.BCubed(gold, predicted);
            var p = ClusteringScore.Pairwise(gold, predicted);
            bcubed.Add(b);
            pairwise.Add(p);
            Console.WriteLine($"  shuffle {seed}: B-cubed {Show(b)}; pairwise {Show(p)}; {predicted.Distinct().Count()} stories");
        }
        var clustering = watch.Elapsed.TotalSeconds - analysed;
        Console.WriteLine($"ECB+: {documents.Count} articles, {documents.Select(d => d.Gold).Distinct().Count()} gold stories, {seeds.Length} shuffled orders");
        Console.WriteLine($"B-cubed   mean P {bcubed.Average(x => x.P):F3}  R {bcubed.Average(x => x.R):F3}  F1 {bcubed.Average(x => x.F1):F3}  (F1 {bcubed.Min(x => x.F1):F3}..{bcubed.Max(x => x.F1):F3})");
        Console.WriteLine($"pairwise  mean P {pairwise.Average(x => x.P):F3}  R {pairwise.Average(x => x.R):F3}  F1 {pairwise.Average(x => x.F1):F3}");
        Console.WriteLine($"throughput: analysis {documents.Count / analysed:F0} articles/s, clustering {documents.Count * seeds.Length / clustering:F0} articles/s (one thread)");
        return 0;
    }

    /// <summary>Scores a grid of thresholds and text weights (features computed once) to show how sensitive the defaults are.</summary>
    private static void Sweep(List<string> files, List<string> gold)
    {
        var features = files.Select(f => ArticleFeatures.From(Analyzer.Analyze(ArticleLoader.FromText(EcbCorpus.Read(f).Text, "ecbplus", "a1")))).ToList();
        foreach (var split in new[] { 0.5, 0.6, 0.7 })
            foreach (var weight in new[] { 0.6, 0.7 })
            {
                foreach (var threshold in new[] { 0.15, 0.2, 0.25 })
                {
                    var assigner = new StoryAssigner(ClusteringOptions.Default with { Threshold = threshold, TextWeight = weight, SplitRatio = split });
                    var predicted = new List<long>();
                    foreach (var f in features)
                    {
                        predicted.Add(assigner.Place(predicted.Count + 1, f).Story);
                        foreach (var (article, moved) in assigner.TakeMoves())
                            predicted[(int)article - 1] = moved;
                    }
                    Console.WriteLine($"  split {split:F1} weight {weight:F1} threshold {threshold:F2}: B-cubed {Show(ClusteringScore.BCubed(gold, predicted))}, stories {predicted.Distinct().Count()}");
                }
            }
    }

    private static string Show((double P, double R, double F1) s) => $"P {s.P:F3} R {s.R:F3} F1 {s.F1:F3}";

    private static string? Option(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
}
