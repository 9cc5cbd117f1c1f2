using Parallax.Ingest.Internal.Decoding;

namespace Parallax.Ingest.Internal;

/// <summary>Reads a file as text: gunzips <c>.gz</c>, decodes it as a browser would (<see cref="TextDecoder"/>), and rejects binary content.</summary>
internal static class SourceText
{
    /// <summary>Enough bytes to hold the <see cref="ByteSniffer.SampleLength"/> characters that binary text is told by.</summary>
    private const int HeadBytes = 3 * ByteSniffer.SampleLength;

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
    /// it is not ASCII-compatible text by the look of its start (UTF-16, binary) or cannot be opened, so that
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
            if (start.Length >= 2 && ((start[0] == 0xFF && start[1] == 0xFE) || (start[0] == 0xFE && start[1] == 0xFF)) || ByteSniffer.Sniff(start) != ByteShape.AsciiCompatible)
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

    /// <summary>
    /// Opens a file (gunzipping <c>.gz</c>) to be decoded as UTF-8 as it is read, with the underlying file for progress;
    /// null when <see cref="Read"/> would decode it otherwise or refuse it, judged by its first
    /// <see cref="HeadBytes"/> (<see cref="TextDecoder.ReadsAsUtf8"/>), when those are only white space, or when it
    /// cannot be opened, so that <see cref="Read"/> reads it whole and says why.
    /// </summary>
    public static (TextReader Text, FileStream File)? OpenUtf8(string path)
    {
        FileStream? file = null;
        Stream? stream = null;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            stream = BoundedRead.IsGzip(path) ? BoundedRead.Decompressed(file) : file;
            var head = new byte[HeadBytes];
            var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (!TextDecoder.ReadsAsUtf8(head.AsSpan(0, length), length < head.Length, out var skip)
                || string.IsNullOrWhiteSpace(CharsetLabel.Utf8.GetString(head, skip, length - skip)))
            {
                stream.Dispose();
                return null;
            }
            var text = new StreamReader(new PrefixedStream(head, skip, length, stream), CharsetLabel.Utf8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
            return (text, file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            (stream ?? file)?.Dispose();
            return null;
        }
    }

    /// <summary>Decodes bytes as text (see <see cref="TextDecoder"/>), or says why they are not text.</summary>
    public static (string? Text, string? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        var (decoded, error) = TextDecoder.Decode(bytes);
        return (decoded?.Text, error);
    }
}
