using System.Buffers;
using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Parallax.Documents;

namespace Parallax.Web.Internal;

/// <summary>
/// A response body kept Brotli-compressed (as stored in the database and held in memory): sent as it is to a client
/// that accepts <c>br</c>, else decompressed into the response a block at a time, never whole in memory.
/// </summary>
internal sealed class PackedBody
{
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

    /// <summary>The response: the packed bytes with <c>Content-Encoding: br</c> when the request accepts it, else the body itself.</summary>
    public IResult ToResult(string contentType) => new Result(this, contentType);

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
    internal static bool AcceptsBrotli(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        double? brotli = null, any = null;
        foreach (var value in accepted)
        {
            var quality = value.Quality ?? 1;
            if (StringSegmentEquals(value.Value, "br"))
                brotli = quality;
            else if (StringSegmentEquals(value.Value, "*"))
                any = quality;
        }
        return (brotli ?? any ?? 0) > 0;
    }

    private static bool StringSegmentEquals(Microsoft.Extensions.Primitives.StringSegment value, string name)
        => value.Equals(name, StringComparison.OrdinalIgnoreCase);

    private sealed class Result(PackedBody body, string contentType) : IResult
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
            response.ContentLength = body.Length;
            if (!HttpMethods.IsHead(httpContext.Request.Method))
                await body.UnpackAsync(response.BodyWriter, httpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
