using System.Collections;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Parallax.Ingest.Internal;

/// <summary>
/// YAML front matter as a field map. Aliases are counted, nesting is bounded and a recursive alias (<c>&amp;x [*x]</c>)
/// is refused before the document is built, so an alias bomb or a self-containing list costs nothing.
/// </summary>
internal static class FrontMatter
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    /// <exception cref="YamlException">Invalid YAML, a recursive alias, or a limit passed (the message says which).</exception>
    public static Dictionary<string, object?> Parse(string yaml)
    {
        var result = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(yaml))
            return result;
        object? parsed;
        try
        {
            Check(yaml);
            parsed = Yaml.Deserialize<object?>(yaml);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner throws this on some malformed flow collections ("a: [b, {c: d<![e}]" then another key).
            throw new YamlException($"the YAML parser gave up ({e.Message.TrimEnd('.')})");
        }
        if (parsed is not IDictionary map)
            throw new YamlException("front matter is not a key: value mapping");
        foreach (DictionaryEntry entry in map)
        {
            var key = Convert.ToString(entry.Key, CultureInfo.InvariantCulture);
            if (key is not null)
                result[key] = entry.Value;
        }
        return result;
    }

    /// <summary>A field's value as text (a list joined with ", ", a map by its <c>name</c>), at most <see cref="InputLimits.FieldChars"/> long.</summary>
    public static string? Text(object? value)
    {
        var budget = InputLimits.FieldChars;
        var text = Text(value, 0, ref budget);
        return text is { Length: > InputLimits.FieldChars } ? text[..InputLimits.FieldChars] : text;
    }

    private static string? Text(object? value, int depth, ref int budget)
    {
        if (budget <= 0 || depth > InputLimits.NestingDepth)
            return null;
        switch (value)
        {
            case null:
                return null;
            case string s:
                budget -= s.Length;
                return s.Trim();
            case IDictionary map:
                return map.Contains("name") ? Text(map["name"], depth + 1, ref budget) : null;
            case IEnumerable list:
                var parts = new List<string>();
                foreach (var item in list)
                {
                    if (budget <= 0)
                        break;
                    if (Text(item, depth + 1, ref budget) is { Length: > 0 } part && !string.IsNullOrWhiteSpace(part))
                        parts.Add(part);
                }
                return string.Join(", ", parts);
            default:
                var text = Convert.ToString(value, CultureInfo.InvariantCulture);
                budget -= text?.Length ?? 0;
                return text;
        }
    }

    private static void Check(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var open = new List<string?>();
        var aliases = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case AnchorAlias alias:
                    if (++aliases > InputLimits.YamlAliases)
                        throw new YamlException(alias.Start, alias.End, $"more than {InputLimits.YamlAliases} aliases (the limit)");
                    if (open.Contains(alias.Value.Value))
                        throw new YamlException(alias.Start, alias.End, $"alias *{alias.Value.Value} refers to a collection that contains it");
                    break;
                case NodeEvent node and (SequenceStart or MappingStart):
                    open.Add(node.Anchor.IsEmpty ? null : node.Anchor.Value);
                    if (open.Count > InputLimits.NestingDepth)
                        throw new YamlException(node.Start, node.End, $"nested deeper than {InputLimits.NestingDepth} levels (the limit)");
                    break;
                case SequenceEnd or MappingEnd:
                    open.RemoveAt(open.Count - 1);
                    break;
            }
        }
    }
}
