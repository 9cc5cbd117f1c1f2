using System.Globalization;
using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Semantics;
using static Parallax.Bench.CommandLine;

namespace Parallax.Bench.Comparison;

/// <summary>
/// Trains the learned pair decision (<see cref="PairModel"/>): every candidate pair the aligner scores on ECB+ training
/// topics (1-35 by default) whose two sentences are annotated is an example, gold when they mention one cross-document
/// event; logistic regression by stochastic gradient descent over standardised features, in an order drawn from
/// <c>--seed</c>; the least probability to align is the one of best pair F1 on the training topics at no less precision than the
/// hand-set rules there (or <c>--min-precision</c>): ECB+ gold is event-level, three in four annotated pairs, so best F1 alone aligns nearly everything. Prints pair
/// P/R/F1 of the hand-set rules and of the model on the training and test topics (sentence pairs only, no headlines),
/// and writes the model for <c>src/Parallax/Comparison/Lexicon/alignment-model.txt</c>. With <c>--headlines</c>, the same for the pairs of an
/// article's headline and another article's sentences (<see cref="HeadlineFeatures"/>; gold pairs and figures of those pairs only), written
/// for <c>headline-model.txt</c>.
/// </summary>
internal sealed class LearnAlignmentCommand : IBenchCommand
{
    public string Name => "learn-alignment";

    public string Description => "learn-alignment [--topics 1-35] [--test 36-45] [--seed 1] [--epochs 30] [--l2 0.0001] [--min-precision P (default: the hand rules' training precision) | --threshold T (the least probability itself)] [--floor S (least candidate score, at most the shipped model's)] [--without feature,feature] [--headlines] [--grid] [--fp32] [-o FILE]: a logistic model of which candidate sentence pairs align, from ECB+ training topics (Comparison/Lexicon/alignment-model.txt; --headlines: of which headline-sentence pairs align, headline-model.txt)";

    private sealed record Example(bool Train, (EcbSentenceKey, EcbSentenceKey) Pair, string SubTopic, double[] Features, bool Gold, bool Kept);

