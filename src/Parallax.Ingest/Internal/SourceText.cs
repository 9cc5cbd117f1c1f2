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
            bytes = BoundedRead.All(path);
        }
        catch (InputLimitException e)
        {
            return (null, e.Message + ", skipped");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return (null, "cannot read file (" + e.Message.TrimEnd('.') + ")");
        }
        return Decode(bytes);
    }

    /// <summary>
    /// Opens a file (gunzipping <c>.gz</c>) for reading a line at a time, with the underlying file for progress; null when
    /// it is not plain UTF-8 text by the look of its start (UTF-16 mark, NUL bytes) or cannot be opened, so that
    /// <see cref="Read"/> reads it whole and says why.
    /// </summary>
    public static (LineReader Reader, FileStream File)? OpenUtf8Lines(string path, int bufferSize = 1 << 16, int maxLine = LineReader.DefaultMaxLine)
    {
        FileStream? file = null;
        LineReader? reader = null;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var stream = BoundedRead.IsGzip(path) ? BoundedRead.Decompressed(file) : file;
            reader = new LineReader(stream, bufferSize, maxLine);
            var start = reader.Peek(8192);
            if (start.Length >= 2 && ((start[0] == 0xFF && start[1] == 0xFE) || (start[0] == 0xFE && start[1] == 0xFF)) || start.Contains((byte)0))
            {
                reader.Dispose();
                return null;
            }
            return (reader, file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            if (reader is not null)
                reader.Dispose();
            else
                file?.Dispose();
            return null;
        }
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
}
