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
        if (folder is not null)
            AppDomain.CurrentDomain.ProcessExit += OnExit; // Ctrl-C ends analyze and compare without disposing
    }

    private void OnExit(object? sender, EventArgs e) => Dispose();

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
        AppDomain.CurrentDomain.ProcessExit -= OnExit;
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
        using var file = File.OpenRead(path);
        var magic = new byte[2];
        if (file.ReadAtLeast(magic, 2, throwOnEndOfStream: false) == 2 && magic[0] == 0x1F && magic[1] == 0x8B)
        {
            file.Position = 0;
            try
            {
                using var unzipped = new GZipStream(file, CompressionMode.Decompress);
                return Sniff(unzipped) + ".gz";
            }
            catch (InvalidDataException)
            {
                return ".txt.gz"; // the reader reports the broken data
            }
        }
        file.Position = 0;
        return Sniff(file);
    }

    private static string Sniff(Stream input)
    {
        var head = new byte[4096];
        var read = input.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var text = Encoding.UTF8.GetString(head, 0, read).TrimStart('\uFEFF').TrimStart();
        // JSON only when the first value opens as JSON does: "[Update] Dock workers …" is text.
        if (text.StartsWith('['))
            return OpensJsonValue(text.AsSpan(1)) ? ".json" : ".txt";
        if (text.StartsWith('{'))
            return !OpensJsonMember(text.AsSpan(1)) ? ".txt" : FirstLineIsWholeObject(head.AsSpan(0, read), input) ? ".jsonl" : ".json";
        if (text.StartsWith('<'))
        {
            if (text.Contains("<rss", StringComparison.OrdinalIgnoreCase))
                return ".rss";
            return text.Contains("<feed", StringComparison.OrdinalIgnoreCase) ? ".atom" : ".html";
        }
        return text.StartsWith("---\n", StringComparison.Ordinal) || text.StartsWith("---\r\n", StringComparison.Ordinal) ? ".md" : ".txt";
    }

    private static bool OpensJsonValue(ReadOnlySpan<char> rest)
        => rest.TrimStart() is [var c, ..] && (c is '{' or '[' or ']' or '"' or '-' or 't' or 'f' or 'n' || char.IsAsciiDigit(c));

    private static bool OpensJsonMember(ReadOnlySpan<char> rest) => rest.TrimStart() is [var c, ..] && c is '"' or '}';

    /// <summary>
    /// JSON lines: the first line (however long: an article's text is longer than any head read) is one whole JSON value and
    /// another line follows it.
    /// </summary>
    private static bool FirstLineIsWholeObject(ReadOnlySpan<byte> head, Stream rest)
    {
        using var line = new MemoryStream();
        var buffer = head.ToArray();
        var count = buffer.Length;
        var newline = -1;
        while (true)
        {
            newline = Array.IndexOf(buffer, (byte)'\n', 0, count);
            line.Write(buffer, 0, newline >= 0 ? newline : count);
            if (newline >= 0 || line.Length > MaxFirstLine)
                break;
            buffer = new byte[1 << 16];
            count = rest.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (count == 0)
                return false;
        }
        if (newline < 0)
            return false;
        var following = buffer.AsSpan(newline + 1, count - newline - 1);
        var more = following.IndexOfAnyExcept(" \t\r\n"u8) >= 0;
        if (!more)
        {
            var next = new byte[4096];
            int n;
            while (!more && (n = rest.ReadAtLeast(next, next.Length, throwOnEndOfStream: false)) > 0)
                more = next.AsSpan(0, n).IndexOfAnyExcept(" \t\r\n"u8) >= 0;
        }
        return more && IsWholeValue(line.GetBuffer().AsSpan(0, (int)line.Length));
    }

    private const int MaxFirstLine = 64 << 20;

    private static bool IsWholeValue(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new System.Text.Json.Utf8JsonReader(json.StartsWith("\uFEFF"u8) ? json[3..] : json);
            if (!reader.Read())
                return false;
            reader.Skip();
            return !reader.Read();
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    /// <summary>Writes through to another writer, naming the spool file <c>stdin</c>.</summary>
    private sealed class DisplayWriter : TextWriter
    {
        private readonly TextWriter _inner;
        private readonly StandardInput _input;

        public DisplayWriter(TextWriter inner, StandardInput input)
            : base(inner.FormatProvider)
        {
            (_inner, _input) = (inner, input);
            CoreNewLine = inner.NewLine.ToCharArray();
        }

        public override Encoding Encoding => _inner.Encoding;

        public override void Write(char value) => _inner.Write(value);

        public override void Write(string? value) => _inner.Write(value is null ? null : _input.Display(value));

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Write(ReadOnlySpan<char> buffer) => Write(new string(buffer));

        public override void WriteLine(string? value) => _inner.WriteLine(value is null ? null : _input.Display(value));

        public override void WriteLine(ReadOnlySpan<char> buffer) => WriteLine(new string(buffer));

        public override void WriteLine(char[] buffer, int index, int count) => WriteLine(new string(buffer, index, count));

        public override void Flush() => _inner.Flush();
    }
}
