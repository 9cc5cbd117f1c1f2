using System.Diagnostics;
using System.Globalization;
using Parallax.Analysis;
using Parallax.Bench.Comparison;
using Parallax.Corpus.Clustering;
using Parallax.Ingest;
using static Parallax.Bench.CommandLine;

namespace Parallax.Bench.Corpus;

/// <summary>
/// Streams articles through the store's story assigner (near-duplicates + incremental clusterer) in several shuffled
/// orders and scores the stories against gold events: ECB+ (topic + sub-topic) with publication dates and stripped of
/// them, and the NeuS val leads (one event per triplet, undated), where chaining shows as one story holding many events.
/// </summary>
internal sealed class EvalClusteringCommand : IBenchCommand
{
    private static readonly int[] Seeds = [1, 2, 3, 4, 5];

    public string Name => "eval-clustering";

    public string Description => "cluster ECB+ (dated and undated) and NeuS val leads incrementally in 5 shuffled orders; prints B-cubed and pairwise P/R/F1, largest story, articles/s (--seed N: one order; --orders N: orders 1..N; --mixed: wrong joins, splits and merges, mixed stories and scattered events; --only ecb|undated|neus; comma lists: --threshold, --neighbour-weight, --split, --split-neighbours, --conductance, --merge, --local, --df-counters, --prior)";

    /// <summary>One article to cluster: its gold event and features.</summary>
    private sealed record Item(string Name, string Gold, ArticleFeatures Features);

    public int Run(string[] args)
    {
        var grid = (from threshold in Values(args, "--threshold", ClusteringOptions.Default.Threshold)
                    from weight in Values(args, "--neighbour-weight", ClusteringOptions.Default.NeighbourWeight)
                    from split in Values(args, "--split", ClusteringOptions.Default.SplitRatio)
                    from neighbours in Values(args, "--split-neighbours", ClusteringOptions.Default.SplitNeighbours)
                    from conductance in Values(args, "--conductance", ClusteringOptions.Default.SplitConductance)
                    from merge in Values(args, "--merge", ClusteringOptions.Default.MergeConductance)
                    from local in Values(args, "--local", ClusteringOptions.Default.SplitLocalWeight)
                    from counters in Values(args, "--df-counters", ClusteringOptions.Default.FrequencyCounters)
                    from prior in Values(args, "--prior", ClusteringOptions.Default.PriorDocuments)
                    select ClusteringOptions.Default with
                    {
                        Threshold = threshold,
                        NeighbourWeight = weight,
                        SplitRatio = split,
                        SplitNeighbours = (int)neighbours,
                        SplitConductance = conductance,
                        MergeConductance = merge,
                        SplitLocalWeight = local,
                        FrequencyCounters = (int)counters,
                        PriorDocuments = prior,
                    }).ToList();
        int[] seeds = Option(args, "--seed") is { } one ? [int.Parse(one, CultureInfo.InvariantCulture)]
            : Option(args, "--orders") is { } orders ? [.. Enumerable.Range(1, int.Parse(orders, CultureInfo.InvariantCulture))]
            : Seeds;
        var only = Option(args, "--only");
        var mixed = args.Contains("--mixed");

        var watch = Stopwatch.StartNew();
        var ecb = EcbCorpus.Files(SharedPaths.Data("ecbplus")).Select(f =>
        {
            var document = EcbCorpus.Read(f);
            return new Item(document.Name, document.Gold, ArticleFeatures.From(Analyzer.Analyze(ArticleLoader.FromText(document.Text, "ecbplus", "a1"))));
        }).ToList();
        var analysed = ecb.Count / watch.Elapsed.TotalSeconds;
        Console.WriteLine($"analysis: {analysed:F0} articles/s (ECB+, one thread)");
        if (args.Contains("--neighbours"))
        {
            Neighbours(ecb);
            return 0;
        }
        double clustered = 0, seconds = 0;
        List<Item>? neus = null;
        foreach (var options in grid)
        {
            if (grid.Count > 1)
                Console.WriteLine($"threshold {options.Threshold} neighbour weight {options.NeighbourWeight} split {options.SplitRatio} split neighbours {options.SplitNeighbours} conductance {options.SplitConductance} merge {options.MergeConductance} local {options.SplitLocalWeight} df counters {options.FrequencyCounters} prior {options.PriorDocuments}:");
            if (only is null or "ecb")
            {
                Console.WriteLine("ECB+ with publication dates (each event's articles within 3 days of it; the two events of a topic in the same week):");
                var (n, time) = RunShuffles(Dated(ecb), options, seeds, mixed);
                clustered += n;
                seconds += time;
            }
            if (only is null or "undated")
            {
                Console.WriteLine("ECB+ stripped of dates:");
                var (n, time) = RunShuffles(ecb, options, seeds, mixed);
                clustered += n;
                seconds += time;
            }
            if (only is null or "neus")
            {
                Console.WriteLine("NeuS val leads (undated; gold = the triplet's event):");
                var (n, time) = RunShuffles(neus ??= Neus(), options, seeds, mixed);
                clustered += n;
                seconds += time;
            }
        }
        Console.WriteLine($"throughput: clustering {clustered / seconds:F0} articles/s (one thread)");
        return 0;
    }

