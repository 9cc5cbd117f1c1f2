using Parallax.Documents;

namespace Parallax.Tagging;

/// <summary>
/// A trained linear-chain tagger: sparse feature weights per label, label-to-label weights, optional decoding
/// constraints, and the feature extractor it was trained with. Immutable and thread-safe.
/// </summary>
internal sealed class LinearChainModel
{
    private const int CacheLimit = 50_000;

    [ThreadStatic]
    private static FeatureBuffer? _buffer;

    /// <summary>The word-only features of one word being cached (see <see cref="Cache"/>), reused on the thread.</summary>
    [ThreadStatic]
    private static FeatureBuffer? _wordBuffer;

    [ThreadStatic]
    private static DecodeScratch? _scratch;

    /// <summary>Per thread, the word caches of the last few models used on it (see <see cref="WordCache"/>).</summary>
    [ThreadStatic]
    private static (LinearChainModel? Model, Dictionary<string, CachedWord>? Words)[]? _caches;

    [ThreadStatic]
    private static int _nextCache;

    public LinearChainModel(string[] labels, FeatureExtractor features, WeightTable weights, float[] start, float[] transitions, TransitionConstraints? constraints)
    {
        Labels = labels;
        LabelHashes = [.. labels.Select(l => FeatureHash.Of(l))];
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

    /// <summary><see cref="FeatureHash.Of(string)"/> of each label (what a tag feature of another model hashes).</summary>
    public ulong[] LabelHashes { get; }

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
        var emissions = new float[words.Count * Labels.Length];
        var view = FeatureExtractor.RentView();
        view.Start(words.Count, tags, document);
        Score(words, view, emissions);
        return emissions;
    }

    /// <summary>
    /// Fills <paramref name="emissions"/> (tokens × labels) for a view already started with the sentence's tags and
    /// document. Word-only features are scored once per distinct word per thread and cached.
    /// </summary>
    public void Score(IReadOnlyList<string> words, SentenceView view, Span<float> emissions)
    {
        var labels = Labels.Length;
        var cache = WordCache();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!cache.TryGetValue(word, out var cached))
                cache[word] = cached = Cache(word);
            view.Set(i, cached.Form, cached.Lexicon, cached.Class);
            cached.Scores.CopyTo(emissions.Slice(i * labels, labels));
        }
        Features.Prepare(view);
        var buffer = _buffer ??= new FeatureBuffer();
        for (var t = 0; t < words.Count; t++)
        {
            buffer.Reset();
            Features.ContextFeatures(view, t, buffer);
            buffer.EndToken();
            Weights.AddScores(buffer.Of(0), emissions.Slice(t * labels, labels));
        }
    }

    private Dictionary<string, CachedWord> WordCache()
    {
        var caches = _caches ??= new (LinearChainModel?, Dictionary<string, CachedWord>?)[4];
        foreach (var (model, words) in caches)
        {
            if (ReferenceEquals(model, this))
                return words!.Count > CacheLimit ? Reset(words) : words;
        }
        var slot = _nextCache++ % caches.Length;
        var created = new Dictionary<string, CachedWord>(StringComparer.Ordinal);
        caches[slot] = (this, created);
        return created;

        static Dictionary<string, CachedWord> Reset(Dictionary<string, CachedWord> words)
        {
            words.Clear();
            return words;
        }
    }

    private CachedWord Cache(string word)
    {
        var form = WordForm.Of(word);
        var lexicon = Features.LexiconEntry(form.Key);
        var wordClass = Features.ClassOf(word);
        var buffer = _wordBuffer ??= new FeatureBuffer();
        buffer.Reset();
        Features.WordFeatures(form, lexicon, wordClass, buffer);
        buffer.EndToken();
        var scores = new float[Labels.Length];
        Weights.AddScores(buffer.Of(0), scores);
        return new CachedWord(form, lexicon, wordClass, scores);
    }

    /// <summary>The best label index per token.</summary>
    public int[] Decode(float[] emissions, int tokens)
    {
        var path = new int[tokens];
        Decode(emissions, tokens, path);
        return path;
    }

    /// <summary>Writes the best label index per token into <paramref name="path"/>.</summary>
    public void Decode(ReadOnlySpan<float> emissions, int tokens, Span<int> path)
    {
        var scratch = _scratch ??= new DecodeScratch();
        SequenceDecoder.Viterbi(emissions, tokens, Labels.Length, ConstrainedStart, ConstrainedTransitions, path, DecodeBeam,
            scratch.Best(tokens * Labels.Length), scratch.Back(tokens * Labels.Length));
    }

    public int[] Decode(IReadOnlyList<string> words, IReadOnlyList<string>? tags) => Decode(Emissions(words, tags), words.Count);

    private sealed record CachedWord(WordForm Form, ushort Lexicon, WordClass Class, float[] Scores);

    private sealed class DecodeScratch
    {
        private float[] _best = new float[4096];
        private int[] _back = new int[4096];

        public Span<float> Best(int size) => (_best.Length >= size ? _best : _best = new float[size * 2]).AsSpan(0, size);

        public Span<int> Back(int size) => (_back.Length >= size ? _back : _back = new int[size * 2]).AsSpan(0, size);
    }
}
