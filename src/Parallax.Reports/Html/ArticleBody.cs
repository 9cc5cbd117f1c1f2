using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Reports.Internal;

namespace Parallax.Reports.Html;

/// <summary>
/// An article's text in the reading pane: paragraphs of sentences (each a span with its id, its alignments and whether only
/// this outlet reports it), headings, site boilerplate set apart, and entity mentions marked. Written with the render tree
/// builder rather than markup because a 50-article story holds about 10,000 such spans; the text is still only ever added
/// as content or attribute values, which the renderer encodes.
/// </summary>
public sealed class ArticleBody : ComponentBase
{
    [CascadingParameter] private ReportView View { get; set; } = null!;

    /// <summary>The article's index.</summary>
    [Parameter] public int Article { get; set; }

    /// <inheritdoc />
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var analysis = View.Model.Articles[Article];
        var text = analysis.Text;
        var blocks = analysis.Headings.Select((h, i) => (h.Start, h.End, Sentence: h.Boilerplate ? -2 : -1, Heading: i))
            .Concat(analysis.Sentences.Select(s => (s.Start, s.End, Sentence: s.Index, Heading: -1)))
            .OrderBy(b => b.Start)
            .ToList();
        var mentions = View.MentionsOf(Article);
        var inParagraph = false;
        var previousEnd = 0;
        foreach (var (start, end, sentence, heading) in blocks)
        {
            if (start < previousEnd)
                continue;
            var gap = text.AsSpan(previousEnd, start - previousEnd);
            if (sentence < 0 || gap.Contains('\n'))
            {
                if (inParagraph)
                {
                    builder.CloseElement();
                    builder.AddMarkupContent(1, "\n");
                }
                inParagraph = false;
            }
            else if (inParagraph)
            {
                builder.AddContent(2, gap.Trim().IsEmpty ? " " : gap.ToString());
            }
            if (sentence == -2)
            {
                builder.OpenElement(3, "p");
                builder.AddAttribute(4, "class", "bp");
                builder.AddAttribute(5, "title", "site boilerplate: not read as the article");
                builder.AddContent(6, text[start..end]);
                builder.CloseElement();
                builder.AddMarkupContent(7, "\n");
            }
            else if (sentence < 0)
            {
                builder.OpenElement(8, "h4");
                builder.AddAttribute(9, "class", "hd");
                builder.AddAttribute(14, "id", ReportModel.HeadingId(analysis.Article.Id, heading));
                Range(builder, text, start, end, mentions);
                builder.CloseElement();
                builder.AddMarkupContent(10, "\n");
            }
            else
            {
                if (!inParagraph)
                    builder.OpenElement(11, "p");
                inParagraph = true;
                Sentence(builder, sentence, mentions);
            }
            previousEnd = end;
        }
        if (inParagraph)
        {
            builder.CloseElement();
            builder.AddMarkupContent(12, "\n");
        }
        if (blocks.Count == 0)
            builder.AddMarkupContent(13, "<p class=\"empty\">No sentences.</p>\n");
    }

    private void Sentence(RenderTreeBuilder builder, int index, List<(int Start, int End, string Entity)> mentions)
    {
        var model = View.Model;
        var analysis = model.Articles[Article];
        var sentence = analysis.Sentences[index];
        var id = sentence.IdIn(analysis.Article.Id);
        var classes = new StringBuilder("s");
        var title = new StringBuilder(id);
        var alignments = View.AlignmentsOf(Article, index);
        if (alignments is not null)
        {
            var independent = alignments.Where(x => !model.IsCopy(x)).ToList();
            classes.Append(independent.Count == 0 ? " al copy" : " al");
            if (independent.Any(x => x.Relation == AlignmentRelation.Conflict))
                classes.Append(" rel-conflict");
            else if (independent.Count > 0 && independent.All(x => x.Relation == AlignmentRelation.Partial))
                classes.Append(" rel-partial");
            var others = alignments.SelectMany(x => x.Sentences).Where(s => s.Article != Article).Select(s => model.Label(s.Article)).Distinct(StringComparer.Ordinal).ToList();
            title.Append(" · also in ").Append(string.Join(", ", others));
            foreach (var x in alignments)
            {
                title.Append(" · ").Append(x.Id).Append(' ').Append(x.Relation.Name()).Append(' ').Append(Contract.Format(x.Score));
                if (model.IsCopy(x))
                    title.Append(" (syndicated copy)");
            }
        }
        if (View.IsUnique(Article, index))
        {
            classes.Append(" u");
            title.Append(" · only ").Append(model.Label(Article));
        }
        builder.OpenElement(20, "span");
        builder.AddAttribute(21, "class", classes.ToString());
        builder.AddAttribute(22, "id", id);
        if (alignments is not null)
            builder.AddAttribute(23, "data-al", string.Join(' ', alignments.Select(x => x.Id)));
        builder.AddAttribute(24, "title", title.ToString());
        Range(builder, analysis.Text, sentence.Start, sentence.End, mentions);
        builder.CloseElement();
    }

    private static void Range(RenderTreeBuilder builder, string text, int start, int end, List<(int Start, int End, string Entity)> mentions)
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
            if (m.Start > at)
                builder.AddContent(30, text[at..m.Start]);
            builder.OpenElement(31, "span");
            builder.AddAttribute(32, "class", "m");
            builder.AddAttribute(33, "data-e", m.Entity);
            builder.AddContent(34, text[m.Start..m.End]);
            builder.CloseElement();
            at = m.End;
        }
        if (end > at)
            builder.AddContent(35, text[at..end]);
    }
}
