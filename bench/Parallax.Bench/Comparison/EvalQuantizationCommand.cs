using System.Globalization;
using Parallax.Analysis;
using Parallax.Semantics;
using static Parallax.Bench.CommandLine;

namespace Parallax.Bench.Comparison;

/// <summary>
/// How far the int8 encoder's vectors are from the float model's on real sentences (NeuS train leads, split by
/// the analysis): each sentence's own cosine between the two; the cosine of sentence pairs from two outlets of
/// one event, int8 against float; how often the nearest of 50 candidates (the query's story partners and
/// sentences of other stories) changes; and how much a vector depends on the batch it was encoded in.
/// </summary>
internal sealed class EvalQuantizationCommand : IBenchCommand
{
    private const int Candidates = 50;

    public string Name => "eval-quantization";

    /// <summary>The six weight MatMuls of each of MiniLM's layers, in graph order.</summary>
    private static readonly string[] Kinds = ["query", "key", "value", "attention output", "feed-forward in", "feed-forward out"];

    public string Description => "eval-quantization [--pairs 2000] [--batches 1,8,32] [--kinds]: int8 against float sentence vectors on NeuS train sentences: own cosine, pair cosine difference, nearest of 50 changed, dependence on the batch (--kinds: also with each kind of MatMul left in float)";

    public int Run(string[] args)
    {
        var pairCount = int.Parse(Option(args, "--pairs") ?? "2000", CultureInfo.InvariantCulture);
        var batches = (Option(args, "--batches") ?? "1,8,32").Split(',').Select(b => int.Parse(b, CultureInfo.InvariantCulture)).ToArray();
        var random = new Random(20261129);
        var sentences = new List<string>();
        var storyOf = new List<int>();
        var pairs = new List<(int A, int B)>();
        var story = 0;
        foreach (var line in File.ReadLines(SharedPaths.Data("neus-roundups", "train.source")))
        {
            var outlets = NeusStories.Articles(line).Select(a => Analyzer.Analyze(a).Sentences.Select(s => s.Text).Where(t => t.Length > 0).ToArray()).ToArray();
            var first = sentences.Count;
            var offsets = new List<int>();
            foreach (var outlet in outlets)
            {
                offsets.Add(sentences.Count);
                sentences.AddRange(outlet);
                storyOf.AddRange(outlet.Select(_ => story));
            }
            for (var a = 0; a < outlets.Length; a++)
            {
                for (var b = a + 1; b < outlets.Length; b++)
                {
                    for (var i = 0; i < outlets[a].Length; i++)
                    {
                        for (var j = 0; j < outlets[b].Length; j++)
                            pairs.Add((offsets[a] + i, offsets[b] + j));
                    }
                }
            }
            story++;
            if (pairs.Count >= pairCount * 4)
                break;
        }
        pairs = [.. pairs.OrderBy(_ => random.Next()).Take(pairCount)];
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Format(inv, "eval-quantization: {0} sentences of {1} NeuS train events, {2} cross-outlet pairs", sentences.Count, story, pairs.Count));

        var texts = sentences.ToArray();
        using var full = new MiniLmEncoder(precision: MiniLmPrecision.Full);
        var reference = full.Encode(texts);
        var queries = pairs.Select(p => p.A).Distinct().ToArray();
        var candidates = queries.Select(q => CandidatesOf(q, storyOf, random)).ToArray();
        var variants = new List<(string Name, int Batch, Func<int, bool>? Include)>();
        variants.AddRange(batches.Select(b => ($"int8, batches of {b,2}", b, (Func<int, bool>?)null)));
        if (args.Contains("--kinds"))
        {
            for (var k = 0; k < Kinds.Length; k++)
            {
                var kind = k;
                variants.Add(($"int8 but {Kinds[kind]} in float", 1, i => i % Kinds.Length != kind));
            }
        }
        foreach (var (name, batch, include) in variants)
        {
            using var quantized = new MiniLmEncoder(null, batch, null, MiniLmPrecision.Quantized, include);
            var vectors = quantized.Encode(texts);
            var own = Enumerable.Range(0, texts.Length).Select(i => Dot(reference[i], vectors[i])).Order().ToArray();
            var differences = pairs.Select(p => Math.Abs(Dot(vectors[p.A], vectors[p.B]) - Dot(reference[p.A], reference[p.B]))).Order().ToArray();
            var changed = queries.Select((q, k) => Nearest(reference, q, candidates[k]) != Nearest(vectors, q, candidates[k])).Count(c => c);
            Console.WriteLine(string.Format(inv, "{0}: own cosine with float mean {1:F4}, 1st percentile {2:F4}, min {3:F4}; pair cosine |int8 - float| mean {4:F4}, 99th percentile {5:F4}, max {6:F4}; nearest of {7} changed for {8} of {9} queries ({10:P1})",
                name, own.Average(), own[own.Length / 100], own[0], differences.Average(), differences[differences.Length * 99 / 100], differences[^1], Candidates, changed, queries.Length, (double)changed / queries.Length));
        }
        foreach (var precision in new[] { MiniLmPrecision.Full, MiniLmPrecision.Quantized })
        {
            var sample = texts.Take(500).ToArray();
            using var batched = new MiniLmEncoder(batchSize: 32, precision: precision);
            using var alone = new MiniLmEncoder(batchSize: 1, precision: precision);
            var together = batched.Encode(sample);
            var single = alone.Encode(sample);
            var agreement = Enumerable.Range(0, sample.Length).Select(i => Dot(together[i], single[i])).Order().ToArray();
            Console.WriteLine(string.Format(inv, "{0}: a sentence in a batch of 32 against alone, cosine mean {1:F5}, min {2:F5} ({3} sentences)", precision, agreement.Average(), agreement[0], sample.Length));
        }
        return 0;
    }

    /// <summary>The query's story partners from other outlets, then sentences of other stories, up to 50.</summary>
    private static int[] CandidatesOf(int query, List<int> storyOf, Random random)
    {
        var partners = Enumerable.Range(0, storyOf.Count).Where(i => i != query && storyOf[i] == storyOf[query]).Take(Candidates / 2).ToList();
        while (partners.Count < Candidates)
        {
            var other = random.Next(storyOf.Count);
            if (storyOf[other] != storyOf[query] && !partners.Contains(other))
                partners.Add(other);
        }
        return [.. partners];
    }

    private static int Nearest(float[][] vectors, int query, int[] candidates) => candidates.MaxBy(c => Dot(vectors[query], vectors[c]));

    private static double Dot(float[] x, float[] y)
    {
        var sum = 0.0;
        for (var i = 0; i < x.Length; i++)
            sum += x[i] * y[i];
        return sum;
    }
}
