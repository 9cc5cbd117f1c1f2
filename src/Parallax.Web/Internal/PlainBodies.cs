namespace Parallax.Web.Internal;

/// <summary>
/// Copies of recently sent <see cref="PackedBody"/> bodies for clients that do not accept Brotli, so that a body asked for
/// again is not decompressed (or compressed) again: uncompressed (for scripts, <c>wrk</c>, <c>curl</c> without
/// <c>--compressed</c>), at most <paramref name="maxBytes"/> together, and gzip-compressed (for clients that accept only
/// gzip, as Go's and Python's HTTP clients do), at most a quarter of that; least recently used dropped first. A body larger
/// than an eighth of <paramref name="maxBytes"/> is not kept (it is decompressed into each response a block at a time); one
/// that is kept is decompressed (and compressed) once however many ask for it at once.
/// </summary>
internal sealed class PlainBodies(long maxBytes)
{
    private readonly ReportCache<byte[]> _bodies = new(int.MaxValue, maxBytes, body => body.Length);
    private readonly ReportCache<byte[]> _gzipped = new(int.MaxValue, maxBytes / 4, body => body.Length);

    /// <summary>The uncompressed copies kept, counted.</summary>
    public int Count => _bodies.Count;

    /// <summary>What the copies kept weigh together, in bytes.</summary>
    public long Bytes => _bodies.Bytes;

    /// <summary>The body, uncompressed: kept, or decompressed now and kept; null when it is too large to keep.</summary>
    /// <exception cref="InvalidDataException">The packed bytes are damaged.</exception>
    public byte[]? Get(PackedBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return body.Length > maxBytes / 8 ? null : _bodies.GetOrBuild(body.Serial, 0, body.Unpack);
    }

    /// <summary>The body, gzip-compressed: kept, or compressed now and kept; null when it is too large to keep.</summary>
    /// <exception cref="InvalidDataException">The packed bytes are damaged.</exception>
    public byte[]? Gzipped(PackedBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return body.Length > maxBytes / 8 ? null : _gzipped.GetOrBuild(body.Serial, 0, () => Gzip(Get(body)!));
    }

    private static byte[] Gzip(byte[] plain)
    {
        using var packed = new MemoryStream(plain.Length / 6 + 64);
        using (var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(plain);
        return packed.ToArray();
    }
}
