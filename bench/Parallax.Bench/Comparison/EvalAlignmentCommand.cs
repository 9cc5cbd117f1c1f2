using System.Diagnostics;
using System.Globalization;
using Parallax.Analysis;
using Parallax.Bench.Tagging;
using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Semantics;
using Parallax.Text;
using static Parallax.Bench.CommandLine;

namespace Parallax.Bench.Comparison;

/// <summary>
/// Scores cross-article alignment against ECB+: each sub-topic's documents are compared as one story, and its
/// annotated sentences (the rest of ECB+ is not annotated) are scored. Gold: two annotated sentences in
/// different documents that mention events of one cross-document cluster share a fact; an annotated
/// sentence with no such partner is unique.
/// </summary>
internal sealed class EvalAlignmentCommand : IBenchCommand
{
    public string Name => "eval-alignment";

    public string Description => "eval-alignment [--topics 1,2] [--show N] [--lexical|--fp32] [--set Option=v1,v2;Other=v3] [--why]: ECB+ sub-topics compared as stories; P/R/F1 of aligned annotated sentence pairs (gold: a shared cross-document event) and of unique sentences (--lexical: no sentence encoder; --set: the aligned-pair line again for each combination of ComparisonOptions values; --why: the annotated pairs of two sentences by their best score and event link, gold or not, aligned or not); "
        + "--neus [--stories N] [--unjudged N] [--noise N] [--missed N] [--headlines]: precision of alignments on NeuS val stories against the hand judgements in Comparison/alignment-judgements.tsv (--headlines: each title put above its body, and the headline alignments judged in Comparison/headline-judgements.tsv); "
        + "--polnear [same options] [--parity 0|1: the even or odd stories only]: the same on PolNeAR's full-article stories (Comparison/polnear-stories.tsv), one alignment in 20 by a hash of its ids judged in Comparison/alignment-judgements-polnear.tsv";

