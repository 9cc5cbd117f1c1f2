namespace Parallax.Ingest.Internal;

/// <summary>A read-only stream of bytes already read from a stream (<paramref name="head"/>[start..end]), then the rest of it.</summary>
internal sealed class PrefixedStream(byte[] head, int start, int end, Stream rest) : Stream
{
    private int _next = start;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_next >= end)
            return rest.Read(buffer);
        var count = Math.Min(buffer.Length, end - _next);
        head.AsSpan(_next, count).CopyTo(buffer);
        _next += count;
        return count;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            rest.Dispose();
        base.Dispose(disposing);
    }
}
