using System.Globalization;
using System.Text;
using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Quotes;
using Parallax.Reports.Internal;
using static Parallax.Reports.Internal.Html;

namespace Parallax.Reports;

/// <summary>
/// One self-contained HTML page (inline CSS and script, no external assets): the articles side by
/// side with aligned sentences coloured and linked, unique sentences marked, and panels for the
/// brief, divergences, entities and voices. Every piece of article text is HTML-escaped.
/// </summary>
public static class HtmlReport
{
    /// <summary>The stylesheet every report page embeds.</summary>
    public static string Stylesheet { get; } = Asset("report.css");

    internal static readonly string Script = "\n" + Asset("report.js");

    /// <summary>
    /// The Content-Security-Policy source of the one script every report page embeds (<c>'sha256-...'</c>), so a server
    /// can allow exactly that script and no other inline one.
    /// </summary>
    public static string ScriptSource { get; } = "'sha256-" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Script))) + "'";

    /// <summary>Writes a story page.</summary>
    public static void Write(Story story, TextWriter output, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(new HtmlReportWriter(ReportModel.From(story), options ?? ReportOptions.Default).Page());
    }

    /// <summary>Writes the analyze form: the articles side by side with their entities and quotes.</summary>
    public static void WriteAnalysis(IReadOnlyList<ArticleAnalysis> analyses, TextWriter output, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(new HtmlReportWriter(ReportModel.From(analyses), options ?? ReportOptions.Default).Page());
    }
}

internal sealed class HtmlReportWriter
{
    private const int Colours = 8;
    private readonly ReportModel _model;
    private readonly ReportOptions _options;
    private readonly StringBuilder _sb = new();
    private readonly Dictionary<(int Article, int Sentence), List<Alignment>> _alignmentsOf = [];
    private readonly Dictionary<string, int> _colourOf = new(StringComparer.Ordinal);
    private readonly HashSet<(int Article, int Sentence)> _unique = [];

