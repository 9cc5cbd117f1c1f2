using System.Globalization;
using System.Text;
using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Reports.Internal;
using static Parallax.Reports.Internal.MarkdownText;

namespace Parallax.Reports;

/// <summary>
/// A Markdown report for pasting into notes: each outlet's headline with what states its fact elsewhere, the brief with citations, shared facts with both
/// sentences quoted, unique facts per outlet, divergences, voices and entities with their
/// spelling per outlet. Article text is escaped so that it never turns into markup.
/// </summary>
public static class MarkdownReport
{
    /// <summary>Writes a story report.</summary>
    public static void Write(Story story, TextWriter output, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(new MarkdownReportWriter(ReportModel.From(story), options ?? ReportOptions.Default).Story());
    }

    /// <summary>Writes the analyze form: per article, its sentences, entities and quotes.</summary>
    public static void WriteAnalysis(IReadOnlyList<ArticleAnalysis> analyses, TextWriter output, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(new MarkdownReportWriter(ReportModel.From(analyses), options ?? ReportOptions.Default).Analysis());
    }
}

internal sealed class MarkdownReportWriter(ReportModel model, ReportOptions options)
{
    private readonly StringBuilder _sb = new();

    public string Story()
    {
        var story = model.Story!;
        Title("Story");
        ArticlesTable();
        Headlines();
        Brief(story);
        Shared(story);
        Unique();
        Divergences(story);
        Voices(story);
        Entities();
        return _sb.ToString();
    }

    public string Analysis()
    {
        Title("Analysis");
        ArticlesTable();
        for (var a = 0; a < model.Articles.Length; a++)
            Section(a);
        return _sb.ToString();
    }

