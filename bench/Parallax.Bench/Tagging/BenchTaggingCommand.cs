using System.Diagnostics;
using Parallax.Tagging;

namespace Parallax.Bench.Tagging;

/// <summary>Load time and single-thread throughput of the shipped taggers.</summary>
internal sealed class BenchTaggingCommand : IBenchCommand
{
    public string Name => "bench-tagging";

    public string Description => "bench-tagging: model load time and tokens/s of POS and NER on eng.testb (one thread)";

    public int Run(string[] args)
    {
        var clock = Stopwatch.StartNew();
        var pos = PosTagger.Default;
        Console.WriteLine($"load pos.model.br: {clock.ElapsedMilliseconds} ms (first load, includes JIT)");
        clock.Restart();
        var ner = EntityTagger.Default;
        Console.WriteLine($"load ner.model.br: {clock.ElapsedMilliseconds} ms");
        clock.Restart();
        ModelFormat.ReadEmbedded("pos.model.br");
        Console.WriteLine($"reload pos.model.br: {clock.ElapsedMilliseconds} ms (warm)");
        clock.Restart();
        ModelFormat.ReadEmbedded("ner.model.br");
        Console.WriteLine($"reload ner.model.br: {clock.ElapsedMilliseconds} ms (warm)");

        var sentences = TaggingCorpora.ReadConll2003(SharedPaths.Data("conll2003", "eng.testb"));
        var tokens = sentences.Sum(s => s.Words.Length);
        Measure("pos", tokens, () => { foreach (var s in sentences) pos.Tag(s.Words); });
        Measure("ner (given POS)", tokens, () => { foreach (var s in sentences) ner.Tag(s.Words, s.Pos); });
        Measure("pos + ner", tokens, () => { foreach (var s in sentences) ner.Tag(s.Words); });
        return 0;
    }

    private static void Measure(string name, int tokens, Action run)
    {
        run();
        var clock = Stopwatch.StartNew();
        var rounds = 0;
        while (clock.Elapsed.TotalSeconds < 3)
        {
            run();
            rounds++;
        }
        Console.WriteLine($"{name,-16} {tokens * rounds / clock.Elapsed.TotalSeconds,12:N0} tokens/s");
    }
}
