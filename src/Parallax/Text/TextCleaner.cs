using System.Text;

namespace Parallax.Text;

/// <summary>
/// Normalises raw article text: Unicode NFC, one kind of line break, no control characters,
/// runs of spaces collapsed, trimmed lines, at most one blank line between paragraphs.
/// All Parallax offsets refer to the cleaned text.
/// </summary>
public static class TextCleaner
{
    /// <summary>
    /// <paramref name="text"/> on one line (runs of white space as one space) and at most <paramref name="max"/> characters: a
    /// longer text is cut at its last space before that (a hard cut, never inside a surrogate pair, when no space lies past
    /// half of it), stripped of trailing punctuation that would dangle, and ends with "…".
    /// </summary>
    public static string Excerpt(string? text, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        var line = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (line.Length <= max)
            return line;
        var room = max - 1;
        var cut = line.LastIndexOf(' ', room);
        var hard = char.IsHighSurrogate(line[room - 1]) ? room - 1 : room;
        return (cut > room / 2 ? line[..cut] : line[..hard]).TrimEnd(' ', ',', ';', ':', '-', '–', '—') + "…";
    }

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
