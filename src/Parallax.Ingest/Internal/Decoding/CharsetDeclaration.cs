using System.Text;

namespace Parallax.Ingest.Internal.Decoding;

/// <summary>
/// Finds the charset a document declares in its first bytes: <c>&lt;meta charset&gt;</c> or <c>&lt;meta http-equiv=
/// "content-type" content="...; charset=..."&gt;</c> by the WHATWG prescan (comments and other tags skipped), or an XML
/// declaration's <c>encoding</c>.
/// </summary>
internal static class CharsetDeclaration
{
    // The WHATWG prescan reads at least 1,024 bytes; saved pages often put long scripts before the meta tag.
    private const int PrescanLength = 8 * 1024;

    public static string? Find(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes.Length > PrescanLength ? bytes[..PrescanLength] : bytes);
        return Prescan(head) ?? XmlEncoding(head);
    }

    private static string? Prescan(string s)
    {
        var i = 0;
        while (i < s.Length)
        {
            if (At(s, i, "<!--"))
            {
                var end = s.IndexOf("-->", i + 2, StringComparison.Ordinal);
                if (end < 0)
                    return null;
                i = end + 3;
            }
            else if (At(s, i, "<meta") && i + 5 < s.Length && (IsSpace(s[i + 5]) || s[i + 5] == '/'))
            {
                i += 5;
                if (Meta(s, ref i) is { } charset)
                    return charset;
            }
            else if (s[i] == '<' && i + 1 < s.Length && (char.IsAsciiLetter(s[i + 1]) || (s[i + 1] == '/' && i + 2 < s.Length && char.IsAsciiLetter(s[i + 2]))))
            {
                while (i < s.Length && !IsSpace(s[i]) && s[i] != '>')
                    i++;
                while (Attribute(s, ref i) is not null)
                {
                }
            }
            else if (At(s, i, "<!") || At(s, i, "</") || At(s, i, "<?"))
            {
                var end = s.IndexOf('>', i + 1);
                if (end < 0)
                    return null;
                i = end + 1;
            }
            else
            {
                i++;
            }
        }
        return null;
    }

    private static string? Meta(string s, ref int i)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var gotPragma = false;
        bool? needPragma = null;
        string? charset = null;
        while (Attribute(s, ref i) is { } attribute)
        {
            var (name, value) = attribute;
            if (!seen.Add(name))
                continue;
            switch (name)
            {
                case "http-equiv" when value.Equals("content-type", StringComparison.OrdinalIgnoreCase):
                    gotPragma = true;
                    break;
                case "content" when charset is null && FromContent(value) is { } fromContent:
                    charset = fromContent;
                    needPragma = true;
                    break;
                case "charset":
                    charset = value;
                    needPragma = false;
                    break;
            }
        }
        if (needPragma is null || (needPragma == true && !gotPragma) || CharsetLabel.Resolve(charset) is null)
            return null;
        return charset;
    }

    /// <summary>One attribute at <paramref name="i"/> (name lower-cased), or null at the end of the tag.</summary>
    private static (string Name, string Value)? Attribute(string s, ref int i)
    {
        while (i < s.Length && (IsSpace(s[i]) || s[i] == '/'))
            i++;
        if (i >= s.Length || s[i] == '>')
            return null;
        var start = i;
        while (i < s.Length && (i == start || s[i] != '=') && !IsSpace(s[i]) && s[i] != '/' && s[i] != '>')
            i++;
        var name = s[start..i].ToLowerInvariant();
        while (i < s.Length && IsSpace(s[i]))
            i++;
        if (i >= s.Length || s[i] != '=')
            return (name, "");
        i++;
        while (i < s.Length && IsSpace(s[i]))
            i++;
        if (i >= s.Length)
            return (name, "");
        if (s[i] is '"' or '\'')
        {
            var quote = s[i];
            var end = s.IndexOf(quote, i + 1);
            if (end < 0)
            {
                i = s.Length;
                return null;
            }
            var quoted = s[(i + 1)..end];
            i = end + 1;
            return (name, quoted);
        }
        start = i;
        while (i < s.Length && !IsSpace(s[i]) && s[i] != '>')
            i++;
        return (name, s[start..i]);
    }

    /// <summary>The charset in a content-type value such as <c>text/html; charset=windows-1252</c>.</summary>
    private static string? FromContent(string content)
    {
        var i = 0;
        while (true)
        {
            var at = content.IndexOf("charset", i, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
                return null;
            i = at + 7;
            while (i < content.Length && IsSpace(content[i]))
                i++;
            if (i >= content.Length || content[i] != '=')
                continue;
            i++;
            while (i < content.Length && IsSpace(content[i]))
                i++;
            if (i >= content.Length)
                return null;
            if (content[i] is '"' or '\'')
            {
                var end = content.IndexOf(content[i], i + 1);
                return end < 0 ? null : content[(i + 1)..end];
            }
            var start = i;
            while (i < content.Length && !IsSpace(content[i]) && content[i] != ';')
                i++;
            return content[start..i];
        }
    }

    private static string? XmlEncoding(string s)
    {
        if (!s.StartsWith("<?xml", StringComparison.Ordinal))
            return null;
        var end = s.IndexOf("?>", StringComparison.Ordinal);
        if (end < 0)
            return null;
        var i = 5;
        var declaration = s[..end];
        while (Attribute(declaration, ref i) is { } attribute)
        {
            if (attribute.Name == "encoding")
                return attribute.Value;
        }
        return null;
    }

    private static bool At(string s, int i, string token) => s.AsSpan(i).StartsWith(token, StringComparison.OrdinalIgnoreCase);

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
}
