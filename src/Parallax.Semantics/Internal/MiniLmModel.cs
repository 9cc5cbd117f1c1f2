using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;
using Parallax.Documents;
using Parallax.Semantics.Internal.Onnx;

namespace Parallax.Semantics.Internal;

/// <summary>
/// The loaded model: WordPiece tokenizer (lower-cased, accents stripped, as the model was trained) and an
/// ONNX Runtime session (of the float model, or of its int8 rewrite by <see cref="MatMulQuantizer"/>) on one intra-op thread without spinning, so that parallel batches share the cores.
/// Mean pooling over the tokens, then L2 normalisation, as sentence-transformers does for this model.
/// </summary>
internal sealed class MiniLmModel : IDisposable
{
    private const string OutputName = "last_hidden_state";
    private static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];

    private readonly BertTokenizer _tokenizer;
    private readonly InferenceSession _session;
    private readonly SessionOptions _options;
    private readonly int _maxTokens;

    public MiniLmModel(string path, int maxTokens, MiniLmPrecision precision, Func<int, bool>? quantize = null)
    {
        byte[] model, vocabulary;
        using (var package = PackagedModel.Open(path))
        {
            model = precision == MiniLmPrecision.Quantized ? MatMulQuantizer.Quantize(package.Model, quantize).Model : package.Model.ToArray();
            vocabulary = package.Vocabulary;
        }
        using (var stream = new MemoryStream(vocabulary))
            _tokenizer = BertTokenizer.Create(stream, new BertOptions { LowerCaseBeforeTokenization = true, RemoveNonSpacingMarks = true });
        _options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL };
        _options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        _session = new InferenceSession(model, _options);
        _maxTokens = maxTokens;
    }

    /// <summary>Token ids of <paramref name="text"/> with [CLS] and [SEP], cut at the model's length.</summary>
    public IReadOnlyList<int> Tokenize(string text) => _tokenizer.EncodeToIds(text, _maxTokens, addSpecialTokens: true, out _, out _);

    /// <summary>Encodes one batch of tokenised texts (padded to the longest) into <paramref name="output"/> at <paramref name="indexes"/>.</summary>
    public void Run(IReadOnlyList<int>[] batch, int[] indexes, float[][] output)
    {
        var length = batch.Max(ids => ids.Count);
        var ids = new long[batch.Length * length];
        var mask = new long[batch.Length * length];
        for (var s = 0; s < batch.Length; s++)
        {
            for (var t = 0; t < batch[s].Count; t++)
            {
                ids[s * length + t] = batch[s][t];
                mask[s * length + t] = 1;
            }
        }
        long[] shape = [batch.Length, length];
        using var idValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typeValue = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
        using var run = new RunOptions();
        using var results = _session.Run(run, InputNames, [idValue, maskValue, typeValue], [OutputName]);
        var hidden = results[0].GetTensorDataAsSpan<float>();
        var dimensions = hidden.Length / ids.Length;
        for (var s = 0; s < batch.Length; s++)
            output[indexes[s]] = Pool(hidden.Slice(s * length * dimensions, batch[s].Count * dimensions), dimensions);
    }

    /// <summary>
    /// The mean of the token vectors, scaled to unit length and rounded to half precision (the precision
    /// the store keeps, so that a stored vector equals a fresh one).
    /// </summary>
    private static float[] Pool(ReadOnlySpan<float> tokens, int dimensions)
    {
        var sum = new double[dimensions];
        for (var offset = 0; offset < tokens.Length; offset += dimensions)
        {
            for (var d = 0; d < dimensions; d++)
                sum[d] += tokens[offset + d];
        }
        var norm = Math.Sqrt(sum.Sum(x => x * x));
        var vector = new float[dimensions];
        for (var d = 0; d < dimensions; d++)
            vector[d] = (float)(Half)(sum[d] / norm);
        return vector;
    }

    public void Dispose()
    {
        _session.Dispose();
        _options.Dispose();
    }
}
