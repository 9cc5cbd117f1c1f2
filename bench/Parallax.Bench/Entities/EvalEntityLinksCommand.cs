using System.Diagnostics;
using System.Globalization;
using Parallax.Analysis;
using Parallax.Bench.Corpus;
using Parallax.Comparison;
using Parallax.Documents;
using static Parallax.Bench.CommandLine;

namespace Parallax.Bench.Entities;

/// <summary>
/// Scores cross-article entity resolution on ECB+: each sub-topic's documents are analysed and resolved
/// as one story; every mention the pipeline finds that overlaps a gold entity mention (HUMAN_PART_*,
/// LOC_*, NON_HUMAN_PART_*) is scored, and for each pair of such mentions in different documents
/// "same story entity" is compared with "same gold cross-document cluster" (pairwise P/R/F1).
/// Mentions the pipeline misses are not scored: this measures linking, not recognition.
/// </summary>
internal sealed class EvalEntityLinksCommand : IBenchCommand
{
    public string Name => "eval-entity-links";

    public string Description => "cross-article entity links on ECB+ sub-topics: pairwise P/R/F1 of 'same story entity' for name mentions, and names + roles (--errors N: most frequent wrong merges and splits; --story T.S: print one sub-topic's story entities)";

    private readonly record struct Item(int Document, string Cluster, string Tag, int Entity, MentionKind Kind, string Text);

    private sealed class Counts
    {
        public long TruePositive { get; set; }
        public long FalsePositive { get; set; }
        public long FalseNegative { get; set; }

        public string Format()
        {
            var p = TruePositive / (double)Math.Max(1, TruePositive + FalsePositive);
            var r = TruePositive / (double)Math.Max(1, TruePositive + FalseNegative);
            var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return string.Format(CultureInfo.InvariantCulture, "P {0:F3}  R {1:F3}  F1 {2:F3}  (pairs: {3:N0} linked, {4:N0} gold)",
                p, r, f, TruePositive + FalsePositive, TruePositive + FalseNegative);
        }
    }

