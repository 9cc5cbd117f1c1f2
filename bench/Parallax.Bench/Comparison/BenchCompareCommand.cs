using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Corpus;
using Parallax.Documents;
using Parallax.Semantics;
using Parallax.Store;
using static Parallax.Bench.CommandLine;

namespace Parallax.Bench.Comparison;

/// <summary>
/// Throughput of the compare stage: 20 synthetic articles of about 800 words (a fixed seed picks
/// facts from one pool and words from synonym sets, so articles overlap like real coverage),
/// analysed and compared; prints seconds per run.
/// </summary>
internal sealed class BenchCompareCommand : IBenchCommand
{
    private static readonly string[] Actors = ["The government", "The ministry", "Officials", "The army", "The union", "Local leaders", "The council", "The company", "Police", "The envoy"];
    private static readonly string[][] Verbs = [["announced", "said", "stated"], ["proposed", "suggested", "offered"], ["rejected", "denied", "dismissed"], ["is considering", "may approve", "plans to approve"]];
    private static readonly string[] Objects = ["a new budget", "a ceasefire plan", "the bridge repairs", "emergency funding", "a trade agreement", "the evacuation order", "a tax on imports", "the wage increase", "the border reopening", "a peace conference"];
    private static readonly string[] Places = ["Calvera", "Ostrin", "Marrow", "Tessa", "Norland", "Velor", "Aska", "Brenn", "Dunmore", "Lisk"];
    private static readonly string[] Months = ["January", "March", "May", "June", "July", "October"];
    private static readonly string[][] Units = [["troops", "soldiers", "forces"], ["residents", "people", "villagers"], ["workers", "employees", "staff"]];
    private static readonly string[] Fillers = ["after weeks of talks", "despite strong criticism", "according to a statement", "in a move that surprised observers", "as pressure mounted", "amid growing concern", "following a long debate"];

    public string Name => "bench-compare";

    public string Description => "bench-compare [COUNT [WORDS]] [--lexical|--fp32] [--again N] [--stored N] [--allocations] [--set Option=value;Other=value]: time analyse+compare of 20 synthetic 800-word articles with the sentence encoder (target <= 3 s), then the stored story with its vectors cached (target <= 0.5 s); --again N: compare again N times (3), for a profile of the compare stage alone; --stored N: build the stored story N times (3); --allocations: the bytes they allocate by type; --set: compare with those ComparisonOptions (not the stored story)";

    public int Run(string[] args)
    {
        var numbers = args.Where((a, i) => !a.StartsWith('-') && (i == 0 || args[i - 1] is not ("--again" or "--stored" or "--set"))).ToArray();
        var options = Option(args, "--set") is { } setting ? EvalAlignmentCommand.Settings(setting).Single().Options : ComparisonOptions.Default;
        var count = numbers.Length > 0 ? int.Parse(numbers[0], CultureInfo.InvariantCulture) : 20;
        var words = numbers.Length > 1 ? int.Parse(numbers[1], CultureInfo.InvariantCulture) : 800;
        var lexical = args.Contains("--lexical");
        var encoder = BenchEncoders.From(args);
        var articles = Generate(count, words, seed: 20210308);
        var pipeline = Analyzer.Default;
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Format(inv, "bench-compare: {0} articles, {1} words in total, {2}", count, articles.Sum(a => a.Text.Split(' ').Length),
            lexical ? "lexical alignment" : $"sentence encoder ({encoder.Precision}) on {Environment.ProcessorCount} cores (each run encodes every sentence: a new cache per run; the model loads in run 1)"));
        List<ArticleAnalysis> analysed = [];
        CachingSentenceEncoder? cache = null;
        for (var run = 1; run <= 3; run++)
        {
            var timed = new TimedEncoder(encoder);
            cache = lexical ? null : new CachingSentenceEncoder(timed);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var analyses = new ArticleAnalysis[articles.Count];
            Parallel.For(0, articles.Count, i => analyses[i] = pipeline.Analyze(articles[i]));
            analysed = [.. analyses];
            var analyse = clock.Elapsed.TotalSeconds;
            var story = StoryComparer.Compare(analysed, options, encoder: cache);
            var total = clock.Elapsed.TotalSeconds;
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine(string.Format(inv, "  run {0}: {1:F3} s wall, {8:F3} s CPU (analyse {2:F3} s, compare {3:F3} s{9}): {4} sentences, {5} alignments, {6} divergences, {7} brief sentences",
                run, total, analyse, total - analyse, analysed.Sum(a => a.Sentences.Length), story.Alignments.Length, story.Divergences.Length, story.Brief.Length, cpuSeconds,
                cache is null ? "" : string.Format(inv, ", {0} sentences encoded in {1:F3} s: {2:F0} a second", timed.Texts, timed.Elapsed.TotalSeconds, timed.Texts / timed.Elapsed.TotalSeconds)));
        }
        if (cache is not null)
        {
            var again = int.Parse(Option(args, "--again") ?? "3", CultureInfo.InvariantCulture);
            using var sampler = args.Contains("--allocations") ? new AllocationSampler() : null;
            sampler?.Start();
            for (var run = 1; run <= again; run++)
            {
                var (cpu, memory) = (Process.GetCurrentProcess().TotalProcessorTime, Allocations.Now());
                var clock = Stopwatch.StartNew();
                StoryComparer.Compare(analysed, options, encoder: cache);
                Console.WriteLine(string.Format(inv, "  compare again, vectors cached in memory, run {0}: {1:F3} s wall, {2:F3} s CPU, {3}", run, clock.Elapsed.TotalSeconds,
                    (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, Allocations.Now() - memory));
            }
            if (sampler is not null)
            {
                sampler.Stop();
                Console.WriteLine($"  allocations sampled over the compare-again runs, by type:");
                foreach (var line in sampler.Report(30))
                    Console.WriteLine(line);
            }
            StoredStory(articles, encoder, int.Parse(Option(args, "--stored") ?? "3", CultureInfo.InvariantCulture));
        }
        return 0;
    }