    public int Run(string[] args)
    {
        var train = Range(Option(args, "--topics") ?? "1-35");
        var test = Range(Option(args, "--test") ?? "36-45");
        var seed = int.Parse(Option(args, "--seed") ?? "1", CultureInfo.InvariantCulture);
        var epochs = int.Parse(Option(args, "--epochs") ?? "30", CultureInfo.InvariantCulture);
        var l2 = double.Parse(Option(args, "--l2") ?? "0.0001", CultureInfo.InvariantCulture);
        var encoder = new CachingSentenceEncoder(BenchEncoders.From(args));
        var headlines = args.Contains("--headlines");
        var names = headlines ? HeadlineFeatures.Names : PairFeatures.Names;
        var floor = Option(args, "--floor") is { } f ? double.Parse(f, CultureInfo.InvariantCulture) : (headlines ? PairModel.Headlines : PairModel.Default).Floor;
        if (headlines)
            PairModel.HeadlineTrial = new PairModel(floor, 1, 0, new double[names.Length]);
        var examples = new List<Example>();
        var goldCount = new int[2];
        foreach (var subTopic in EcbSubTopic.Load(SharedPaths.Data("ecbplus"), train.Union(test).ToHashSet(StringComparer.Ordinal)))
        {
            var isTrain = train.Contains(subTopic.Gold[..subTopic.Gold.IndexOf('.', StringComparison.Ordinal)]);
            var articles = subTopic.Documents.Select((d, i) => Analyzer.Analyze(new Article($"a{i + 1}", d.Name, d.Text))).ToList();
            var keyOf = articles.Select((a, d) => a.Sentences.Select(s => KeyAt(subTopic, d, s.Start)).ToArray()).ToArray();
            var gold = subTopic.GoldPairs();
            var covered = keyOf.SelectMany(k => k).OfType<EcbSentenceKey>().ToHashSet();
            var headlineKeys = articles.Select((a, d) => HeadlineAligner.HeadlineOf(a) is { } h ? KeyAt(subTopic, d, a.Headings[h].Start) : null).ToArray();
            goldCount[isTrain ? 0 : 1] += headlines
                ? gold.Count(p => headlineKeys.Any(k => k == p.Item1 && covered.Contains(p.Item2) || k == p.Item2 && covered.Contains(p.Item1)))
                : gold.Count(p => covered.Contains(p.Item1) && covered.Contains(p.Item2));
            void Add(EcbSentenceKey? ka, EcbSentenceKey? kb, double[] features, bool kept)
            {
                if (ka is not { } x || kb is not { } y || x.Document == y.Document || !subTopic.Annotated.Contains(x) || !subTopic.Annotated.Contains(y))
                    return;
                var pair = x.CompareTo(y) < 0 ? (x, y) : (y, x);
                examples.Add(new Example(isTrain, pair, subTopic.Gold, features, gold.Contains(pair), kept));
            }
            if (headlines)
                StoryComparer.Compare(articles, null, null, encoder, null, null, (h, s, features, kept) => Add(headlineKeys[h.Article], keyOf[s.Article][s.Sentence], features, kept));
            else
                StoryComparer.Compare(articles, null, null, encoder, null, (a, b, features, kept) => Add(keyOf[a.Ref.Article][a.Ref.Sentence], keyOf[b.Ref.Article][b.Ref.Sentence], features, kept));
        }
        var without = (Option(args, "--without") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(n => Array.IndexOf(names, n) is >= 0 and var i ? i : throw new ArgumentException($"--without: no feature {n}")).ToHashSet();
        examples = [.. examples.Where(e => Score(e.Features, headlines) >= floor)];
        var training = examples.Where(e => e.Train).ToList();
        var (bias, weights) = Fit(training, names.Length, seed, epochs, l2, without);
        double Probability(Example e) => 1 / (1 + Math.Exp(-(bias + e.Features.Select((x, i) => x * weights[i]).Sum())));
        var handPrecision = Precision(training, e => e.Kept);
        var minPrecision = Option(args, "--min-precision") is { } m ? double.Parse(m, CultureInfo.InvariantCulture) : handPrecision;
        var threshold = Option(args, "--threshold") is { } fixedThreshold ? double.Parse(fixedThreshold, CultureInfo.InvariantCulture) : BestThreshold(training, Probability, goldCount[0], minPrecision);
        var inv = CultureInfo.InvariantCulture;
        Console.Error.WriteLine(string.Format(inv, "learn-alignment: {0} training examples ({1:P1} gold), {2} test examples; threshold {3:F3}", training.Count, training.Count(e => e.Gold) / (double)Math.Max(1, training.Count), examples.Count - training.Count, threshold));
        foreach (var (name, isTrain) in new[] { ("train", true), ("test", false) })
        {
            var set = examples.Where(e => e.Train == isTrain).ToList();
            var gold = goldCount[isTrain ? 0 : 1];
            Console.Error.WriteLine($"  {name,-5} hand rules {Counts(set, e => e.Kept, gold)}");
            Console.Error.WriteLine($"  {name,-5} model      {Counts(set, e => Probability(e) >= threshold, gold)}");
            var reachable = set.Where(e => e.Gold).Select(e => (e.SubTopic, e.Pair)).Distinct().Count();
            Console.Error.WriteLine(string.Create(inv, $"  {name,-5} gold pairs among the candidates: {reachable} of {gold} ({reachable / (double)Math.Max(1, gold):P1})"));
            var (rank, cosine) = (Array.IndexOf(names, "rank"), Array.IndexOf(names, "cosine"));
            if (args.Contains("--grid") && (rank < 0 || cosine < 0))
                Console.Error.WriteLine("  --grid needs the rank and cosine features (left out with --without): no grid");
            else if (args.Contains("--grid"))
            {
                foreach (var cap in new[] { 2, 3, 4, 5, 99 })
                {
                    for (var t = 0.5; t < 0.951; t += 0.05)
                    {
                        var (least, most) = (t, cap / 5.0 - 1e-9);
                        Console.Error.WriteLine(string.Create(inv, $"  {name,-5} cap {cap} threshold {least:F2}  {Counts(set, e => Probability(e) >= least && e.Features[rank] < most || e.Kept && e.Features[cosine] >= ComparisonOptions.Default.ParaphraseCosine, gold)}"));
                    }
                }
            }
        }
        var lines = new List<string>
        {
            headlines
                ? "# Logistic model of which candidate headline-sentence pairs align (PairModel.Headlines, used with ComparisonOptions.LearnedHeadlineScore), trained on"
                : "# Logistic model of which candidate sentence pairs align (PairModel, used with ComparisonOptions.LearnedPairScore), trained on",
            string.Create(inv, $"# ECB+ topics {Option(args, "--topics") ?? "1-35"} by `learn-alignment{(headlines ? " --headlines" : "")} --seed {seed} --epochs {epochs} --l2 {l2}{(Option(args, "--threshold") is { } given ? " --threshold " + given : $" --min-precision {minPrecision:F3}")} --floor {floor}{(without.Count > 0 ? " --without " + Option(args, "--without") : "")}`: floor (least candidate score),"),
            "# threshold (least probability), bias, weights.",
            string.Create(inv, $"floor {floor:R}"),
            string.Create(inv, $"threshold {threshold:F4}"),
            string.Create(inv, $"bias {bias:F6}"),
        };
        lines.AddRange(names.Select((n, i) => string.Create(inv, $"{n} {weights[i]:F6}")));
        if (Option(args, "-o") is { } output)
            File.WriteAllLines(output, lines);
        else
            lines.ForEach(Console.WriteLine);
        return 0;
    }

    /// <summary>Logistic regression by SGD over standardised features (seeded order, decaying rate), returned as weights of the raw features.</summary>
    private static (double Bias, double[] Weights) Fit(List<Example> examples, int n, int seed, int epochs, double l2, HashSet<int> without)
    {
        var mean = new double[n];
        var scale = new double[n];
        for (var i = 0; i < n; i++)
        {
            mean[i] = examples.Average(e => e.Features[i]);
            var variance = examples.Average(e => (e.Features[i] - mean[i]) * (e.Features[i] - mean[i]));
            scale[i] = variance > 1e-12 ? Math.Sqrt(variance) : 1;
        }
        foreach (var i in without)
            (mean[i], scale[i]) = (0, double.PositiveInfinity);
        var w = new double[n];
        var b = 0.0;
        var random = new Random(seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var step = 0;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var k in order)
            {
                var e = examples[k];
                var rate = 0.1 / (1 + 0.0005 * step++);
                var z = b;
                for (var i = 0; i < n; i++)
                    z += w[i] * (e.Features[i] - mean[i]) / scale[i];
                var error = (e.Gold ? 1 : 0) - 1 / (1 + Math.Exp(-z));
                b += rate * error;
                for (var i = 0; i < n; i++)
                    w[i] += rate * (error * (e.Features[i] - mean[i]) / scale[i] - l2 * w[i]);
            }
        }
        var raw = w.Select((x, i) => x / scale[i]).ToArray();
        return (b - Enumerable.Range(0, n).Sum(i => w[i] * mean[i] / scale[i]), raw);
    }

