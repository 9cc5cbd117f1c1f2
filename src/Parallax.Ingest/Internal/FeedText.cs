using System.Globalization;

namespace Parallax.Ingest.Internal;

/// <summary>
/// The decoded text of a feed as its XML reader asks for it: NUL characters dropped (as <see cref="Decoding.TextDecoder"/>
/// drops them from a file read whole), and at most <paramref name="maxItemChars"/> characters from the start of one item
/// to the start of the next, so that one endless item cannot fill memory when a feed is read as it comes.
/// </summary>
internal sealed class FeedText(TextReader inner, int maxItemChars = InputLimits.LineBytes) : TextReader
{
    private long _sinceItem;

    /// <summary>Starts counting the characters of the next item (or of what comes between items).</summary>
    public void StartItem() => _sinceItem = 0;

    public override int Read(Span<char> buffer)
    {
        while (true)
        {
            var read = inner.Read(buffer);
            if (read == 0)
                return 0;
            Count(read);
            var kept = WithoutNuls(buffer[..read]);
            if (kept > 0)
                return kept;
        }
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }

    private void Count(int chars)
    {
        _sinceItem += chars;
        if (_sinceItem > maxItemChars)
            throw new InputLimitException(string.Create(CultureInfo.InvariantCulture, $"one feed item is longer than {maxItemChars:N0} characters"));
    }

    private static int WithoutNuls(Span<char> chars)
    {
        var at = chars.IndexOf('\0');
        if (at < 0)
            return chars.Length;
        var kept = at;
        for (var i = at + 1; i < chars.Length; i++)
        {
            if (chars[i] != '\0')
                chars[kept++] = chars[i];
        }
        return kept;
    }
}
