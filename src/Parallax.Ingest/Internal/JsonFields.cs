using System.Globalization;
using System.Text.Json;

namespace Parallax.Ingest.Internal;

/// <summary>Lenient field access for JSON articles: string or number values, names from person/organisation objects.</summary>
internal static class JsonFields
{
    /// <summary>The first named property that holds a non-blank string (or number).</summary>
    public static string? Text(JsonElement obj, params string[] names)
    {
        foreach (var name in names)
        {
            if (!TryGet(obj, name, out var value))
                continue;
            var s = value.ValueKind switch
            {
                JsonValueKind.String => String(value),
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(String).FirstOrDefault(),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(s))
                return s.Trim();
        }
        return null;
    }

    /// <summary>A name from a string, an object with <c>name</c>, or an array of either (joined with ", ").</summary>
    public static string? Names(JsonElement obj, params string[] names)
    {
        foreach (var name in names)
        {
            if (!TryGet(obj, name, out var value))
                continue;
            var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
            var found = items.Select(NameOf).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal).ToList();
            if (found.Count > 0)
                return string.Join(", ", found);
        }
        return null;
    }

    /// <summary>The <c>@id</c> (or string value) of a property.</summary>
    public static string? Id(JsonElement obj, string name)
    {
        if (!TryGet(obj, name, out var value))
            return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => String(value),
            JsonValueKind.Object => Text(value, "@id", "url"),
            _ => null,
        };
    }

    private static string? NameOf(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => String(e).Trim(),
        JsonValueKind.Object => Text(e, "name"),
        _ => null,
    };

    private static bool TryGet(JsonElement obj, string name, out JsonElement value)
    {
        value = default;
        if (obj.ValueKind != JsonValueKind.Object)
            return false;
        foreach (var p in obj.EnumerateObject())
        {
            if (string.Equals(JsonString.Name(p), name, StringComparison.OrdinalIgnoreCase) && p.Value.ValueKind is not JsonValueKind.Null and not JsonValueKind.Undefined)
            {
                value = p.Value;
                return true;
            }
        }
        return false;
    }

    /// <summary>A string value; an escaped lone surrogate (<c>"\ud800"</c>), which .NET strings cannot hold validly, becomes U+FFFD.</summary>
    public static string String(JsonElement value) => JsonString.Value(value);

    /// <summary>
    /// "invalid JSON at line 3002, byte 29 (reason)": the parser's reason on one line, without its zero-based position, and the
    /// position counted from 1 as far as <paramref name="position"/> says it means something to the reader.
    /// </summary>
    public static string Describe(JsonException e, JsonPosition position = JsonPosition.None)
    {
        var reason = e.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0];
        reason = string.Join(' ', reason.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ' ');
        var at = (position, e.LineNumber, e.BytePositionInLine) switch
        {
            (JsonPosition.InFile, { } line, { } inLine) => string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, byte {inLine + 1}"),
            (JsonPosition.InLine, _, { } inLine) => string.Create(CultureInfo.InvariantCulture, $" at byte {inLine + 1}"),
            _ => "",
        };
        return $"invalid JSON{at} ({reason})";
    }
}

/// <summary>What a JSON parser's position means to the reader of a problem: nothing (a part cut out of a file), a byte in the line the problem names, or a line and byte of the file.</summary>
internal enum JsonPosition
{
    None,
    InLine,
    InFile,
}