    /// <summary>The least probability of best pair F1 among those whose precision is at least <paramref name="minPrecision"/> (pairs of ECB+ sentences, each at its best candidate).</summary>
    private static double BestThreshold(List<Example> examples, Func<Example, double> probability, int gold, double minPrecision)
    {
        var pairs = examples.GroupBy(e => (e.SubTopic, e.Pair)).Select(g => (P: g.Max(probability), g.First().Gold)).OrderByDescending(x => x.P).ToList();
        var (best, threshold, correct) = (0.0, 1.0, 0);
        for (var i = 0; i < pairs.Count; i++)
        {
            correct += pairs[i].Gold ? 1 : 0;
            var f1 = 2.0 * correct / (i + 1 + gold);
            if (f1 > best && correct >= minPrecision * (i + 1) && (i + 1 == pairs.Count || pairs[i + 1].P < pairs[i].P))
                (best, threshold) = (f1, pairs[i].P);
        }
        return threshold;
    }

    /// <summary>The aligner's score of a candidate: its mix, with the event bonus when linked (a headline pair has none).</summary>
    private static double Score(double[] features, bool headline)
        => headline
            ? features[Array.IndexOf(HeadlineFeatures.Names, "mixed")]
            : features[Array.IndexOf(PairFeatures.Names, "mixed")] + ComparisonOptions.Default.EventBonus * features[Array.IndexOf(PairFeatures.Names, "event")];

    private static double Precision(List<Example> examples, Func<Example, bool> predicted)
    {
        var pairs = examples.GroupBy(e => (e.SubTopic, e.Pair)).Where(g => g.Any(predicted)).Select(g => g.First().Gold).ToList();
        return pairs.Count(g => g) / (double)Math.Max(1, pairs.Count);
    }

    private static string Counts(List<Example> examples, Func<Example, bool> predicted, int gold)
    {
        var pairs = examples.GroupBy(e => (e.SubTopic, e.Pair)).Where(g => g.Any(predicted)).Select(g => g.First().Gold).ToList();
        var correct = pairs.Count(g => g);
        var (p, r) = (correct / (double)Math.Max(1, pairs.Count), correct / (double)Math.Max(1, gold));
        return string.Format(CultureInfo.InvariantCulture, "P {0:F3}  R {1:F3}  F1 {2:F3}  (predicted {3}, correct {4}, gold {5})", p, r, p + r > 0 ? 2 * p * r / (p + r) : 0, pairs.Count, correct, gold);
    }

    private static EcbSentenceKey? KeyAt(EcbSubTopic subTopic, int document, int start)
    {
        foreach (var ecb in subTopic.Documents[document].Sentences)
        {
            if (ecb.Start <= start && start < ecb.End)
                return new EcbSentenceKey(document, ecb.Number);
        }
        return null;
    }

    private static HashSet<string> Range(string range)
    {
        var parts = range.Split('-');
        var (first, last) = (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[^1], CultureInfo.InvariantCulture));
        return Enumerable.Range(first, last - first + 1).Select(t => t.ToString(CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
    }
}
