using System.Globalization;
using System.Text.RegularExpressions;
using Parallax.Ingest.Internal;

namespace Parallax.Ingest;

/// <summary>
/// Reads articles from files and folders: <c>.txt</c>, <c>.md</c> (YAML front matter), saved <c>.html</c>/<c>.htm</c>,
/// <c>.jsonl</c> (one article per line), <c>.json</c> (an article or an array) and RSS 2.0/Atom feeds (<c>.rss</c>, <c>.atom</c>,
/// or <c>.xml</c> whose root is <c>&lt;rss&gt;</c>/<c>&lt;feed&gt;</c>; one article per item); any of them may be gzipped (<c>.gz</c>).
/// Problems (missing, binary or unsupported files, malformed lines) are returned as results, never thrown.
/// </summary>
public static class ArticleLoader
{
    /// <summary>The extensions read (each also accepted with <c>.gz</c> appended).</summary>
    public static IReadOnlyList<string> SupportedExtensions { get; } = [".txt", ".md", ".markdown", ".html", ".htm", ".jsonl", ".ndjson", ".json", ".rss", ".atom", ".xml"];

    /// <summary>Loads one file or folder; see <see cref="Load(IEnumerable{string})"/>.</summary>
    public static IEnumerable<IngestResult> Load(string path) => Load([path]);

    /// <summary>
    /// Loads files and folders (recursively, in ordinal path order, skipping hidden entries and files of other types)
    /// in the order given. Articles get ids <c>a1</c>, <c>a2</c>, ... in input order; problems take no id.
    /// Lazy: <c>.jsonl</c>/<c>.ndjson</c> files are read a line at a time, <c>.json</c> arrays (top-level or wrapped in an
    /// object) an element at a time and UTF-8 feeds an item at a time, other files one at a time.
    /// </summary>
    public static IEnumerable<IngestResult> Load(IEnumerable<string> paths) => Open(paths);

    /// <summary>
    /// Like <see cref="Load(IEnumerable{string})"/>, but also tells how many bytes of the input have been read, for
    /// progress over dumps whose article count is unknown until the end. Finds the files now; reads them when enumerated.
    /// </summary>
    public static ArticleInput Open(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return new ArticleInput([.. paths.SelectMany(Expand)]);
    }

    /// <summary>Reads the files in order, telling <paramref name="onBytesRead"/> the bytes read so far (of the sizes given).</summary>
    internal static IEnumerable<IngestResult> Read(IReadOnlyList<FoundFile> files, Action<long> onBytesRead)
    {
        var next = 1;
        long done = 0;
        foreach (var (file, size, folderProblem) in files)
        {
            if (folderProblem is not null)
            {
                yield return IngestResult.Of(new IngestProblem(file, null, folderProblem));
                continue;
            }
            var before = done;
            foreach (var item in ReadFile(file, position => onBytesRead(before + Math.Min(position, size))))
            {
                if (item.Problem is not null)
                {
                    yield return IngestResult.Of(item.Problem);
                    continue;
                }
                var raw = item.Article!;
                var (article, failure) = Build(raw, next, file);
                if (article is null)
                {
                    yield return IngestResult.Of(failure!);
                    continue;
                }
                next++;
                yield return IngestResult.Of(article, [.. raw.Warnings.Select(w => Warning(raw, file, w))]);
            }
            done += size;
            onBytesRead(done);
        }
    }

    private static IngestProblem Warning(RawArticle raw, string file, string warning)
    {
        var where = raw.Source ?? file;
        return new IngestProblem(file, LineOf(where, file), $"{where}: {warning}");
    }

    private static (Article?, IngestProblem?) Build(RawArticle raw, int next, string file)
    {
        var where = raw.Source ?? file;
        IngestProblem TooLong(int length) => new(file, LineOf(where, file), string.Create(CultureInfo.InvariantCulture,
            $"{where}: article text of {length:N0} characters, over the limit of {InputLimits.ArticleChars:N0}, skipped"));
        try
        {
            if (raw.Body.Length > 2 * InputLimits.ArticleChars)
                return (null, TooLong(raw.Body.Length));
            return ArticleFactory.Create(raw, "a" + next.ToString(CultureInfo.InvariantCulture), Stem(file)) switch
            {
                null => (null, new IngestProblem(file, LineOf(where, file), $"{where}: no article text")),
                { Text.Length: > InputLimits.ArticleChars } article => (null, TooLong(article.Text.Length)),
                var article => (article, null),
            };
        }
        catch (RegexMatchTimeoutException)
        {
            return (null, new IngestProblem(file, LineOf(where, file), string.Create(CultureInfo.InvariantCulture, $"{where}: text too long to clean in time ({raw.Body.Length:N0} characters)")));
        }
        catch (Exception e) when (IsRecoverable(e))
        {
            return (null, new IngestProblem(file, LineOf(where, file), $"{where}: cannot clean the text ({OneLine(e.Message)})"));
        }
    }

