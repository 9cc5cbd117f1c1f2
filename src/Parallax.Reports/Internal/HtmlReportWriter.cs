using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Quotes;
using static Parallax.Reports.Internal.Html;

namespace Parallax.Reports.Internal;

/// <summary>
/// Writes the HTML report, one method per section. Colour has one meaning per thing, always with a glyph and
/// a word beside it: blue ● shared, ◐ partial, red ≠ differs, amber ◆ only one outlet, grey ≡ syndicated copy.
/// </summary>
internal sealed class HtmlReportWriter
{
    /// <summary>Articles shown side by side in the reading pane at most.</summary>
    public const int SideBySide = 3;

    private readonly ReportModel _model;
    private readonly ReportOptions _options;
    private readonly StringBuilder _sb = new();
    private readonly Dictionary<(int Article, int Sentence), List<Alignment>> _alignmentsOf = [];
    private readonly HashSet<(int Article, int Sentence)> _unique = [];
    private readonly ImmutableArray<CoverageRow> _coverage;

    public HtmlReportWriter(ReportModel model, ReportOptions options)
    {
        _model = model;
        _options = options;
        _coverage = Coverage.Of(model);
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

    public string Page()
    {
        var title = _options.Title ?? _model.Articles.Select(a => a.Article.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))
            ?? (_model.IsStory ? "Parallax story" : "Parallax analysis");
        Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        Raw("<meta name=\"generator\" content=\"Parallax\">\n");
        Raw("<title>").Text(title).Raw("</title>\n<style>\n").Raw(HtmlReport.Stylesheet).Raw("</style>\n</head>\n");
        Raw("<body class=\"").Raw(_model.IsStory ? "story" : "analysis").Raw("\">\n");
        Raw("<a class=\"skip\" href=\"#articles\">Skip to the articles</a>\n");
        Header(title);
        Raw("<main>\n");
        if (_model.Story is { } story)
        {
            Brief(story);
            CoverageMatrix();
            Timeline();
            Divergences(story);
            Voices(story);
        }
        Articles();
        if (!_model.IsStory)
            Quotes();
        Entities();
        Raw("</main>\n");
        Raw(HtmlReport.ScriptElement).Raw("\n</body>\n</html>\n");
        return _sb.ToString();
    }

    private void Header(string title)
    {
        Raw("<header class=\"top\">\n");
        if (_options.Links.Count > 0)
        {
            Raw("<nav class=\"links\" aria-label=\"Pages\">");
            foreach (var link in _options.Links)
                Raw("<a href=\"").Text(link.Href).Raw("\">").Text(link.Text).Raw("</a> ");
            Raw("</nav>\n");
        }
        Raw("<h1>").Text(title).Raw("</h1>\n<p class=\"summary\">");
        Raw(Count(_model.Articles.Length, "article"));
        if (_model.Story is { } story)
        {
            Raw(" · ").Raw(Count(_coverage.Count(r => r.Shared), "shared fact"));
            Raw(" · ").Raw(Count(_unique.Count, "unique fact"));
            Raw(" · ").Raw(Count(story.Divergences.Length, "divergence"));
            Raw(" · ").Raw(Count(story.Voices.Length, "voice"));
        }
        Raw(" · ").Raw(Count(_model.Entities.Length, "entity", "entities"));
        Raw("</p>\n");
        if (_options.Notices.Count > 0)
        {
            Raw("<ul class=\"notices\" role=\"status\">");
            foreach (var notice in _options.Notices)
                Raw("<li>").Text(notice).Raw("</li>");
            Raw("</ul>\n");
        }
        Raw("<nav class=\"toc\" aria-label=\"Sections\">");
        if (_model.IsStory)
            Raw("<a href=\"#brief\">Brief</a><a href=\"#coverage\">Who reports what</a><a href=\"#timeline\">Who published when</a><a href=\"#divergences\">Where they differ</a><a href=\"#voices\">Who is quoted</a>");
        Raw("<a href=\"#articles\">Articles</a>");
        if (!_model.IsStory)
            Raw("<a href=\"#quotes\">Quotes</a>");
        Raw("<a href=\"#entities\">Entities</a></nav>\n");
        if (_model.IsStory)
            Legend();
        Raw("</header>\n");
    }

