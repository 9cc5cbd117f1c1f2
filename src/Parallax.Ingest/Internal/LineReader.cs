namespace Parallax.Ingest.Internal;

/// <summary>
/// Splits a byte stream into lines ending in <c>\n</c> or <c>\r\n</c> (the last may have no terminator) through one
/// reused buffer that grows to the longest line up to a limit; a longer line is skipped and reported, so memory
/// stays bounded whatever the input.
/// </summary>
internal sealed class LineReader : IDisposable
{
    /// <summary>Lines longer than this are skipped (a news article is a few KB; this is far beyond any real one).</summary>
    public const int DefaultMaxLine = 64 << 20;

    private readonly Stream _stream;
    private readonly int _maxLine;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private int _scanned;
    private bool _eof;

    public LineReader(Stream stream, int bufferSize = 1 << 16, int maxLine = DefaultMaxLine)
    {
        _stream = stream;
        _maxLine = maxLine;
        _buffer = new byte[Math.Max(16, Math.Min(bufferSize, maxLine + 2))];
    }

    /// <summary>The 1-based number of the line last returned (0 before the first).</summary>
    public int LineNumber { get; private set; }

    /// <summary>The first bytes of the stream (fewer when it is shorter), without consuming them.</summary>
    public ReadOnlySpan<byte> Peek(int count)
    {
        count = Math.Min(count, _maxLine);
        while (_end - _start < count && !_eof)
            Fill();
        return _buffer.AsSpan(_start, Math.Min(count, _end - _start));
    }

    /// <summary>
    /// The next line without its terminator, valid until the next call; false at the end of the stream. A line
    /// longer than the limit comes back empty with <paramref name="tooLong"/> set.
    /// </summary>
    public bool TryRead(out ReadOnlyMemory<byte> line, out bool tooLong)
    {
        tooLong = false;
        while (true)
        {
            var at = _buffer.AsSpan(_scanned, _end - _scanned).IndexOf((byte)'\n');
            if (at >= 0)
            {
                var stop = _scanned + at;
                line = tooLong ? ReadOnlyMemory<byte>.Empty : Trim(_start, stop);
                _start = _scanned = stop + 1;
                LineNumber++;
                return true;
            }
            _scanned = _end;
            if (_eof)
            {
                if (_start == _end && !tooLong)
                {
                    line = ReadOnlyMemory<byte>.Empty;
                    return false;
                }
                line = tooLong ? ReadOnlyMemory<byte>.Empty : Trim(_start, _end);
                _start = _scanned = _end;
                LineNumber++;
                return true;
            }
            if (_end - _start > _maxLine)
            {
                tooLong = true;
                _start = _scanned = _end = 0;
            }
            Fill();
        }
    }

    public void Dispose() => _stream.Dispose();

    private ReadOnlyMemory<byte> Trim(int start, int stop)
    {
        if (stop > start && _buffer[stop - 1] == (byte)'\r')
            stop--;
        return _buffer.AsMemory(start, stop - start);
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _scanned -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
            Array.Resize(ref _buffer, (int)Math.Min((long)_buffer.Length * 2, _maxLine + 2L));
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
            _eof = true;
        _end += read;
    }
}
