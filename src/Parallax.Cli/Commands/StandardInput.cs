using System.IO.Compression;
using System.Text;

namespace Parallax.Cli.Commands;

/// <summary>
/// The input <c>-</c>: standard input, read once into a file of its own in a temporary folder, so that the streaming readers
/// get a file and a command that reads its inputs twice (as <c>analyze</c> does) reads the same bytes twice. The file is named
/// after the format its first bytes show (<see cref="Sniff"/>); messages and article sources call it <c>stdin</c>.
/// </summary>
internal sealed class StandardInput : IDisposable
{
    public const string Dash = "-";
    private const string Name = "stdin";
    private readonly string? _folder;

    private StandardInput(string[] paths, string? spool, string? folder)
    {
        Paths = paths;
        Spool = spool;
        _folder = folder;
    }

    /// <summary>The inputs with <c>-</c> replaced by the file standard input was read into.</summary>
    public string[] Paths { get; }

    /// <summary>The file standard input was read into, or null when <c>-</c> was not given.</summary>
    public string? Spool { get; }

    /// <summary>Reads standard input into a file when <paramref name="paths"/> holds <c>-</c> (once at most).</summary>
    /// <exception cref="CliException"><c>-</c> is given more than once.</exception>
    public static StandardInput Resolve(string[] paths, Func<Stream> open)
    {
        var dashes = paths.Count(p => p == Dash);
        if (dashes == 0)
            return new StandardInput(paths, null, null);
        if (dashes > 1)
            throw new CliException("'-' (standard input) is given more than once", ExitCodes.Usage);
        var folder = Directory.CreateTempSubdirectory("parallax-stdin-").FullName;
        try
        {
            var raw = Path.Combine(folder, Name);
            using (var input = open())
            using (var file = File.Create(raw))
                input.CopyTo(file);
            var spool = raw + Sniff(raw);
            File.Move(raw, spool);
            return new StandardInput([.. paths.Select(p => p == Dash ? spool : p)], spool, folder);
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <summary><paramref name="text"/> with the spool file's path written as <c>stdin</c>.</summary>
    public string Display(string text) => Spool is null ? text : text.Replace(Spool, Name, StringComparison.Ordinal);

    /// <summary>An error writer that names standard input <c>stdin</c>; <paramref name="error"/> itself when <c>-</c> was not given.</summary>
    public TextWriter Errors(TextWriter error) => Spool is null ? error : new DisplayWriter(error, this);

    public void Dispose()
    {
        if (_folder is null)
            return;
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary folder left behind is no reason to fail the command.
        }
    }

    /// <summary>
    /// The extension of the format a file's first bytes show: <c>.json</c> for an array or an object (<c>.jsonl</c> when the first
    /// line is a whole object and more follows), <c>.rss</c> or <c>.atom</c> for a feed, <c>.html</c> for other markup, <c>.md</c> for
    /// YAML front matter, else <c>.txt</c>; gzip-compressed data gets its content's extension and <c>.gz</c>.
    /// </summary>
    internal static string Sniff(string path)
    {
        var head = new byte[4096];
        int read;
        using (var file = File.OpenRead(path))
        {
            read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (read >= 2 && head[0] == 0x1F && head[1] == 0x8B)
            {
                file.Position = 0;
                try
                {
                    using var unzipped = new GZipStream(file, CompressionMode.Decompress);
                    var inner = new byte[head.Length];
                    return Sniff(inner.AsSpan(0, unzipped.ReadAtLeast(inner, inner.Length, throwOnEndOfStream: false))) + ".gz";
                }
                catch (InvalidDataException)
                {
                    return ".txt.gz"; // the reader reports the broken data
                }
            }
        }
        return Sniff(head.AsSpan(0, read));
    }

    private static string Sniff(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF').TrimStart();
        if (text.StartsWith('['))
            return ".json";
        if (text.StartsWith('{'))
        {
            var end = text.IndexOf('\n', StringComparison.Ordinal);
            return end > 0 && text[..end].TrimEnd().EndsWith('}') && !string.IsNullOrWhiteSpace(text[(end + 1)..]) ? ".jsonl" : ".json";
        }
        if (text.StartsWith('<'))
        {
            if (text.Contains("<rss", StringComparison.OrdinalIgnoreCase))
                return ".rss";
            return text.Contains("<feed", StringComparison.OrdinalIgnoreCase) ? ".atom" : ".html";
        }
        return text.StartsWith("---\n", StringComparison.Ordinal) || text.StartsWith("---\r\n", StringComparison.Ordinal) ? ".md" : ".txt";
    }

    /// <summary>Writes through to another writer, naming the spool file <c>stdin</c>.</summary>
    private sealed class DisplayWriter(TextWriter inner, StandardInput input) : TextWriter
    {
        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value) => inner.Write(value);

        public override void Write(string? value) => inner.Write(value is null ? null : input.Display(value));

        public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : input.Display(value));

        public override void Flush() => inner.Flush();
    }
}
