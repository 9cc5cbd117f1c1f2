using System.Diagnostics;
using System.Globalization;
using System.Text;
using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Text;

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

    public string Description => "time analyse+compare of 20 synthetic 800-word articles (target < 2 s)";

    public int Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        var words = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 800;
        var articles = Generate(count, words, seed: 20210308);
        var pipeline = Analyzer.Default;
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Format(inv, "bench-compare: {0} articles, {1} words in total", count, articles.Sum(a => a.Text.Split(' ').Length)));
        for (var run = 1; run <= 3; run++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var analysed = articles.Select(pipeline.Analyze).ToList();
            var analyse = clock.Elapsed.TotalSeconds;
            var story = StoryComparer.Compare(analysed);
            var total = clock.Elapsed.TotalSeconds;
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine(string.Format(inv, "  run {0}: {1:F3} s wall, {8:F3} s CPU (analyse {2:F3} s, compare {3:F3} s): {4} sentences, {5} alignments, {6} divergences, {7} brief sentences",
                run, total, analyse, total - analyse, analysed.Sum(a => a.Sentences.Length), story.Alignments.Length, story.Divergences.Length, story.Brief.Length, cpuSeconds));
        }
        return 0;
    }

    private static List<Article> Generate(int count, int words, int seed)
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
