using Parallax.Analysis;
using Parallax.Documents;
using Parallax.Quotes;

namespace Parallax.Bench.Attribution;

/// <summary>
/// Where the labeller's recall goes: for each gold attribution with all three roles, whether any token the labeller
/// marks as a cue, a source or a content overlaps the gold span of that role (before spans are paired into candidates).
/// </summary>
internal static class LabellerDiagnosis
{
    public static void Run(AnalysisPipeline pipeline, string root, IEnumerable<(string Article, string Ann)> annotations, AttributionTagger tagger)
    {
        var show = 60;
        int gold = 0, cueHit = 0, srcHit = 0, conHit = 0, all = 0, sameSentence = 0, paired = 0, kept = 0, pairedKept = 0;
        foreach (var (article, ann) in annotations)
        {
            var text = File.ReadAllText(Path.Combine(root, "text", article + ".txt"));
            var analysis = pipeline.Analyze(new Article(article, "polnear", text));
            var q = new QuotedText(analysis);
            var labels = new string[q.Count];
            for (var s = 0; s < analysis.Sentences.Length; s++)
            {
                var path = tagger.Label(q, s);
                for (var i = 0; i < path.Length; i++)
                    labels[q.FirstOf(s) + i] = AttributionTagger.Labels[path[i]];
            }
            bool Hit(IReadOnlyList<Span> spans, string role)
                => Enumerable.Range(0, q.Count).Any(t => labels[t] is { } label && label.EndsWith(role, StringComparison.Ordinal)
                    && spans.Any(span => span.Overlaps(new Span(q.Tokens[t].Start, q.Tokens[t].End))));
            Span TokenSpan(int first, int last) => new(q.Tokens[first].Start, q.Tokens[last].End);
            var candidates = tagger.Find(q).Where(c => c.SpeakerFirst >= 0).Select(c => (Source: TokenSpan(c.SpeakerFirst, c.SpeakerLast), c.Content)).ToList();
            var final = analysis.Quotes.Select(x => (Source: x.Speaker.Relative is { } r ? new[] { x.Speaker.Span, r } : [x.Speaker.Span], Content: x.ContentParts.IsDefaultOrEmpty ? [x.Content] : x.ContentParts)).ToList();
            foreach (var g in BratAttributions.Read(ann, text))
            {
                if (g.Source.Count == 0 || g.Content.Count == 0 || g.Cue.Count == 0)
                    continue;
                gold++;
                var cue = Hit(g.Cue, "CUE");
                var source = Hit(g.Source, "SRC");
                var content = Hit(g.Content, "CON");
                cueHit += cue ? 1 : 0;
                srcHit += source ? 1 : 0;
                conHit += content ? 1 : 0;
                all += cue && source && content ? 1 : 0;
                var byLabeller = candidates.Any(c => AttributionScore.Overlaps(g.Source, [c.Source]) && AttributionScore.Overlaps(g.Content, c.Content));
                var byFinal = final.Any(c => AttributionScore.Overlaps(g.Source, c.Source) && AttributionScore.Overlaps(g.Content, c.Content));
                paired += byLabeller ? 1 : 0;
                kept += byFinal ? 1 : 0;
                pairedKept += byLabeller && byFinal ? 1 : 0;
                if (byLabeller && !byFinal && show-- > 0)
                {
                    string Clip(Span x) => text[x.Start..x.End].ReplaceLineEndings(" ") is var v && v.Length > 70 ? v[..50] + " … " + v[^15..] : text[x.Start..x.End].ReplaceLineEndings(" ");
                    var rival = final.Where(c => AttributionScore.Overlaps(g.Content, c.Content)).Select(c => "[" + Clip(c.Source[0]) + "] " + Clip(c.Content[0])).FirstOrDefault() ?? "none";
                    Console.WriteLine($"LOST [{Clip(g.Source[0])}] <{Clip(g.Cue[0])}> {Clip(g.Content[0])}  ||  output: {rival}");
                }
                sameSentence += analysis.SentenceAt(g.Source[0].Start) == analysis.SentenceAt(g.Cue[0].Start) ? 1 : 0;
            }
        }
        Console.WriteLine($"labeller token hits on {gold} gold with all roles: cue {cueHit}, source {srcHit}, content {conHit}, all three {all}; source in the cue's sentence {sameSentence}");
        Console.WriteLine($"found by a labelled candidate (source and content overlap) {paired}; found in the output {kept}; both {pairedKept}");
    }
}
