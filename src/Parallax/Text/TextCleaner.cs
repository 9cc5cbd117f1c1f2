using System.Text;

namespace Parallax.Text;

/// <summary>
/// Normalises raw article text: Unicode NFC, one kind of line break, no control characters,
/// runs of spaces collapsed, trimmed lines, at most one blank line between paragraphs.
/// All Parallax offsets refer to the cleaned text.
/// </summary>
public static class TextCleaner
{
    /// <summary>Cleans <paramref name="raw"/>; idempotent.</summary>
    public static string Clean(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = raw.IsNormalized(NormalizationForm.FormC) ? raw : raw.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        var newlines = 0;
        foreach (var c0 in text)
        {
            var c = c0;
            if (c == '\r') c = '\n';
            if (c is '\u2028' or '\u2029' or '\u0085' or '\f' or '\v') c = '\n';
            if (c == '\n')
            {
                pendingSpace = false;
                newlines++;
                continue;
            }
            if (c is '\u00AD' or '\u200B' or '\uFEFF' or '\u200C' or '\u200D' or '\u2060')
                continue;
            if (char.IsWhiteSpace(c) || (char.IsControl(c) && c != '\t'))
            {
                pendingSpace = true;
                continue;
            }
            if (c == '\t')
            {
                pendingSpace = true;
                continue;
            }
            if (sb.Length > 0)
            {
                if (newlines > 0)
                    sb.Append(newlines > 1 ? "\n\n" : "\n");
                else if (pendingSpace)
                    sb.Append(' ');
            }
            newlines = 0;
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
