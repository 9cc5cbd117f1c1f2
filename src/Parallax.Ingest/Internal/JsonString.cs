using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Parallax.Ingest.Internal;

/// <summary>
/// JSON strings read leniently: System.Text.Json refuses to return a string holding an escaped lone surrogate
/// (<c>"\ud800"</c>), which scrapers do produce; such a surrogate becomes U+FFFD and the rest of the record is kept.
/// </summary>
internal static class JsonString
{
    public static string Value(JsonElement value)
    {
        try
        {
            return value.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return Unescape(value.GetRawText());
        }
    }

    /// <summary>A property's name, or "" when it cannot be read (a lone surrogate): such a property matches no field.</summary>
    public static string Name(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return "";
        }
    }

    /// <summary>The string token <paramref name="reader"/> is on, read as <see cref="Value(JsonElement)"/> reads an element.</summary>
    public static string Value(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return Unescape(Encoding.UTF8.GetString(reader.ValueSpan));
        }
    }

    /// <summary>The property name <paramref name="reader"/> is on, or "" when it cannot be read, as <see cref="Name(JsonProperty)"/>.</summary>
    public static string Name(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return "";
        }
    }

    /// <summary>The text of a raw JSON string literal (with its quotes), lone surrogates replaced by U+FFFD.</summary>
    internal static string Unescape(string raw)
    {
        var body = raw.Length >= 2 && raw[0] == '"' && raw[^1] == '"' ? raw.AsSpan(1, raw.Length - 2) : raw.AsSpan();
        var sb = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c != '\\' || i + 1 >= body.Length)
            {
                sb.Append(c);
                continue;
            }
            var e = body[++i];
            switch (e)
            {
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u' when i + 4 < body.Length && ushort.TryParse(body.Slice(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    sb.Append((char)code);
                    i += 4;
                    break;
                default: sb.Append(e); break;
            }
        }
        return ReplaceLoneSurrogates(sb);
    }

    private static string ReplaceLoneSurrogates(StringBuilder sb)
    {
        for (var i = 0; i < sb.Length; i++)
        {
            if (char.IsHighSurrogate(sb[i]) && i + 1 < sb.Length && char.IsLowSurrogate(sb[i + 1]))
                i++;
            else if (char.IsSurrogate(sb[i]))
                sb[i] = '\uFFFD';
        }
        return sb.ToString();
    }
}
