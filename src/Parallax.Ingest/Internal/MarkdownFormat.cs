using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.Core;

namespace Parallax.Ingest.Internal;

/// <summary>Markdown with optional YAML front matter, reduced to plain text (headings and list items on their own lines).</summary>
internal static class MarkdownFormat
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder { MaximumNestingDepth = InputLimits.NestingDepth }.UsePipeTables().Build();

    public static ReadItem Read(string text, string source)
    {
        var (frontMatter, body) = SplitFrontMatter(text);
        Dictionary<string, object?> fields;
        try
        {
            fields = FrontMatter.Parse(frontMatter);
        }
        catch (YamlException e)
        {
            return new IngestProblem(source, null, $"{source}: invalid YAML front matter ({OneLine(e.Message)})");
        }
        if (Parse(body) is not { } document)
            return new IngestProblem(source, null, $"{source}: Markdown nested deeper than {InputLimits.NestingDepth} levels (the limit), skipped");
        var title = Field(fields, "title", "headline");
        if (title is null && document.FirstOrDefault() is HeadingBlock { Level: 1 } h1)
        {
            title = InlineText(h1.Inline);
            document.Remove(h1);
        }
        return new RawArticle(ToPlainText(document))
        {
            Title = title,
            Outlet = Field(fields, "outlet", "source", "publisher", "site", "site_name"),
            Url = Field(fields, "url", "link", "canonical_url", "canonical"),
            Published = DateParser.FromObject(FieldObject(fields, "published", "date", "published_at", "datePublished", "pubDate")),
            Author = Field(fields, "author", "authors", "byline"),
            Language = Field(fields, "language", "lang", "locale"),
            Source = source,
        };
    }

    /// <summary>Markdown body to plain text.</summary>
    public static string ToPlainText(string markdown) => ToPlainText(Markdown.Parse(markdown, Pipeline));

    /// <summary>The parsed body, or null when it nests deeper than the limit (Markdig refuses it).</summary>
    private static MarkdownDocument? Parse(string body)
    {
        if (IndentedTooDeep(body))
            return null;
        try
        {
            return Markdown.Parse(WithoutUnclosedHtml(body), Pipeline);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// The body with every '&lt;' that opens inline HTML never closed later in the text (a CDATA section without "]]&gt;", a
    /// comment without "--&gt;", a processing instruction without "?&gt;", a tag without "&gt;") escaped as "\&lt;". Markdig
    /// reads such a '&lt;' as text anyway, but only after scanning to the end of its paragraph for the close, once per
    /// '&lt;': a 48 KB line of "&lt;![CDATA[" took seconds. The text read is the same (but in a code span, where the
    /// backslash stays).
    /// </summary>
    internal static string WithoutUnclosedHtml(string body)
    {
        var lastTagEnd = body.LastIndexOf('>');
        var lastCdataEnd = body.LastIndexOf("]]>", StringComparison.Ordinal);
        var lastCommentEnd = body.LastIndexOf("-->", StringComparison.Ordinal);
        var lastInstructionEnd = body.LastIndexOf("?>", StringComparison.Ordinal);
        StringBuilder? escaped = null;
        var copied = 0;
        for (var i = body.IndexOf('<'); i >= 0; i = body.IndexOf('<', i + 1))
        {
            var rest = body.AsSpan(i);
            var close = rest.StartsWith("<![CDATA[") ? lastCdataEnd
                : rest.StartsWith("<!--") ? lastCommentEnd
                : rest.StartsWith("<?") ? lastInstructionEnd
                : lastTagEnd;
            if (close > i || rest.Length < 2 || !(char.IsAsciiLetter(rest[1]) || rest[1] is '/' or '!' or '?') || (i > 0 && body[i - 1] == '\\'))
                continue;
            escaped ??= new StringBuilder(body.Length + 16);
            escaped.Append(body, copied, i - copied).Append('\\');
            copied = i;
        }
        return escaped is null ? body : escaped.Append(body, copied, body.Length - copied).ToString();
    }

    /// <summary>
    /// A line that opens containers (block quotes, list items) or is indented far past the nesting limit: Markdig would
    /// refuse it too, but only after work that grows with the square of the depth ("- - - - ..." 12,000 deep took minutes).
    /// </summary>
    private static bool IndentedTooDeep(string body)
    {
        foreach (var line in body.AsSpan().EnumerateLines())
        {
            int columns = 0, containers = 0, i = 0;
            while (i < line.Length)
            {
                var c = line[i];
                if (c == ' ')
                {
                    columns++;
                    i++;
                }
                else if (c == '\t')
                {
                    columns += 4;
                    i++;
                }
                else if (c == '>')
                {
                    containers++;
                    i++;
                }
                else if (c is '-' or '*' or '+' && (i + 1 == line.Length || line[i + 1] is ' ' or '\t'))
                {
                    containers++;
                    i++;
                }
                else if (char.IsAsciiDigit(c) && OrderedMarker(line[i..]) is var marker and > 0)
                {
                    containers++;
                    i += marker;
                }
                else
                {
                    break;
                }
            }
            if (containers > InputLimits.NestingDepth || columns > 4 * InputLimits.NestingDepth)
                return true;
        }
        return false;
    }

    /// <summary>The length of an ordered list marker ("12." or "3)") followed by white space, else 0.</summary>
    private static int OrderedMarker(ReadOnlySpan<char> text)
    {
        var digits = 0;
        while (digits < text.Length && digits < 9 && char.IsAsciiDigit(text[digits]))
            digits++;
        return digits < text.Length && text[digits] is '.' or ')' && (digits + 1 == text.Length || text[digits + 1] is ' ' or '\t') ? digits + 1 : 0;
    }

    private static string OneLine(string message) => string.Join(' ', message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');

    private static string ToPlainText(MarkdownDocument document)
    {
        var sb = new StringBuilder();
        WriteBlocks(document, sb);
        return sb.ToString();
    }

    private static (string FrontMatter, string Body) SplitFrontMatter(string text)
    {
        var t = text.TrimStart('\uFEFF');
        if (!t.StartsWith("---", StringComparison.Ordinal))
            return ("", t);
        var lines = t.Split('\n');
        if (lines[0].TrimEnd() != "---")
            return ("", t);
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is "---" or "...")
                return (string.Join('\n', lines[1..i]), string.Join('\n', lines[(i + 1)..]));
        }
        return ("", t);
    }

    private static object? FieldObject(Dictionary<string, object?> fields, params string[] keys)
        => keys.Select(k => fields.GetValueOrDefault(k)).FirstOrDefault(v => v is not null);

    private static string? Field(Dictionary<string, object?> fields, params string[] keys)
        => keys.Select(k => FrontMatter.Text(fields.GetValueOrDefault(k))).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static void WriteBlocks(ContainerBlock container, StringBuilder sb)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    Paragraph(sb, InlineText(heading.Inline));
                    break;
                case ParagraphBlock paragraph:
                    Paragraph(sb, InlineText(paragraph.Inline));
                    break;
                case CodeBlock code:
                    Paragraph(sb, code.Lines.ToString());
                    break;
                case ListBlock list:
                    var items = new StringBuilder();
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        var inner = new StringBuilder();
                        WriteBlocks(item, inner);
                        items.Append(inner.ToString().Trim().Replace("\n\n", "\n", StringComparison.Ordinal)).Append('\n');
                    }
                    Paragraph(sb, items.ToString());
                    break;
                case ContainerBlock nested:
                    WriteBlocks(nested, sb);
                    break;
            }
        }
    }

    private static void Paragraph(StringBuilder sb, string text)
    {
        text = text.Trim();
        if (text.Length == 0)
            return;
        if (sb.Length > 0)
            sb.Append("\n\n");
        sb.Append(text);
    }

    private static string InlineText(ContainerInline? inline)
    {
        var sb = new StringBuilder();
        if (inline is not null)
            WriteInline(inline, sb);
        return sb.ToString();
    }

    private static void WriteInline(Inline inline, StringBuilder sb)
    {
        switch (inline)
        {
            case LiteralInline literal:
                sb.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                sb.Append(code.Content);
                break;
            case AutolinkInline autolink:
                sb.Append(autolink.Url);
                break;
            case HtmlEntityInline entity:
                sb.Append(entity.Transcoded.ToString());
                break;
            case LineBreakInline lineBreak:
                sb.Append(lineBreak.IsHard ? '\n' : ' ');
                break;
            case LinkInline { IsImage: true }:
            case HtmlInline:
                break;
            case DelimiterInline delimiter:
                sb.Append(delimiter.ToLiteral());
                foreach (var child in delimiter)
                    WriteInline(child, sb);
                break;
            case ContainerInline container:
                foreach (var child in container)
                    WriteInline(child, sb);
                break;
        }
    }
}
