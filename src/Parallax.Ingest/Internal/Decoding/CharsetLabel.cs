using System.Text;

namespace Parallax.Ingest.Internal.Decoding;

/// <summary>
/// Resolves a declared charset label to a decoder as the WHATWG Encoding Standard does: labels are trimmed and
/// case-insensitive, Latin-1 and ASCII mean windows-1252, and a page that declares UTF-16 in bytes readable as ASCII is UTF-8.
/// </summary>
internal static class CharsetLabel
{
    // WHATWG aliases that .NET names differently or resolves to a narrower encoding.
    private static readonly Dictionary<string, int> CodePages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ascii"] = 1252,
        ["us-ascii"] = 1252,
        ["iso-8859-1"] = 1252,
        ["iso8859-1"] = 1252,
        ["iso_8859-1"] = 1252,
        ["latin1"] = 1252,
        ["l1"] = 1252,
        ["cp819"] = 1252,
        ["ibm819"] = 1252,
        ["iso-ir-100"] = 1252,
        ["x-cp1252"] = 1252,
        ["iso-8859-9"] = 1254,
        ["latin5"] = 1254,
        ["l5"] = 1254,
        ["iso-8859-11"] = 874,
        ["tis-620"] = 874,
        ["euc-kr"] = 949,
        ["ks_c_5601-1987"] = 949,
        ["korean"] = 949,
        ["gb2312"] = 936,
        ["gbk"] = 936,
        ["x-gbk"] = 936,
        ["shift_jis"] = 932,
        ["sjis"] = 932,
        ["ms_kanji"] = 932,
        ["x-sjis"] = 932,
        ["windows-31j"] = 932,
        ["csshiftjis"] = 932,
        ["big5-hkscs"] = 950,
        ["x-user-defined"] = 1252,
    };

    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The last resort for text that is neither UTF-8 nor recognisably anything else; registers the code pages.</summary>
    public static Encoding Windows1252 { get; } = RegisterCodePages(1252);

    /// <summary>The encoding a label names, or null when it names none that can be decoded.</summary>
    public static Encoding? Resolve(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
            return null;
        var name = label.Trim().Trim('"', '\'');
        if (name.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase) || name.Equals("unicode", StringComparison.OrdinalIgnoreCase)
            || name.Equals("utf8", StringComparison.OrdinalIgnoreCase) || name.Equals("unicode-1-1-utf-8", StringComparison.OrdinalIgnoreCase))
            return Utf8;
        if (CodePages.TryGetValue(name, out var codePage))
            return Encoding.GetEncoding(codePage);
        try
        {
            var encoding = Encoding.GetEncoding(name);
            return encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001 ? Utf8 : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding RegisterCodePages(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }
}
