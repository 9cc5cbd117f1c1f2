using System.IO.Compression;
using System.Text;
using Parallax.Documents;

namespace Parallax.Tagging;

/// <summary>
/// Distributional word classes learned from unlabelled text (<see cref="ExchangeClustering"/>): words that occur
/// between the same kinds of neighbours share a class, at three nested granularities. They let the taggers
/// generalise from a labelled word to the unlabelled words that behave like it. Keyed by <see cref="WordForm.Key"/>,
/// or, when <see cref="Cased"/>, by the word with its capitals kept (so "Price" the surname and "price" differ).
/// </summary>
internal sealed class WordClusters
{
    private const int Magic = 0x4C435850; // "PXCL"
    private const int Version = 1;
    private static readonly Lazy<WordClusters> Shipped = new(() =>
    {
        using var stream = ModelFormat.OpenEmbedded("clusters.br");
        return Read(stream);
    });
    private readonly Dictionary<string, WordClass> _classes;

    /// <remarks>A plain dictionary, not a frozen one: it is built at every start-up. A key given twice keeps its last value.</remarks>
    public WordClusters(IEnumerable<KeyValuePair<string, WordClass>> classes, bool cased = false)
    {
        _classes = new Dictionary<string, WordClass>(classes.TryGetNonEnumeratedCount(out var count) ? count : 0, StringComparer.Ordinal);
        foreach (var (key, value) in classes)
            _classes[key] = value;
        Cased = cased;
    }

    public static WordClusters Empty { get; } = new([]);

    /// <summary>True when keys keep capitals (<see cref="CasedKey"/>); otherwise they are <see cref="WordForm.Key"/>s.</summary>
    public bool Cased { get; }

    /// <summary>The classes shipped in this assembly (<c>Models/clusters.br</c>).</summary>
    public static WordClusters Default => Shipped.Value;

    public int Count => _classes.Count;

    public IEnumerable<KeyValuePair<string, WordClass>> Entries => _classes;

    /// <summary>The classes of a word key; <see cref="WordClass.None"/> for a word too rare to have been clustered.</summary>
    public WordClass this[string key] => _classes.TryGetValue(key, out var value) ? value : WordClass.None;

    /// <summary>The classes of a word as written: its own key, else (cased clusters) its lowercase key; with the lowercase form's classes.</summary>
    public WordClass Of(string word)
    {
        var lower = this[WordForm.KeyOf(word)];
        if (!Cased)
            return lower with { Lower = (lower.Fine, lower.Middle, lower.Coarse) };
        var found = this[CasedKey(word)];
        return (found != WordClass.None ? found : lower) with { Lower = (lower.Fine, lower.Middle, lower.Coarse) };
    }

    /// <summary>The key of <paramref name="word"/> in clusters of this casing.</summary>
    public static string KeyOf(string word, bool cased) => cased ? CasedKey(word) : WordForm.KeyOf(word);

    /// <summary>The word with typographic quotes and dashes straightened and digits as 0, capitals kept.</summary>
    public static string CasedKey(string word)
    {
        Span<char> norm = stackalloc char[Math.Min(word.Length, 64)];
        for (var i = 0; i < norm.Length; i++)
        {
            var c = WordForm.Normalize(word[i]);
            norm[i] = char.IsDigit(c) ? '0' : c;
        }
        ReadOnlySpan<char> n = norm;
        return n.SequenceEqual(word.AsSpan()) ? word : new string(n);
    }

    public void Write(Stream destination)
    {
        using var brotli = new BrotliStream(destination, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(Cased);
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
        var reader = PackedReader.Decompress(source);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
            throw new InvalidDataException("Not a Parallax word-cluster file (or an unsupported version).");
        var cased = reader.ReadBoolean();
        var entries = new KeyValuePair<string, WordClass>[reader.ReadInt32()];
        for (var i = 0; i < entries.Length; i++)
            entries[i] = new(reader.ReadString(), new WordClass(reader.ReadUInt16(), reader.ReadUInt16(), reader.ReadUInt16()));
        return new WordClusters(entries, cased);
    }
}

/// <summary>A word's class at three nested granularities (1-based; 0 = not clustered). Each fine class lies in one middle class, each middle class in one coarse class.</summary>
internal readonly record struct WordClass(ushort Fine, ushort Middle, ushort Coarse)
{
    /// <summary>From <see cref="WordClusters.Of"/>: the classes of the word's lowercase form (what a sentence-initial capital hides).</summary>
    public (ushort Fine, ushort Middle, ushort Coarse) Lower { get; init; }

    /// <summary>
    /// These classes, or those of the lowercase form where a capital says nothing (the first word of a sentence, a
    /// headline) and the lowercase form has a class.
    /// </summary>
    public WordClass Where(bool capitalUninformative)
        => capitalUninformative && Lower.Fine != 0 ? new WordClass(Lower.Fine, Lower.Middle, Lower.Coarse) { Lower = Lower } : this;

    public static WordClass None => default;
}