    /// <summary>
    /// Gives each article a publication time: each gold event a day in one year (a topic's second event 1–6 days after
    /// its first, so that the window cannot tell them apart), its articles 0–3 days after it, hour by hour.
    /// </summary>
    private static List<Item> Dated(List<Item> items)
    {
        var random = new Random(11);
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        var days = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var gold in items.Select(i => i.Gold).Distinct().Order(StringComparer.Ordinal))
        {
            var topic = gold[..gold.IndexOf('.', StringComparison.Ordinal)];
            days[gold] = days.TryGetValue(topic, out var first) ? first + random.Next(1, 7) : random.Next(0, 365);
            days.TryAdd(topic, days[gold]);
        }
        return [.. items.Select(i => i with { Features = i.Features with { Time = start + (days[i.Gold] * 24L + random.Next(0, 72)) * 3600 } })];
    }

    private static List<Item> Neus()
    {
        var lines = File.ReadAllLines(SharedPaths.Data("neus-roundups", "val.source"));
        var items = new List<Item>();
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var article in NeusStories.Articles(lines[i]).Where(a => a.Text.Length > 0))
                items.Add(new Item($"neus{i}/{article.Id}", i.ToString(CultureInfo.InvariantCulture), ArticleFeatures.From(Analyzer.Analyze(article))));
        }
        return items;
    }

    /// <summary>
    /// The clusterer depends on arrival order, so the corpus is streamed in several shuffled orders and each score and the
    /// mean are printed; returns the articles clustered and the seconds it took.
    /// </summary>
    private static (int Articles, double Seconds) RunShuffles(List<Item> items, ClusteringOptions options, int[] seeds, bool mixed)
    {
        var bcubed = new List<(double P, double R, double F1)>();
        var pairwise = new List<(double P, double R, double F1)>();
        var largest = new List<(int Size, int Events)>();
        var watch = new Stopwatch();
        foreach (var seed in seeds)
        {
            var order = Enumerable.Range(0, items.Count).ToArray();
            new Random(seed).Shuffle(order);
            var assigner = new StoryAssigner(options);
            var gold = new List<string>(order.Length);
            var predicted = new List<long>(order.Length);
            foreach (var i in order)
            {
                watch.Start();
                var (story, copyOf) = assigner.Place(gold.Count + 1, items[i].Features);
                var moves = assigner.TakeMoves();
                watch.Stop();
                if (mixed && copyOf is null)
                    PrintWrongJoin(items[i], story, gold, predicted, assigner.Explain);
                gold.Add(items[i].Gold);
                predicted.Add(story);
                var from = moves.Count > 0 ? predicted[(int)moves[0].Article - 1] : 0;
                foreach (var (article, moved) in moves)
                    predicted[(int)article - 1] = moved;
                if (mixed && moves.Count > 0)
                    Console.WriteLine($"    moved from story {from} to {moves[0].Story}: now {Events(gold, predicted, from)} and {Events(gold, predicted, moves[0].Story)}");
            }
            var b = ClusteringScore.BCubed(gold, predicted);
            var p = ClusteringScore.Pairwise(gold, predicted);
            var big = gold.Zip(predicted).GroupBy(x => x.Second).Select(g => (Size: g.Count(), Events: g.Select(x => x.First).Distinct().Count())).MaxBy(x => (x.Events, x.Size));
            bcubed.Add(b);
            pairwise.Add(p);
            largest.Add(big);
            Console.WriteLine($"  shuffle {seed}: B-cubed {Show(b)}; pairwise {Show(p)}; {predicted.Distinct().Count()} stories; most mixed: {big.Size} articles of {big.Events} events");
            if (mixed)
            {
                foreach (var cluster in gold.Zip(predicted).GroupBy(x => x.Second).Where(g => g.Select(x => x.First).Distinct().Count() > 1))
                    Console.WriteLine($"    story {cluster.Key}: " + string.Join(", ", cluster.GroupBy(x => x.First).Select(g => $"{g.Key}x{g.Count()}")));
                foreach (var scattered in gold.Zip(predicted).GroupBy(x => x.First).Where(g => g.Select(x => x.Second).Distinct().Count() > 1))
                    Console.WriteLine($"    event {scattered.Key}: " + string.Join(", ", scattered.GroupBy(x => x.Second).Select(g => $"story {g.Key}x{g.Count()}")));
            }
        }
        Console.WriteLine($"  {items.Count} articles, {items.Select(d => d.Gold).Distinct().Count()} gold stories, {seeds.Length} orders");
        Console.WriteLine($"  B-cubed   mean P {bcubed.Average(x => x.P):F3}  R {bcubed.Average(x => x.R):F3}  F1 {bcubed.Average(x => x.F1):F3}  (F1 {bcubed.Min(x => x.F1):F3}..{bcubed.Max(x => x.F1):F3})");
        Console.WriteLine($"  pairwise  mean P {pairwise.Average(x => x.P):F3}  R {pairwise.Average(x => x.R):F3}  F1 {pairwise.Average(x => x.F1):F3}");
        Console.WriteLine($"  most events in one story: {largest.Max(x => x.Events)} ({largest.Select(x => x.Events).Order().ElementAt(largest.Count / 2)} median over the orders)");
        return (items.Count * seeds.Length, watch.Elapsed.TotalSeconds);
    }

    /// <summary>The gold events of a predicted story with their article counts, e.g. "25.1x9,25.2x2".</summary>
    private static string Events(List<string> gold, List<long> predicted, long story)
        => string.Join(",", gold.Zip(predicted).Where(x => x.Second == story).GroupBy(x => x.First).Select(g => $"{g.Key}x{g.Count()}"));

    private static void PrintWrongJoin(Item item, long story, List<string> gold, List<long> predicted, string explain)
    {
        var members = gold.Zip(predicted).Where(x => x.Second == story).Select(x => x.First).ToList();
        var majority = members.Count == 0 ? null : members.GroupBy(m => m).MaxBy(g => g.Count())!.Key;
        if (majority is not null && majority != item.Gold)
            Console.WriteLine($"    wrong join: {item.Name} ({item.Gold}) into story {story} of {majority} x{members.Count}: {explain}");
    }

    private static string Show((double P, double R, double F1) s) => $"P {s.P:F3} R {s.R:F3} F1 {s.F1:F3}";

    /// <summary>How often an article's nearest neighbour (corpus-wide TF-IDF of terms, entities, or both) is of its event, of its topic's other event, or elsewhere.</summary>
    private static void Neighbours(List<Item> items)
    {
        var df = new Dictionary<ulong, int>();
        foreach (var item in items)
        {
            foreach (var k in item.Features.Terms.Concat(item.Features.Entities).Distinct())
                df[k] = df.GetValueOrDefault(k) + 1;
        }
        double Idf(ulong k) => Math.Log((items.Count + 1.0) / (df[k] + 0.5));
        Dictionary<ulong, double> Unit(IEnumerable<(ulong K, float C)> pairs)
        {
            var v = new Dictionary<ulong, double>();
            foreach (var (k, c) in pairs)
                v[k] = v.GetValueOrDefault(k) + (1 + Math.Log(c)) * Idf(k);
            var norm = Math.Sqrt(v.Values.Sum(x => x * x));
            foreach (var k in v.Keys.ToList())
                v[k] /= norm > 0 ? norm : 1;
            return v;
        }
        static double Dot(Dictionary<ulong, double> a, Dictionary<ulong, double> b) => a.Sum(p => b.TryGetValue(p.Key, out var o) ? p.Value * o : 0);
        foreach (var kind in new[] { "terms", "entities", "both" })
        {
            var vectors = items.Select(i => Unit(
                (kind == "entities" ? [] : i.Features.Terms.Zip(i.Features.Counts))
                .Concat(kind == "terms" ? [] : i.Features.Entities.Zip(i.Features.EntityCounts)))).ToList();
            int same = 0, sibling = 0, other = 0;
            for (var i = 0; i < items.Count; i++)
            {
                var best = Enumerable.Range(0, items.Count).Where(j => j != i).MaxBy(j => Dot(vectors[i], vectors[j]));
                var topic = items[i].Gold[..items[i].Gold.IndexOf('.', StringComparison.Ordinal)];
                if (items[best].Gold == items[i].Gold)
                    same++;
                else if (items[best].Gold.StartsWith(topic + ".", StringComparison.Ordinal))
                    sibling++;
                else
                    other++;
            }
            Console.WriteLine($"{kind}: nearest neighbour of the same event {same}, of the topic's other event {sibling}, elsewhere {other}");
        }
    }

    private static IEnumerable<double> Values(string[] args, string name, double fallback)
        => Option(args, name) is { } list ? list.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)) : [fallback];
}
