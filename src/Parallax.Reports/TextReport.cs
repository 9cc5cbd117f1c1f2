using System.Globalization;
using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Reports.Internal;
using Spectre.Console;
using Spectre.Console.Rendering;
using SpectreText = Spectre.Console.Text;

namespace Parallax.Reports;

/// <summary>
/// A readable terminal summary (Spectre.Console): articles, headlines, the brief, shared facts, unique facts,
/// divergences, voices and entities. Colour only when writing to a terminal.
/// </summary>
public static class TextReport
{
    /// <summary>Writes a story summary to a console.</summary>
    public static void Write(Story story, IAnsiConsole console, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        new TextReportWriter(ReportModel.From(story), console, options ?? ReportOptions.Default).Story();
    }

    /// <summary>Writes a story summary to a writer: plain text, unless the writer is a terminal's standard output.</summary>
    public static void Write(Story story, TextWriter output, ReportOptions? options = null)
    {
        options ??= ReportOptions.Default;
        Write(story, ConsoleFor(output, options), options);
    }

    /// <summary>Writes the analyze form (per article: entities and quotes) to a console.</summary>
    public static void WriteAnalysis(IReadOnlyList<ArticleAnalysis> analyses, IAnsiConsole console, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        new TextReportWriter(ReportModel.From(analyses), console, options ?? ReportOptions.Default).Analysis();
    }

    /// <summary>Writes the analyze form to a writer.</summary>
    public static void WriteAnalysis(IReadOnlyList<ArticleAnalysis> analyses, TextWriter output, ReportOptions? options = null)
    {
        options ??= ReportOptions.Default;
        WriteAnalysis(analyses, ConsoleFor(output, options), options);
    }

    /// <summary>
    /// A console over <paramref name="output"/>: ANSI and colour detected when it is the standard output of
    /// a terminal, otherwise none, with <see cref="ReportOptions.Width"/> (default 100) columns.
    /// </summary>
    public static IAnsiConsole ConsoleFor(TextWriter output, ReportOptions? options = null) => ConsoleFor(output, options, output);

    /// <summary>A console as <see cref="ConsoleFor(TextWriter, ReportOptions?)"/> over <paramref name="output"/> that writes to <paramref name="target"/> (which is copied to the output later).</summary>
    internal static IAnsiConsole ConsoleFor(TextWriter output, ReportOptions? options, TextWriter target)
    {
        ArgumentNullException.ThrowIfNull(output);
        var terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(target),
        });
        if (!terminal || options?.Width is not null)
            console.Profile.Width = options?.Width ?? 100;
        if (!terminal)
            console.Profile.Capabilities.Unicode = true;
        return console;
    }
}

internal sealed class TextReportWriter(ReportModel model, IAnsiConsole console, ReportOptions options)
{
    private static readonly Style Heading = new(Color.Aqua, decoration: Decoration.Bold);
    private static readonly Style Dim = new(Color.Grey);

    public void Story()
    {
        var story = model.Story!;
        Title();
        ArticlesTable();
        Headlines();
        Brief(story);
        Alignments(story);
        Unique();
        Divergences(story);
        Voices(story);
        Entities("Entities", model.Entities);
    }

    public void Analysis()
    {
        Title();
        ArticlesTable();
        for (var a = 0; a < model.Articles.Length; a++)
            Section(a);
    }