    public int Run(string[] args)
    {
        var errors = Option(args, "--errors") is { } e ? int.Parse(e, CultureInfo.InvariantCulture) : 0;
        var show = Option(args, "--story");
        var watch = Stopwatch.StartNew();
        var documents = EcbCorpus.Files(SharedPaths.Data("ecbplus")).Select(EcbEntityMentions.Read).ToList();
        var names = new Counts();
        var withRoles = new Counts();
        var byTag = new SortedDictionary<string, Counts>(StringComparer.Ordinal);
        var wrongMerges = new Dictionary<string, int>(StringComparer.Ordinal);
        var wrongSplits = new Dictionary<string, int>(StringComparer.Ordinal);
        int goldMentions = 0, scored = 0, stories = 0;
        foreach (var story in documents.GroupBy(d => d.Gold).Where(g => show is null || g.Key == show))
        {
            var members = story.ToList();
            var analyses = members.Select(d => Analyzer.Analyze(new Article(d.Name, d.Name, d.Text))).ToList();
            var resolved = new EntityResolver(ComparisonOptions.Default).Resolve(analyses);
            if (show is not null)
                Print(analyses, resolved);
            var items = new List<Item>();
            for (var a = 0; a < members.Count; a++)
            {
                goldMentions += members[a].Mentions.Count;
                items.AddRange(Items(a, members[a], analyses[a], resolved));
            }
            scored += items.Count;
            stories++;
            for (var i = 0; i < items.Count; i++)
            {
                for (var j = i + 1; j < items.Count; j++)
                {
                    var (x, y) = (items[i], items[j]);
                    if (x.Document == y.Document)
                        continue;
                    var gold = x.Cluster == y.Cluster;
                    var linked = x.Entity >= 0 && x.Entity == y.Entity;
                    if (!gold && !linked)
                        continue;
                    var bothNames = x.Kind == MentionKind.Name && y.Kind == MentionKind.Name;
                    var tag = Category(x.Tag);
                    if (!byTag.TryGetValue(tag, out var counts))
                        byTag[tag] = counts = new Counts();
                    foreach (var c in bothNames ? [names, withRoles, counts] : new[] { withRoles })
                    {
                        if (gold && linked)
                            c.TruePositive++;
                        else if (linked)
                            c.FalsePositive++;
                        else
                            c.FalseNegative++;
                    }
                    if (errors > 0 && bothNames && gold != linked)
                    {
                        var key = string.CompareOrdinal(x.Text, y.Text) <= 0 ? $"{x.Text} | {y.Text}" : $"{y.Text} | {x.Text}";
                        var table = linked ? wrongMerges : wrongSplits;
                        table[key] = table.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Format(inv, "eval-entity-links on ECB+: {0} documents in {1} sub-topic stories, {2:N0} gold entity mentions, {3:N0} found and scored ({4:F1} s)",
            documents.Count, stories, goldMentions, scored, watch.Elapsed.TotalSeconds));
        Console.WriteLine("  name mentions          " + names.Format());
        Console.WriteLine("  names + roles/pronouns " + withRoles.Format());
        foreach (var (tag, counts) in byTag)
            Console.WriteLine($"    {tag,-20} {counts.Format()}");
        if (errors > 0)
        {
            Print("wrong merges (linked, gold apart)", wrongMerges, errors);
            Print("wrong splits (gold together, not linked)", wrongSplits, errors);
        }
        return 0;
    }

    /// <summary>The pipeline's mentions that overlap a gold entity mention, each with the gold mention it overlaps most.</summary>
    private static IEnumerable<Item> Items(int article, EcbEntityDocument document, ArticleAnalysis analysis, ResolvedEntities resolved)
    {
        var claimed = new HashSet<EcbMention>();
        for (var m = 0; m < analysis.Mentions.Length; m++)
        {
            var mention = analysis.Mentions[m];
            if (mention.Kind is MentionKind.Date or MentionKind.Number)
                continue;
            EcbMention? best = null;
            var bestOverlap = 0;
            foreach (var gold in document.Mentions)
            {
                var overlap = Math.Min(gold.End, mention.End) - Math.Max(gold.Start, mention.Start);
                if (overlap > bestOverlap)
                    (best, bestOverlap) = (gold, overlap);
            }
            if (best is null || !claimed.Add(best))
                continue;
            yield return new Item(article, best.Cluster, best.Tag, resolved.Of(article, m), mention.Kind, $"{mention.Text.ReplaceLineEndings(" ")}/{mention.Type}");
        }
    }

    private static void Print(List<ArticleAnalysis> analyses, ResolvedEntities resolved)
    {
        foreach (var entity in resolved.Entities.Where(e => e.Type is not (EntityType.Date or EntityType.Number)))
        {
            var forms = entity.Mentions.Select(m => analyses[m.Article].Mentions[m.Mention])
                .Select(m => $"{m.Text.ReplaceLineEndings(" ")}{(m.Kind == MentionKind.Name ? "" : ":" + m.Kind)}")
                .GroupBy(t => t, StringComparer.Ordinal).Select(g => g.Count() > 1 ? $"{g.Key} x{g.Count()}" : g.Key);
            Console.WriteLine($"{entity.Id} {entity.Type} '{entity.Name}' in {entity.Mentions.Select(m => m.Article).Distinct().Count()} articles :: {string.Join(" | ", forms)}");
        }
    }

    private static string Category(string tag)
        => tag.StartsWith("HUMAN_PART_PER", StringComparison.Ordinal) ? "person"
            : tag.StartsWith("HUMAN_PART", StringComparison.Ordinal) ? "organisation/group"
            : tag.StartsWith("LOC_", StringComparison.Ordinal) ? "place"
            : "thing";

    private static void Print(string title, Dictionary<string, int> table, int count)
    {
        Console.WriteLine($"  {title}:");
        foreach (var (pair, n) in table.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(count))
            Console.WriteLine($"    {n,5}  {pair}");
    }
}