    /// <summary>Anything but running out of memory: one input's failure must not end the run.</summary>
    internal static bool IsRecoverable(Exception e) => e is not OutOfMemoryException;

    internal static string OneLine(string message) => string.Join(' ', message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');

    /// <summary>
    /// Builds an article from raw text the way a <c>.txt</c> file is read: cleaned, with a leading dateline lifted out.
    /// The outlet is <paramref name="outlet"/> when given, else the dateline's bracketed outlet, else "unknown".
    /// </summary>
    /// <exception cref="ArgumentException">The text is empty after cleaning.</exception>
    public static Article FromText(string raw, string? outlet = null, string id = "a1", string? title = null)
    {
        ArgumentNullException.ThrowIfNull(raw);
        return ArticleFactory.Create(new RawArticle(raw) { Outlet = outlet, Title = title }, id, "unknown")
            ?? throw new ArgumentException("The text is empty.", nameof(raw));
    }

    /// <summary>Builds an article from a saved HTML page, as a <c>.html</c> file is read.</summary>
    /// <exception cref="ArgumentException">No article text was found in the page.</exception>
    public static Article FromHtml(string html, string? outlet = null, string id = "a1")
    {
        ArgumentNullException.ThrowIfNull(html);
        var raw = HtmlFormat.Read(html, "html");
        return ArticleFactory.Create(outlet is null ? raw with { Source = null } : raw with { Outlet = outlet, Source = null }, id, "unknown")
            ?? throw new ArgumentException("No article text was found in the page.", nameof(html));
    }

    private static IEnumerable<FoundFile> Expand(string path)
        => Directory.Exists(path) ? FolderWalk.Files(path, name => Format(name) is not null && !IsProjectFile(name)) : [new FoundFile(path, SizeOf(path))];

    /// <summary>
    /// README, LICENSE and the like: read when named, skipped inside a folder (a folder of articles often holds one, and
    /// it is no article).
    /// </summary>
    internal static bool IsProjectFile(string file)
    {
        var stem = Stem(file);
        var dot = stem.IndexOf('.', StringComparison.Ordinal);
        return ProjectFiles.Contains(dot > 0 ? stem[..dot] : stem);
    }

    private static readonly HashSet<string> ProjectFiles = new(
        ["README", "LICENSE", "LICENCE", "COPYING", "NOTICE", "CHANGELOG", "CHANGES", "HISTORY", "CONTRIBUTING", "AUTHORS", "CODE_OF_CONDUCT", "SECURITY"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Whatever goes wrong inside one file's reader becomes a problem naming the file; the run goes on.</summary>
    private static IEnumerable<ReadItem> ReadFile(string file, Action<long> onPosition)
    {
        try
        {
            return Guarded(ReadUnguarded(file, onPosition), file);
        }
        catch (Exception e) when (IsRecoverable(e))
        {
            return [Failed(file, e)];
        }
    }

    private static IngestProblem Failed(string file, Exception e) => new(file, null, Failure(file, e));

    /// <summary>The one-line message for an exception while reading <paramref name="where"/> (a file, line or item).</summary>
    internal static string Failure(string where, Exception e) => e switch
    {
        InputLimitException => $"{where}: {e.Message}, skipped",
        InsufficientExecutionStackException => $"{where}: nested too deeply to read, skipped",
        _ => $"{where}: cannot be read ({OneLine(e.Message)})",
    };

    private static IEnumerable<ReadItem> Guarded(IEnumerable<ReadItem> items, string file)
    {
        using var e = items.GetEnumerator();
        while (true)
        {
            ReadItem item;
            var failed = false;
            try
            {
                if (!e.MoveNext())
                    yield break;
                item = e.Current;
            }
            catch (Exception ex) when (IsRecoverable(ex))
            {
                item = Failed(file, ex);
                failed = true;
            }
            yield return item;
            if (failed)
                yield break;
        }
    }

    private static IEnumerable<ReadItem> ReadUnguarded(string file, Action<long> onPosition)
    {
        var format = Format(file);
        if (format is null)
            return [Unsupported(file, Path.GetExtension(file))];
        if (!File.Exists(file))
            return [new IngestProblem(file, null, Directory.Exists(file) ? $"{file}: is a folder" : file.Contains('\uFFFD', StringComparison.Ordinal) ? $"{file}: the file name is not valid UTF-8, so it cannot be opened (rename it)" : $"{file}: file not found")];
        if (format is ".jsonl" or ".ndjson" && StreamLines(file, onPosition) is { } lines)
            return lines;
        if (format is ".json" && StreamArray(file, onPosition) is { } elements)
            return elements;
        if (format is ".rss" or ".atom" or ".xml" && StreamFeed(file, format, onPosition) is { } items)
            return items;
        var (text, error) = SourceText.Read(file);
        if (text is null)
            return [new IngestProblem(file, null, $"{file}: {error}")];
        if (string.IsNullOrWhiteSpace(text))
            return [new IngestProblem(file, null, $"{file}: empty file")];
        return format switch
        {
            ".md" or ".markdown" => [MarkdownFormat.Read(text, file)],
            ".html" or ".htm" => [HtmlFormat.Read(text, file)],
            ".jsonl" or ".ndjson" => [.. JsonFormat.ReadLines(text, file)],
            ".json" => [.. JsonFormat.ReadDocument(text, file)],
            ".rss" or ".atom" => [.. FeedFormat.Read(text, file)],
            ".xml" => FeedFormat.IsFeed(text) ? [.. FeedFormat.Read(text, file)] : [Unsupported(file, format)],
            _ => [new RawArticle(text) { Source = file }],
        };
    }

    /// <summary>A .jsonl file read a line at a time, or null when it must be read whole (UTF-16, binary, unreadable: the whole-file path reports those).</summary>
    private static IEnumerable<ReadItem>? StreamLines(string file, Action<long> onPosition)
    {
        var opened = SourceText.OpenUtf8Lines(file);
        if (opened is null)
            return null;
        return Lines(opened.Value.Reader, opened.Value.File);

        IEnumerable<ReadItem> Lines(LineReader reader, FileStream raw)
        {
            using (reader)
            {
                foreach (var item in JsonFormat.ReadLines(reader, file))
                {
                    onPosition(PositionOf(raw));
                    yield return item;
                }
            }
        }
    }

    /// <summary>
    /// A feed read an item at a time, or null when it must be read whole (not UTF-8, binary, empty, unreadable: the
    /// whole-file path decodes or reports those; see <see cref="SourceText.OpenUtf8"/>).
    /// </summary>
    private static IEnumerable<ReadItem>? StreamFeed(string file, string format, Action<long> onPosition)
    {
        var opened = SourceText.OpenUtf8(file);
        if (opened is null)
            return null;
        return Items(new FeedText(opened.Value.Text), opened.Value.File);

        IEnumerable<ReadItem> Items(FeedText text, FileStream raw)
        {
            using (raw)
            {
                foreach (var item in FeedFormat.Read(text, file, format == ".xml" ? Unsupported(file, format) : (ReadItem?)null))
                {
                    onPosition(PositionOf(raw));
                    yield return item;
                }
            }
        }
    }

    /// <summary>
    /// A .json file whose top level is an array, or an object wrapping one (<see cref="WrappedArray"/>), read an element
    /// at a time; null when it must be read whole (one article, UTF-16, binary, unreadable: the whole-file path reads or
    /// reports those).
    /// </summary>
    private static IEnumerable<ReadItem>? StreamArray(string file, Action<long> onPosition)
    {
        FileStream? raw = null;
        JsonArrayReader? reader = null;
        try
        {
            raw = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            reader = new JsonArrayReader(BoundedRead.IsGzip(file) ? BoundedRead.Decompressed(raw) : raw);
            if (!reader.OpensRecords())
            {
                reader.Dispose();
                return null;
            }
            return Elements(reader, raw);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            if (reader is not null)
                reader.Dispose();
            else
                raw?.Dispose();
            return null;
        }

        IEnumerable<ReadItem> Elements(JsonArrayReader elements, FileStream position)
        {
            using (elements)
            {
                foreach (var item in JsonFormat.ReadArray(elements, file))
                {
                    onPosition(PositionOf(position));
                    yield return item;
                }
            }
        }
    }

    /// <summary>How far a file has been read; 0 for a pipe, which cannot tell.</summary>
    private static long PositionOf(FileStream file) => file.CanSeek ? file.Position : 0;

    private static long SizeOf(string file)
    {
        try
        {
            return File.Exists(file) ? new FileInfo(file).Length : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static IngestProblem Unsupported(string file, string ext)
    {
        var shown = ext.Length == 0 ? "no extension" : $"unsupported format '{ext}'";
        return new IngestProblem(file, null, $"{file}: {shown} (expected .txt, .md, .html, .jsonl, .json, .rss, .atom)");
    }

    private static string? Format(string file)
    {
        var name = file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? file[..^3] : file;
        var ext = Path.GetExtension(name).ToLowerInvariant();
        return SupportedExtensions.Contains(ext) ? ext : null;
    }

    private static string Stem(string file)
    {
        var name = Path.GetFileName(file);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            name = name[..^3];
        return Path.GetFileNameWithoutExtension(name);
    }

    private static int? LineOf(string where, string file)
        => where.Length > file.Length + 1 && where[file.Length] == ':' && int.TryParse(where.AsSpan(file.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var line) ? line : null;
}