    /// <summary>The title and the table of articles of the analyze form, from one row per article.</summary>
    public string AnalysisHeader(IReadOnlyList<ArticleRow> rows)
    {
        var title = options.Title ?? rows.Select(r => r.Article.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? "Analysis";
        Line($"# {Escape(title)}");
        Line();
        ArticlesTable(rows);
        return _sb.ToString();
    }

    /// <summary>The section of article <paramref name="a"/> in the analyze form: its sentences, entities and quotes.</summary>
    public string Section(int a)
    {
        var analysis = model.Articles[a];
        Line($"## {Escape(model.Label(a))} ({Code(model.ArticleId(a))})");
        Line();
        Line("### Sentences");
        Line();
        foreach (var s in analysis.Sentences)
            Line($"- {Code(s.IdIn(analysis.Article.Id))} {Escape(s.Text)}");
        Line();
        Line("### Entities");
        Line();
        var any = false;
        foreach (var entity in model.Entities)
        {
            if (entity.Mentions.IsEmpty || entity.Mentions[0].Article != a)
                continue;
            any = true;
            var variants = string.Join(", ", model.Variants(entity, a).Select(Variant));
            Line($"- **{Escape(entity.Name)}** ({entity.Type.ToContractName()}, {Code(entity.Id)}): {variants}");
        }
        if (!any)
            Line("None found.");
        Line();
        Line("### Quotes");
        Line();
        if (analysis.Quotes.IsEmpty)
            Line("None found.");
        foreach (var quote in analysis.Quotes)
            Line($"- {QuoteLine(a, quote)}");
        Line();
        return _sb.ToString();
    }

    private void Title(string fallback)
    {
        Line($"# {Escape(model.Title(options.Title, fallback))}");
        Line();
    }

    private void ArticlesTable() => ArticlesTable([.. model.Articles.Select((analysis, a) => new ArticleRow(analysis.Article, model.OriginalOf(a) is { } original ? model.ArticleId(original) : null, analysis.Sentences.Length))]);

    private void ArticlesTable(IReadOnlyList<ArticleRow> rows)
    {
        Line("| Id | Outlet | Title | Published | Sentences |");
        Line("|---|---|---|---|---:|");
        foreach (var row in rows)
        {
            var article = row.Article;
            var title = article.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? $"[{Escape(article.Title ?? url)}](<{uri.AbsoluteUri.Replace(">", "%3E", StringComparison.Ordinal)}>)"
                : Escape(article.Title);
            var published = article.Published is { } p ? Contract.Iso(p) : "unknown";
            var syndicated = row.CopyOf is { } original ? $" (syndicated copy of {Code(original)})" : "";
            Line($"| {Code(article.Id)} | {Escape(article.Outlet)}{syndicated} | {title} | {published} | {row.Sentences} |");
        }
        Line();
    }

    private void Headlines()
    {
        var rows = Internal.Headlines.Of(model);
        if (rows.IsEmpty)
            return;
        Line("## Headlines");
        Line();
        foreach (var row in rows)
        {
            Line($"- **{Escape(model.Label(row.Headline.Article))}** {Code(model.HeadingId(row.Headline))}: {Escape(model.HeadingText(row.Headline))}");
            if (row.Partners.IsEmpty)
                Line("  - No other outlet's headline or sentence states it.");
            foreach (var partner in row.Partners)
            {
                var what = partner.Headline ? ", headline" : "";
                var copy = partner.Copy ? ", syndicated copy" : "";
                Line($"  - {Escape(model.Label(partner.Article))}{what} {Code(model.PartnerId(partner))}: {Escape(model.PartnerText(partner))} ({Contract.Format(partner.Score)}{copy})");
            }
        }
        Line();
    }

    private void Brief(Story story)
    {
        Line("## Brief");
        Line();
        if (story.Brief.IsEmpty)
            Line("No brief.");
        foreach (var sentence in story.Brief)
            Line($"- {Escape(sentence.Text)} {Citations(sentence.Sources)} ({Escape(model.BriefNote(sentence))})");
        Line();
    }

    private void Shared(Story story)
    {
        Line("## Shared facts");
        Line();
        if (story.Alignments.IsEmpty)
        {
            Line("No sentences align across the articles.");
            Line();
        }
        foreach (var alignment in ReportModel.SharedFacts(story))
        {
            var copy = model.IsCopy(alignment) ? ", syndicated copy" : "";
            Line($"### {Escape(alignment.Id)}: {alignment.Relation.Name()} ({Contract.Format(alignment.Score)}{copy})");
            Line();
            for (var i = 0; i < alignment.Sentences.Length; i++)
            {
                if (i > 0)
                    Line(">");
                Line($"> **{Escape(model.Label(alignment.Sentences[i].Article))}** {Code(model.SentenceId(alignment.Sentences[i]))}: {Escape(model.SentenceText(alignment.Sentences[i]))}");
            }
            Line();
        }
    }

    private void Unique()
    {
        Line("## Unique facts");
        Line();
        for (var a = 0; a < model.Articles.Length; a++)
        {
            var unique = model.UniqueOf(a);
            var note = model.SyndicationNote(a) is { } n ? $" ({Escape(n)})" : "";
            Line($"### Only {Escape(model.Label(a))}{note}");
            Line();
            if (unique.IsEmpty)
                Line("Nothing that no other outlet reports.");
            foreach (var s in unique)
                Line($"- {Code(model.SentenceId(a, s))} {Escape(model.Articles[a].Sentences[s].Text)}");
            Line();
        }
    }

    private void Divergences(Story story)
    {
        Line("## Divergences");
        Line();
        if (story.Divergences.IsEmpty)
        {
            Line("None found.");
            Line();
        }
        foreach (var divergence in story.Divergences)
        {
            Line($"- **{divergence.Kind.Name()}**: {Escape(divergence.Detail)} (confidence {Contract.Format(divergence.Confidence)})");
            foreach (var s in divergence.Sentences)
                Line($"  - {Escape(model.Label(s.Article))} {Code(model.SentenceId(s))}: {Escape(model.SentenceText(s))}");
        }
        if (!story.Divergences.IsEmpty)
            Line();
    }

    private void Voices(Story story)
    {
        Line("## Voices");
        Line();
        if (story.Voices.IsEmpty)
        {
            Line("Nobody is quoted.");
            Line();
            return;
        }
        Line("| Outlet | Speaker | Source | Quotes | Direct | Indirect |");
        Line("|---|---|---|---:|---:|---:|");
        foreach (var voice in story.Voices)
        {
            var speaker = Escape(voice.Speaker) + (voice.Entity is { } e ? " " + Code(e) : "");
            Line($"| {Escape(model.Label(voice.Article))} | {speaker} | {(voice.Named ? "named" : "anonymous")} | {voice.Quotes} | {voice.Direct} | {voice.Indirect} |");
        }
        Line();
        Line("### Quotes");
        Line();
        for (var a = 0; a < model.Articles.Length; a++)
        {
            foreach (var quote in model.Articles[a].Quotes)
                Line($"- {Escape(model.Label(a))}: {QuoteLine(a, quote)}");
        }
        Line();
    }

    private void Entities()
    {
        Line("## Entities");
        Line();
        if (model.Entities.IsEmpty)
        {
            Line("None found.");
            Line();
            return;
        }
        foreach (var entity in model.Entities)
        {
            Line($"- **{Escape(entity.Name)}** ({entity.Type.ToContractName()}, {Code(entity.Id)}, {Count(entity.Mentions.Length, "mention")})");
            for (var a = 0; a < model.Articles.Length; a++)
            {
                var variants = model.Variants(entity, a);
                if (variants.Count > 0)
                    Line($"  - {Escape(model.Label(a))}: {string.Join(", ", variants.Select(Variant))}");
            }
        }
        Line();
    }

    private string QuoteLine(int article, Documents.Quote quote)
    {
        var analysis = model.Articles[article];
        var entity = model.SpeakerEntityId(article, quote) is { } id ? " " + Code(id) : "";
        var content = Escape(quote.Content.Of(analysis.Text));
        var text = quote.Kind == Documents.QuoteKind.Direct ? $"“{content}”" : content;
        var where = model.SentenceIdOf(article, quote) is { } s ? Code(s) + " " : "";
        return $"{where}**{Escape(quote.Speaker.Text)}**{entity} ({(quote.Named ? "named" : "anonymous")}, {quote.Kind.Name()}, {Escape(quote.Cue)}): {text}";
    }

    private string Citations(IEnumerable<SentenceRef> sources)
        => "[" + string.Join(", ", sources.Select(s => Code(model.SentenceId(s)))) + "]";

    private static string Variant((string Text, int Count) v)
        => v.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $"{Escape(v.Text)} ×{v.Count}") : Escape(v.Text);

    private static string Count(int n, string singular) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : singular + "s");

    private void Line(string text = "") => _sb.Append(text).Append('\n');
}