    public HtmlReportWriter(ReportModel model, ReportOptions options)
    {
        _model = model;
        _options = options;
        if (model.Story is { } story)
        {
            foreach (var alignment in story.Alignments)
            {
                _colourOf[alignment.Id] = _colourOf.Count % Colours;
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

    public string Page()
    {
        var title = _options.Title ?? _model.Articles.Select(a => a.Article.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))
            ?? (_model.IsStory ? "Parallax story" : "Parallax analysis");
        Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        Raw("<meta name=\"generator\" content=\"Parallax\">\n");
        Raw("<title>").Text(title).Raw("</title>\n<style>\n").Raw(HtmlReport.Stylesheet).Raw("</style>\n</head>\n");
        Raw("<body class=\"").Raw(_model.IsStory ? "story" : "analysis").Raw("\">\n");
        Header(title);
        if (_model.Story is { } story)
            Brief(story);
        Raw("<div class=\"main\">\n");
        Articles();
        Raw("<aside class=\"panels\">\n");
        if (_model.Story is { } s)
        {
            Divergences(s);
            Voices(s);
        }
        else
        {
            Quotes();
        }
        Entities();
        Raw("</aside>\n</div>\n");
        Raw("<script>").Raw(HtmlReport.Script).Raw("</script>\n</body>\n</html>\n");
        return _sb.ToString();
    }

    private void Header(string title)
    {
        Raw("<header class=\"top\">\n");
        if (_options.Links.Count > 0)
        {
            Raw("<nav class=\"links\">");
            foreach (var link in _options.Links)
                Raw("<a href=\"").Text(link.Href).Raw("\">").Text(link.Text).Raw("</a> ");
            Raw("</nav>\n");
        }
        Raw("<h1>").Text(title).Raw("</h1>\n<p class=\"summary\">");
        var n = _model.Articles.Length;
        Raw(Count(n, "article"));
        if (_model.Story is { } story)
        {
            Raw(" · ").Raw(Count(story.Alignments.Length, "shared fact"));
            Raw(" · ").Raw(Count(_unique.Count, "unique sentence"));
            Raw(" · ").Raw(Count(story.Divergences.Length, "divergence"));
        }
        Raw(" · ").Raw(Count(_model.Entities.Length, "entity", "entities"));
        Raw("</p>\n");
        if (_model.IsStory)
        {
            Raw("<p class=\"legend\"><span class=\"s c0\">aligned</span> sentences share a colour with their partners (hover or click one) · ");
            Raw("<span class=\"s rel-partial c1\">partial</span> · <span class=\"s rel-conflict c2\">conflict</span> · ");
            Raw("<span class=\"s u\">unique</span> to one outlet · click an entity, divergence or citation to find it in the text</p>\n");
        }
        Raw("</header>\n");
    }

    private void Brief(Story story)
    {
        Raw("<section id=\"brief\" class=\"panel brief\">\n<h2>Brief</h2>\n");
        if (story.Brief.IsEmpty)
        {
            Raw("<p class=\"empty\">No brief.</p>\n");
        }
        else
        {
            Raw("<ol>\n");
            foreach (var sentence in story.Brief)
            {
                Raw("<li>").Text(sentence.Text);
                foreach (var source in sentence.Sources)
                {
                    var id = _model.SentenceId(source);
                    Raw(" <a class=\"cite\" href=\"#").Text(id).Raw("\" data-s=\"").Text(id).Raw("\" title=\"").Text(_model.Label(source.Article)).Raw("\">").Text(id).Raw("</a>");
                }
                Raw(" <span class=\"note\">(").Text(_model.BriefNote(sentence)).Raw(")</span>");
                Raw("</li>\n");
            }
            Raw("</ol>\n");
        }
        Raw("</section>\n");
    }

    private void Articles()
    {
        Raw("<div class=\"articles\" style=\"--cols:").Raw(Math.Max(1, _model.Articles.Length).ToString(CultureInfo.InvariantCulture)).Raw("\">\n");
        for (var a = 0; a < _model.Articles.Length; a++)
            Column(a);
        Raw("</div>\n");
    }

    private void Column(int a)
    {
        var analysis = _model.Articles[a];
        var article = analysis.Article;
        Raw("<article class=\"col\" data-article=\"").Text(article.Id).Raw("\">\n<header>\n<h2><span class=\"aid\">").Text(article.Id).Raw("</span> ").Text(_model.Label(a)).Raw("</h2>\n");
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            Raw("<div class=\"title\">");
            if (article.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
                Raw("<a href=\"").Text(uri.AbsoluteUri).Raw("\" rel=\"noopener noreferrer\">").Text(article.Title).Raw("</a>");
            else
                Text(article.Title);
            Raw("</div>\n");
        }
        Raw("<div class=\"meta\">");
        var meta = new List<string>
        {
            article.Published is { } p ? Contract.Iso(p) : "date unknown",
        };
        if (!string.IsNullOrWhiteSpace(article.Dateline)) meta.Add(article.Dateline);
        if (!string.IsNullOrWhiteSpace(article.Author)) meta.Add(article.Author);
        meta.Add(Count(analysis.Sentences.Length, "sentence"));
        if (_model.SyndicationNote(a) is { } syndication)
            meta.Add(syndication);
        Text(string.Join(" · ", meta));
        Raw("</div>\n</header>\n<div class=\"col-body\">\n");
        Body(a);
        Raw("</div>\n</article>\n");
    }

    private void Body(int a)
    {
        var analysis = _model.Articles[a];
        var text = analysis.Text;
        var blocks = analysis.Headings.Select(h => (h.Start, h.End, Sentence: h.Boilerplate ? -2 : -1))
            .Concat(analysis.Sentences.Select(s => (s.Start, s.End, Sentence: s.Index)))
            .OrderBy(b => b.Start)
            .ToList();
        var mentions = MentionsOf(a);
        var inParagraph = false;
        var previousEnd = 0;
        foreach (var (start, end, sentence) in blocks)
        {
            if (start < previousEnd)
                continue;
            var gap = text.AsSpan(previousEnd, start - previousEnd);
            if (sentence < 0 || gap.Contains('\n'))
            {
                if (inParagraph)
                    Raw("</p>\n");
                inParagraph = false;
            }
            else if (inParagraph)
            {
                Append(_sb, gap.Trim().IsEmpty ? " " : gap);
            }
            if (sentence == -2)
            {
                Raw("<p class=\"bp\" title=\"site boilerplate: not read as the article\">");
                Text(text[start..end]);
                Raw("</p>\n");
            }
            else if (sentence < 0)
            {
                Raw("<h3 class=\"hd\">");
                Range(text, start, end, mentions);
                Raw("</h3>\n");
            }
            else
            {
                if (!inParagraph)
                    Raw("<p>");
                inParagraph = true;
                Sentence(a, sentence, mentions);
            }
            previousEnd = end;
        }
        if (inParagraph)
            Raw("</p>\n");
        if (blocks.Count == 0)
            Raw("<p class=\"empty\">No sentences.</p>\n");
    }

    private void Sentence(int a, int index, List<(int Start, int End, string Entity)> mentions)
    {
        var analysis = _model.Articles[a];
        var sentence = analysis.Sentences[index];
        var id = sentence.IdIn(analysis.Article.Id);
        var classes = new StringBuilder("s");
        var title = new StringBuilder(id);
        if (_alignmentsOf.TryGetValue((a, index), out var alignments))
        {
            classes.Append(" al c").Append(_colourOf[alignments[0].Id]);
            if (alignments.Any(x => x.Relation == AlignmentRelation.Conflict))
                classes.Append(" rel-conflict");
            else if (alignments.Any(x => x.Relation == AlignmentRelation.Partial))
                classes.Append(" rel-partial");
            foreach (var x in alignments)
            {
                title.Append(" · ").Append(x.Id).Append(' ').Append(x.Relation.Name()).Append(' ').Append(Contract.Format(x.Score));
                if (_model.IsCopy(x))
                    title.Append(" (syndicated copy)");
            }
        }
        if (_unique.Contains((a, index)))
        {
            classes.Append(" u");
            title.Append(" · only ").Append(_model.Label(a));
        }
        Raw("<span class=\"").Raw(classes.ToString()).Raw("\" id=\"").Text(id).Raw("\"");
        if (alignments is not null)
            Raw(" data-al=\"").Text(string.Join(' ', alignments.Select(x => x.Id))).Raw("\"");
        Raw(" title=\"").Text(title.ToString()).Raw("\">");
        Range(analysis.Text, sentence.Start, sentence.End, mentions);
        Raw("</span>");
    }

    private void Range(string text, int start, int end, List<(int Start, int End, string Entity)> mentions)
    {
        var at = start;
        foreach (var m in mentions)
        {
            if (m.End <= at || m.Start < at)
                continue;
            if (m.Start >= end)
                break;
            if (m.End > end)
                continue;
            Append(_sb, text.AsSpan(at, m.Start - at));
            Raw("<span class=\"m\" data-e=\"").Text(m.Entity).Raw("\">");
            Append(_sb, text.AsSpan(m.Start, m.End - m.Start));
            Raw("</span>");
            at = m.End;
        }
        Append(_sb, text.AsSpan(at, end - at));
    }

    private List<(int Start, int End, string Entity)> MentionsOf(int a)
    {
        var analysis = _model.Articles[a];
        var list = new List<(int, int, string)>();
        for (var i = 0; i < analysis.Mentions.Length; i++)
        {
            var m = analysis.Mentions[i];
            if (_model.EntityIdOf(a, i) is { } entity && m.Start >= 0 && m.End <= analysis.Text.Length && m.Start < m.End)
                list.Add((m.Start, m.End, entity));
        }
        list.Sort((x, y) => x.Item1 != y.Item1 ? x.Item1.CompareTo(y.Item1) : y.Item2.CompareTo(x.Item2));
        return list;
    }

    private void Divergences(Story story)
    {
        Raw("<section id=\"divergences\" class=\"panel\">\n<h2>Divergences <span class=\"n\">").Raw(story.Divergences.Length.ToString(CultureInfo.InvariantCulture)).Raw("</span></h2>\n");
        if (story.Divergences.IsEmpty)
        {
            Raw("<p class=\"empty\">None found.</p>\n</section>\n");
            return;
        }
        Raw("<ul class=\"list\">\n");
        foreach (var d in story.Divergences)
        {
            var ids = string.Join(' ', d.Sentences.Select(_model.SentenceId));
            Raw("<li class=\"jump\" tabindex=\"0\" data-s=\"").Text(ids).Raw("\"><span class=\"kind k-").Raw(d.Kind.Name()).Raw("\">").Raw(d.Kind.Name()).Raw("</span> ");
            Text(d.Detail);
            if (!d.Spans.IsEmpty)
            {
                Raw(" <span class=\"words\">");
                for (var k = 0; k < d.Spans.Length; k++)
                    Raw(k == 0 ? "" : " / ").Raw("<mark title=\"").Text(_model.SentenceId(d.Spans[k].Sentence)).Raw("\">").Text(d.Spans[k].Text).Raw("</mark>");
                Raw("</span>");
            }
            Raw(" <span class=\"refs\">").Text(ids).Raw("</span> <span class=\"conf\" title=\"confidence\">").Raw(Contract.Format(d.Confidence)).Raw("</span></li>\n");
        }
        Raw("</ul>\n</section>\n");
    }

    private void Entities()
    {
        Raw("<section id=\"entities\" class=\"panel\">\n<h2>Entities <span class=\"n\">").Raw(_model.Entities.Length.ToString(CultureInfo.InvariantCulture)).Raw("</span></h2>\n");
        if (_model.Entities.IsEmpty)
        {
            Raw("<p class=\"empty\">None found.</p>\n</section>\n");
            return;
        }
        Raw("<input type=\"search\" class=\"filter\" placeholder=\"Filter entities\" aria-label=\"Filter entities\">\n<ul class=\"list entity-list\">\n");
        foreach (var entity in _model.Entities)
        {
            Raw("<li class=\"entity\" tabindex=\"0\" data-e=\"").Text(entity.Id).Raw("\"><span class=\"type t-").Raw(entity.Type.ToContractName()).Raw("\">").Raw(entity.Type.ToContractName()).Raw("</span> <b>").Text(entity.Name).Raw("</b> <span class=\"eid\">").Text(entity.Id).Raw("</span>");
            Raw(" <span class=\"count\">").Raw(Count(entity.Mentions.Length, "mention")).Raw("</span>\n<dl class=\"variants\">");
            for (var a = 0; a < _model.Articles.Length; a++)
            {
                var variants = _model.Variants(entity, a);
                if (variants.Count == 0)
                    continue;
                Raw("<dt>").Text(_model.Label(a)).Raw("</dt><dd>");
                Text(string.Join(", ", variants.Select(v => v.Count > 1 ? $"{v.Text} ×{v.Count}" : v.Text)));
                Raw("</dd>");
            }
            Raw("</dl></li>\n");
        }
        Raw("</ul>\n</section>\n");
    }

    private void Voices(Story story)
    {
        Raw("<section id=\"voices\" class=\"panel\">\n<h2>Voices</h2>\n");
        if (story.Voices.IsEmpty)
        {
            Raw("<p class=\"empty\">Nobody is quoted.</p>\n</section>\n");
            return;
        }
        Raw("<table>\n<thead><tr><th>Outlet</th><th>Speaker</th><th>Source</th><th title=\"quotes\">Q</th><th title=\"direct\">D</th><th title=\"indirect\">I</th></tr></thead>\n<tbody>\n");
        foreach (var voice in story.Voices)
        {
            var ids = string.Join(' ', _model.SentencesOf(voice).Distinct());
            Raw("<tr class=\"jump\" tabindex=\"0\" data-s=\"").Text(ids).Raw("\"><td>").Text(_model.Label(voice.Article)).Raw("</td><td>").Text(voice.Speaker);
            if (voice.Entity is not null)
                Raw(" <span class=\"eid\">").Text(voice.Entity).Raw("</span>");
            Raw("</td><td>").Raw(voice.Named ? "named" : "<i>anonymous</i>").Raw("</td><td>").Raw(Number(voice.Quotes)).Raw("</td><td>").Raw(Number(voice.Direct)).Raw("</td><td>").Raw(Number(voice.Indirect)).Raw("</td></tr>\n");
        }
        Raw("</tbody>\n</table>\n</section>\n");
    }

    private void Quotes()
    {
        Raw("<section id=\"quotes\" class=\"panel\">\n<h2>Quotes</h2>\n");
        var any = false;
        Raw("<ul class=\"list\">\n");
        for (var a = 0; a < _model.Articles.Length; a++)
        {
            var analysis = _model.Articles[a];
            foreach (var quote in analysis.Quotes)
            {
                any = true;
                var id = _model.SentenceIdOf(a, quote) ?? "";
                Raw("<li class=\"jump\" tabindex=\"0\" data-s=\"").Text(id).Raw("\"><b>").Text(quote.Speaker.Text).Raw("</b> ");
                if (_model.SpeakerEntityId(a, quote) is { } e)
                    Raw("<span class=\"eid\">").Text(e).Raw("</span> ");
                Raw("<span class=\"kind\">").Raw(quote.Kind.Name()).Raw(quote.Named ? "" : ", anonymous").Raw("</span> ").Text(quote.Cue).Raw(": ").Raw(quote.Kind == QuoteKind.Direct ? "<q>" : "<span>").Text(quote.Content.Of(analysis.Text)).Raw(quote.Kind == QuoteKind.Direct ? "</q>" : "</span>").Raw(" <span class=\"refs\">").Text(id).Raw("</span></li>\n");
            }
        }
        Raw("</ul>\n");
        if (!any)
            Raw("<p class=\"empty\">None found.</p>\n");
        Raw("</section>\n");
    }

    private static string Count(int n, string singular, string? plural = null)
        => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : plural ?? singular + "s");

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private HtmlReportWriter Raw(string html)
    {
        _sb.Append(html);
        return this;
    }

    private HtmlReportWriter Text(string? text)
    {
        if (text is not null)
            Append(_sb, text);
        return this;
    }
}
