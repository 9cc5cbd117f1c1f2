using System.Diagnostics;
using System.Globalization;
using Parallax.Analysis;
using Parallax.Bench.Tagging;
using Parallax.Documents;
using Parallax.Quotes;
using Parallax.Tagging;
using Parallax.Text;
using static Parallax.Bench.CommandLine;

namespace Parallax.Bench.Attribution;

/// <summary>
/// Scores <see cref="QuoteExtractor"/> on PolNeAR (source, cue, content; exact and overlap) and
/// measures its speed. Runs on the raw text files so the gold offsets apply unchanged.
/// </summary>
internal sealed class EvalAttributionCommand : IBenchCommand
{
    public string Name => "eval-attribution";

    public string Description => "quote/attribution P/R/F1 on PolNeAR dev (--split train|dev, --entities, --rules (no labeller), --model-only, --model PATH, --bias F (less weight on 'outside' at decoding), --recovery F (that much less again in a second reading of a sentence whose labelled cue found no source or content; 0: none), --min-rate N, --holdout K (with --split train: the held-out fifth), --errors N, --direct-misses N, --wrong-speakers N (gold contents found with another speaker), --breakdown N: the errors by category with N examples each, --labeller: how often the labeller's tokens hit each gold role, --nested: labelled attributions inside a rule's content too, --subjectless: a labelled cue without a source takes its subject)";

