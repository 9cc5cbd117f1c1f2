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
    /// Lazy: <c>.jsonl</c>/<c>.ndjson</c> files are read a line at a time, other files one at a time.
    /// </summary>
    public static IEnumerable<IngestResult> Load(IEnumerable<string> paths) => Open(paths);

    /// <summary>
    /// Like <see cref="Load(IEnumerable{string})"/>, but also tells how many bytes of the input have been read, for
    /// progress over dumps whose article count is unknown until the end. Finds the files now; reads them when enumerated.
    /// </summary>
    public static ArticleInput Open(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return new ArticleInput([.. paths.SelectMany(Expand).Select(f => (f, SizeOf(f)))]);
    }

    /// <summary>Reads the files in order, telling <paramref name="onBytesRead"/> the bytes read so far (of the sizes given).</summary>
    internal static IEnumerable<IngestResult> Read(IReadOnlyList<(string File, long Size)> files, Action<long> onBytesRead)
    {
        var next = 1;
        long done = 0;
        foreach (var (file, size) in files)
        {
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
        try
        {
            return ArticleFactory.Create(raw, "a" + next.ToString(CultureInfo.InvariantCulture), Stem(file)) is { } article
                ? (article, null)
                : (null, new IngestProblem(file, LineOf(where, file), $"{where}: no article text"));
        }
        catch (RegexMatchTimeoutException)
        {
            return (null, new IngestProblem(file, LineOf(where, file), string.Create(CultureInfo.InvariantCulture, $"{where}: text too long to clean in time ({raw.Body.Length:N0} characters)")));
        }
    }

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

    private static IEnumerable<string> Expand(string path)
    {
        if (!Directory.Exists(path))
            return [path];
        return new DirectoryInfo(path)
            .EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true })
            .Where(f => !IsHiddenBelow(path, f.FullName) && Format(f.Name) is not null)
            .Select(f => Path.Combine(path, Path.GetRelativePath(path, f.FullName)))
            .Order(StringComparer.Ordinal);
    }

    private static bool IsHiddenBelow(string root, string full)
        => Path.GetRelativePath(root, full).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(p => p.StartsWith('.'));

    private static IEnumerable<ReadItem> ReadFile(string file, Action<long> onPosition)
    {
        var format = Format(file);
        if (format is null)
            return [Unsupported(file, Path.GetExtension(file))];
        if (!File.Exists(file))
            return [new IngestProblem(file, null, Directory.Exists(file) ? $"{file}: is a folder" : $"{file}: file not found")];
        if (format is ".jsonl" or ".ndjson" && StreamLines(file, onPosition) is { } lines)
            return lines;
        var (text, error) = SourceText.Read(file);
        if (text is null)
            return [new IngestProblem(file, null, $"{file}: {error}")];
        if (string.IsNullOrWhiteSpace(text))
            return [new IngestProblem(file, null, $"{file}: empty file")];
        return format switch
        {
            ".md" or ".markdown" => [MarkdownFormat.Read(text, file)],
            ".html" or ".htm" => [HtmlFormat.Read(text, file)],
            ".jsonl" or ".ndjson" => JsonFormat.ReadLines(text, file),
            ".json" => JsonFormat.ReadDocument(text, file),
            ".rss" or ".atom" => FeedFormat.Read(text, file),
            ".xml" => FeedFormat.IsFeed(text) ? FeedFormat.Read(text, file) : [Unsupported(file, format)],
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
                    onPosition(raw.Position);
                    yield return item;
                }
            }
        }
    }

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
