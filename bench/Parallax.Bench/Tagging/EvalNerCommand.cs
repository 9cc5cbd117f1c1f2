using System.Diagnostics;
using Parallax.Tagging;

namespace Parallax.Bench.Tagging;

/// <summary>Entity-level P/R/F1 of the entity recogniser on CoNLL-2003 test (eng.testb) and CoNLL++.</summary>
internal sealed class EvalNerCommand : IBenchCommand
{
    public string Name => "eval-ner";

    public string Description => "eval-ner [--model PATH] [--gold-pos]: entity P/R/F1 on eng.testb and conllpp_test.txt";

    public int Run(string[] args)
    {
        var path = ModelPaths.Option(args, "--model");
        var goldPos = args.Contains("--gold-pos");
        var clock = Stopwatch.StartNew();
        var tagger = path is null ? EntityTagger.Default : new EntityTagger(ModelPaths.Load(path), PosTagger.Default);
        Console.WriteLine($"model loaded in {clock.ElapsedMilliseconds} ms; POS tags: {(goldPos ? "CoNLL column 2" : "predicted by PosTagger.Default")}");
        foreach (var file in new[] { "eng.testa", "eng.testb", "conllpp_test.txt" })
        {
            var sentences = TaggingCorpora.ReadConll2003(SharedPaths.Data("conll2003", file));
            EntityScore.Evaluate(tagger, sentences, goldPos).Print($"{file} ({sentences.Count:N0} sentences)");
        }
        return 0;
    }
}