    public int Run(string[] args)
    {
        var split = Option(args, "--split") ?? "dev";
        var errors = int.Parse(Option(args, "--errors") ?? "0", CultureInfo.InvariantCulture);
        var root = SharedPaths.Data("polnear", split);
        var withEntities = args.Contains("--entities");
        var modelPath = Option(args, "--model");
        var bias = Option(args, "--bias");
        var minimumRate = Option(args, "--min-rate");
        var recovery = Option(args, "--recovery");
        var tagger = modelPath is null && bias is null && minimumRate is null && recovery is null && !args.Contains("--subjectless")
            ? null
            : new AttributionTagger(modelPath is null ? AttributionTagger.Default.Model : ReadModel(modelPath),
                modelPath is null ? AttributionTagger.Default.FirstPass : File.Exists(TrainCommand.FirstPassPath(modelPath)) ? ReadModel(TrainCommand.FirstPassPath(modelPath)) : null)
            {
                OutsideBias = bias is null ? AttributionTagger.Default.OutsideBias : float.Parse(bias, CultureInfo.InvariantCulture),
                RecoveryBias = recovery is null ? AttributionTagger.Default.RecoveryBias : float.Parse(recovery, CultureInfo.InvariantCulture),
                MinimumCueRate = minimumRate is null ? AttributionTagger.Default.MinimumCueRate : int.Parse(minimumRate, CultureInfo.InvariantCulture),
                SubjectlessCues = args.Contains("--subjectless") || AttributionTagger.Default.SubjectlessCues,
            };
        var extractor = new QuoteExtractor
        {
            UseModel = !args.Contains("--rules"),
            UseRules = !args.Contains("--model-only"),
            Tagger = tagger,
            KeepNested = args.Contains("--nested"),
        };
        var pipeline = (withEntities ? Analyzer.CreateDefaultBuilder().Replace<QuoteExtractor>(extractor) : new AnalysisPipelineBuilder().Add(new SentenceSegmenter()).Add(extractor)).Build();

        var annotations = Directory.GetFiles(Path.Combine(root, "attributions"), "*.ann")
            .OrderBy(p => p, StringComparer.Ordinal)
            .GroupBy(p => ArticleName(p), StringComparer.Ordinal)
            .Select(g => (Article: g.Key, Ann: g.First()))
            .ToList();
        // --holdout K: only the fifth of the articles that `train attribution --holdout K` kept out of training (tuning on train, never on dev).
        if (Option(args, "--holdout") is { } holdout)
        {
            var fold = int.Parse(holdout, CultureInfo.InvariantCulture);
            annotations = [.. annotations.Where((_, i) => (i + 1) % AttributionCorpus.Folds == fold)];
        }

        Func<ScoredAttribution, bool> hasSource = a => a.Source.Count > 0;
        Func<ScoredAttribution, bool> hasCue = a => a.Cue.Count > 0;
        Func<ScoredAttribution, bool> hasContent = a => a.Content.Count > 0;
        Func<ScoredAttribution, bool> hasBoth = a => a.Source.Count > 0 && a.Content.Count > 0;
        var scores = new[]
        {
            new AttributionScore("source        exact", hasSource, (g, p, t) => AttributionScore.SameExtent(g.Source, p.Source, t)),
            new AttributionScore("source        overlap", hasSource, (g, p, _) => AttributionScore.Overlaps(g.Source, p.Source)),
            new AttributionScore("cue           exact", hasCue, (g, p, t) => AttributionScore.SameExtent(g.Cue, p.Cue, t)),
            new AttributionScore("cue           overlap", hasCue, (g, p, _) => AttributionScore.Overlaps(g.Cue, p.Cue)),
            new AttributionScore("content       exact", hasContent, (g, p, t) => AttributionScore.SameExtent(g.Content, p.Content, t)),
            new AttributionScore("content       overlap", hasContent, (g, p, _) => AttributionScore.Overlaps(g.Content, p.Content)),
            new AttributionScore("content+source exact", hasBoth, (g, p, t) => AttributionScore.SameExtent(g.Content, p.Content, t) && AttributionScore.SameExtent(g.Source, p.Source, t)),
            new AttributionScore("content+source overlap", hasBoth, (g, p, _) => AttributionScore.Overlaps(g.Content, p.Content) && AttributionScore.Overlaps(g.Source, p.Source)),
        };
        var joint = scores[^1];
        var strict = new AttributionScore("content+source overlap, antecedent only", hasBoth, (g, p, _) => AttributionScore.Overlaps(g.Content, p.Content) && AttributionScore.Overlaps(g.Source, p.Source));

        if (args.Contains("--labeller"))
        {
            LabellerDiagnosis.Run(pipeline, root, annotations, extractor.Tagger ?? AttributionTagger.Default);
            return 0;
        }
        var diagnosis = new AttributionDiagnosis();
        var breakdown = new AttributionBreakdown();
        int goldCount = 0, predictedCount = 0, shown = 0;
        var texts = new List<string>();
        foreach (var (article, ann) in annotations)
        {
            var text = File.ReadAllText(Path.Combine(root, "text", article + ".txt"));
            texts.Add(text);
            var analysis = pipeline.Analyze(new Article(article, "polnear", text));
            var gold = BratAttributions.Read(ann, text).Select(g => new ScoredAttribution(g.Source, g.Cue, g.Content)).ToList();
            // A speaker reached through a relative pronoun ("the senator, who said") is scored by either span: PolNeAR marks the pronoun.
            var predicted = analysis.Quotes.Select(q => new ScoredAttribution(q.Speaker.Relative is { } r ? [q.Speaker.Span, r] : [q.Speaker.Span], [q.CueSpan], ContentOf(q))).ToList();
            var antecedentsOnly = analysis.Quotes.Select(q => new ScoredAttribution([q.Speaker.Span], [q.CueSpan], ContentOf(q))).ToList();
            strict.Add(text, gold, antecedentsOnly);
            goldCount += gold.Count;
            predictedCount += predicted.Count;
            foreach (var s in scores)
                s.Add(text, gold, predicted);
            diagnosis.Add(text, gold, predicted);
            breakdown.Add(article, text, gold, predicted);
            if (shown < errors)
                shown += ShowErrors(article, text, gold, predicted, errors - shown);
        }

        Console.WriteLine($"pipeline: {string.Join(" > ", pipeline.Components.Select(c => c.Name))}");
        Console.WriteLine($"PolNeAR {split}: {annotations.Count} articles (first annotator file in sorted order), {goldCount} gold attributions, {predictedCount} predicted");
        Console.WriteLine("criterion                  P      R      F1");
        foreach (var s in scores)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.Name,-24} {s.Precision,6:0.000} {s.Recall,6:0.000} {s.F1,6:0.000}{(s == joint ? $"  (F1 {s.F1:0.0000}; {s.Counts})" : "")}"));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{strict.Name} (a relative pronoun's speaker scored by its antecedent's span alone): P {strict.Precision:0.000} R {strict.Recall:0.000} F1 {strict.F1:0.000}"));
        diagnosis.Print(Console.Out);
        var directMisses = int.Parse(Option(args, "--direct-misses") ?? "0", CultureInfo.InvariantCulture);
        foreach (var miss in diagnosis.MissedDirect.Take(directMisses))
            Console.WriteLine("MISS DIRECT " + miss);
        var wrongSpeakers = int.Parse(Option(args, "--wrong-speakers") ?? "0", CultureInfo.InvariantCulture);
        foreach (var wrong in diagnosis.WrongSpeakers.Take(wrongSpeakers))
            Console.WriteLine("WRONG SPEAKER " + wrong);
        if (Option(args, "--breakdown") is { } breakdownExamples)
            breakdown.Print(Console.Out, int.Parse(breakdownExamples, CultureInfo.InvariantCulture));
        var load = Stopwatch.StartNew();
        var shipped = ModelFormat.ReadEmbedded("attribution.model.br");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"labeller: {shipped.Weights.Keys.Length:N0} features, loaded in {load.Elapsed.TotalMilliseconds:0} ms"));
        var (articlesPerSecond, quotesPerSecond) = Throughput(pipeline, texts);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"throughput (whole pipeline above): {articlesPerSecond:0} articles/s, {quotesPerSecond:0} quotes/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"targets: content+source overlap F1 >= 0.80 {Met(joint.F1 >= 0.80)}, speaker right >= 0.90 {Met(diagnosis.SpeakerRight >= 0.90)}, direct-quote recall >= 0.95 {Met(diagnosis.DirectRecall >= 0.95)}"));
        return 0;
    }

    private static IReadOnlyList<Span> ContentOf(Quote q) => q.ContentParts.IsDefaultOrEmpty ? [q.Content] : q.ContentParts;

    private static LinearChainModel ReadModel(string path)
    {
        using var file = File.OpenRead(path);
        return ModelFormat.Read(file);
    }

    private static string Met(bool met) => met ? "met" : "not met";

    private static (double Articles, double Quotes) Throughput(AnalysisPipeline pipeline, List<string> texts)
    {
        var articles = texts.Select((t, i) => new Article("a" + i, "polnear", t)).ToList();
        foreach (var a in articles)
            pipeline.Analyze(a);
        var watch = Stopwatch.StartNew();
        long quotes = 0, count = 0;
        while (watch.Elapsed < TimeSpan.FromSeconds(3))
        {
            foreach (var a in articles)
            {
                quotes += pipeline.Analyze(a).Quotes.Length;
                count++;
            }
        }
        var seconds = watch.Elapsed.TotalSeconds;
        return (count / seconds, quotes / seconds);
    }

    private static int ShowErrors(string article, string text, List<ScoredAttribution> gold, List<ScoredAttribution> predicted, int budget)
    {
        var shown = 0;
        string Show(IReadOnlyList<Span> spans) => spans.Count == 0 ? "-" : string.Join(" | ", spans.Select(s => Clip(text[s.Start..s.End])));
        foreach (var g in gold)
        {
            if (shown >= budget)
                break;
            if (predicted.Any(p => AttributionScore.Overlaps(g.Content, p.Content) && AttributionScore.Overlaps(g.Source, p.Source)))
                continue;
            Console.WriteLine($"MISS {article}: [{Show(g.Source)}] <{Show(g.Cue)}> {Show(g.Content)}");
            shown++;
        }
        foreach (var p in predicted)
        {
            if (shown >= budget)
                break;
            if (gold.Any(g => AttributionScore.Overlaps(g.Content, p.Content) && AttributionScore.Overlaps(g.Source, p.Source)))
                continue;
            Console.WriteLine($"FALSE {article}: [{Show(p.Source)}] <{Show(p.Cue)}> {Show(p.Content)}");
            shown++;
        }
        return shown;
    }

    private static string Clip(string s)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= 90 ? s : s[..60] + " … " + s[^25..];
    }

    private static string ArticleName(string annPath)
    {
        var name = Path.GetFileNameWithoutExtension(annPath);
        var underscore = name.LastIndexOf('_');
        return underscore > 0 ? name[..underscore] : name;
    }
}