    /// <summary>The one legend: each mark with its glyph, colour and word.</summary>
    private void Legend()
    {
        Raw("<ul class=\"legend\" aria-label=\"Legend\">");
        foreach (var cell in (Cell[])[Cell.Reports, Cell.Partial, Cell.Differs, Cell.Only, Cell.Copy])
            Raw("<li><span class=\"mark ").Raw(CellClass(cell)).Raw("\" aria-hidden=\"true\">").Raw(Glyph(cell)).Raw("</span> ").Raw(CellWord(cell)).Raw(": ").Raw(CellMeaning(cell)).Raw("</li>");
        Raw("</ul>\n");
    }

    private void Brief(Story story)
    {
        Raw("<section id=\"brief\" class=\"panel brief\" aria-labelledby=\"brief-h\">\n<h2 id=\"brief-h\">Brief</h2>\n");
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

    /// <summary>Facts × outlets. Up to four outlets are named in the column heads, more are numbered (the timeline is their key).</summary>
    private void CoverageMatrix()
    {
        var n = _model.Articles.Length;
        var size = n <= 4 ? "m-small" : n <= 12 ? "m-mid" : "m-large";
        Raw("<section id=\"coverage\" class=\"panel\" aria-labelledby=\"coverage-h\">\n<h2 id=\"coverage-h\">Who reports what</h2>\n");
        if (_coverage.IsEmpty)
        {
            Raw("<p class=\"empty\">No facts to compare.</p>\n</section>\n");
            return;
        }
        var sharedCount = _coverage.Count(r => r.Shared);
        Raw("<p class=\"hint\">").Raw(Count(sharedCount, "fact")).Raw(" reported by two or more outlets, most outlets first; then each outlet's own. Click a fact or a mark to read it in the articles.</p>\n");
        Raw("<div class=\"matrix-box\">\n<table class=\"matrix ").Raw(size).Raw("\">\n<caption class=\"sr\">Coverage: one row per fact, one column per article</caption>\n");
        Raw("<thead><tr><th scope=\"col\" class=\"fact\">Fact</th>");
        for (var a = 0; a < n; a++)
        {
            Raw("<th scope=\"col\" class=\"o\" title=\"").Text(OutletTitle(a)).Raw("\">");
            if (n <= 4)
                Text(_model.Label(a));
            else
                Raw("<abbr title=\"").Text(_model.Label(a)).Raw("\">").Text(_model.ArticleId(a)).Raw("</abbr>");
            Raw("</th>");
        }
        Raw("</tr></thead>\n");
        if (sharedCount > 0)
        {
            Raw("<tbody class=\"shared\">\n");
            foreach (var row in _coverage.Where(r => r.Shared))
                MatrixRow(row);
            Raw("</tbody>\n");
        }
        foreach (var group in _coverage.Where(r => !r.Shared).GroupBy(r => r.Sentence.Article))
        {
            Raw("<tbody class=\"only\" data-a=\"").Text(_model.ArticleId(group.Key)).Raw("\">\n<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"").Raw(Number(n + 1)).Raw("\">Only ").Text(_model.Label(group.Key))
                .Raw(" <span class=\"n\">").Raw(Count(group.Count(), "fact")).Raw("</span></th></tr>\n");
            foreach (var row in group)
                MatrixRow(row);
            Raw("</tbody>\n");
        }
        Raw("</table>\n</div>\n</section>\n");
    }

    private void MatrixRow(CoverageRow row)
    {
        var all = string.Join(' ', row.Sentences.SelectMany(s => s).Select(_model.SentenceId));
        var id = _model.SentenceId(row.Sentence);
        Raw("<tr data-fact=\"").Raw(row.Id).Raw("\"><th scope=\"row\"><a href=\"#").Text(id).Raw("\" data-s=\"").Text(all).Raw("\">").Text(_model.SentenceText(row.Sentence)).Raw("</a>");
        if (row.Shared)
            Raw(" <span class=\"n\">").Raw(Count(row.Outlets, "outlet")).Raw("</span>");
        Raw("</th>");
        for (var a = 0; a < row.Cells.Length; a++)
        {
            var cell = row.Cells[a];
            var articleId = _model.ArticleId(a);
            Raw("<td class=\"cov ").Raw(CellClass(cell)).Raw("\" data-a=\"").Text(articleId).Raw("\">");
            if (cell == Cell.None)
            {
                Raw("<span class=\"sr\">").Text(_model.Label(a)).Raw(": not reported</span>");
            }
            else
            {
                var ids = string.Join(' ', row.Sentences[a].Select(_model.SentenceId));
                var label = _model.Label(a) + ": " + CellWord(cell) + " (" + ids + ")";
                Raw("<a href=\"#").Text(row.Sentences[a].IsEmpty ? id : _model.SentenceId(row.Sentences[a][0])).Raw("\" data-s=\"").Text(ids).Raw("\" title=\"").Text(label).Raw("\" aria-label=\"").Text(label).Raw("\">")
                    .Raw("<span class=\"aid\" aria-hidden=\"true\">").Text(articleId).Raw("</span><span aria-hidden=\"true\">").Raw(Glyph(cell)).Raw("</span></a>");
            }
            Raw("</td>");
        }
        Raw("</tr>\n");
    }

    /// <summary>Who published when, earliest first; undated articles last. It is also the key of the article ids.</summary>
    private void Timeline()
    {
        Raw("<section id=\"timeline\" class=\"panel\" aria-labelledby=\"timeline-h\">\n<h2 id=\"timeline-h\">Who published when</h2>\n<ol class=\"timeline\">\n");
        var order = Enumerable.Range(0, _model.Articles.Length)
            .OrderBy(a => _model.Articles[a].Article.Published is null)
            .ThenBy(a => _model.Articles[a].Article.Published ?? DateTimeOffset.MaxValue)
            .ThenBy(a => a)
            .ToList();
        var first = order.Select(a => _model.Articles[a].Article.Published).FirstOrDefault(p => p is not null);
        foreach (var a in order)
        {
            var article = _model.Articles[a].Article;
            Raw("<li data-a=\"").Text(article.Id).Raw("\">");
            if (article.Published is { } published)
            {
                Time(published);
                if (first is { } f && published == f)
                    Raw(" <span class=\"tag first\">first</span>");
                else if (first is { } f2)
                    Raw(" <span class=\"after\">").Text(After(published - f2)).Raw("</span>");
            }
            else
            {
                Raw("<span class=\"undated\">date unknown</span>");
            }
            Raw(" <b>").Text(_model.Label(a)).Raw("</b> <span class=\"aid\">").Text(article.Id).Raw("</span>");
            if (!string.IsNullOrWhiteSpace(article.Title))
                Raw(" <a href=\"#art-").Text(article.Id).Raw("\" data-show=\"").Text(article.Id).Raw("\">").Text(article.Title).Raw("</a>");
            if (_model.SyndicationNote(a) is { } note)
                Raw(" <span class=\"mark ").Raw(CellClass(Cell.Copy)).Raw("\" aria-hidden=\"true\">").Raw(Glyph(Cell.Copy)).Raw("</span> <span class=\"note\">").Text(note).Raw("</span>");
            Raw("</li>\n");
        }
        Raw("</ol>\n</section>\n");
    }

    /// <summary>Ranked as the story ranks them; each with the passages side by side and the differing words marked.</summary>
    private void Divergences(Story story)
    {
        Raw("<section id=\"divergences\" class=\"panel\" aria-labelledby=\"divergences-h\">\n<h2 id=\"divergences-h\">Where they differ <span class=\"n\">").Raw(Number(story.Divergences.Length)).Raw("</span></h2>\n");
        if (story.Divergences.IsEmpty)
        {
            Raw("<p class=\"empty\">None found.</p>\n</section>\n");
            return;
        }
        Raw("<p class=\"hint\">Most important and most confident first. Open one to see the passages side by side.</p>\n<ol class=\"divs\">\n");
        for (var i = 0; i < story.Divergences.Length; i++)
        {
            var d = story.Divergences[i];
            var sentences = d.Sentences.Where(Valid).ToList();
            var ids = string.Join(' ', sentences.Select(_model.SentenceId));
            Raw("<li class=\"div\" id=\"d").Raw(Number(i + 1)).Raw("\" data-s=\"").Text(ids).Raw("\">\n<details").Raw(i < 3 ? " open" : "").Raw(">\n<summary><span class=\"mark differs\" aria-hidden=\"true\">≠</span> <span class=\"kind\">")
                .Raw(d.Kind.Name()).Raw("</span> ").Text(d.Detail).Raw(" <span class=\"conf\">").Raw(Confidence(d.Confidence)).Raw("</span></summary>\n<div class=\"passages\">\n");
            foreach (var group in sentences.GroupBy(s => s.Article))
                Passage(group.Key, [.. group.OrderBy(s => s.Sentence).Distinct()], d.Spans);
            Raw("</div>\n<button type=\"button\" class=\"read\" data-s=\"").Text(ids).Raw("\">Read in the articles</button>\n</details>\n</li>\n");
        }
        Raw("</ol>\n</section>\n");
    }

    private void Passage(int article, List<SentenceRef> sentences, ImmutableArray<DivergenceSpan> spans)
    {
        var analysis = _model.Articles[article];
        Raw("<figure class=\"passage\" data-a=\"").Text(analysis.Article.Id).Raw("\"><figcaption><b>").Text(_model.Label(article)).Raw("</b> <span class=\"aid\">")
            .Text(string.Join(' ', sentences.Select(_model.SentenceId))).Raw("</span></figcaption>\n<blockquote>");
        for (var k = 0; k < sentences.Count; k++)
        {
            if (k > 0)
                Raw(sentences[k].Sentence == sentences[k - 1].Sentence + 1 ? " " : " … ");
            var sentence = analysis.Sentences[sentences[k].Sentence];
            var marks = spans.Where(x => x.Sentence == sentences[k] && x.Start >= sentence.Start && x.End <= sentence.End && x.Start < x.End)
                .OrderBy(x => x.Start).ToList();
            var at = sentence.Start;
            foreach (var mark in marks)
            {
                if (mark.Start < at)
                    continue;
                Append(_sb, analysis.Text.AsSpan(at, mark.Start - at));
                Raw("<mark>").Text(analysis.Text[mark.Start..mark.End]).Raw("</mark>");
                at = mark.End;
            }
            Append(_sb, analysis.Text.AsSpan(at, sentence.End - at));
            if (marks.Count == 0)
            {
                foreach (var word in spans.Where(x => x.Sentence == sentences[k] && !string.IsNullOrEmpty(x.Text)))
                    Raw(" <mark class=\"word\">").Text(word.Text).Raw("</mark>");
            }
        }
        Raw("</blockquote></figure>\n");
    }

    /// <summary>One entry per speaker (a story entity, or the same words), with each outlet's quotes in full.</summary>
    private void Voices(Story story)
    {
        Raw("<section id=\"voices\" class=\"panel\" aria-labelledby=\"voices-h\">\n<h2 id=\"voices-h\">Who is quoted <span class=\"n\">").Raw(Number(story.Voices.Length)).Raw("</span></h2>\n");
        if (story.Voices.IsEmpty)
        {
            Raw("<p class=\"empty\">Nobody is quoted.</p>\n</section>\n");
            return;
        }
        var speakers = story.Voices
            .Where(v => v.Article >= 0 && v.Article < _model.Articles.Length)
            .GroupBy(v => v.Entity ?? (v.Named ? "named:" : "anonymous:") + v.Speaker.ToLowerInvariant(), StringComparer.Ordinal)
            .OrderByDescending(g => g.Select(v => story.SourceOf(v.Article)).Distinct().Count())
            .ThenByDescending(g => g.Sum(v => v.Quotes))
            .ThenBy(g => g.Min(v => v.Article))
            .ToList();
        Raw("<ul class=\"voices\">\n");
        var shown = 0;
        foreach (var speaker in speakers)
        {
            var first = speaker.First();
            var named = speaker.Any(v => v.Named);
            var outlets = speaker.GroupBy(v => v.Article).Select(g => (Article: g.Key, Quotes: g.Sum(v => v.Quotes))).ToList();
            Raw("<li class=\"voice\"><details").Raw(shown++ < 8 ? " open" : "").Raw("><summary><b>").Text(first.Speaker).Raw("</b>");
            if (first.Entity is not null)
                Raw(" <span class=\"eid\">").Text(first.Entity).Raw("</span>");
            Raw(named ? " <span class=\"tag named\">named</span>" : " <span class=\"tag anonymous\"><span aria-hidden=\"true\">?</span> anonymous</span>");
            Raw(" <span class=\"by\">quoted by ");
            for (var k = 0; k < outlets.Count; k++)
                Raw(k == 0 ? "" : ", ").Text(_model.Label(outlets[k].Article)).Raw(" (").Raw(Number(outlets[k].Quotes)).Raw(")");
            Raw("</span></summary>\n<ul class=\"quotes\">\n");
            foreach (var voice in speaker)
            {
                var quotes = _model.Articles[voice.Article].Quotes;
                foreach (var q in voice.QuoteIndexes.Where(q => (uint)q < (uint)quotes.Length))
                    QuoteItem(voice.Article, quotes[q], withSpeaker: false);
            }
            Raw("</ul>\n</details></li>\n");
        }
        Raw("</ul>\n</section>\n");
    }

    private void QuoteItem(int article, Quote quote, bool withSpeaker)
    {
        var analysis = _model.Articles[article];
        var id = _model.SentenceIdOf(article, quote) ?? "";
        Raw("<li data-a=\"").Text(analysis.Article.Id).Raw("\">");
        if (withSpeaker)
        {
            Raw("<b>").Text(quote.Speaker.Text).Raw("</b> ");
            if (_model.SpeakerEntityId(article, quote) is { } e)
                Raw("<span class=\"eid\">").Text(e).Raw("</span> ");
            if (!quote.Named)
                Raw("<span class=\"tag anonymous\"><span aria-hidden=\"true\">?</span> anonymous</span> ");
        }
        else
        {
            Raw("<span class=\"outlet\">").Text(_model.Label(article)).Raw("</span> ");
        }
        var direct = quote.Kind == QuoteKind.Direct;
        Raw(direct ? "<span class=\"tag direct\"><span aria-hidden=\"true\">“”</span> direct</span> " : "<span class=\"tag indirect\">indirect</span> ");
        Raw("<span class=\"cue\">").Text(quote.Cue).Raw(":</span> ");
        var content = quote.Content.Start >= 0 && quote.Content.End <= analysis.Text.Length && quote.Content.Start <= quote.Content.End ? quote.Content.Of(analysis.Text) : "";
        Raw(direct ? "<q>" : "<span class=\"said\">").Text(content).Raw(direct ? "</q>" : "</span>");
        if (id.Length > 0)
            Raw(" <a class=\"ref\" href=\"#").Text(id).Raw("\" data-s=\"").Text(id).Raw("\">").Text(id).Raw("</a>");
        Raw("</li>\n");
    }

    /// <summary>The reading pane: a picker of up to three articles shown side by side (every article when printed or without script).</summary>
    private void Articles()
    {
        var n = _model.Articles.Length;
        Raw("<section id=\"articles\" class=\"reader\" aria-labelledby=\"articles-h\">\n<h2 id=\"articles-h\">").Raw(n == 1 ? "The article" : "Read the articles").Raw("</h2>\n");
        if (n > 1)
        {
            Raw("<details class=\"choose\"").Raw(n <= 6 ? " open" : "").Raw("><summary>Choose the articles to read <span class=\"n\">").Raw(Count(n, "article")).Raw("</span></summary>\n");
            Raw("<fieldset class=\"picker\">\n<legend>Show side by side (up to ").Raw(Number(SideBySide)).Raw("; pick one to read it alone)</legend>\n");
            for (var a = 0; a < n; a++)
            {
                var id = _model.ArticleId(a);
                Raw("<label><input type=\"checkbox\" name=\"show\" value=\"").Text(id).Raw("\"").Raw(a < Math.Min(2, n) ? " checked" : "").Raw("> ").Text(_model.Label(a)).Raw(" <span class=\"aid\">").Text(id).Raw("</span></label>\n");
            }
            Raw("</fieldset>\n</details>\n");
        }
        Raw("<div class=\"pane\">\n");
        for (var a = 0; a < n; a++)
            Column(a);
        if (n == 0)
            Raw("<p class=\"empty\">No articles.</p>\n");
        Raw("</div>\n</section>\n");
    }

    private void Column(int a)
    {
        var analysis = _model.Articles[a];
        var article = analysis.Article;
        Raw("<article class=\"col\" id=\"art-").Text(article.Id).Raw("\" data-article=\"").Text(article.Id).Raw("\">\n<header>\n<h3><span class=\"aid\">").Text(article.Id).Raw("</span> ").Text(_model.Label(a)).Raw("</h3>\n");
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
        if (article.Published is { } p)
            Time(p);
        else
            Raw("date unknown");
        var meta = new List<string>();
        if (!string.IsNullOrWhiteSpace(article.Dateline)) meta.Add(article.Dateline);
        if (!string.IsNullOrWhiteSpace(article.Author)) meta.Add(article.Author);
        meta.Add(Count(analysis.Sentences.Length, "sentence"));
        if (_model.SyndicationNote(a) is { } syndication)
            meta.Add(syndication);
        Raw(" · ").Text(string.Join(" · ", meta));
        if (_options.ArticleLinks.Count > a && _options.ArticleLinks[a] is { } link)
            Raw(" · <a href=\"").Text(link).Raw("\">analysis</a>");
        Raw("</div>\n</header>\n<div class=\"body\">\n");
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
                Raw("<h4 class=\"hd\">");
                Range(text, start, end, mentions);
                Raw("</h4>\n");
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
            var independent = alignments.Where(x => !_model.IsCopy(x)).ToList();
            classes.Append(independent.Count == 0 ? " al copy" : " al");
            if (independent.Any(x => x.Relation == AlignmentRelation.Conflict))
                classes.Append(" rel-conflict");
            else if (independent.Count > 0 && independent.All(x => x.Relation == AlignmentRelation.Partial))
                classes.Append(" rel-partial");
            var others = alignments.SelectMany(x => x.Sentences).Where(s => s.Article != a).Select(s => _model.Label(s.Article)).Distinct(StringComparer.Ordinal).ToList();
            title.Append(" · also in ").Append(string.Join(", ", others));
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

    private void Entities()
    {
        Raw("<section id=\"entities\" class=\"panel\" aria-labelledby=\"entities-h\">\n<h2 id=\"entities-h\">Entities <span class=\"n\">").Raw(Number(_model.Entities.Length)).Raw("</span></h2>\n");
        if (_model.Entities.IsEmpty)
        {
            Raw("<p class=\"empty\">None found.</p>\n</section>\n");
            return;
        }
        Raw("<p class=\"hint\">Select one to mark its mentions in the articles shown; spellings per outlet.</p>\n");
        Raw("<label class=\"filter\">Filter <input type=\"search\" class=\"filter\"></label>\n<ul class=\"list entity-list\">\n");
        foreach (var entity in _model.Entities)
        {
            Raw("<li class=\"entity\" data-e=\"").Text(entity.Id).Raw("\"><button type=\"button\" aria-pressed=\"false\"><span class=\"type\">").Raw(entity.Type.ToContractName()).Raw("</span> <b>").Text(entity.Name).Raw("</b></button> <span class=\"eid\">").Text(entity.Id).Raw("</span>");
            if (_options.EntityLinks?.Invoke(entity.Name, entity.Type) is { } href)
                Raw(" <a class=\"elink\" href=\"").Text(href).Raw("\" aria-label=\"").Text(entity.Name).Raw(" in every story\">in every story</a>");
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

    private void Quotes()
    {
        Raw("<section id=\"quotes\" class=\"panel\" aria-labelledby=\"quotes-h\">\n<h2 id=\"quotes-h\">Quotes</h2>\n");
        var any = false;
        Raw("<ul class=\"quotes\">\n");
        for (var a = 0; a < _model.Articles.Length; a++)
        {
            foreach (var quote in _model.Articles[a].Quotes)
            {
                any = true;
                QuoteItem(a, quote, withSpeaker: true);
            }
        }
        Raw("</ul>\n");
        if (!any)
            Raw("<p class=\"empty\">None found.</p>\n");
        Raw("</section>\n");
    }

    private bool Valid(SentenceRef s) => s.Article >= 0 && s.Article < _model.Articles.Length && s.Sentence >= 0 && s.Sentence < _model.Articles[s.Article].Sentences.Length;

    private string OutletTitle(int a)
    {
        var article = _model.Articles[a].Article;
        return article.Published is { } p ? $"{_model.Label(a)} ({article.Id}), {Contract.Iso(p)}" : $"{_model.Label(a)} ({article.Id})";
    }

    /// <summary>A time the script shows in the reader's locale; the ISO form until then (and in print without script).</summary>
    private void Time(DateTimeOffset time)
    {
        var midnight = time.TimeOfDay == TimeSpan.Zero;
        Raw("<time datetime=\"").Raw(Contract.Iso(time)).Raw("\"").Raw(midnight ? " data-date" : "").Raw(">")
            .Raw(time.ToString(midnight ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm 'UTC'zzz", CultureInfo.InvariantCulture).Replace("UTC+00:00", "UTC", StringComparison.Ordinal)).Raw("</time>");
    }

    internal static string After(TimeSpan span)
    {
        if (span.TotalMinutes < 1)
            return "same time";
        if (span.TotalHours < 1)
            return $"+{(int)span.TotalMinutes} min";
        if (span.TotalDays < 2)
            return span.Minutes == 0 || span.TotalHours >= 10 ? $"+{(int)span.TotalHours} h" : $"+{(int)span.TotalHours} h {span.Minutes} min";
        return $"+{(int)span.TotalDays} days";
    }

    internal static string Confidence(double confidence)
    {
        var word = confidence >= 0.8 ? "high" : confidence >= 0.6 ? "medium" : "low";
        return $"{word} confidence ({Contract.Format(confidence)})";
    }

    internal static string Glyph(Cell cell) => cell switch
    {
        Cell.Reports => "●",
        Cell.Partial => "◐",
        Cell.Differs => "≠",
        Cell.Copy => "≡",
        Cell.Only => "◆",
        _ => "",
    };

    internal static string CellClass(Cell cell) => cell switch
    {
        Cell.Reports => "reports",
        Cell.Partial => "partial",
        Cell.Differs => "differs",
        Cell.Copy => "copy",
        Cell.Only => "only",
        _ => "none",
    };

    internal static string CellWord(Cell cell) => cell switch
    {
        Cell.Reports => "shared",
        Cell.Partial => "partial",
        Cell.Differs => "differs",
        Cell.Copy => "copy",
        Cell.Only => "only here",
        _ => "not reported",
    };

    private static string CellMeaning(Cell cell) => cell switch
    {
        Cell.Reports => "reported by two or more outlets",
        Cell.Partial => "the same fact with more or less detail",
        Cell.Differs => "the same fact with a detail that contradicts another outlet",
        Cell.Copy => "repeated by a syndicated copy (counts once)",
        Cell.Only => "no other independent outlet reports it",
        _ => "",
    };

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
