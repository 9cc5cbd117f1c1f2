using System.IO.Compression;
using System.Text;

namespace Parallax.Tagging;

/// <summary>
/// The on-disk form of a <see cref="LinearChainModel"/>: Brotli over a binary stream of labels, constraints,
/// transition weights, the word lexicon, and the sparse feature weights (32-bit keys delta-coded as varints,
/// weights as float16).
/// </summary>
internal static class ModelFormat
{
    private const int Magic = 0x47545850; // "PXTG"
    private const int Version = 1;

    public static void Write(LinearChainModel model, Stream destination)
    {
        using var brotli = new BrotliStream(destination, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(model.Features.Name);
        writer.Write(model.Labels.Length);
        foreach (var label in model.Labels)
            writer.Write(label);
        writer.Write(model.Constraints is not null);
        if (model.Constraints is not null)
        {
            foreach (var b in model.Constraints.Start)
                writer.Write(b);
            foreach (var b in model.Constraints.Transitions)
                writer.Write(b);
        }
        foreach (var f in model.Start)
            writer.Write(f);
        foreach (var f in model.Transitions)
            writer.Write(f);
        var lexicon = model.Features switch
        {
            EntityFeatures entity => entity.Lexicon,
            PosFeatures pos => pos.Lexicon,
            AttributionFeatures attribution => attribution.Lexicon,
            _ => WordLexicon.Empty,
        };
        writer.Write(lexicon.Count);
        foreach (var (key, value) in lexicon.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write(value);
        }
        var table = model.Weights;
        writer.Write(table.Keys.Length);
        writer.Write(table.EntryCount);
        uint previous = 0;
        foreach (var key in table.Keys)
        {
            writer.Write7BitEncodedInt((int)(key - previous));
            previous = key;
        }
        for (var row = 0; row < table.Keys.Length; row++)
            writer.Write((byte)(table.Starts[row + 1] - table.Starts[row]));
        writer.Write(table.Labels);
        foreach (var weight in table.Weights)
            writer.Write((Half)weight);
    }

    public static LinearChainModel Read(Stream source)
    {
        var reader = PackedReader.Decompress(source);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
            throw new InvalidDataException("Not a Parallax tagger model (or an unsupported version).");
        var featureSet = reader.ReadString();
        var labels = new string[reader.ReadInt32()];
        for (var i = 0; i < labels.Length; i++)
            labels[i] = reader.ReadString();
        var n = labels.Length;
        TransitionConstraints? constraints = null;
        if (reader.ReadBoolean())
        {
            var allowedStart = new bool[n];
            var allowed = new bool[n * n];
            reader.ReadBooleans(allowedStart);
            reader.ReadBooleans(allowed);
            constraints = new TransitionConstraints(allowedStart, allowed);
        }
        var start = new float[n];
        reader.ReadSingles(start);
        var transitions = new float[n * n];
        reader.ReadSingles(transitions);
        var lexiconEntries = new KeyValuePair<string, ushort>[reader.ReadInt32()];
        for (var i = 0; i < lexiconEntries.Length; i++)
            lexiconEntries[i] = new(reader.ReadString(), reader.ReadUInt16());
        var rows = reader.ReadInt32();
        var entries = reader.ReadInt32();
        var keys = new uint[rows];
        uint key = 0;
        for (var i = 0; i < rows; i++)
            keys[i] = key += (uint)reader.Read7BitEncodedInt();
        var starts = new int[rows + 1];
        for (var i = 0; i < rows; i++)
            starts[i + 1] = starts[i] + reader.ReadByte();
        var entryLabels = reader.ReadBytes(entries);
        var weights = new float[entries];
        reader.ReadHalves(weights);
        FeatureExtractor features = featureSet switch
        {
            "pos-v3" => new PosFeatures(new WordLexicon(lexiconEntries)),
            "ner-v3" => new EntityFeatures(new WordLexicon(lexiconEntries)),
            "pos-v4" => new PosFeatures(new WordLexicon(lexiconEntries), WordClusters.Default),
            "ner-v4" => new EntityFeatures(new WordLexicon(lexiconEntries), WordClusters.Default),
            "ner-v5" => new EntityFeatures(new WordLexicon(lexiconEntries), WordClusters.Default, firstPass: true),
            "attr-v2" => new AttributionFeatures(new WordLexicon(lexiconEntries), WordClusters.Default),
            "attr-v2-second" => new AttributionFeatures(new WordLexicon(lexiconEntries), WordClusters.Default, secondPass: true),
            _ => throw new InvalidDataException($"Unknown feature set '{featureSet}'."),
        };
        return new LinearChainModel(labels, features, new WeightTable(keys, starts, entryLabels, weights), start, transitions, constraints);
    }

    /// <summary>Loads a model embedded in this assembly under <c>Parallax.Models.{name}</c>.</summary>
    public static LinearChainModel ReadEmbedded(string name)
    {
        using var stream = OpenEmbedded(name);
        return Read(stream);
    }

    /// <summary>Opens a file of <c>src/Parallax/Models</c> embedded in this assembly (a model or the word clusters).</summary>
    public static Stream OpenEmbedded(string name)
    {
        var resource = $"Parallax.Models.{name}";
        return typeof(ModelFormat).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded model file '{resource}' is missing; build it with the bench 'train' command.");
    }
}
