using System.Diagnostics;

namespace Parallax.Tagging;

/// <summary>
/// One training sentence: its feature keys (as a <see cref="FeatureBuffer"/> snapshot) and gold label indexes
/// (-1 where the gold label is unknown: that token accepts whatever the model predicts).
/// <see cref="Domain"/> above 0 gives the sentence domain-specific copies of its features (see <see cref="TrainingOptions.TargetDomain"/>).
/// </summary>
internal sealed record TrainingExample(uint[] Keys, int[] Starts, int[] Gold)
{
    public int Tokens => Gold.Length;

    public int Domain { get; init; }

    public static TrainingExample Create(FeatureExtractor features, IReadOnlyList<string> words, IReadOnlyList<string>? tags, int[] gold, DocumentContext? document = null)
    {
        var buffer = new FeatureBuffer();
        features.Extract(words, tags, document, buffer);
        var (keys, starts) = buffer.Snapshot();
        return new TrainingExample(keys, starts, gold);
    }
}

/// <summary>Settings of one training run.</summary>
internal sealed record TrainingOptions
{
    public int Iterations { get; init; } = 10;
    public int Seed { get; init; } = 1;

    /// <summary>
    /// Independent runs, seeded <see cref="Seed"/>, <see cref="Seed"/> + 1, ..., whose averaged weights are averaged
    /// again into one model (parameter mixing: the runs differ only in the order they read the sentences).
    /// </summary>
    public int Runs { get; init; } = 1;

    /// <summary>Averaged weights smaller than this are dropped from the model.</summary>
    public float PruneBelow { get; init; } = 0.01f;

    /// <summary>
    /// Domain adaptation by feature augmentation (Daumé 2007): examples of domain d &gt; 0 also train a copy of every
    /// feature private to d; the saved model folds the copies of this domain into the shared weights (0: none).
    /// </summary>
    public int TargetDomain { get; init; }

    /// <summary>How much of the target domain's private weights is folded in (1: all; less keeps the model closer to the other domains).</summary>
    public float TargetDomainShare { get; init; } = 1f;
}

/// <summary>
/// Trains a <see cref="LinearChainModel"/> with the averaged structured perceptron (Collins 2002): decode each
/// sentence with constrained Viterbi under the current weights and, where the path differs from gold, move the
/// weights towards gold. Averaging uses the lazy "w - u/c" form so each update is O(features).
/// </summary>
internal sealed class PerceptronTrainer
{
    private readonly string[] _labels;
    private readonly TransitionConstraints? _constraints;

    public PerceptronTrainer(string[] labels, TransitionConstraints? constraints)
    {
        _labels = labels;
        _constraints = constraints;
    }

    /// <summary>Reports progress after each epoch; the string is a ready-to-print line.</summary>
    public Action<string>? Progress { get; init; }

    /// <summary>Optional evaluation of the averaged model after each epoch (e.g. dev F1), appended to the progress line.</summary>
    public Func<LinearChainModel, string>? EvaluateEpoch { get; init; }