    public int Run(string[] args)
    {
        if (args.Contains("--neus") || args.Contains("--polnear"))
            return NeusAlignments.Run(args);
        var show = int.Parse(Option(args, "--show") ?? "0", CultureInfo.InvariantCulture);
        var encoder = args.Contains("--lexical") ? null : new CachingSentenceEncoder(BenchEncoders.From(args));
        var topics = Option(args, "--topics")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var why = args.Contains("--why");
        var buckets = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        var subTopics = EcbSubTopic.Load(SharedPaths.Data("ecbplus"), topics);
        var loading = clock.Elapsed;
        var analysing = TimeSpan.Zero;
        var comparing = TimeSpan.Zero;
        var results = new List<SubTopicResult>();
        var analyses = new List<List<ArticleAnalysis>>();
        foreach (var subTopic in subTopics)
        {
            var start = clock.Elapsed;
            var articles = subTopic.Documents.Select((d, i) => Analyzer.Analyze(new Article($"a{i + 1}", d.Name, Cleaned(d)))).ToList();
            analyses.Add(articles);
            var analysed = clock.Elapsed;
            var traced = new Dictionary<(SentenceRef, SentenceRef), (double Score, double Mixed)>();
            var story = StoryComparer.Compare(articles, null, null, encoder, why ? (a, b, lexical, cosine, score, _) => traced[(a.Ref, b.Ref)] = (score, encoder is null ? lexical : Mixed(lexical, cosine)) : null);
            comparing += clock.Elapsed - analysed;
            analysing += analysed - start;
            results.Add(SubTopicResult.Score(subTopic, story));
            if (why)
                Why(results[^1], story, traced, buckets);
        }
        var total = clock.Elapsed;

        var documents = subTopics.Sum(s => s.Documents.Count);
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Format(inv, "eval-alignment on ECB+ ({4}): {0} sub-topics, {1} documents, {2} annotated sentences ({3} with no Parallax sentence: read as headings)",
            subTopics.Count, documents, results.Sum(r => r.Annotated), results.Sum(r => r.Uncovered), encoder is null ? "lexical alignment" : "with the sentence encoder"));
        Console.WriteLine(string.Format(inv, "  time {0:F1} s: loading {1:F1} s, analysis {2:F1} s, compare {3:F1} s",
            total.TotalSeconds, loading.TotalSeconds, analysing.TotalSeconds, comparing.TotalSeconds));
        var candidates = results.Sum(r => r.CandidatePairs);
        var pairs = new SpanCounts(results.Sum(r => r.TruePositives.Count()), results.Sum(r => r.FalsePositives.Count()), results.Sum(r => r.FalseNegatives.Count()));
        var readable = Readable(results);
        var everything = new SpanCounts(pairs.TruePositives + pairs.FalseNegatives, candidates - pairs.TruePositives - pairs.FalseNegatives, 0);
        var unique = new SpanCounts(results.Sum(r => r.Unique[0]), results.Sum(r => r.Unique[1]), results.Sum(r => r.Unique[2]));
        var (partnered, found) = results.Select(r => r.Sentences()).Aggregate((0, 0), (x, y) => (x.Item1 + y.Partnered, x.Item2 + y.Found));
        Console.WriteLine(Line("aligned pairs", pairs, $"gold {pairs.TruePositives + pairs.FalseNegatives}, predicted {pairs.TruePositives + pairs.FalsePositives}, correct {pairs.TruePositives}"));
        Console.WriteLine(Line("  w/o headings", readable, $"gold pairs whose two sentences Parallax reads as sentences: {readable.TruePositives + readable.FalseNegatives}"));
        var headlines = new SpanCounts(pairs.TruePositives - readable.TruePositives, pairs.FalsePositives - readable.FalsePositives, pairs.FalseNegatives - readable.FalseNegatives);
        Console.WriteLine(Line("  headlines", headlines, $"gold pairs with a heading: {headlines.TruePositives + headlines.FalseNegatives}"));
        Console.WriteLine(Line("  align-all", everything, $"baseline: every cross-document pair of annotated sentences ({candidates}); gold is {everything.Precision:P1} of them"));
        Console.WriteLine(Line("unique", unique, $"gold {unique.TruePositives + unique.FalseNegatives}, predicted {unique.TruePositives + unique.FalsePositives}, correct {unique.TruePositives}"));
        Console.WriteLine(string.Format(inv, "  sentences with a gold partner: {0}; with at least one right partner aligned: {1} ({2:P1})", partnered, found, found / (double)Math.Max(1, partnered)));
        if (Option(args, "--set") is { } setting)
        {
            foreach (var options in Settings(setting))
            {
                var tried = subTopics.Select((subTopic, i) => SubTopicResult.Score(subTopic, StoryComparer.Compare(analyses[i], options.Options, encoder: encoder))).ToList();
                var counts = new SpanCounts(tried.Sum(r => r.TruePositives.Count()), tried.Sum(r => r.FalsePositives.Count()), tried.Sum(r => r.FalseNegatives.Count()));
                var readableTried = Readable(tried);
                Console.WriteLine(Line(options.Name, counts, string.Format(inv, "predicted {0}, correct {1}; w/o headings R {2:F3} F1 {3:F3}",
                    counts.TruePositives + counts.FalsePositives, counts.TruePositives, readableTried.Recall, readableTried.F1)));
            }
        }
        foreach (var (bucket, counts) in buckets)
            Console.WriteLine($"  why {bucket}: gold aligned {counts[0]}, gold missed {counts[1]}, other aligned {counts[2]}, other not {counts[3]}");
        if (show > 0)
        {
            Print("false positives (aligned, no shared event)", results.SelectMany(r => r.FalsePositives.Select(p => (r, p))), show);
            Print("false negatives (shared event, not aligned)", results.SelectMany(r => r.FalseNegatives.Select(p => (r, p))), show);
        }
        return 0;
    }

    /// <summary>
    /// "EventBonus=0,0.05": the default options with that setting at each value; "A=1,2;B=3" every combination of
    /// the settings' values.
    /// </summary>
    internal static IEnumerable<(string Name, ComparisonOptions Options)> Settings(string settings)
    {
        IEnumerable<(string Name, ComparisonOptions Options)> combinations = [("", ComparisonOptions.Default)];
        foreach (var setting in settings.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = setting.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? setting[..equals] : throw new ArgumentException($"--set: '{setting}' is not Option=v1,v2");
            var property = typeof(ComparisonOptions).GetProperty(name) ?? throw new ArgumentException($"--set: no option named {name}");
            var values = setting[(equals + 1)..].Split(',');
            combinations = combinations.SelectMany(c => values.Select(value =>
            {
                var options = c.Options with { };
                property.SetValue(options, Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture));
                return ((c.Name.Length > 0 ? c.Name + " " : "") + $"{name}={value}", options);
            })).ToList();
        }
        return combinations;
    }

    /// <summary>The aligner's mix of a pair's lexical score and rescaled cosine under the default options, before any event bonus.</summary>
    private static double Mixed(double lexical, float cosine)
    {
        var o = ComparisonOptions.Default;
        return o.SemanticWeight * Math.Clamp((cosine - o.SemanticFloor) / (1 - o.SemanticFloor), 0, 1) + (1 - o.SemanticWeight) * lexical;
    }

    /// <summary>Counts the readable annotated pairs by their best traced score (and whether an event link raised it), gold or not, aligned or not.</summary>
    private static void Why(SubTopicResult result, Story story, Dictionary<(SentenceRef, SentenceRef), (double Score, double Mixed)> traced, SortedDictionary<string, int[]> buckets)
    {
        var keyOf = story.Articles.Select((a, d) => a.Sentences.Select(s => SubTopicResult.EcbSentenceAt(result.SubTopic, d, s.Start)).ToArray()).ToArray();
        var best = new Dictionary<(EcbSentenceKey, EcbSentenceKey), (double Score, double Mixed)>();
        foreach (var ((a, b), value) in traced)
        {
            if (keyOf[a.Article][a.Sentence] is not { } ka || keyOf[b.Article][b.Sentence] is not { } kb)
                continue;
            var key = ka.CompareTo(kb) < 0 ? (ka, kb) : (kb, ka);
            if (!best.TryGetValue(key, out var old) || old.Score < value.Score)
                best[key] = value;
        }
        var annotated = result.SubTopic.Annotated.Where(result.Covered.Contains).Order().ToList();
        foreach (var x in annotated)
        {
            foreach (var y in annotated)
            {
                if (x.Document == y.Document || x.CompareTo(y) >= 0)
                    continue;
                var (score, mixed) = best.GetValueOrDefault((x, y));
                var bucket = (score < 0.1 ? "<0.10" : score < 0.15 ? "0.10-0.15" : score < 0.19 ? "0.15-0.19" : score < 0.25 ? "0.19-0.25" : score < 0.35 ? "0.25-0.35" : ">=0.35") + (score > mixed + 0.01 ? " event" : "");
                if (!buckets.TryGetValue(bucket, out var counts))
                    buckets[bucket] = counts = new int[4];
                var gold = result.Gold.Contains((x, y));
                var aligned = result.Predicted.ContainsKey((x, y));
                counts[gold ? (aligned ? 0 : 1) : (aligned ? 2 : 3)]++;
            }
        }
    }

    /// <summary>The pair counts over the gold and predicted pairs whose two sentences Parallax reads as sentences (no headline).</summary>
    private static SpanCounts Readable(List<SubTopicResult> results)
        => new(results.Sum(r => r.TruePositives.Count(r.BothCovered)), results.Sum(r => r.FalsePositives.Count(r.BothCovered)), results.Sum(r => r.FalseNegatives.Count(r.BothCovered)));

    private static string Line(string name, SpanCounts c, string note)
        => string.Format(CultureInfo.InvariantCulture, "  {0,-14} P {1:F3}  R {2:F3}  F1 {3:F3}   ({4})", name, c.Precision, c.Recall, c.F1, note);

    private static void Print(string title, IEnumerable<(SubTopicResult Result, (EcbSentenceKey A, EcbSentenceKey B) Pair)> pairs, int count)
    {
        var all = pairs.ToArray();
        new Random(7).Shuffle(all);
        Console.WriteLine($"\n{title}: {Math.Min(count, all.Length)} of {all.Length}");
        foreach (var (result, (a, b)) in all.Take(count))
        {
            var topic = result.SubTopic;
            var triggers = topic.SharedTriggers(a, b);
            var score = result.Predicted.TryGetValue((a, b), out var s) ? string.Format(CultureInfo.InvariantCulture, "  score {0:F2}", s) : "";
            Console.WriteLine($"  {topic.Gold} {topic.Documents[a.Document].Name}.s{a.Number} | {topic.Documents[b.Document].Name}.s{b.Number}{score}{(triggers.Length > 0 ? $"  events: {triggers}" : "")}");
            Console.WriteLine($"    A: {topic.TextOf(a)}");
            Console.WriteLine($"    B: {topic.TextOf(b)}");
        }
    }

    /// <summary>The document text, which must already be clean: sentence offsets point into it.</summary>
    private static string Cleaned(Corpus.EcbDocument document)
        => TextCleaner.Clean(document.Text) == document.Text ? document.Text : throw new InvalidOperationException($"{document.Name}: rebuilt text is not clean text");

    /// <summary>The predicted and gold pairs of one sub-topic, and its unique-sentence counts (TP, FP, FN).</summary>
    private sealed record SubTopicResult(
        EcbSubTopic SubTopic,
        Dictionary<(EcbSentenceKey, EcbSentenceKey), double> Predicted,
        HashSet<(EcbSentenceKey, EcbSentenceKey)> Gold,
        HashSet<EcbSentenceKey> Covered,
        int[] Unique)
    {
        public int Annotated => SubTopic.Annotated.Count;

        public int Uncovered => SubTopic.Annotated.Count(k => !Covered.Contains(k));

        public bool BothCovered((EcbSentenceKey A, EcbSentenceKey B) pair) => Covered.Contains(pair.A) && Covered.Contains(pair.B);

        public IEnumerable<(EcbSentenceKey, EcbSentenceKey)> TruePositives => Predicted.Keys.Where(Gold.Contains);

        public IEnumerable<(EcbSentenceKey, EcbSentenceKey)> FalsePositives => Predicted.Keys.Where(p => !Gold.Contains(p)).Order();

        public IEnumerable<(EcbSentenceKey, EcbSentenceKey)> FalseNegatives => Gold.Where(p => !Predicted.ContainsKey(p)).Order();

        /// <summary>Cross-document pairs of annotated sentences: what aligning everything would predict.</summary>
        public int CandidatePairs
        {
            get
            {
                var perDocument = SubTopic.Annotated.CountBy(k => k.Document).Select(p => p.Value).ToList();
                return (perDocument.Sum() * perDocument.Sum() - perDocument.Sum(n => n * n)) / 2;
            }
        }

        /// <summary>Annotated sentences with a gold partner, and how many of them got at least one right partner.</summary>
        public (int Partnered, int Found) Sentences()
        {
            var partnered = Gold.SelectMany(p => new[] { p.Item1, p.Item2 }).ToHashSet();
            var found = TruePositives.SelectMany(p => new[] { p.Item1, p.Item2 }).ToHashSet();
            return (partnered.Count, found.Count);
        }

        public static SubTopicResult Score(EcbSubTopic subTopic, Story story)
        {
            var keyOf = story.Articles.Select((a, d) => a.Sentences.Select(s => EcbSentenceOf(subTopic, d, s)).ToArray()).ToArray();
            var predicted = new Dictionary<(EcbSentenceKey, EcbSentenceKey), double>();
            foreach (var alignment in story.Alignments)
            {
                foreach (var x in alignment.Sentences)
                {
                    foreach (var y in alignment.Sentences)
                    {
                        if (x.Article == y.Article || keyOf[x.Article][x.Sentence] is not { } kx || keyOf[y.Article][y.Sentence] is not { } ky)
                            continue;
                        if (kx.CompareTo(ky) < 0 && subTopic.Annotated.Contains(kx) && subTopic.Annotated.Contains(ky))
                            predicted[(kx, ky)] = Math.Max(alignment.Score, predicted.GetValueOrDefault((kx, ky)));
                    }
                }
            }
            foreach (var headline in story.HeadlineAlignments)
            {
                var keys = headline.Headings.Select(h => EcbSentenceAt(subTopic, h.Article, story.Articles[h.Article].Headings[h.Heading].Start))
                    .Concat(headline.Sentences.Select(x => keyOf[x.Article][x.Sentence]))
                    .OfType<EcbSentenceKey>().Where(subTopic.Annotated.Contains).Order().ToArray();
                if (keys.Length == 2 && keys[0].Document != keys[1].Document)
                    predicted[(keys[0], keys[1])] = Math.Max(headline.Score, predicted.GetValueOrDefault((keys[0], keys[1])));
            }
            var gold = subTopic.GoldPairs();
            var uniqueSentences = new Dictionary<EcbSentenceKey, bool>();
            for (var d = 0; d < keyOf.Length; d++)
            {
                var unique = story.Unique[d].ToHashSet();
                for (var s = 0; s < keyOf[d].Length; s++)
                {
                    if (keyOf[d][s] is { } key)
                        uniqueSentences[key] = uniqueSentences.GetValueOrDefault(key, true) && unique.Contains(s);
                }
            }
            var partnered = gold.SelectMany(p => new[] { p.Item1, p.Item2 }).ToHashSet();
            var counts = new int[3];
            foreach (var key in subTopic.Annotated)
            {
                var isGold = !partnered.Contains(key);
                var isPredicted = uniqueSentences.GetValueOrDefault(key);
                if (isGold && isPredicted)
                    counts[0]++;
                else if (isPredicted)
                    counts[1]++;
                else if (isGold)
                    counts[2]++;
            }
            return new SubTopicResult(subTopic, predicted, gold, [.. uniqueSentences.Keys], counts);
        }

        private static EcbSentenceKey? EcbSentenceOf(EcbSubTopic subTopic, int document, Sentence sentence) => EcbSentenceAt(subTopic, document, sentence.Start);

        internal static EcbSentenceKey? EcbSentenceAt(EcbSubTopic subTopic, int document, int start)
        {
            foreach (var ecb in subTopic.Documents[document].Sentences)
            {
                if (ecb.Start <= start && start < ecb.End)
                    return new EcbSentenceKey(document, ecb.Number);
            }
            return null;
        }
    }
}
