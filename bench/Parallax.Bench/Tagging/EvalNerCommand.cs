using System.Diagnostics;
using Parallax.Tagging;

namespace Parallax.Bench.Tagging;

/// <summary>Entity-level P/R/F1 of the entity recogniser on CoNLL-2003 test (eng.testb) and CoNLL++.</summary>
internal sealed class EvalNerCommand : IBenchCommand
{
    public static readonly string[] BtcSections = ["a", "b", "e", "f", "g", "h"];

    public string Name => "eval-ner";

    public string Description => "eval-ner [--model PATH] [--gold-pos] [--errors N] [--false-positives]: entity P/R/F1 on eng.testa, eng.testb, conllpp_test.txt and the Broad Twitter Corpus (all, and section g)";

    public int Run(string[] args)
    {
        var path = ModelPaths.Option(args, "--model");
        var goldPos = args.Contains("--gold-pos");
        var clock = Stopwatch.StartNew();
        var tagger = path is null ? EntityTagger.Default : Load(path);
        Console.WriteLine($"model loaded in {clock.ElapsedMilliseconds} ms; POS tags: {(goldPos ? "CoNLL column 2" : "predicted by PosTagger.Default")}");
        foreach (var file in new[] { "eng.testa", "eng.testb", "conllpp_test.txt" })
        {
            var sentences = TaggingCorpora.ReadConll2003(SharedPaths.Data("conll2003", file));
            EntityScore.Evaluate(tagger, sentences, goldPos).Print($"{file} ({sentences.Count:N0} sentences)");
        }
        // Out of domain: the Broad Twitter Corpus (PER/LOC/ORG; MISC predictions count as no entity), all sections and the news outlets' section g.
        var sections = BtcSections.ToDictionary(s => s, s => TaggingCorpora.ReadBtc(SharedPaths.Data("btc", s + ".conll")));
        var all = sections.Values.SelectMany(s => s).Select((s, i) => s with { Document = i }).ToList();
        var falsePositives = args.Contains("--false-positives") ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
        EntityScore.Evaluate(tagger, all, goldPos: false, withoutMisc: true, falsePositives: falsePositives).Print($"BTC, all sections ({all.Count:N0} tweets)", withoutMisc: true);
        if (falsePositives is not null)
        {
            foreach (var group in falsePositives.GroupBy(p => p.Key[..p.Key.IndexOf(':', StringComparison.Ordinal)]).OrderByDescending(g => g.Sum(p => p.Value)))
            {
                Console.WriteLine($"  false {group.Key}: {group.Sum(p => p.Value)}, e.g. "
                    + string.Join(" | ", group.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(25).Select(p => $"{p.Key[(p.Key.IndexOf(':', StringComparison.Ordinal) + 2)..]} ×{p.Value}")));
            }
        }
        var errors = int.Parse(ModelPaths.Option(args, "--errors") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        EntityScore.Evaluate(tagger, sections["g"], goldPos: false, withoutMisc: true, errors).Print($"BTC section g, news outlets ({sections["g"].Count:N0} tweets)", withoutMisc: true);
        return 0;
    }

    /// <summary>A model file, with its first pass when one sits beside it (see <see cref="TrainCommand.FirstPassPath"/>).</summary>
    public static EntityTagger Load(string path)
    {
        var first = TrainCommand.FirstPassPath(path);
        return new EntityTagger(ModelPaths.Load(path), PosTagger.Default) { FirstPass = File.Exists(first) ? ModelPaths.Load(first) : null };
    }
}
