using System.Buffers;
using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Parallax.Documents;

namespace Parallax.Web.Internal;

/// <summary>
/// A response body kept Brotli-compressed (as stored in the database and held in memory): sent as it is to a client
/// that accepts <c>br</c>; to one that accepts only gzip, as a gzip copy, and to another, as an uncompressed copy, both kept
/// for recent bodies (<see cref="PlainBodies"/>); a body too large to keep so is decompressed into the response a block at a
/// time.
/// </summary>
internal sealed class PackedBody
{
    private static long _lastSerial;

    private const int Quality = 4;
    private const int Window = 22;
    private const int BlockSize = 64 * 1024;
    private const int FlushEvery = 1024 * 1024;

    private PackedBody(ArraySegment<byte> packed, int length)
    {
        Packed = packed;
        Length = length;
    }

    /// <summary>The Brotli stream.</summary>
    public ArraySegment<byte> Packed { get; }

    /// <summary>The length of the body once decompressed, in bytes.</summary>
    public int Length { get; }

    /// <summary>A number no other body of this process has (what its uncompressed copy is kept under).</summary>
    public long Serial { get; } = Interlocked.Increment(ref _lastSerial);

    public static PackedBody Pack(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var packed = new byte[BrotliEncoder.GetMaxCompressedLength(bytes.Length)];
        return BrotliEncoder.TryCompress(bytes, packed, out var written, Quality, Window)
            ? new PackedBody(packed[..written], bytes.Length)
            : throw new InvalidOperationException("brotli could not compress a report");
    }

    /// <summary>A body read back as it was packed; null when <paramref name="length"/> cannot be its length.</summary>
    public static PackedBody? Of(ArraySegment<byte> packed, int length) => length < 0 ? null : new PackedBody(packed, length);

    /// <summary>
    /// The response: the packed bytes with <c>Content-Encoding: br</c> when the request accepts it, else the body itself,
    /// from <paramref name="plain"/> when it keeps (or may keep) it.
    /// </summary>
    public IResult ToResult(string contentType, PlainBodies? plain = null) => new Result(this, contentType, plain);

    /// <summary>The body, decompressed whole.</summary>
    /// <exception cref="InvalidDataException">The packed bytes are not a Brotli stream of <see cref="Length"/> bytes.</exception>
    internal byte[] Unpack()
    {
        var body = new byte[Length];
        return BrotliDecoder.TryDecompress(Packed, body, out var written) && written == Length
            ? body
            : throw new InvalidDataException("a stored report is damaged (its compressed bytes do not hold its length)");
    }

    /// <summary>
    /// Decompresses the body straight into <paramref name="writer"/>'s buffers, flushing every megabyte, so no more than that
    /// of it is held.
    /// </summary>
    /// <exception cref="InvalidDataException">The packed bytes are not a whole Brotli stream.</exception>
    internal async Task UnpackAsync(System.IO.Pipelines.PipeWriter writer, CancellationToken cancellation)
    {
        var decoder = new BrotliDecoder();
        try
        {
            var read = 0;
            var unflushed = 0;
            while (true)
            {
                var (status, consumed, written) = Step(ref decoder, Packed.AsSpan(read), writer.GetMemory(BlockSize).Span);
                read += consumed;
                writer.Advance(written);
                unflushed += written;
                if (status == OperationStatus.Done)
                    break;
                if (status == OperationStatus.InvalidData || (status == OperationStatus.NeedMoreData && read == Packed.Count))
                    throw new InvalidDataException("a stored report is damaged (its compressed bytes end early or are invalid)");
                if (unflushed >= FlushEvery)
                {
                    unflushed = 0;
                    var flushed = await writer.FlushAsync(cancellation).ConfigureAwait(false);
                    if (flushed.IsCanceled || flushed.IsCompleted)
                        return;
                }
            }
            await writer.FlushAsync(cancellation).ConfigureAwait(false);
        }
        finally
        {
            decoder.Dispose();
        }
    }

    private static (OperationStatus Status, int Consumed, int Written) Step(ref BrotliDecoder decoder, ReadOnlySpan<byte> source, Span<byte> target)
    {
        var status = decoder.Decompress(source, target, out var consumed, out var written);
        return (status, consumed, written);
    }

    /// <summary>True when the request's <c>Accept-Encoding</c> names <c>br</c> (or <c>*</c>) with a quality above 0.</summary>
    internal static bool AcceptsBrotli(HttpRequest request) => Accepts(request, "br");

    /// <summary>True when the request's <c>Accept-Encoding</c> names <paramref name="coding"/> (or <c>*</c>) with a quality above 0.</summary>
    internal static bool Accepts(HttpRequest request, string coding)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        double? named = null, any = null;
        foreach (var value in accepted)
        {
            var quality = value.Quality ?? 1;
            if (StringSegmentEquals(value.Value, coding))
                named = quality;
            else if (StringSegmentEquals(value.Value, "*"))
                any = quality;
        }
        return (named ?? any ?? 0) > 0;
    }

    private static bool StringSegmentEquals(Microsoft.Extensions.Primitives.StringSegment value, string name)
        => value.Equals(name, StringComparison.OrdinalIgnoreCase);

    private sealed class Result(PackedBody body, string contentType, PlainBodies? plain) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.ContentType = contentType;
            response.Headers.Vary = HeaderNames.AcceptEncoding;
            if (AcceptsBrotli(httpContext.Request))
            {
                response.Headers.ContentEncoding = "br";
                response.ContentLength = body.Packed.Count;
                if (!HttpMethods.IsHead(httpContext.Request.Method))
                    await response.Body.WriteAsync(body.Packed, httpContext.RequestAborted).ConfigureAwait(false);
                return;
            }
            if (Accepts(httpContext.Request, "gzip") && plain?.Gzipped(body) is { } gzipped)
            {
                response.Headers.ContentEncoding = "gzip";
                response.ContentLength = gzipped.Length;
                if (!HttpMethods.IsHead(httpContext.Request.Method))
                    await response.Body.WriteAsync(gzipped, httpContext.RequestAborted).ConfigureAwait(false);
                return;
            }
            response.ContentLength = body.Length;
            if (HttpMethods.IsHead(httpContext.Request.Method))
                return;
            if (plain?.Get(body) is { } bytes)
                await response.Body.WriteAsync(bytes, httpContext.RequestAborted).ConfigureAwait(false);
            else
                await body.UnpackAsync(response.BodyWriter, httpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
