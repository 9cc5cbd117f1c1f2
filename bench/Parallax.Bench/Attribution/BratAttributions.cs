using System.Globalization;
using Parallax.Documents;

namespace Parallax.Bench.Attribution;

/// <summary>One gold attribution: the spans of each role (content may be discontinuous; source may be absent).</summary>
internal sealed record GoldAttribution(IReadOnlyList<Span> Source, IReadOnlyList<Span> Cue, IReadOnlyList<Span> Content);

/// <summary>
/// Reads PolNeAR brat standoff (<c>T</c> span lines, <c>E</c> Attribution events) and converts its
/// code-point offsets to UTF-16 offsets into the text file.
/// </summary>
internal static class BratAttributions
{
    public static List<GoldAttribution> Read(string annPath, string text)
    {
        var utf16 = CodePointOffsets(text);
        var spans = new Dictionary<string, List<Span>>(StringComparer.Ordinal);
        var result = new List<GoldAttribution>();
        var events = new List<string[]>();
        foreach (var line in File.ReadLines(annPath))
        {
            var fields = line.Split('\t');
            if (fields.Length < 2)
                continue;
            if (fields[0].StartsWith('T'))
            {
                var space = fields[1].IndexOf(' ', StringComparison.Ordinal);
                var list = new List<Span>();
                foreach (var range in fields[1][(space + 1)..].Split(';'))
                {
                    var pair = range.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    var start = int.Parse(pair[0], CultureInfo.InvariantCulture);
                    var end = int.Parse(pair[1], CultureInfo.InvariantCulture);
                    list.Add(new Span(utf16[Math.Min(start, utf16.Length - 1)], utf16[Math.Min(end, utf16.Length - 1)]));
                }
                spans[fields[0]] = list;
            }
            else if (fields[0].StartsWith('E'))
                events.Add(fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        foreach (var args in events)
        {
            List<Span> source = [], cue = [], content = [];
            foreach (var arg in args.Skip(1))
            {
                var colon = arg.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0 || !spans.TryGetValue(arg[(colon + 1)..], out var s))
                    continue;
                var role = arg[..colon];
                if (role.StartsWith("Source", StringComparison.Ordinal)) source.AddRange(s);
                else if (role.StartsWith("Cue", StringComparison.Ordinal)) cue.AddRange(s);
                else if (role.StartsWith("Content", StringComparison.Ordinal)) content.AddRange(s);
            }
            result.Add(new GoldAttribution(source, cue, content));
        }
        return result;
    }

    // utf16[i] is the UTF-16 offset of code point i (with one extra entry for the end).
    private static int[] CodePointOffsets(string text)
    {
        var offsets = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            offsets.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
        }
        offsets.Add(text.Length);
        return [.. offsets];
    }
}
