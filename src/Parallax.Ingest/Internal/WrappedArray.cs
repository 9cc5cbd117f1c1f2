using System.Text.Json;

namespace Parallax.Ingest.Internal;

/// <summary>
/// Finds, in a top-level JSON object read a token at a time, the array of records an API response wraps
/// (<c>{"status": "ok", "articles": [...]}</c>), so that it can be read an element at a time. The whole-file reader
/// (<see cref="JsonFormat.ReadDocument"/>) takes an object that holds article text as one article, else its array
/// under the first of <see cref="Names"/> that holds one. Read as it comes, an array is taken when it is under one of
/// those names, its first element is an object, and nothing before it decided otherwise: no article text, no array
/// under a name ranked before it. Anything else (an empty array, one of strings, text first, the end of the object)
/// leaves the file to the whole-file reader. What is after the array is skipped.
/// </summary>
internal static class WrappedArray
{
    private static readonly string[] Names = ["articles", "items", "data", "results"];

    /// <summary>The fields <see cref="JsonFormat.ReadDocument"/> checks for article text, matched in any case.</summary>
    private static readonly string[] TextNames = ["text", "body", "content", "articleBody"];

    /// <summary>
    /// Reads the object (its <c>{</c> is next) up to the array of records and leaves <paramref name="json"/> inside
    /// that array; false when the file is to be read whole.
    /// </summary>
    /// <exception cref="JsonException">The object is malformed or ends early.</exception>
    public static bool Find(JsonArrayReader json)
    {
        var open = json.Next();
        json.Commit(ref open);
        var passed = Names.Length;
        var textSeen = new bool[TextNames.Length];
        while (true)
        {
            var property = json.Next();
            if (property.TokenType == JsonTokenType.EndObject)
                return false;
            var name = JsonString.Name(ref property);
            json.Commit(ref property);
            var value = json.Next();
            if (value.TokenType == JsonTokenType.Null)
            {
                json.Commit(ref value);
                continue;
            }
            var text = IndexOf(TextNames, name, StringComparison.OrdinalIgnoreCase);
            if (text >= 0 && !textSeen[text])
            {
                textSeen[text] = true;
                if (HoldsText(json, ref value))
                    return false;
                continue;
            }
            var rank = IndexOf(Names, name, StringComparison.Ordinal);
            if (rank < 0 || value.TokenType != JsonTokenType.StartArray)
            {
                json.Skip(ref value);
                continue;
            }
            json.Commit(ref value);
            var first = json.Next();
            if (first.TokenType == JsonTokenType.StartObject && rank < passed)
            {
                json.BeginWrapped();
                return true;
            }
            passed = Math.Min(passed, rank);
            if (first.TokenType == JsonTokenType.EndArray)
            {
                json.Commit(ref first);
                continue;
            }
            json.Skip(ref first);
            json.SkipRest(1);
        }
    }

    /// <summary>
    /// Whether a field's first non-null value is article text as <see cref="JsonFields.Text"/> reads it: a non-blank
    /// string or a number, or an array whose first string is not blank. Moves past the value unless it is text.
    /// </summary>
    private static bool HoldsText(JsonArrayReader json, ref Utf8JsonReader value)
    {
        if (value.TokenType == JsonTokenType.Number)
            return true;
        if (value.TokenType == JsonTokenType.String)
            return NotBlank(json, ref value);
        if (value.TokenType != JsonTokenType.StartArray)
        {
            json.Skip(ref value);
            return false;
        }
        json.Commit(ref value);
        while (true)
        {
            var element = json.Next();
            if (element.TokenType == JsonTokenType.EndArray)
            {
                json.Commit(ref element);
                return false;
            }
            if (element.TokenType == JsonTokenType.String)
            {
                var holds = NotBlank(json, ref element);
                json.SkipRest(1);
                return holds;
            }
            json.Skip(ref element);
        }
    }

    /// <summary>Whether the string token is not blank; moves past it.</summary>
    private static bool NotBlank(JsonArrayReader json, ref Utf8JsonReader text)
    {
        var notBlank = !string.IsNullOrWhiteSpace(JsonString.Value(ref text));
        json.Commit(ref text);
        return notBlank;
    }

    private static int IndexOf(string[] names, string name, StringComparison comparison)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], name, comparison))
                return i;
        }
        return -1;
    }
}
