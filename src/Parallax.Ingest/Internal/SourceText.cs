using System.IO.Compression;
using System.Text;

namespace Parallax.Ingest.Internal;

/// <summary>Reads a file as text: gunzips <c>.gz</c>, honours a UTF-16 byte-order mark, and rejects binary or non-UTF-8 content.</summary>
internal static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of <paramref name="path"/>, or the reason it is not readable text (without the file name).</summary>
    public static (string? Text, string? Error) Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
            if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
                bytes = Gunzip(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return (null, "cannot read file (" + e.Message.TrimEnd('.') + ")");
        }
        return Decode(bytes);
    }

    /// <summary>Decodes bytes as text, or says why they are not text.</summary>
    public static (string? Text, string? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            var utf16 = encoding.GetString(bytes[2..]);
            return utf16.Contains('\0', StringComparison.Ordinal) ? (null, "binary file (contains NUL bytes)") : (utf16, null);
        }
        if (bytes.Contains((byte)0))
            return (null, "binary file (contains NUL bytes)");
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
            bytes = bytes[3..];
        try
        {
            return (StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, "binary or non-UTF-8 file (invalid UTF-8)");
        }
    }

    private static byte[] Gunzip(byte[] bytes)
    {
        using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
