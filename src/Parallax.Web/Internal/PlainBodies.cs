namespace Parallax.Web.Internal;

/// <summary>
/// Uncompressed copies of recently sent <see cref="PackedBody"/> bodies, for clients that do not accept Brotli (scripts,
/// <c>wrk</c>, <c>curl</c> without <c>--compressed</c>), so that a body asked for again is not decompressed again: at most
/// <paramref name="maxBytes"/> together, least recently used dropped first. A body larger than an eighth of that is not
/// kept (it is decompressed into each response a block at a time); one that is kept is decompressed once however many
/// ask for it at once.
/// </summary>
internal sealed class PlainBodies(long maxBytes)
{
    private readonly ReportCache<byte[]> _bodies = new(int.MaxValue, maxBytes, body => body.Length);

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
}
