using System.Collections.Immutable;
using System.Globalization;
using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Reports.Internal;

namespace Parallax.Reports.Html;

/// <summary>
/// What the report's components read: the <see cref="ReportModel"/>, the options, and what is looked up more than once
/// (the coverage rows, each sentence's alignments, the unique sentences). Colour has one meaning per thing, always with a
/// glyph and a word beside it: blue ● shared, ◐ partial, red ≠ differs, amber ◆ only one outlet, grey ≡ syndicated copy.
/// </summary>
internal sealed class ReportView
{
    /// <summary>Articles shown side by side in the reading pane at most.</summary>
    public const int SideBySide = 3;

    private readonly Dictionary<(int Article, int Sentence), List<Alignment>> _alignmentsOf = [];
    private readonly HashSet<(int Article, int Sentence)> _unique = [];

    /// <summary>
    /// Written in place of the articles' parts (their columns, quotes and entities) on the frame of an analyze page written an
    /// article at a time; no text of an article can hold it, as the renderer encodes every <c>&lt;</c> of a text.
    /// </summary>
    public const string PartMarker = "<!--parallax:part-->";

    private readonly StreamedTotals? _streamed;

    /// <param name="model">What the page shows.</param>
    /// <param name="options">How it shows it.</param>
    /// <param name="streamed">
    /// For the frame of an analyze page written an article at a time: the totals of the articles written apart, whose parts the
    /// page leaves out, writing <see cref="PartMarker"/> where they go.
    /// </param>
    public ReportView(ReportModel model, ReportOptions options, StreamedTotals? streamed = null)
    {
        Model = model;
        Options = options;
        _streamed = streamed;
        Coverage = Internal.Coverage.Of(model);
        Headlines = Internal.Headlines.Of(model);
        Title = model.Title(options.Title, model.IsStory ? "Parallax story" : "Parallax analysis");
        if (model.Story is { } story)
        {
            foreach (var alignment in story.Alignments)
            {
                foreach (var s in alignment.Sentences)
                {
                    if (!_alignmentsOf.TryGetValue((s.Article, s.Sentence), out var list))
                        _alignmentsOf[(s.Article, s.Sentence)] = list = [];
                    list.Add(alignment);
                }
            }
            for (var a = 0; a < model.Articles.Length; a++)
            {
                foreach (var s in model.UniqueOf(a))
                    _unique.Add((a, s));
            }
        }
    }

    public ReportModel Model { get; }

    public ReportOptions Options { get; }

    public ImmutableArray<CoverageRow> Coverage { get; }

    /// <summary>Each article's headline with what states its fact in the other articles (none for the analyze form).</summary>
    public ImmutableArray<HeadlineRow> Headlines { get; }

    public string Title { get; }

    public int UniqueCount => _unique.Count;

    /// <summary>True on the frame of a page written an article at a time (see <see cref="PartMarker"/>).</summary>
    public bool Streamed => _streamed is not null;

    /// <summary>The entities of the page, counted.</summary>
    public int EntityCount => _streamed?.Entities ?? Model.Entities.Length;

    /// <summary>True when any article of the page has a quote.</summary>
    public bool AnyQuotes => _streamed?.AnyQuotes ?? Model.Articles.Any(a => !a.Quotes.IsEmpty);

    public bool IsUnique(int article, int sentence) => _unique.Contains((article, sentence));

    public List<Alignment>? AlignmentsOf(int article, int sentence) => _alignmentsOf.GetValueOrDefault((article, sentence));

    public bool Valid(SentenceRef s) => s.Article >= 0 && s.Article < Model.Articles.Length && s.Sentence >= 0 && s.Sentence < Model.Articles[s.Article].Sentences.Length;

    public string OutletTitle(int a)
    {
        var article = Model.Articles[a].Article;
        return article.Published is { } p ? $"{Model.Label(a)} ({article.Id}), {Contract.Iso(p)}" : $"{Model.Label(a)} ({article.Id})";
    }

    /// <summary>The article's entity mentions as (start, end, entity id), in text order, longest first at one start.</summary>
    public List<(int Start, int End, string Entity)> MentionsOf(int a)
    {
        var analysis = Model.Articles[a];
        var list = new List<(int, int, string)>();
        for (var i = 0; i < analysis.Mentions.Length; i++)
        {
            var m = analysis.Mentions[i];
            if (Model.EntityIdOf(a, i) is { } entity && m.Start >= 0 && m.End <= analysis.Text.Length && m.Start < m.End)
                list.Add((m.Start, m.End, entity));
        }
        list.Sort((x, y) => x.Item1 != y.Item1 ? x.Item1.CompareTo(y.Item1) : y.Item2.CompareTo(x.Item2));
        return list;
    }

    /// <summary>The article order of the timeline: earliest first, undated last.</summary>
    public List<int> ByPublication()
        => [.. Enumerable.Range(0, Model.Articles.Length)
            .OrderBy(a => Model.Articles[a].Article.Published is null)
            .ThenBy(a => Model.Articles[a].Article.Published ?? DateTimeOffset.MaxValue)
            .ThenBy(a => a)];

    public static string After(TimeSpan span)
    {
        if (span.TotalMinutes < 1)
            return "same time";
        if (span.TotalHours < 1)
            return $"+{(int)span.TotalMinutes} min";
        if (span.TotalDays < 2)
            return span.Minutes == 0 || span.TotalHours >= 10 ? $"+{(int)span.TotalHours} h" : $"+{(int)span.TotalHours} h {span.Minutes} min";
        return $"+{(int)span.TotalDays} days";
    }

    public static string Confidence(double confidence)
    {
        var word = confidence >= 0.8 ? "high" : confidence >= 0.6 ? "medium" : "low";
        return $"{word} confidence ({Contract.Format(confidence)})";
    }

    public static string Glyph(Cell cell) => cell switch
    {
        Cell.Reports => "●",
        Cell.Partial => "◐",
        Cell.Differs => "≠",
        Cell.Copy => "≡",
        Cell.Only => "◆",
        _ => "",
    };

    public static string CellClass(Cell cell) => cell switch
    {
        Cell.Reports => "reports",
        Cell.Partial => "partial",
        Cell.Differs => "differs",
        Cell.Copy => "copy",
        Cell.Only => "only",
        _ => "none",
    };

    public static string CellWord(Cell cell) => cell switch
    {
        Cell.Reports => "shared",
        Cell.Partial => "partial",
        Cell.Differs => "differs",
        Cell.Copy => "copy",
        Cell.Only => "only here",
        _ => "not reported",
    };

    public static string CellMeaning(Cell cell) => cell switch
    {
        Cell.Reports => "reported by two or more outlets",
        Cell.Partial => "the same fact with more or less detail",
        Cell.Differs => "the same fact with a detail that contradicts another outlet",
        Cell.Copy => "repeated by a syndicated copy (counts once)",
        Cell.Only => "no other independent outlet reports it",
        _ => "",
    };

    public static string Count(int n, string singular, string? plural = null)
        => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : plural ?? singular + "s");

    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>What a page's frame needs to know of the articles written apart from it: their entities, counted, and whether any has a quote.</summary>
internal sealed record StreamedTotals(int Entities, bool AnyQuotes);
