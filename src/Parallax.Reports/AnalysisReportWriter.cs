using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parallax.Analysis;
using Parallax.Documents;
using Parallax.Reports.Html;
using Parallax.Reports.Internal;

namespace Parallax.Reports;

/// <summary>
/// The analyze form written one article at a time, in the order the analyses are added, with the same output as
/// <see cref="Report.RenderAnalysis"/> over them all. JSON is written as it comes (entities and quotes wait in temporary
/// files for the articles to end); Markdown and text keep each article's section in a temporary file until the table of
/// articles at their head is known; HTML renders each article's parts (its column, quotes and entities) into temporary files
/// and puts them in the page's frame at the end; so only one article's analysis is held at a time.
/// </summary>
public abstract class AnalysisReportWriter : IDisposable
{
    private readonly Dictionary<string, int> _outlets;

    private protected AnalysisReportWriter(TextWriter output, IReadOnlyList<Article> articles, ReportOptions options)
    {
        Output = output;
        Options = options;
        _outlets = articles.GroupBy(a => a.Outlet, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }

    private protected TextWriter Output { get; }

    private protected ReportOptions Options { get; }

    /// <summary>
    /// A writer of <paramref name="format"/> to <paramref name="output"/>; <paramref name="articles"/> are those whose
    /// analyses may be added (outlet names shared by two of them are shown with the article id, as in the whole report).
    /// </summary>
    public static AnalysisReportWriter Open(ReportFormat format, TextWriter output, IReadOnlyList<Article> articles, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(articles);
        options ??= ReportOptions.Default;
        return format switch
        {
            ReportFormat.Json => new JsonStream(output, articles, options),
            ReportFormat.Markdown => new MarkdownStream(output, articles, options),
            ReportFormat.Text => new TextStream(output, articles, options),
            ReportFormat.Html => new HtmlStream(output, articles, options),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }

    /// <summary>Writes (or keeps) the next article.</summary>
    public abstract void Add(ArticleAnalysis analysis);

    /// <summary>Writes what is left; the report is complete once this returns.</summary>
    public abstract void Complete();

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Removes the temporary files.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }

    private protected string Label(Article article) => _outlets.GetValueOrDefault(article.Outlet) > 1 ? $"{article.Outlet} ({article.Id})" : article.Outlet;

    private protected static ArticleRow Row(ArticleAnalysis analysis) => new(analysis.Article with { Text = "" }, null, analysis.Sentences.Length);

    private protected static FileStream Spool() => new(Path.Combine(Path.GetTempPath(), $"parallax-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);

    private protected static void CopyText(Stream spool, TextWriter output)
    {
        spool.Position = 0;
        using var reader = new StreamReader(spool, Encoding.UTF8, false, 1 << 16, leaveOpen: true);
        var buffer = new char[1 << 15];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            output.Write(buffer, 0, read);
    }

    /// <summary>
    /// JSON, byte for byte as <see cref="JsonReport"/> writes it: each item is written alone and indented to its depth
    /// (JSON strings hold no raw line breaks, so indenting after each line break is safe).
    /// </summary>
    private sealed class JsonStream : AnalysisReportWriter
    {
        private readonly FileStream _entities = Spool();
        private readonly FileStream _quotes = Spool();
        private readonly System.Buffers.ArrayBufferWriter<byte> _buffer = new();
        private readonly Utf8JsonWriter _writer;
        private readonly Item _articles;
        private readonly Item _entityItems;
        private readonly Item _quoteItems;
        private bool _started;

        public JsonStream(TextWriter output, IReadOnlyList<Article> articles, ReportOptions options)
            : base(output, articles, options)
        {
            _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = options.Indented, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            _articles = new Item(options.Indented);
            _entityItems = new Item(options.Indented);
            _quoteItems = new Item(options.Indented);
        }

        private void Start()
        {
            if (_started)
                return;
            _started = true;
            Output.Write(Options.Indented ? $"{{\n  \"schema\": \"{Contract.AnalysisSchema}\",\n  \"articles\": [" : $"{{\"schema\":\"{Contract.AnalysisSchema}\",\"articles\":[");
        }

        public override void Add(ArticleAnalysis analysis)
        {
            ArgumentNullException.ThrowIfNull(analysis);
            Start();
            var model = ReportModel.Of(analysis, Label(analysis.Article));
            var json = new JsonReportWriter(model, _writer, Options);
            Output.Write(Encoding.UTF8.GetString(Written(() => json.Article(0), _articles)));
            foreach (var entity in model.Entities)
                _entities.Write(Written(() => json.Entity(entity), _entityItems));
            foreach (var quote in analysis.Quotes)
                _quotes.Write(Written(() => json.Quote(0, quote), _quoteItems));
        }

        public override void Complete()
        {
            Start();
            Output.Write(_articles.End());
            Output.Write(Options.Indented ? ",\n  \"entities\": [" : ",\"entities\":[");
            _entities.Flush();
            CopyText(_entities, Output);
            Output.Write(_entityItems.End());
            Output.Write(Options.Indented ? ",\n  \"quotes\": [" : ",\"quotes\":[");
            CopyText(_quotes, Output);
            Output.Write(_quoteItems.End());
            Output.Write(Options.Indented ? "\n}\n" : "}\n");
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _writer.Dispose();
                _entities.Dispose();
                _quotes.Dispose();
            }
            base.Dispose(disposing);
        }

        private byte[] Written(Action write, Item item)
        {
            _buffer.ResetWrittenCount();
            _writer.Reset(_buffer);
            write();
            _writer.Flush();
            var text = _buffer.WrittenSpan;
            var bytes = new List<byte>(text.Length + 64);
            bytes.AddRange(item.Separator());
            foreach (var b in text)
            {
                bytes.Add(b);
                if (b == (byte)'\n')
                    bytes.AddRange("    "u8);
            }
            return [.. bytes];
        }

        /// <summary>The separators of one array's items: the first opens on a new line, the others after a comma.</summary>
        private sealed class Item(bool indented)
        {
            private bool _any;

            public byte[] Separator()
            {
                var first = !_any;
                _any = true;
                return indented ? (first ? "\n    "u8 : ",\n    "u8).ToArray() : (first ? [] : ","u8.ToArray());
            }

            public string End() => _any && indented ? "\n  ]" : "]";
        }
    }

    /// <summary>Markdown: the title and table of articles first, then the sections kept meanwhile in a temporary file.</summary>
    private sealed class MarkdownStream(TextWriter output, IReadOnlyList<Article> articles, ReportOptions options) : AnalysisReportWriter(output, articles, options)
    {
        private readonly FileStream _spool = Spool();
        private readonly List<ArticleRow> _rows = [];
        private StreamWriter? _sections;

        public override void Add(ArticleAnalysis analysis)
        {
            ArgumentNullException.ThrowIfNull(analysis);
            _sections ??= new StreamWriter(_spool, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            _rows.Add(Row(analysis));
            _sections.Write(new MarkdownReportWriter(ReportModel.Of(analysis, Label(analysis.Article)), Options).Section(0));
        }

        public override void Complete()
        {
            Output.Write(new MarkdownReportWriter(ReportModel.From([]), Options).AnalysisHeader(_rows));
            _sections?.Flush();
            CopyText(_spool, Output);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _sections?.Dispose();
                _spool.Dispose();
            }
            base.Dispose(disposing);
        }
    }

    /// <summary>Text: as Markdown; the sections are drawn on a console over the temporary file with the output's width and colours.</summary>
    private sealed class TextStream : AnalysisReportWriter
    {
        private readonly FileStream _spool = Spool();
        private readonly StreamWriter _sections;
        private readonly Spectre.Console.IAnsiConsole _console;
        private readonly List<ArticleRow> _rows = [];
        private int _entities;

        public TextStream(TextWriter output, IReadOnlyList<Article> articles, ReportOptions options)
            : base(output, articles, options)
        {
            _sections = new StreamWriter(_spool, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            _console = TextReport.ConsoleFor(output, options, _sections);
        }

        public override void Add(ArticleAnalysis analysis)
        {
            ArgumentNullException.ThrowIfNull(analysis);
            var label = Label(analysis.Article);
            _rows.Add(Row(analysis) with { Article = analysis.Article with { Text = "", Outlet = label } });
            _entities += analysis.Entities.Length;
            new TextReportWriter(ReportModel.Of(analysis, label), _console, Options).Section(0);
        }

        public override void Complete()
        {
            new TextReportWriter(ReportModel.From([]), TextReport.ConsoleFor(Output, Options), Options).AnalysisHeader(_rows, _entities);
            _sections.Flush();
            CopyText(_spool, Output);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _sections.Dispose();
                _spool.Dispose();
            }
            base.Dispose(disposing);
        }
    }

    /// <summary>
    /// HTML: each article's column, quotes and entities are rendered as it comes, each into its own temporary file; the page's
    /// frame (title, counts, the picker of articles) is rendered at the end, and the three files are copied into it where it
    /// marks their places.
    /// </summary>
    private sealed class HtmlStream : AnalysisReportWriter
    {
        private readonly FileStream[] _spools = [Spool(), Spool(), Spool()];
        private readonly StreamWriter[] _parts;
        private readonly List<ArticleAnalysis> _rows = [];
        private int _entities;
        private bool _anyQuotes;

        public HtmlStream(TextWriter output, IReadOnlyList<Article> articles, ReportOptions options)
            : base(output, articles, options)
        {
            _parts = [.. _spools.Select(s => new StreamWriter(s, new UTF8Encoding(false), 1 << 16, leaveOpen: true))];
        }

        public override void Add(ArticleAnalysis analysis)
        {
            ArgumentNullException.ThrowIfNull(analysis);
            var index = _rows.Count;
            _rows.Add(new ArticleAnalysis(analysis.Article with { Text = "" }));
            _entities += analysis.Entities.Length;
            _anyQuotes |= !analysis.Quotes.IsEmpty;
            var options = Options with { ArticleLinks = index < Options.ArticleLinks.Count ? [Options.ArticleLinks[index]] : [] };
            var html = HtmlTemplates.Render<StreamedArticle, ReportView>(new ReportView(ReportModel.Of(analysis, Label(analysis.Article)), options));
            var parts = html.Split(ReportView.PartMarker);
            if (parts.Length != _parts.Length)
                throw new InvalidOperationException($"an article's parts came out as {parts.Length}, not {_parts.Length}");
            for (var i = 0; i < parts.Length; i++)
                _parts[i].Write(parts[i]);
        }

        public override void Complete()
        {
            var frame = HtmlTemplates.Render<ReportPage, ReportView>(new ReportView(ReportModel.From(_rows), Options, new StreamedTotals(_entities, _anyQuotes)))
                .Split(ReportView.PartMarker);
            var places = new List<int>(3);
            if (_rows.Count > 0)
                places.Add(0);
            places.Add(1);
            if (_entities > 0)
                places.Add(2);
            if (frame.Length != places.Count + 1)
                throw new InvalidOperationException($"the page's frame has {frame.Length - 1} places for the articles' parts, not {places.Count}");
            Output.Write(frame[0]);
            for (var i = 0; i < places.Count; i++)
            {
                _parts[places[i]].Flush();
                CopyText(_spools[places[i]], Output);
                Output.Write(frame[i + 1]);
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                foreach (var part in _parts)
                    part.Dispose();
                foreach (var spool in _spools)
                    spool.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
