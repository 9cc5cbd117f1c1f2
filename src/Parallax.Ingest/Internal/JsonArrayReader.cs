using System.Text.Json;

namespace Parallax.Ingest.Internal;

/// <summary>
/// The elements of a top-level JSON array read from a UTF-8 stream one at a time, through one buffer that grows to the
/// largest element (up to <see cref="InputLimits.LineBytes"/>), so a <c>.json</c> dump of any size is never held whole.
/// </summary>
internal sealed class JsonArrayReader(Stream stream) : IDisposable
{
    private static readonly JsonReaderOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;
    private bool _begun;
    private bool _done;
    private JsonReaderState _state = new(Options);

    /// <summary>
    /// True when the stream looks like UTF-8 text (no UTF-16 byte-order mark, not binary) and opens, after a byte-order
    /// mark, white space and comments, with <c>[</c>.
    /// </summary>
    public bool StartsWithArray()
    {
        while (_end < 8192 && !_eof)
            Fill();
        var start = _buffer.AsSpan(0, _end);
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || Decoding.ByteSniffer.Sniff(start) != Decoding.ByteShape.AsciiCompatible)
            return false;
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _start = 3;
            start = start[3..];
        }
        var reader = new Utf8JsonReader(start, _eof, _state);
        try
        {
            return reader.Read() && reader.TokenType == JsonTokenType.StartArray;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The next element's bytes (valid until the next call), or false after the closing <c>]</c>.</summary>
    /// <exception cref="JsonException">The array is malformed or ends early.</exception>
    /// <exception cref="InputLimitException">One element is longer than the limit.</exception>
    public bool TryNext(out ReadOnlyMemory<byte> element)
    {
        element = default;
        while (!_done)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _eof, _state);
            if (!reader.Read())
            {
                More();
                continue;
            }
            if (!_begun)
            {
                if (reader.TokenType != JsonTokenType.StartArray)
                    throw new JsonException("expected an array");
                _begun = true;
                Commit(ref reader);
                continue;
            }
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                _done = true;
                return false;
            }
            var tokenStart = (int)reader.TokenStartIndex;
            if (!reader.TrySkip())
            {
                More();
                continue;
            }
            var length = (int)reader.BytesConsumed - tokenStart;
            element = _buffer.AsMemory(_start + tokenStart, length);
            Commit(ref reader);
            return true;
        }
        return false;
    }

    public void Dispose() => stream.Dispose();

    private void Commit(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    private void More()
    {
        if (_eof)
            throw new JsonException("the array ends before its closing ']'");
        Fill();
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= InputLimits.LineBytes)
                throw new InputLimitException($"one array element is longer than {InputLimits.Megabytes(InputLimits.LineBytes)}");
            Array.Resize(ref _buffer, (int)Math.Min((long)_buffer.Length * 2, InputLimits.LineBytes));
        }
        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
            _eof = true;
        _end += read;
    }
}
