namespace Parallax.Ingest.Internal.Decoding;

/// <summary>What the first bytes of a file look like, judged by statistics rather than by any single byte.</summary>
internal enum ByteShape
{
    /// <summary>Text in an encoding that keeps ASCII as single bytes (UTF-8, windows-125x, ISO-8859-x, Shift_JIS, ...).</summary>
    AsciiCompatible,
    Utf16LittleEndian,
    Utf16BigEndian,
    Binary,
}

/// <summary>
/// Tells text from binary content by the share of control bytes: text has almost none besides tab, line breaks and
/// form feed, while images, archives and executables have about one byte in ten. A few stray NUL bytes in a text
/// file do not make it binary, and NULs at every other position are UTF-16 without a byte-order mark.
/// </summary>
internal static class ByteSniffer
{
    public const int SampleLength = 64 * 1024;

    // Compressed or executable data has ~10 % control bytes among its non-NUL bytes; text well under 1 %.
    private const double MaxControlShare = 0.02;
    private const double Utf16NulShare = 0.2;
    private const double Utf16OtherSideShare = 0.02;

    public static ByteShape Sniff(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes.Length > SampleLength ? bytes[..SampleLength] : bytes;
        int nulEven = 0, nulOdd = 0, controls = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            var b = sample[i];
            if (b == 0)
            {
                if ((i & 1) == 0)
                    nulEven++;
                else
                    nulOdd++;
            }
            else if (IsControl(b))
            {
                controls++;
            }
        }
        var pairs = sample.Length / 2;
        if (pairs >= 2)
        {
            if (nulOdd >= Utf16NulShare * pairs && nulEven <= Utf16OtherSideShare * pairs)
                return ByteShape.Utf16LittleEndian;
            if (nulEven >= Utf16NulShare * pairs && nulOdd <= Utf16OtherSideShare * pairs)
                return ByteShape.Utf16BigEndian;
        }
        var nonNul = sample.Length - nulEven - nulOdd;
        if (nonNul == 0 && sample.Length > 0)
            return ByteShape.Binary;
        return controls > MaxControlShare * nonNul ? ByteShape.Binary : ByteShape.AsciiCompatible;
    }

    /// <summary>True when decoded text has as many control characters as binary content would.</summary>
    public static bool LooksBinary(ReadOnlySpan<char> text)
    {
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        var controls = 0;
        foreach (var c in sample)
        {
            if (c < 0x80 && IsControl((byte)c))
                controls++;
        }
        return controls > MaxControlShare * sample.Length;
    }

    // C0 controls other than tab, line feed, carriage return, form feed and escape (used by some ISO-2022 text); and DEL.
    private static bool IsControl(byte b) => (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D or 0x1B)) || b == 0x7F;
}
