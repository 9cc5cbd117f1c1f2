using System.Diagnostics;
using Parallax.Tagging;

namespace Parallax.Bench.Tagging;

/// <summary>Entity-level P/R/F1 of the entity recogniser on CoNLL-2003 test (eng.testb) and CoNLL++.</summary>
internal sealed class EvalNerCommand : IBenchCommand
{
    public static readonly string[] BtcSections = ["a", "b", "e", "f", "g", "h"];

    /// <summary>The Broad Twitter Corpus sections the shipped recogniser was trained on (<c>train ner --btc</c>).</summary>
    public static readonly string[] ShippedBtcSections = [];

    public string Name => "eval-ner";

    public string Description => "eval-ner [--model PATH [--btc-trained a,b,...]] [--gold-pos] [--errors N] [--false-positives]: entity P/R/F1 on eng.testa, eng.testb, conllpp_test.txt and the Broad Twitter Corpus (each section, all, those held out of training, and section g)";

    public int Run(string[] args)
    {
        var path = CommandLine.Option(args, "--model");
        var goldPos = args.Contains("--gold-pos");
        var clock = Stopwatch.StartNew();
        var tagger = path is null ? EntityTagger.Default : Load(path);
        Console.WriteLine($"model loaded in {clock.ElapsedMilliseconds} ms; POS tags: {(goldPos ? "CoNLL column 2" : "predicted by PosTagger.Default")}");
        foreach (var file in new[] { "eng.testa", "eng.testb", "conllpp_test.txt" })
        {
            var sentences = TaggingCorpora.ReadConll2003(SharedPaths.Data("conll2003", file));
            EntityScore.Evaluate(tagger, sentences, goldPos).Print($"{file} ({sentences.Count:N0} sentences)");
        }
        // Out of domain: the Broad Twitter Corpus (PER/LOC/ORG; MISC predictions count as no entity), all sections and each one;
        // those the model was trained on (--btc-trained for a model file) are named, and the others summed as held out.
        var trained = (path is null ? ShippedBtcSections : CommandLine.Option(args, "--btc-trained")?.Split(',') ?? []).ToHashSet(StringComparer.Ordinal);
        var falsePositives = args.Contains("--false-positives") ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
        var errors = int.Parse(CommandLine.Option(args, "--errors") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var scores = new Dictionary<string, EntityScore>(StringComparer.Ordinal);
        foreach (var section in BtcSections)
        {
            var tweets = TaggingCorpora.ReadBtc(SharedPaths.Data("btc", section + ".conll"));
            scores[section] = EntityScore.Evaluate(tagger, tweets, goldPos: false, withoutMisc: true, section == "g" ? errors : 0, falsePositives);
            Console.WriteLine($"BTC section {section} ({tweets.Count:N0} tweets{(trained.Contains(section) ? ", trained on" : "")}): F1 {scores[section].Overall.F1:F4}, PER P {scores[section].ByType["PER"].Precision:F4} R {scores[section].ByType["PER"].Recall:F4}");
        }
        var trainedOn = trained.Count == 0 ? "" : $"; the model trained on sections {string.Join(',', BtcSections.Where(trained.Contains))}";
        EntityScore.Sum(scores.Values).Print($"BTC, all sections{trainedOn}", withoutMisc: true);
        if (trained.Count > 0 && trained.Count < BtcSections.Length)
            EntityScore.Sum(BtcSections.Where(s => !trained.Contains(s)).Select(s => scores[s])).Print($"BTC, held-out sections {string.Join(',', BtcSections.Where(s => !trained.Contains(s)))}", withoutMisc: true);
        if (falsePositives is not null)
        {
            foreach (var group in falsePositives.GroupBy(p => p.Key[..p.Key.IndexOf(':', StringComparison.Ordinal)]).OrderByDescending(g => g.Sum(p => p.Value)))
            {
                Console.WriteLine($"  false {group.Key}: {group.Sum(p => p.Value)}, e.g. "
                    + string.Join(" | ", group.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(25).Select(p => $"{p.Key[(p.Key.IndexOf(':', StringComparison.Ordinal) + 2)..]} ×{p.Value}")));
            }
        }
        scores["g"].Print($"BTC section g, news outlets{(trained.Contains("g") ? ", trained on" : "")}", withoutMisc: true);
        return 0;
    }

    /// <summary>A model file, with its first pass when one sits beside it (see <see cref="TrainCommand.FirstPassPath"/>).</summary>
    public static EntityTagger Load(string path)
    {
        var first = TrainCommand.FirstPassPath(path);
        return new EntityTagger(ModelPaths.Load(path), PosTagger.Default) { FirstPass = File.Exists(first) ? ModelPaths.Load(first) : null };
    }
}