    /// <summary>The articles ingested with their vectors (ingest --vectors) into a temporary store, then the story built from it as show and serve do.</summary>
    private static void StoredStory(List<Article> articles, MiniLmEncoder encoder, int runs)
    {
        var directory = Directory.CreateTempSubdirectory("parallax-bench-compare-");
        try
        {
            var path = Path.Combine(directory.FullName, "bench.db");
            using var store = SqliteArticleStore.Open(path);
            var clock = Stopwatch.StartNew();
            new CorpusIngestor(store, new IngestOptions { Encoder = encoder })
                .Run(articles.Select(Parallax.Ingest.IngestResult.Of));
            var stories = store.Stories(limit: 1000);
            var largest = stories.MaxBy(s => s.Size)!;
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  ingest --vectors: {0:F3} s; largest story s{1} has {2} of the {3} articles", clock.Elapsed.TotalSeconds, largest.Id, largest.Size, articles.Count));
            var cache = new CachingSentenceEncoder(encoder);
            for (var run = 1; run <= runs; run++)
            {
                var (cpu, memory) = (Process.GetCurrentProcess().TotalProcessorTime, Allocations.Now());
                clock.Restart();
                var story = StoredStories.Build(store, largest.Id, encoder: cache);
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  stored story (analyses and vectors from the store), run {0}: {1:F3} s wall, {4:F3} s CPU, {5}, {2} articles, {3} sentences encoded",
                    run, clock.Elapsed.TotalSeconds, story.Articles.Length, cache.Encoded, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, Allocations.Now() - memory));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    internal static List<Article> Generate(int count, int words, int seed)
    {
        var random = new Random(seed);
        var facts = Enumerable.Range(0, 120).Select(_ => Fact(random)).ToList();
        var articles = new List<Article>();
        for (var a = 0; a < count; a++)
        {
            var text = new StringBuilder();
            var written = 0;
            while (written < words)
            {
                var fact = facts[random.Next(facts.Count)];
                var sentence = Realise(fact, random);
                text.Append(sentence).Append(' ');
                written += sentence.Split(' ').Length;
            }
            articles.Add(new Article($"a{a + 1}", $"Outlet {a + 1}", text.ToString().Trim()));
        }
        return articles;
    }

    private sealed record FactSeed(int Actor, int Verb, int Object, int Place, int Month, int Day, int Unit, int Amount, int Filler);

    private static FactSeed Fact(Random random) => new(random.Next(Actors.Length), random.Next(Verbs.Length), random.Next(Objects.Length),
        random.Next(Places.Length), random.Next(Months.Length), random.Next(1, 29), random.Next(Units.Length), random.Next(2, 60) * 100, random.Next(Fillers.Length));

    private static string Realise(FactSeed f, Random random)
    {
        var verbs = Verbs[f.Verb];
        var units = Units[f.Unit];
        var amount = random.Next(5) == 0 ? f.Amount + 100 : f.Amount;
        var sentence = random.Next(2) == 0
            ? $"{Actors[f.Actor]} in {Places[f.Place]} {verbs[random.Next(verbs.Length)]} {Objects[f.Object]} on {Months[f.Month]} {f.Day}, affecting {amount.ToString("N0", CultureInfo.InvariantCulture)} {units[random.Next(units.Length)]} {Fillers[f.Filler]}."
            : $"{Fillers[f.Filler][..1].ToUpperInvariant()}{Fillers[f.Filler][1..]}, {Actors[f.Actor].ToLowerInvariant()} {verbs[random.Next(verbs.Length)]} {Objects[f.Object]} for {amount.ToString("N0", CultureInfo.InvariantCulture)} {units[random.Next(units.Length)]} in {Places[f.Place]} by {Months[f.Month]} {f.Day}.";
        return sentence;
    }
}
