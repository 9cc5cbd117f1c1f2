using System.Text.Json;
using System.Text.RegularExpressions;
using Parallax.Documents;
using Parallax.Ingest.Internal.Html;

namespace Parallax.Ingest.Internal;

/// <summary>Articles as JSON: one object per line (.jsonl) or one object / an array of objects (.json).</summary>
internal static partial class JsonFormat
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    [GeneratedRegex(@"<(?:p|br|div|span|a|em|strong|h[1-6]|li)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex HtmlTag();

    public static IEnumerable<ReadItem> ReadLines(string text, string source)
    {
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var where = $"{source}:{lineNumber}";
            ReadItem item;
            try
            {
                using var json = JsonDocument.Parse(line, Options);
                item = json.RootElement.ValueKind == JsonValueKind.Object
                    ? FromObject(json.RootElement, where, source, lineNumber)
                    : new IngestProblem(source, lineNumber, $"{where}: expected a JSON object, found {Kind(json.RootElement)}");
            }
            catch (JsonException e)
            {
                item = new IngestProblem(source, lineNumber, $"{where}: {JsonFields.Describe(e, JsonPosition.InLine)}");
            }
            yield return item;
        }
    }

    /// <summary>
    /// Reads .jsonl line by line from UTF-8 bytes (a leading byte-order mark, CRLF and blank lines are fine): one item
    /// per non-blank line, a problem naming the line for each bad one; only one line is held at a time.
    /// </summary>
    public static IEnumerable<ReadItem> ReadLines(LineReader reader, string source)
    {
        var any = false;
        while (true)
        {
            ReadOnlyMemory<byte> line;
            bool tooLong;
            IngestProblem? failure = null;
            try
            {
                if (!reader.TryRead(out line, out tooLong))
                    break;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                line = default;
                tooLong = false;
                failure = new IngestProblem(source, null, $"{source}: cannot read file after line {reader.LineNumber} (" + e.Message.TrimEnd('.') + ")");
            }
            if (failure is not null)
            {
                yield return failure;
                yield break;
            }
            var number = reader.LineNumber;
            if (number == 1 && line.Span.StartsWith(Utf8Bom))
                line = line[Utf8Bom.Length..];
            if (tooLong)
            {
                any = true;
                yield return new IngestProblem(source, number, $"{source}:{number}: line longer than {LineReader.DefaultMaxLine >> 20} MB, skipped");
                continue;
            }
            if (IsBlank(line.Span))
                continue;
            any = true;
            yield return ReadLine(line, source, number);
        }
        if (!any)
            yield return new IngestProblem(source, null, $"{source}: empty file");
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept((byte)' ', (byte)'\t', (byte)'\r') < 0;

    private static ReadItem ReadLine(ReadOnlyMemory<byte> line, string source, int lineNumber)
    {
        var where = $"{source}:{lineNumber}";
        if (!System.Text.Unicode.Utf8.IsValid(line.Span))
            return new IngestProblem(source, lineNumber, $"{where}: invalid UTF-8");
        try
        {
            using var json = JsonDocument.Parse(line, Options);
            return json.RootElement.ValueKind == JsonValueKind.Object
                ? FromObject(json.RootElement, where, source, lineNumber)
                : new IngestProblem(source, lineNumber, $"{where}: expected a JSON object, found {Kind(json.RootElement)}");
        }
        catch (JsonException e)
        {
            return new IngestProblem(source, lineNumber, $"{where}: {JsonFields.Describe(e, JsonPosition.InLine)}");
        }
    }

    /// <summary>
    /// The records of a top-level or wrapped array read one element at a time (<see cref="JsonArrayReader"/>): a bad element is a
    /// problem naming it (<c>file[3]</c>) and the next is read; a broken array ends the file with a problem, the records
    /// before it kept.
    /// </summary>
    public static IEnumerable<ReadItem> ReadArray(JsonArrayReader reader, string source)
    {
        for (var index = 0; ; index++)
        {
            ReadOnlyMemory<byte> element;
            IngestProblem? failure = null;
            try
            {
                if (!reader.TryNext(out element))
                    break;
            }
            catch (JsonException e)
            {
                element = default;
                failure = new IngestProblem(source, null, $"{source}: {JsonFields.Describe(e, JsonPosition.InFile)}");
            }
            if (failure is not null)
            {
                yield return failure;
                yield break;
            }
            yield return ReadElement(element, $"{source}[{index}]", source);
        }
    }

    private static ReadItem ReadElement(ReadOnlyMemory<byte> element, string where, string source)
    {
        if (!System.Text.Unicode.Utf8.IsValid(element.Span))
            return new IngestProblem(source, null, $"{where}: invalid UTF-8");
        try
        {
            using var json = JsonDocument.Parse(element, Options);
            return json.RootElement.ValueKind == JsonValueKind.Object
                ? FromObject(json.RootElement, where, source, null)
                : new IngestProblem(source, null, $"{where}: expected a JSON object, found {Kind(json.RootElement)}");
        }
        catch (JsonException e)
        {
            return new IngestProblem(source, null, $"{where}: {JsonFields.Describe(e)}");
        }
    }

    public static IEnumerable<ReadItem> ReadDocument(string text, string source)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text, Options);
        }
        catch (JsonException e)
        {
            return [new IngestProblem(source, null, $"{source}: {JsonFields.Describe(e, JsonPosition.InFile)}")];
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object && JsonFields.Text(root, "text", "body", "content", "articleBody") is null
                && ArrayProperty(root) is { } wrapped)
                root = wrapped;
            return root.ValueKind switch
            {
                JsonValueKind.Object => [FromObject(root, source, source, null)],
                JsonValueKind.Array => root.EnumerateArray().Select((e, i) => e.ValueKind == JsonValueKind.Object
                    ? FromObject(e, $"{source}[{i}]", source, null)
                    : (ReadItem)new IngestProblem(source, null, $"{source}[{i}]: expected a JSON object, found {Kind(e)}")).ToList(),
                _ => [new IngestProblem(source, null, $"{source}: expected a JSON object or array, found {Kind(root)}")],
            };
        }
    }

    private static JsonElement? ArrayProperty(JsonElement obj)
    {
        foreach (var name in new[] { "articles", "items", "data", "results" })
        {
            if (obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array)
                return value;
        }
        return null;
    }

    /// <summary>One record; whatever fails inside it is a problem naming the record, never the end of the file.</summary>
    private static ReadItem FromObject(JsonElement e, string where, string file, int? line)
    {
        try
        {
            return ReadObject(e, where, file, line);
        }
        catch (Exception ex) when (ArticleLoader.IsRecoverable(ex))
        {
            return new IngestProblem(file, line, ArticleLoader.Failure(where, ex));
        }
    }

    private static ReadItem ReadObject(JsonElement e, string where, string file, int? line)
    {
        var body = JsonFields.Text(e, "text", "body", "content", "articleBody", "maintext", "article");
        if (body is null)
            return new IngestProblem(file, line, $"{where}: no article text (expected a 'text', 'body' or 'content' field)");
        if (HtmlTag().IsMatch(body))
            body = HtmlText.FromHtml(body);
        return new RawArticle(body)
        {
            Title = JsonFields.Text(e, "title", "headline"),
            Outlet = JsonFields.Names(e, "outlet", "source", "publisher", "source_domain", "site"),
            Url = JsonFields.Text(e, "url", "link", "canonical_url"),
            Published = DateParser.Parse(JsonFields.Text(e, "published", "date", "published_at", "publishedAt", "date_publish", "datePublished", "pubDate")),
            Author = JsonFields.Names(e, "author", "authors", "byline"),
            Language = JsonFields.Text(e, "language", "lang", "inLanguage"),
            Source = where,
        };
    }

    private static string Kind(JsonElement e) => e.ValueKind.ToString().ToLowerInvariant();
}
