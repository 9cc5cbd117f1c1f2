namespace Parallax.Tagging;

/// <summary>
/// A trained linear-chain tagger: sparse feature weights per label, label-to-label weights, optional decoding
/// constraints, and the feature extractor it was trained with. Immutable and thread-safe.
/// </summary>
internal sealed class LinearChainModel
{
    [ThreadStatic]
    private static FeatureBuffer? _buffer;

    public LinearChainModel(string[] labels, FeatureExtractor features, WeightTable weights, float[] start, float[] transitions, TransitionConstraints? constraints)
    {
        Labels = labels;
        Features = features;
        Weights = weights;
        Start = start;
        Transitions = transitions;
        Constraints = constraints;
        (ConstrainedStart, ConstrainedTransitions) = SequenceDecoder.Constrain(start, transitions, constraints);
    }

    /// <summary><see cref="Start"/> with negative infinity where the constraints forbid.</summary>
    public float[] ConstrainedStart { get; }

    /// <summary><see cref="Transitions"/> with negative infinity where the constraints forbid.</summary>
    public float[] ConstrainedTransitions { get; }

    public string[] Labels { get; }
    public FeatureExtractor Features { get; }
    public WeightTable Weights { get; }
    public float[] Start { get; }
    public float[] Transitions { get; }
    public TransitionConstraints? Constraints { get; }

    /// <summary>Previous labels extended per token by Viterbi (see <see cref="SequenceDecoder.Viterbi"/>).</summary>
    public int Beam { get; init; } = 8;

    private int DecodeBeam => Labels.Length > 2 * Beam ? Beam : int.MaxValue;

    /// <summary>Tokens × labels scores of one sentence.</summary>
    public float[] Emissions(IReadOnlyList<string> words, IReadOnlyList<string>? tags, DocumentContext? document = null)
    {
        var buffer = _buffer ??= new FeatureBuffer();
        Features.Extract(words, tags, document, buffer);
        var labels = Labels.Length;
        var emissions = new float[words.Count * labels];
        for (var t = 0; t < words.Count; t++)
        {
            var row = emissions.AsSpan(t * labels, labels);
            foreach (var key in buffer.Of(t))
                Weights.AddScores(key, row);
        }
        return emissions;
    }

    /// <summary>The best label index per token.</summary>
    public int[] Decode(float[] emissions, int tokens)
    {
        var path = new int[tokens];
        SequenceDecoder.Viterbi(emissions, tokens, Labels.Length, ConstrainedStart, ConstrainedTransitions, path, DecodeBeam);
        return path;
    }

    public int[] Decode(IReadOnlyList<string> words, IReadOnlyList<string>? tags) => Decode(Emissions(words, tags), words.Count);
}
