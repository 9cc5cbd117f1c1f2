using System.Globalization;
using Parallax.Documents;
using Parallax.Quotes;

namespace Parallax.Bench.Attribution;

/// <summary>
/// Where the content+source overlap F1 is lost: each unmatched gold attribution and each unmatched prediction put in
/// one category (missed outright by cue kind, content found with another source, cue found with its content elsewhere,
/// a prediction spanning two gold attributions, a gold attribution read twice, false positives by kind), and how the
/// matched contents' boundaries differ from the gold (too long or too short, at which end).
/// </summary>
internal sealed class AttributionBreakdown
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _examples = new(StringComparer.Ordinal);

    public void Add(string article, string text, IReadOnlyList<ScoredAttribution> gold, IReadOnlyList<ScoredAttribution> predicted)
    {
        static bool Joint(ScoredAttribution g, ScoredAttribution p) => AttributionScore.Overlaps(g.Content, p.Content) && AttributionScore.Overlaps(g.Source, p.Source);
        var matchOf = new int[gold.Count];
        var used = new bool[predicted.Count];
        for (var i = 0; i < gold.Count; i++)
        {
            matchOf[i] = -1;
            var g = gold[i];
            if (g.Source.Count == 0 || g.Content.Count == 0)
                continue;
            for (var p = 0; p < predicted.Count; p++)
            {
                if (!used[p] && Joint(g, predicted[p]))
                {
                    used[p] = true;
                    matchOf[i] = p;
                    break;
                }
            }
        }
        for (var i = 0; i < gold.Count; i++)
        {
            var g = gold[i];
            if (matchOf[i] >= 0)
            {
                Boundary(text, g.Content, predicted[matchOf[i]].Content);
                continue;
            }
            var category = MissCategory(text, g, predicted, used);
            Count("miss: " + category, article, text, g);
        }
        for (var p = 0; p < predicted.Count; p++)
        {
            if (used[p])
                continue;
            var category = FalseCategory(text, predicted[p], gold, matchOf);
            Count("false: " + category, article, text, predicted[p]);
        }
    }

    public void Print(TextWriter output, int examples)
    {
        foreach (var (key, value) in _counts.OrderBy(p => p.Key[..p.Key.IndexOf(':', StringComparison.Ordinal)], StringComparer.Ordinal).ThenByDescending(p => p.Value))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"BREAKDOWN {value,5}  {key}"));
            if (_examples.TryGetValue(key, out var list))
            {
                var step = Math.Max(1, list.Count / Math.Max(1, examples));
                foreach (var e in list.Where((_, i) => i % step == 0).Take(examples))
                    output.WriteLine("      " + e);
            }
        }
    }

    private static string MissCategory(string text, ScoredAttribution g, IReadOnlyList<ScoredAttribution> predicted, bool[] used)
    {
        if (g.Source.Count == 0)
            return "gold has no source";
        if (g.Content.Count == 0)
            return "gold has no content";
        if (predicted.Any(p => AttributionScore.Overlaps(g.Content, p.Content) && AttributionScore.Overlaps(g.Source, p.Source)))
            return "merged: its prediction already matched another gold attribution";
        if (predicted.Where((p, i) => !used[i]).Any(p => AttributionScore.Overlaps(g.Content, p.Content)))
            return "wrong source: content found with another source";
        if (predicted.Any(p => AttributionScore.Overlaps(g.Content, p.Content)))
            return "content overlaps only attributions matched to other gold ones (nested or neighbouring)";
        if (predicted.Any(p => AttributionScore.Overlaps(g.Cue, p.Cue) || (AttributionScore.Overlaps(g.Source, p.Source) && Near(g.Cue, p.Cue))))
        {
            var p = predicted.First(p => AttributionScore.Overlaps(g.Cue, p.Cue) || (AttributionScore.Overlaps(g.Source, p.Source) && Near(g.Cue, p.Cue)));
            var side = p.Content.Max(s => s.End) <= g.Content.Min(s => s.Start) ? "before" : p.Content.Min(s => s.Start) >= g.Content.Max(s => s.End) ? "after" : "around";
            return "cue found, content elsewhere (" + side + " the gold content)";
        }
        var direct = IsDirect(text, g.Content) ? "direct" : "indirect";
        return $"missed, {direct}, {CueKind(text, g.Cue)}";
    }

    private static string FalseCategory(string text, ScoredAttribution p, IReadOnlyList<ScoredAttribution> gold, int[] matchOf)
    {
        var direct = IsDirect(text, p.Content) ? "direct" : "indirect";
        for (var i = 0; i < gold.Count; i++)
        {
            if (matchOf[i] >= 0 && AttributionScore.Overlaps(gold[i].Content, p.Content) && AttributionScore.Overlaps(gold[i].Source, p.Source))
                return "split: a second reading of a matched gold attribution";
        }
        if (gold.Where((g, i) => matchOf[i] < 0).Any(g => g.Source.Count > 0 && AttributionScore.Overlaps(g.Content, p.Content)))
            return "wrong source: gold content, another source";
        if (gold.Any(g => g.Source.Count > 0 && AttributionScore.Overlaps(g.Content, p.Content)))
            return "content overlaps only gold attributions matched to other predictions";
        if (gold.Any(g => g.Source.Count == 0 && AttributionScore.Overlaps(g.Content, p.Content)))
            return "gold content without a source";
        if (gold.Any(g => AttributionScore.Overlaps(g.Cue, p.Cue)))
            return "gold cue, content elsewhere";
        if (gold.Any(g => AttributionScore.Overlaps(g.Content, p.Cue)))
            return $"spurious inside a gold content ({direct})";
        return $"spurious, {direct}, {CueKind(text, p.Cue)}";
    }

    private void Boundary(string text, IReadOnlyList<Span> gold, IReadOnlyList<Span> predicted)
    {
        var g = Trim(gold, text);
        var p = Trim(predicted, text);
        var start = p.Start < g.Start ? "starts early" : p.Start > g.Start ? "starts late" : "start right";
        var end = p.End > g.End ? "ends late" : p.End < g.End ? "ends early" : "end right";
        Increment("matched content: " + start + ", " + end);
    }

    private static bool Near(IReadOnlyList<Span> a, IReadOnlyList<Span> b)
        => a.Count > 0 && b.Count > 0 && Math.Abs(a[0].Start - b[0].Start) < 40;

    private static string CueKind(string text, IReadOnlyList<Span> cue)
    {
        if (cue.Count == 0)
            return "no cue";
        var words = string.Join(" ", cue.Select(c => text[c.Start..c.End])).ToLowerInvariant().Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
            return "no cue";
        if (words[0] is ":" or "\"" or "“" or "”")
            return "punctuation cue";
        if (words.Any(w => w is "according" or "in" or "for" or "from" or "per" or "by" or "to" or "with" or "as"))
            return "prepositional cue";
        if (words.Any(w => CueLexicon.TryGet(w, out _)))
            return "cue in the lexicon";
        return words.Length > 1 ? "other cue, several words" : "other cue, one word";
    }

    private static Span Trim(IReadOnlyList<Span> spans, string text)
    {
        int start = spans.Min(s => s.Start), end = Math.Min(spans.Max(s => s.End), text.Length);
        while (start < end && (char.IsWhiteSpace(text[start]) || char.IsPunctuation(text[start])))
            start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || char.IsPunctuation(text[end - 1])))
            end--;
        return new Span(start, end);
    }

    private static bool IsDirect(string text, IReadOnlyList<Span> content)
    {
        if (content.Count == 0)
            return false;
        var start = content.Min(s => s.Start);
        while (start < text.Length && char.IsWhiteSpace(text[start]))
            start++;
        return (start < text.Length && text[start] is '"' or '“') || (start > 0 && text[start - 1] is '"' or '“');
    }

    private void Count(string key, string article, string text, ScoredAttribution a)
    {
        Increment(key);
        if (!_examples.TryGetValue(key, out var list))
            _examples[key] = list = [];
        string Show(IReadOnlyList<Span> spans) => spans.Count == 0 ? "-" : string.Join(" | ", spans.Select(s => Clip(text[s.Start..Math.Min(s.End, text.Length)])));
        list.Add($"{article}: [{Show(a.Source)}] <{Show(a.Cue)}> {Show(a.Content)}");
    }

    private void Increment(string key) => _counts[key] = _counts.GetValueOrDefault(key) + 1;

    private static string Clip(string s)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= 90 ? s : s[..60] + " … " + s[^25..];
    }
}
