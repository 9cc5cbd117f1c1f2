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
        var path = Model.Decode(words, null);
        var tags = new string[path.Length];
        for (var i = 0; i < path.Length; i++)
            tags[i] = Model.Labels[path[i]];
        return tags;
    }
}