    /// <summary>The title, counts and table of articles of the analyze form, from one row per article and the number of entities.</summary>
    public void AnalysisHeader(IReadOnlyList<ArticleRow> rows, int entities)
    {
        var title = options.Title ?? rows.Select(r => r.Article.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? "Analysis";
        Title(title, $"{Count(rows.Count, "article")} · {Count(entities, "entity", "entities")}");
        ArticlesTable(rows);
    }

    /// <summary>The section of article <paramref name="a"/> in the analyze form: its entities and quotes.</summary>
    public void Section(int a)
    {
        Entities($"{model.ArticleId(a)} {model.Label(a)}: entities", [.. model.Entities.Where(e => !e.Mentions.IsEmpty && e.Mentions[0].Article == a)]);
        Quotes(a);
    }

    private void Title()
    {
        var title = model.Title(options.Title, model.IsStory ? "Story" : "Analysis");
        var summary = model.Story is { } story
            ? $"{Count(model.Articles.Length, "article")} · {Count(story.Alignments.Length, "shared fact")} · {Count(model.Articles.Select((_, i) => model.UniqueOf(i).Length).Sum(), "unique sentence")} · {Count(story.Divergences.Length, "divergence")} · {Count(model.Entities.Length, "entity", "entities")}"
            : $"{Count(model.Articles.Length, "article")} · {Count(model.Entities.Length, "entity", "entities")}";
        Title(title, summary);
    }

    private void Title(string title, string summary)
    {
        console.Write(new Rule().RuleStyle(Dim));
        console.Write(new Paragraph(title, new Style(decoration: Decoration.Bold)));
        console.WriteLine();
        console.Write(new Paragraph(summary, Dim));
        console.WriteLine();
        console.Write(new Rule().RuleStyle(Dim));
    }

    private void ArticlesTable()
        => ArticlesTable([.. model.Articles.Select((analysis, a) => new ArticleRow(analysis.Article with { Outlet = model.Label(a) }, model.OriginalOf(a) is { } original ? model.ArticleId(original) : null, analysis.Sentences.Length))]);

    /// <summary>The table of articles; each row's outlet is shown as given (the label).</summary>
    private void ArticlesTable(IReadOnlyList<ArticleRow> rows)
    {
        var table = NewTable("Id", "Outlet", "Title", "Published", "Sentences");
        table.Columns[4].RightAligned();
        foreach (var row in rows)
        {
            var article = row.Article;
            var outlet = row.CopyOf is { } original ? $"{article.Outlet} (syndicated copy of {original})" : article.Outlet;
            Row(table, article.Id, outlet, article.Title ?? "", article.Published is { } p ? Contract.Iso(p) : "unknown", Number(row.Sentences));
        }
        console.Write(table);
    }

    private void Brief(Story story)
    {
        Section("Brief");
        if (story.Brief.IsEmpty)
        {
            Empty("No brief.");
            return;
        }
        for (var i = 0; i < story.Brief.Length; i++)
        {
            var sentence = story.Brief[i];
            var line = new Paragraph($"{i + 1}. {sentence.Text} ");
            line.Append("[" + string.Join(", ", sentence.Sources.Select(model.SentenceId)) + "] (" + model.BriefNote(sentence) + ")", Dim);
            console.Write(line);
            console.WriteLine();
        }
    }

    private void Headlines()
    {
        var rows = Internal.Headlines.Of(model);
        if (rows.IsEmpty)
            return;
        Section("Headlines");
        var table = NewTable("Id", "Outlet", "Headline", "Same fact elsewhere");
        foreach (var row in rows)
        {
            IRenderable partners = row.Partners.IsEmpty
                ? new SpectreText("none found", Dim)
                : new Rows(row.Partners.Select(p => (IRenderable)PartnerLine(p)));
            table.AddRow(new SpectreText(model.HeadingId(row.Headline)), new SpectreText(model.Label(row.Headline.Article)), new SpectreText(model.HeadingText(row.Headline)), partners);
        }
        console.Write(table);
    }

    private Paragraph PartnerLine(HeadlinePartner partner)
    {
        var line = new Paragraph();
        line.Append(model.PartnerId(partner) + " ", Dim);
        line.Append(model.Label(partner.Article) + (partner.Headline ? " (headline)" : "") + (partner.Copy ? " (copy)" : "") + ": ", new Style(decoration: Decoration.Bold));
        line.Append(model.PartnerText(partner));
        return line;
    }

    private void Alignments(Story story)
    {
        Section("Shared facts");
        if (story.Alignments.IsEmpty)
        {
            Empty("No sentences align across the articles.");
            return;
        }
        var table = NewTable("Id", "Relation", "Score", "Sentences");
        table.Columns[2].RightAligned();
        foreach (var alignment in ReportModel.SharedFacts(story))
        {
            var lines = new Rows(alignment.Sentences.Select(s => (IRenderable)SentenceLine(s)));
            var relation = alignment.Relation.Name() + (model.IsCopy(alignment) ? "\n(copy)" : "");
            table.AddRow(new SpectreText(alignment.Id), new SpectreText(relation, RelationStyle(alignment.Relation)), new SpectreText(Contract.Format(alignment.Score)), lines);
        }
        console.Write(table);
    }

    private void Unique()
    {
        Section("Unique facts");
        var table = NewTable("Outlet", "Sentence", "Text");
        var any = false;
        for (var a = 0; a < model.Articles.Length; a++)
        {
            foreach (var s in model.UniqueOf(a))
            {
                any = true;
                Row(table, model.Label(a) + (model.SyndicationNote(a) is { } note ? $"\n({note})" : ""), model.SentenceId(a, s), model.Articles[a].Sentences[s].Text);
            }
        }
        if (any)
            console.Write(table);
        else
            Empty("None.");
    }

    private void Divergences(Story story)
    {
        Section("Divergences");
        if (story.Divergences.IsEmpty)
        {
            Empty("None found.");
            return;
        }
        var table = NewTable("Kind", "Detail", "Sentences", "Conf.");
        table.Columns[3].RightAligned();
        foreach (var d in story.Divergences)
            Row(table, d.Kind.Name(), d.Detail, string.Join(" ", d.Sentences.Select(model.SentenceId)), Contract.Format(d.Confidence));
        console.Write(table);
    }

    private void Voices(Story story)
    {
        Section("Voices");
        if (story.Voices.IsEmpty)
        {
            Empty("Nobody is quoted.");
            return;
        }
        var table = NewTable("Outlet", "Speaker", "Source", "Quotes", "Direct", "Indirect");
        for (var i = 3; i < 6; i++)
            table.Columns[i].RightAligned();
        foreach (var v in story.Voices)
        {
            var speaker = v.Entity is null ? v.Speaker : $"{v.Speaker} ({v.Entity})";
            Row(table, model.Label(v.Article), speaker, v.Named ? "named" : "anonymous", Number(v.Quotes), Number(v.Direct), Number(v.Indirect));
        }
        console.Write(table);
    }

    private void Entities(string title, IReadOnlyList<EntityView> entities)
    {
        Section(title);
        if (entities.Count == 0)
        {
            Empty("None found.");
            return;
        }
        var table = NewTable("Id", "Name", "Type", "Mentions", "Variants");
        table.Columns[3].RightAligned();
        foreach (var entity in entities)
        {
            var variants = new List<string>();
            for (var a = 0; a < model.Articles.Length; a++)
            {
                var forms = model.Variants(entity, a);
                if (forms.Count > 0)
                    variants.Add((model.IsStory ? model.Label(a) + ": " : "") + string.Join(", ", forms.Select(f => f.Count > 1 ? $"{f.Text} ×{f.Count}" : f.Text)));
            }
            Row(table, entity.Id, entity.Name, entity.Type.ToContractName(), Number(entity.Mentions.Length), string.Join("\n", variants));
        }
        console.Write(table);
    }

    private void Quotes(int a)
    {
        var analysis = model.Articles[a];
        Section($"{model.ArticleId(a)} {model.Label(a)}: quotes");
        if (analysis.Quotes.IsEmpty)
        {
            Empty("None found.");
            return;
        }
        var table = NewTable("Sentence", "Speaker", "Kind", "Cue", "Text");
        foreach (var q in analysis.Quotes)
        {
            var speaker = model.SpeakerEntityId(a, q) is { } id ? $"{q.Speaker.Text} ({id})" : q.Speaker.Text;
            Row(table, model.SentenceIdOf(a, q) ?? "", speaker, q.Kind.Name() + (q.Named ? "" : ", anonymous"), q.Cue, q.Content.Of(analysis.Text));
        }
        console.Write(table);
    }

    private Paragraph SentenceLine(SentenceRef s)
    {
        var line = new Paragraph();
        line.Append(model.SentenceId(s) + " ", Dim);
        line.Append(model.Label(s.Article) + ": ", new Style(decoration: Decoration.Bold));
        line.Append(model.SentenceText(s));
        return line;
    }

    private void Section(string title)
    {
        console.WriteLine();
        console.Write(new Paragraph(title, Heading));
        console.WriteLine();
    }

    private void Empty(string text)
    {
        console.Write(new Paragraph(text, Dim));
        console.WriteLine();
    }

    private static Table NewTable(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded).BorderStyle(Dim);
        foreach (var c in columns)
            table.AddColumn(new TableColumn(new SpectreText(c, new Style(decoration: Decoration.Bold))));
        return table;
    }

    private static void Row(Table table, params string[] cells) => table.AddRow([.. cells.Select(c => (IRenderable)new SpectreText(c))]);

    private static Style RelationStyle(AlignmentRelation relation) => relation switch
    {
        AlignmentRelation.Agree => new Style(Color.Green),
        AlignmentRelation.Partial => new Style(Color.Yellow),
        _ => new Style(Color.Red),
    };

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Count(int n, string singular, string? plural = null)
        => Number(n) + " " + (n == 1 ? singular : plural ?? singular + "s");
}
