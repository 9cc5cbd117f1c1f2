using System.Globalization;
using Parallax.Documents;

namespace Parallax.Bench.Attribution;

/// <summary>
/// What the F1 figures hide: how often the speaker is right when the content is found, the recall
/// on direct quotes (gold content in quotation marks), and the cues of the attributions missed most.
/// </summary>
internal sealed class AttributionDiagnosis
{
    private readonly Dictionary<string, int> _missedCues = new(StringComparer.Ordinal);
    private int _contentFound;
    private int _speakerRight;
    private int _direct;
    private int _directFound;
    private int _missed;

    public List<string> MissedDirect { get; } = [];

    /// <summary>Gold attributions whose content is found with another speaker.</summary>
    public List<string> WrongSpeakers { get; } = [];

    public double SpeakerRight => _contentFound == 0 ? 0 : (double)_speakerRight / _contentFound;

    public double DirectRecall => _direct == 0 ? 0 : (double)_directFound / _direct;

    public void Add(string text, IReadOnlyList<ScoredAttribution> gold, IReadOnlyList<ScoredAttribution> predicted)
    {
        foreach (var g in gold)
        {
            if (g.Source.Count == 0 || g.Content.Count == 0)
                continue;
            var byContent = predicted.Where(p => AttributionScore.Overlaps(g.Content, p.Content)).ToList();
            var found = byContent.Any(p => AttributionScore.Overlaps(g.Source, p.Source));
            if (byContent.Count > 0)
            {
                _contentFound++;
                if (found)
                    _speakerRight++;
                else
                    WrongSpeakers.Add(Describe(text, g, byContent));
            }
            if (IsDirect(text, g.Content))
            {
                _direct++;
                if (found)
                    _directFound++;
                else
                    MissedDirect.Add(Describe(text, g, byContent));
            }
            if (!found)
            {
                _missed++;
                var cue = string.Join(" ", g.Cue.Select(c => text[c.Start..c.End].ToLowerInvariant().ReplaceLineEndings(" ")));
                _missedCues[cue] = _missedCues.GetValueOrDefault(cue) + 1;
            }
        }
    }

    public void Print(TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"speaker right when the content is found: {SpeakerRight:0.000} ({_speakerRight}/{_contentFound})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"direct-quote recall (content+source overlap, gold content in quotation marks): {DirectRecall:0.000} ({_directFound}/{_direct})"));
        var top = _missedCues.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(15)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{(p.Key.Length == 0 ? "(none)" : p.Key)} {p.Value}"));
        output.WriteLine($"top cues of the {_missed} missed attributions: {string.Join(", ", top)}");
    }

    private static string Describe(string text, ScoredAttribution gold, List<ScoredAttribution> byContent)
    {
        string Show(IReadOnlyList<Span> spans) => spans.Count == 0 ? "-" : string.Join(" | ", spans.Select(s => text[s.Start..s.End].ReplaceLineEndings(" ")));
        var sentenceStart = Math.Max(0, text.LastIndexOf('\n', Math.Max(0, gold.Cue.Count > 0 ? gold.Cue[0].Start : gold.Content[0].Start)));
        var cue = gold.Cue.Count > 0 ? gold.Cue[0] : gold.Content[0];
        var context = text[Math.Max(sentenceStart, cue.Start - 120)..Math.Min(text.Length, cue.End + 120)].ReplaceLineEndings(" ");
        var got = byContent.Count == 0 ? "nothing" : "source " + Show(byContent[0].Source);
        return $"[{Show(gold.Source)}] <{Show(gold.Cue)}> got {got}\n      …{context}…";
    }

    // Gold content that opens with a quotation mark, or sits right inside one.
    private static bool IsDirect(string text, IReadOnlyList<Span> content)
    {
        var start = content.Min(s => s.Start);
        while (start < text.Length && char.IsWhiteSpace(text[start]))
            start++;
        if (start < text.Length && IsMark(text[start]))
            return true;
        return start > 0 && IsMark(text[start - 1]);
    }

    private static bool IsMark(char c) => c is '"' or '“' or '”';
}
