using System.IO.Compression;
using Parallax.Documents;

namespace Parallax.Ingest.Internal;

/// <summary>An input over one of the <see cref="InputLimits"/>; the message names the limit, not the file.</summary>
internal sealed class InputLimitException(string message) : IOException(message);

/// <summary>
/// Reads files without trusting their size: a file read whole stops at <see cref="InputLimits.FileBytes"/> (so a link to
/// <c>/dev/zero</c> or a growing file cannot fill memory), and gzip output is bounded by its ratio to the compressed size.
/// </summary>
internal static class BoundedRead
{
    public static byte[] All(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        if (!IsGzip(path))
            return Drain(file, InputLimits.FileBytes, $"larger than {InputLimits.Megabytes(InputLimits.FileBytes)} (the limit for a file read whole)");
        using var gzip = Decompressed(file);
        return Drain(gzip, InputLimits.FileBytes, $"decompresses to more than {InputLimits.Megabytes(InputLimits.FileBytes)} (the limit for a file read whole)");
    }

    /// <summary>The decompressed content of a gzip file, failing once it passes the ratio limit.</summary>
    public static Stream Decompressed(FileStream file)
        => new LimitedStream(new GZipStream(file, CompressionMode.Decompress), InputLimits.GzipBytes(file.Length),
            $"decompresses to more than {InputLimits.GzipRatio} times its size (the limit for .gz)");

    public static bool IsGzip(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    private static byte[] Drain(Stream stream, long limit, string tooLarge)
    {
        using var output = new MemoryStream();
        var buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            if (output.Length + read > limit)
                throw new InputLimitException(tooLarge);
            output.Write(buffer, 0, read);
        }
        return output.ToArray();
    }

    /// <summary>A read-only stream that throws <see cref="InputLimitException"/> past a number of bytes.</summary>
    private sealed class LimitedStream(Stream inner, long limit, string tooLarge) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            _read += read;
            if (_read > limit)
                throw new InputLimitException(tooLarge);
            return read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
