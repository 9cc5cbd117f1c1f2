using Parallax.Documents;

namespace Parallax.Tagging;

/// <summary>
/// Penn Treebank part-of-speech tagger (the CoNLL-2003 tag set: brackets are "(" and ")", quotes are '"').
/// Thread-safe; <see cref="Default"/> loads the shipped model on first use.
/// </summary>
internal sealed class PosTagger
{
    private static readonly Lazy<PosTagger> Shipped = new(() => new PosTagger(ModelFormat.ReadEmbedded("pos.model.br")));

    public PosTagger(LinearChainModel model) => Model = model;

    public static PosTagger Default => Shipped.Value;

    public LinearChainModel Model { get; }

    /// <summary>One tag per word.</summary>
    public string[] Tag(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var path = new int[words.Count];
        TagIndexes(words, path);
        var tags = new string[path.Length];
        for (var i = 0; i < path.Length; i++)
            tags[i] = Model.Labels[path[i]];
        return tags;
    }

    /// <summary>Writes the index (into <see cref="LinearChainModel.Labels"/>) of each word's tag into <paramref name="path"/>.</summary>
    public void TagIndexes(IReadOnlyList<string> words, Span<int> path)
    {
        var n = words.Count;
        if (n == 0)
            return;
        var view = FeatureExtractor.RentView();
        view.Start(n, (IReadOnlyList<string>?)null, null);
        var emissions = Scratch.Floats(n * Model.Labels.Length);
        Model.Score(words, view, emissions);
        Model.Decode(emissions, n, path);
    }
}

/// <summary>Per-thread work arrays of the taggers (one sentence at a time).</summary>
internal static class Scratch
{
    [ThreadStatic]
    private static float[]? _floats;

    [ThreadStatic]
    private static int[]? _ints;

    [ThreadStatic]
    private static ulong[]? _hashes;

    public static Span<float> Floats(int size)
    {
        if (_floats is null || _floats.Length < size)
            _floats = new float[Math.Max(size, 8192)];
        return _floats.AsSpan(0, size);
    }

    public static Span<int> Ints(int size)
    {
        if (_ints is null || _ints.Length < size)
            _ints = new int[Math.Max(size, 1024)];
        return _ints.AsSpan(0, size);
    }

    public static Span<ulong> Hashes(int size)
    {
        if (_hashes is null || _hashes.Length < size)
            _hashes = new ulong[Math.Max(size, 1024)];
        return _hashes.AsSpan(0, size);
    }
}
