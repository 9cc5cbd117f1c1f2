using System.Text.Json;

namespace Parallax.Ingest.Internal;

/// <summary>
/// The records of a <c>.json</c> dump read from a UTF-8 stream one element at a time, through one buffer that grows to
/// the largest element (up to <see cref="InputLimits.LineBytes"/>), so a dump of any size is never held whole: a
/// top-level array, or the array an object wraps under <c>articles</c>, <c>items</c>, <c>data</c> or <c>results</c>
/// (the object's other properties are skipped a token at a time, however large).
/// </summary>
internal sealed class JsonArrayReader(Stream stream) : IDisposable
{
    private static readonly JsonReaderOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;
    private bool _begun;
    private bool _wrapped;
    private bool _tail;
    private bool _done;
    private JsonReaderState _state = new(Options);

    /// <summary>
    /// True when the stream looks like UTF-8 text (no UTF-16 byte-order mark, not binary) and its top level is an array,
    /// or an object in which <see cref="WrappedArray"/> finds the array of records; <see cref="TryNext"/> then reads its
    /// elements. False when the file is to be read whole: one article, anything else, or anything malformed before the
    /// records begin (the whole-file reader names the problem).
    /// </summary>
    public bool OpensRecords()
    {
        try
        {
            return Opening() switch
            {
                JsonTokenType.StartArray => true,
                JsonTokenType.StartObject => WrappedArray.Find(this),
                _ => false,
            };
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The next element's bytes (valid until the next call), or false after the closing <c>]</c>.</summary>
    /// <exception cref="JsonException">The array (or the object around it) is malformed or ends early.</exception>
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
                Commit(ref reader);
                _tail = true;
                if (_wrapped)
                {
                    SkipRest(1);
                    EnsureEnd();
                }
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

    /// <summary>Marks the reader as just past the <c>[</c> of an array wrapped in the top-level object.</summary>
    internal void BeginWrapped()
    {
        _begun = true;
        _wrapped = true;
    }

    /// <summary>The next token, read whole; <see cref="Commit"/> moves past it, else the next call reads it again.</summary>
    /// <exception cref="JsonException">The JSON is malformed or ends early.</exception>
    internal Utf8JsonReader Next()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _eof, _state);
            if (reader.Read())
                return reader;
            More();
        }
    }

    internal void Commit(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    /// <summary>Moves past the value whose first token <paramref name="reader"/> is on, a token at a time when it is large.</summary>
    internal void Skip(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            Commit(ref reader);
            return;
        }
        var whole = reader;
        if (whole.TrySkip())
        {
            Commit(ref whole);
            return;
        }
        Commit(ref reader);
        SkipRest(1);
    }

    /// <summary>Moves past the ends of <paramref name="depth"/> containers already opened.</summary>
    internal void SkipRest(int depth)
    {
        while (depth > 0)
        {
            var reader = Next();
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                depth++;
            else if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                depth--;
            Commit(ref reader);
        }
    }

    private JsonTokenType Opening()
    {
        while (_end < 8192 && !_eof)
            Fill();
        var start = _buffer.AsSpan(0, _end);
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || Decoding.ByteSniffer.Sniff(start) != Decoding.ByteShape.AsciiCompatible)
            return JsonTokenType.None;
        var utf8 = Decoding.TextDecoder.ReadsAsUtf8(start, _eof, out _);
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _start = 3;
            start = start[3..];
        }
        var reader = new Utf8JsonReader(start, _eof, _state);
        try
        {
            var token = reader.Read() ? reader.TokenType : JsonTokenType.None;
            return token == JsonTokenType.StartObject && !utf8 ? JsonTokenType.None : token;
        }
        catch (JsonException)
        {
            return JsonTokenType.None;
        }
    }

    /// <summary>Nothing but white space and comments follows the wrapping object (a second object saved after the first is no part of it).</summary>
    /// <exception cref="JsonException">Something does.</exception>
    private void EnsureEnd()
    {
        while (true)
        {
            while (_start < _end && _buffer[_start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
                _start++;
            if (_start < _end)
            {
                var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), isFinalBlock: false, new JsonReaderState(Options));
                if (reader.Read())
                    throw new JsonException("more JSON after the object that holds the records");
            }
            if (_eof)
                return;
            Fill();
        }
    }

    private void More()
    {
        if (_eof)
            throw new JsonException(!_begun ? "the file ends before its records" : _tail ? "the object ends before its closing '}'" : "the array ends before its closing ']'");
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
