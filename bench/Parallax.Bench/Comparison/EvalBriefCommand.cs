using System.Diagnostics;
using System.Globalization;
using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Ingest;
using Parallax.Semantics;

namespace Parallax.Bench.Comparison;

/// <summary>
/// Scores the story brief against NeuS neutral roundups: for each triplet of outlets, the brief of
/// the three articles vs the human roundup (its ARTICLE part), mean ROUGE-1/2/L F1, next to a
/// lead baseline (the first sentence of each article); and citation support (see <see cref="CitationSupport"/>)
/// there and on the stories given with <c>--story</c>.
/// </summary>
internal sealed class EvalBriefCommand : IBenchCommand
{
    public string Name => "eval-brief";

    public string Description => "eval-brief [val|train] [--show-counts] [--show-unsupported] [--lexical|--fp32] [--story DIR|FILE,FILE...]...: brief vs NeuS human roundups: ROUGE-1/2/L F1, citation support, multi-outlet citation share, divergences by kind (--show-counts prints the count-slot ones; --lexical: no sentence encoder); --story: citation support of the brief of those files compared as one story";

    public int Run(string[] args)
    {
        var storySpecs = args.Select((a, i) => (a, i)).Where(x => x.a == "--story" && x.i + 1 < args.Length).Select(x => args[x.i + 1]).ToList();
        if (storySpecs.Count > 0)
            return RunStories(storySpecs);
        var split = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "val";
        var showCounts = args.Contains("--show-counts");
        var showUnsupported = args.Contains("--show-unsupported");
        int supported = 0, bareQuotes = 0;
        var encoder = args.Contains("--lexical") ? null : new CachingSentenceEncoder(BenchEncoders.From(args));
        var kinds = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var countSlots = 0;
        var sources = File.ReadAllLines(SharedPaths.Data("neus-roundups", split + ".source"));
        var targets = File.ReadAllLines(SharedPaths.Data("neus-roundups", split + ".target"));
        var pipeline = Analyzer.Default;
        double r1 = 0, r2 = 0, rl = 0, b1 = 0, b2 = 0, bl = 0;
        int briefSentences = 0, multiOutlet = 0, stories = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Math.Min(sources.Length, targets.Length); i++)
        {
            var articles = NeusStories.Articles(sources[i])
                .Select(pipeline.Analyze)
                .Where(a => a.Sentences.Length > 0)
                .ToList();
            if (articles.Count == 0)
                continue;
            var story = StoryComparer.Compare(articles, encoder: encoder);
            var reference = Rouge.Tokens(NeusStories.BodyOf(targets[i]));
            var brief = Rouge.Tokens(string.Join(' ', story.Brief.Select(b => b.Text)));
            var lead = Rouge.Tokens(string.Join(' ', articles.Select(a => a.Sentences[0].Text)));
            r1 += Rouge.NGramF1(brief, reference, 1);
            r2 += Rouge.NGramF1(brief, reference, 2);
            rl += Rouge.LcsF1(brief, reference);
            b1 += Rouge.NGramF1(lead, reference, 1);
            b2 += Rouge.NGramF1(lead, reference, 2);
            bl += Rouge.LcsF1(lead, reference);
            briefSentences += story.Brief.Length;
            multiOutlet += story.Brief.Count(b => story.OutletsOf(b.Sources) >= 2);
            stories++;
            foreach (var verdict in CitationSupport.Check(story))
            {
                supported += verdict.Supported ? 1 : 0;
                bareQuotes += verdict.BareQuote ? 1 : 0;
                if (showUnsupported && (!verdict.Supported || verdict.BareQuote))
                    Print($"story {i}", story, verdict);
            }
            foreach (var divergence in story.Divergences)
            {
                var kind = divergence.Kind.ToString();
                kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
                if (divergence.Kind != DivergenceKind.Number || divergence.Confidence > CountSlots.Confidence)
                    continue;
                countSlots++;
                if (!showCounts)
                    continue;
                Console.WriteLine($"story {i}: {divergence.Detail}");
                foreach (var sentence in divergence.Sentences)
                    Console.WriteLine($"    {sentence}: {articles[sentence.Article].Sentences[sentence.Sentence].Text}");
            }
        }
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Format(inv, "eval-brief on neus-roundups/{0}: {1} stories, {2:F1} s, {3}", split, stories, clock.Elapsed.TotalSeconds, encoder is null ? "lexical alignment" : "with the sentence encoder"));
        Console.WriteLine(string.Format(inv, "  brief          ROUGE-1 {0:F4}  ROUGE-2 {1:F4}  ROUGE-L {2:F4}  ({3:F2} sentences/story)", r1 / stories, r2 / stories, rl / stories, briefSentences / (double)stories));
        Console.WriteLine(string.Format(inv, "  lead baseline  ROUGE-1 {0:F4}  ROUGE-2 {1:F4}  ROUGE-L {2:F4}  (first sentence of each article)", b1 / stories, b2 / stories, bl / stories));
        Console.WriteLine(string.Format(inv, "  citation support: {0:F3} ({1}/{2} brief sentences whose cited sentences agree with their numbers, dates and actors); quotes without a named speaker: {3}", supported / (double)Math.Max(1, briefSentences), supported, briefSentences, bareQuotes));
        Console.WriteLine(string.Format(inv, "  brief sentences citing >= 2 independent outlets: {0:P1} ({1}/{2})", multiOutlet / (double)Math.Max(1, briefSentences), multiOutlet, briefSentences));
        Console.WriteLine("  divergences: " + string.Join(", ", kinds.Select(k => $"{k.Key} {k.Value}")) + $"; of the number ones, {countSlots} from count slots (unaligned sentences)");
        return 0;
    }

    /// <summary>Citation support of the brief of each story (a folder of article files, or files joined by commas), as <c>parallax compare</c> reads them.</summary>
    private static int RunStories(List<string> stories)
    {
        var inv = CultureInfo.InvariantCulture;
        int supported = 0, total = 0, bareQuotes = 0;
        foreach (var spec in stories)
        {
            var files = Directory.Exists(spec)
                ? Directory.GetFiles(spec).Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList()
                : [.. spec.Split(',', StringSplitOptions.RemoveEmptyEntries)];
            var articles = ArticleLoader.Load(files).Where(r => r.IsArticle).Select(r => Analyzer.Default.Analyze(r.Article!)).ToList();
            var story = StoryComparer.Compare(articles);
            var verdicts = CitationSupport.Check(story);
            var ok = verdicts.Count(v => v.Supported);
            var bare = verdicts.Count(v => v.BareQuote);
            (supported, total, bareQuotes) = (supported + ok, total + verdicts.Count, bareQuotes + bare);
            Console.WriteLine(string.Format(inv, "{0}: {1} articles, {2} brief sentences, citation support {3:F3} ({4}/{2}), quotes without a named speaker: {5}",
                spec, articles.Count, verdicts.Count, ok / (double)Math.Max(1, verdicts.Count), ok, bare));
            foreach (var verdict in verdicts)
                Print("  ", story, verdict);
        }
        Console.WriteLine(string.Format(inv, "all: citation support {0:F3} ({1}/{2}), quotes without a named speaker: {3}", supported / (double)Math.Max(1, total), supported, total, bareQuotes));
        return 0;
    }

    private static void Print(string where, Story story, CitationSupport.Verdict verdict)
    {
        var mark = verdict.Supported ? "ok" : "UNSUPPORTED (" + verdict.Problem + ")";
        if (verdict.BareQuote)
            mark += " BARE QUOTE";
        Console.WriteLine($"{where} [{string.Join(", ", verdict.Sentence.Sources.Select(story.IdOf))}] {mark}: {verdict.Sentence.Text}");
        if (verdict.Supported)
            return;
        foreach (var source in verdict.Sentence.Sources)
            Console.WriteLine($"{where}     {story.IdOf(source)}: {story.Articles[source.Article].Sentences[source.Sentence].Text}");
    }
}
