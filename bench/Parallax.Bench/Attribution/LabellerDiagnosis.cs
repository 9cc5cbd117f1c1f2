using Parallax.Analysis;
using Parallax.Quotes;
using Parallax.Text;

namespace Parallax.Bench.Attribution;

/// <summary>
/// Where the labeller's recall goes: for each gold attribution with all three roles, whether any token the labeller
/// marks as a cue, a source or a content overlaps the gold span of that role (before spans are paired into candidates).
/// </summary>
internal static class LabellerDiagnosis
{
    public static void Run(AnalysisPipeline pipeline, string root, IEnumerable<(string Article, string Ann)> annotations, AttributionTagger tagger)
    {
        int gold = 0, cueHit = 0, srcHit = 0, conHit = 0, all = 0, sameSentence = 0;
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
                sameSentence += analysis.SentenceAt(g.Source[0].Start) == analysis.SentenceAt(g.Cue[0].Start) ? 1 : 0;
            }
        }
        Console.WriteLine($"labeller token hits on {gold} gold with all roles: cue {cueHit}, source {srcHit}, content {conHit}, all three {all}; source in the cue's sentence {sameSentence}");
    }
}