    public LinearChainModel Train(IReadOnlyList<TrainingExample> examples, FeatureExtractor runtimeFeatures, TrainingOptions options)
    {
        var labels = _labels.Length;
        var rowOf = new Dictionary<uint, int>();
        var domainRowOf = new Dictionary<(uint Key, int Domain), int>();
        var ids = new int[examples.Count][];
        var domainIds = new int[examples.Count][];
        for (var s = 0; s < examples.Count; s++)
        {
            var keys = examples[s].Keys;
            var domain = examples[s].Domain;
            var row = ids[s] = new int[keys.Length];
            var domainRow = domainIds[s] = domain > 0 ? new int[keys.Length] : [];
            for (var k = 0; k < keys.Length; k++)
            {
                if (!rowOf.TryGetValue(keys[k], out var id))
                    rowOf[keys[k]] = id = rowOf.Count + domainRowOf.Count;
                row[k] = id;
                if (domain > 0)
                {
                    if (!domainRowOf.TryGetValue((keys[k], domain), out var did))
                        domainRowOf[(keys[k], domain)] = did = rowOf.Count + domainRowOf.Count;
                    domainRow[k] = did;
                }
            }
        }
        var targetRowOf = domainRowOf.Where(p => p.Key.Domain == options.TargetDomain).ToDictionary(p => p.Key.Key, p => p.Value);
        var w = new float[(rowOf.Count + domainRowOf.Count) * labels];
        var u = new double[w.Length];
        var start = new float[labels];
        var startU = new double[labels];
        var trans = new float[labels * labels];
        var transU = new double[labels * labels];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var totalTokens = examples.Sum(e => e.Tokens);
        var clock = Stopwatch.StartNew();
        var runs = Math.Max(1, options.Runs);
        float[]? mixed = runs > 1 ? new float[w.Length] : null;
        float[] mixedStart = new float[labels], mixedTrans = new float[labels * labels];
        double c = 1;
        for (var run = 0; run < runs; run++)
        {
            if (run > 0)
            {
                Array.Clear(w);
                Array.Clear(u);
                Array.Clear(start);
                Array.Clear(startU);
                Array.Clear(trans);
                Array.Clear(transU);
            }
            c = 1;
            var random = new Random(options.Seed + run);
            Array.Sort(order);
            RunEpochs();
            if (mixed is null)
                break;
            for (var i = 0; i < w.Length; i++)
                mixed[i] += (float)(w[i] - u[i] / c) / runs;
            for (var i = 0; i < labels; i++)
                mixedStart[i] += (float)(start[i] - startU[i] / c) / runs;
            for (var i = 0; i < trans.Length; i++)
                mixedTrans[i] += (float)(trans[i] - transU[i] / c) / runs;

            void RunEpochs()
            {
                for (var epoch = 1; epoch <= options.Iterations; epoch++)
                {
                    random.Shuffle(order);
                    var correct = 0;
                    foreach (var s in order)
                    {
                        var example = examples[s];
                        var n = example.Tokens;
                        var emissions = new float[n * labels];
                        for (var t = 0; t < n; t++)
                        {
                            var scores = emissions.AsSpan(t * labels, labels);
                            for (int k = example.Starts[t], end = example.Starts[t + 1]; k < end; k++)
                            {
                                var weights = w.AsSpan(ids[s][k] * labels, labels);
                                for (var y = 0; y < labels; y++)
                                    scores[y] += weights[y];
                                if (example.Domain > 0)
                                {
                                    weights = w.AsSpan(domainIds[s][k] * labels, labels);
                                    for (var y = 0; y < labels; y++)
                                        scores[y] += weights[y];
                                }
                            }
                        }
                        var predicted = new int[n];
                        var (constrainedStart, constrainedTrans) = SequenceDecoder.Constrain(start, trans, _constraints);
                        SequenceDecoder.Viterbi(emissions, n, labels, constrainedStart, constrainedTrans, predicted);
                        var goldPath = example.Gold;
                        if (goldPath.Contains(-1))
                        {
                            goldPath = (int[])goldPath.Clone();
                            for (var t = 0; t < n; t++)
                            {
                                if (goldPath[t] < 0)
                                    goldPath[t] = predicted[t];
                            }
                        }
                        for (var t = 0; t < n; t++)
                        {
                            int gold = goldPath[t], guess = predicted[t];
                            if (gold == guess)
                            {
                                correct++;
                                continue;
                            }
                            for (int k = example.Starts[t], end = example.Starts[t + 1]; k < end; k++)
                            {
                                var baseIndex = ids[s][k] * labels;
                                Update(w, u, baseIndex + gold, 1, c);
                                Update(w, u, baseIndex + guess, -1, c);
                                if (example.Domain > 0)
                                {
                                    baseIndex = domainIds[s][k] * labels;
                                    Update(w, u, baseIndex + gold, 1, c);
                                    Update(w, u, baseIndex + guess, -1, c);
                                }
                            }
                        }
                        for (var t = 0; t < n; t++)
                        {
                            int g = goldPath[t], p = predicted[t];
                            if (t == 0)
                            {
                                if (g != p)
                                {
                                    Update(start, startU, g, 1, c);
                                    Update(start, startU, p, -1, c);
                                }
                                continue;
                            }
                            int gp = goldPath[t - 1], pp = predicted[t - 1];
                            if (g != p || gp != pp)
                            {
                                Update(trans, transU, gp * labels + g, 1, c);
                                Update(trans, transU, pp * labels + p, -1, c);
                            }
                        }
                        c++;
                    }
                    var line = $"{(runs > 1 ? $"run {run + 1}/{runs}, " : "")}epoch {epoch}/{options.Iterations}: train accuracy {(double)correct / totalTokens:P2}, {rowOf.Count:N0} features";
                    if (EvaluateEpoch is not null)
                        line += ", " + EvaluateEpoch(Build(runtimeFeatures, rowOf, targetRowOf, options.TargetDomainShare, w, u, start, startU, trans, transU, c, options.PruneBelow));
                    var elapsed = clock.Elapsed;
                    var eta = elapsed / (run * options.Iterations + epoch) * ((runs - run) * options.Iterations - epoch);
                    Progress?.Invoke($"{line} ({elapsed.TotalSeconds:F0}s elapsed, ETA {eta.TotalSeconds:F0}s)");
                }
            }
        }
        if (mixed is not null)
        {
            Array.Copy(mixed, w, w.Length);
            Array.Clear(u);
            Array.Copy(mixedStart, start, labels);
            Array.Clear(startU);
            Array.Copy(mixedTrans, trans, trans.Length);
            Array.Clear(transU);
            c = 1;
        }
        return Build(runtimeFeatures, rowOf, targetRowOf, options.TargetDomainShare, w, u, start, startU, trans, transU, c, options.PruneBelow);
    }

