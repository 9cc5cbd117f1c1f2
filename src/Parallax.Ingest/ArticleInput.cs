using System.Collections;
using Parallax.Ingest.Internal;

namespace Parallax.Ingest;

/// <summary>
/// Articles and problems read lazily from files found up front (see <see cref="ArticleLoader.Open"/>), with how far the
/// reading has got: <see cref="BytesRead"/> of <see cref="TotalBytes"/>. Each enumeration reads the files again from the start.
/// </summary>
public sealed class ArticleInput : IEnumerable<IngestResult>
{
    private readonly IReadOnlyList<FoundFile> _files;
    private long _bytesRead;

    internal ArticleInput(IReadOnlyList<FoundFile> files)
    {
        _files = files;
        TotalBytes = files.Sum(f => f.Size);
    }

    /// <summary>The size of the files on disk when they were found (compressed size for <c>.gz</c>).</summary>
    public long TotalBytes { get; }

    /// <summary>Bytes of the files read so far by the current enumeration; safe to read from any thread.</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <inheritdoc />
    public IEnumerator<IngestResult> GetEnumerator()
    {
        Interlocked.Exchange(ref _bytesRead, 0);
        return ArticleLoader.Read(_files, bytes => Interlocked.Exchange(ref _bytesRead, bytes)).GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
