using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;

namespace Parallax.Tagging;

/// <summary>
/// Distributional word classes learned from unlabelled text (<see cref="ExchangeClustering"/>): words that occur
/// between the same kinds of neighbours share a class, at three nested granularities. They let the taggers
/// generalise from a labelled word to the unlabelled words that behave like it. Keyed by <see cref="WordForm.Key"/>.
/// </summary>
internal sealed class WordClusters
{
    private const int Magic = 0x4C435850; // "PXCL"
    private const int Version = 1;
    private static readonly Lazy<WordClusters> Shipped = new(() => ReadEmbedded("clusters.br"));
    private readonly FrozenDictionary<string, WordClass> _classes;

    public WordClusters(IEnumerable<KeyValuePair<string, WordClass>> classes) => _classes = classes.ToFrozenDictionary(StringComparer.Ordinal);

    public static WordClusters Empty { get; } = new([]);

    /// <summary>The classes shipped in this assembly (<c>Models/clusters.br</c>).</summary>
    public static WordClusters Default => Shipped.Value;

    public int Count => _classes.Count;

    public IEnumerable<KeyValuePair<string, WordClass>> Entries => _classes;

    /// <summary>The classes of a word key; <see cref="WordClass.None"/> for a word too rare to have been clustered.</summary>
    public WordClass this[string key] => _classes.TryGetValue(key, out var value) ? value : WordClass.None;

    public void Write(Stream destination)
    {
        using var brotli = new BrotliStream(destination, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(_classes.Count);
        foreach (var (key, value) in _classes.OrderBy(e => e.Value.Fine).ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write(value.Fine);
            writer.Write(value.Middle);
            writer.Write(value.Coarse);
        }
    }

    public static WordClusters Read(Stream source)
    {
        using var brotli = new BrotliStream(source, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(brotli, 1 << 16);
        using var reader = new BinaryReader(buffered, Encoding.UTF8);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
            throw new InvalidDataException("Not a Parallax word-cluster file (or an unsupported version).");
        var entries = new KeyValuePair<string, WordClass>[reader.ReadInt32()];
        for (var i = 0; i < entries.Length; i++)
            entries[i] = new(reader.ReadString(), new WordClass(reader.ReadUInt16(), reader.ReadUInt16(), reader.ReadUInt16()));
        return new WordClusters(entries);
    }

    private static WordClusters ReadEmbedded(string name)
    {
        var resource = $"Parallax.Models.{name}";
        using var stream = typeof(WordClusters).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded word clusters '{resource}' are missing; build them with the bench 'train clusters' command.");
        return Read(stream);
    }
}

/// <summary>A word's class at three nested granularities (1-based; 0 = not clustered). Each fine class lies in one middle class, each middle class in one coarse class.</summary>
internal readonly record struct WordClass(ushort Fine, ushort Middle, ushort Coarse)
{
    public static WordClass None => default;
}