    private static void Update(float[] w, double[] u, int index, int delta, double c)
    {
        w[index] += delta;
        u[index] += c * delta;
    }

    private LinearChainModel Build(FeatureExtractor features, Dictionary<uint, int> rowOf, Dictionary<uint, int> targetRowOf, float share, float[] w, double[] u,
        float[] start, double[] startU, float[] trans, double[] transU, double c, float pruneBelow)
    {
        var labels = _labels.Length;
        var keys = new List<uint>();
        var starts = new List<int> { 0 };
        var entryLabels = new List<byte>();
        var entryWeights = new List<float>();
        foreach (var (key, row) in rowOf.OrderBy(p => p.Key))
        {
            var before = entryWeights.Count;
            var targetRow = targetRowOf.GetValueOrDefault(key, -1);
            for (var y = 0; y < labels; y++)
            {
                var i = row * labels + y;
                var average = (float)(w[i] - u[i] / c);
                if (targetRow >= 0)
                    average += share * (float)(w[targetRow * labels + y] - u[targetRow * labels + y] / c);
                if (Math.Abs(average) >= pruneBelow)
                {
                    entryLabels.Add((byte)y);
                    entryWeights.Add(average);
                }
            }
            if (entryWeights.Count > before)
            {
                keys.Add(key);
                starts.Add(entryWeights.Count);
            }
        }
        var table = new WeightTable([.. keys], [.. starts], [.. entryLabels], [.. entryWeights]);
        return new LinearChainModel(_labels, features, table, Average(start, startU, c), Average(trans, transU, c), _constraints);
    }

    private static float[] Average(float[] w, double[] u, double c)
    {
        var result = new float[w.Length];
        for (var i = 0; i < w.Length; i++)
            result[i] = (float)(w[i] - u[i] / c);
        return result;
    }
}
