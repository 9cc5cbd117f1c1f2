using System.Text;
using System.Text.Unicode;
using UtfUnknown;

namespace Parallax.Ingest.Internal.Decoding;

/// <summary>How a file's bytes were turned into text.</summary>
/// <param name="Encoding">The web name of the encoding used.</param>
/// <param name="Reason">What chose it: "byte-order mark", "declared", "utf-8", "utf-16 pattern", "detected", "fallback".</param>
internal sealed record DecodedText(string Text, string Encoding, string Reason);

/// <summary>
/// Decodes a file's bytes in the WHATWG order a browser uses: byte-order mark, then the charset the document declares
/// (<c>&lt;meta&gt;</c>, XML declaration), then a statistical guess (UTF-8 when the bytes are valid UTF-8, else
/// UTF.Unknown's Mozilla-derived detector), with windows-1252 as the last resort. Binary content, told by the share of
/// control bytes, is refused; stray NUL characters are dropped from the text.
/// </summary>
internal static class TextDecoder
{
    // Below this the detector's guess is no better than windows-1252, which is right for most undeclared Western pages.
    private const float MinConfidence = 0.5f;

    public static (DecodedText? Text, string? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        if (Bom(bytes) is { } withBom)
            return Finish(withBom.Encoding.GetString(bytes[withBom.Length..]), withBom.Encoding, "byte-order mark");
        switch (ByteSniffer.Sniff(bytes))
        {
            case ByteShape.Binary:
                return (null, "binary file (control bytes throughout)");
            case ByteShape.Utf16LittleEndian:
                return Finish(Encoding.Unicode.GetString(bytes), Encoding.Unicode, "utf-16 pattern");
            case ByteShape.Utf16BigEndian:
                return Finish(Encoding.BigEndianUnicode.GetString(bytes), Encoding.BigEndianUnicode, "utf-16 pattern");
        }
        var valid = Utf8.IsValid(bytes);
        var declared = CharsetLabel.Resolve(CharsetDeclaration.Find(bytes));
        if (declared is not null)
        {
            // A page re-saved as UTF-8 often keeps its old declaration; real windows-125x text is never valid UTF-8 with non-ASCII.
            if (declared.CodePage != 65001 && valid && !IsAscii(bytes))
                return Finish(CharsetLabel.Utf8.GetString(bytes), CharsetLabel.Utf8, "utf-8");
            if (declared.CodePage != 65001 || valid || MostlyUtf8(bytes))
                return Finish(declared.GetString(bytes), declared, "declared");
        }
        else if (valid)
        {
            return Finish(CharsetLabel.Utf8.GetString(bytes), CharsetLabel.Utf8, "utf-8");
        }
        var guess = Detect(bytes);
        return guess is null
            ? Finish(CharsetLabel.Windows1252.GetString(bytes), CharsetLabel.Windows1252, "fallback")
            : Finish(guess.GetString(bytes), guess, "detected");
    }

    /// <summary>
    /// True when <see cref="Decode"/> reads a file that opens with <paramref name="head"/> as UTF-8, so that it can be
    /// decoded as it comes; <paramref name="skip"/> is then the length of its byte-order mark. Holds for a UTF-8
    /// byte-order mark, or for ASCII-compatible bytes that are valid UTF-8 and declare UTF-8 or nothing, and text that
    /// does not look binary. Judged on the head alone unless <paramref name="complete"/> (the head is the whole file):
    /// should invalid UTF-8 come later, it becomes U+FFFD (what <see cref="Decode"/> does when the file declares UTF-8
    /// and most of its non-ASCII bytes are valid; otherwise it would have guessed a single-byte encoding).
    /// </summary>
    public static bool ReadsAsUtf8(ReadOnlySpan<byte> head, bool complete, out int skip)
    {
        skip = 0;
        if (Bom(head) is { } bom)
        {
            if (bom.Encoding != CharsetLabel.Utf8)
                return false;
            skip = bom.Length;
        }
        else
        {
            if (ByteSniffer.Sniff(head) != ByteShape.AsciiCompatible || !Utf8.IsValid(complete ? head : WithoutCutCharacter(head)))
                return false;
            var declared = CharsetLabel.Resolve(CharsetDeclaration.Find(head));
            if (declared is not null && declared.CodePage != 65001)
                return false;
        }
        return !ByteSniffer.LooksBinary(CharsetLabel.Utf8.GetString(head[skip..]));
    }

    /// <summary>The bytes without a character cut off at their end (the rest of it is in the bytes that follow).</summary>
    private static ReadOnlySpan<byte> WithoutCutCharacter(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(4, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80)
                continue;
            var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return length > back ? bytes[..^back] : bytes;
        }
        return bytes;
    }

    private static (Encoding Encoding, int Length)? Bom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return (CharsetLabel.Utf8, 3);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return (Encoding.Unicode, 2);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return (Encoding.BigEndianUnicode, 2);
        return null;
    }

    private static Encoding? Detect(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes.Length > ByteSniffer.SampleLength ? bytes[..ByteSniffer.SampleLength] : bytes;
        var detected = CharsetDetector.DetectFromBytes(sample).Detected;
        if (detected is null || detected.Confidence < MinConfidence || !WebEncodings.Contains(detected.EncodingName))
            return null;
        // ISO-8859 has control codes where windows-125x has quotes and dashes: such bytes mean a windows code page.
        if (detected.EncodingName.StartsWith("iso-8859", StringComparison.OrdinalIgnoreCase) && HasC1Bytes(sample))
            return null;
        return CharsetLabel.Resolve(detected.EncodingName);
    }

    // The detector's guesses that pages on the web are actually written in; the Mac and DOS code pages it can also
    // name are too rare to beat windows-1252, which they mimic on English text with curly quotes.
    private static readonly HashSet<string> WebEncodings = new(StringComparer.OrdinalIgnoreCase)
    {
        "windows-1250", "windows-1251", "windows-1252", "windows-1253", "windows-1254", "windows-1255", "windows-1256",
        "windows-1257", "windows-1258", "windows-874", "iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-5",
        "iso-8859-6", "iso-8859-7", "iso-8859-8", "iso-8859-9", "iso-8859-10", "iso-8859-11", "iso-8859-13", "iso-8859-15",
        "iso-8859-16", "koi8-r", "ibm866", "shift-jis", "euc-jp", "iso-2022-jp", "euc-kr", "cp949", "gb18030", "big5",
    };

    private static bool HasC1Bytes(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is >= 0x80 and <= 0x9F)
                return true;
        }
        return false;
    }

    /// <summary>True when valid multi-byte sequences outnumber invalid bytes: UTF-8 text with a few damaged characters.</summary>
    private static bool MostlyUtf8(ReadOnlySpan<byte> bytes)
    {
        int good = 0, bad = 0;
        while (!bytes.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                if (rune.Value >= 0x80)
                    good++;
            }
            else
            {
                bad++;
            }
            bytes = bytes[Math.Max(1, consumed)..];
        }
        return good > bad;
    }

    private static bool IsAscii(ReadOnlySpan<byte> bytes) => System.Text.Ascii.IsValid(bytes);

    private static (DecodedText?, string?) Finish(string text, Encoding encoding, string reason)
    {
        if (ByteSniffer.LooksBinary(text))
            return (null, "binary file (control characters throughout)");
        if (text.Contains('\0', StringComparison.Ordinal))
            text = text.Replace("\0", "", StringComparison.Ordinal);
        return (new DecodedText(text, encoding.WebName, reason), null);
    }
}
