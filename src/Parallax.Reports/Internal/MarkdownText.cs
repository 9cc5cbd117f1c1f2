using System.Text;

namespace Parallax.Reports.Internal;

/// <summary>Makes text from articles inert in Markdown: it renders as the same characters, never as markup.</summary>
internal static class MarkdownText
{
    /// <summary>Backslash-escapes Markdown punctuation, folds line breaks, and defuses list and heading markers at the start.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var sb = new StringBuilder(text.Length + 8);
        var lastWasSpace = false;
        foreach (var c in text)
        {
            if (c is '\r' or '\n' or '\t')
            {
                if (!lastWasSpace)
                    sb.Append(' ');
                lastWasSpace = true;
                continue;
            }
            lastWasSpace = c == ' ';
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '~' or '&' or '!' or '$' or '{' or '}')
                sb.Append('\\');
            sb.Append(c);
        }
        EscapeLeadingMarker(sb);
        return sb.ToString();
    }

    /// <summary>An inline code span holding <paramref name="text"/> (ids and other short tokens).</summary>
    public static string Code(string text)
    {
        var fence = text.Contains('`', StringComparison.Ordinal) ? "``" : "`";
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : "";
        return fence + pad + text.Replace('\n', ' ') + pad + fence;
    }

    private static void EscapeLeadingMarker(StringBuilder sb)
    {
        var i = 0;
        while (i < sb.Length && sb[i] == ' ')
            i++;
        if (i >= sb.Length)
            return;
        if (sb[i] is '-' or '+' or '=')
        {
            sb.Insert(i, '\\');
            return;
        }
        var j = i;
        while (j < sb.Length && char.IsAsciiDigit(sb[j]))
            j++;
        if (j > i && j < sb.Length && sb[j] is '.' or ')')
            sb.Insert(j, '\\');
    }
}
