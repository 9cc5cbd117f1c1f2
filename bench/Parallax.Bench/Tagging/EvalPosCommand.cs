using System.Diagnostics;
using Parallax.Tagging;

namespace Parallax.Bench.Tagging;

/// <summary>Token accuracy of the part-of-speech tagger against the gold tags of UD English EWT test.</summary>
internal sealed class EvalPosCommand : IBenchCommand
{
    public string Name => "eval-pos";

    public string Description => "eval-pos [--model PATH]: POS accuracy on UD EWT test (tags mapped to the CoNLL set) and tokens/s";

    public int Run(string[] args)
    {
        var path = ModelPaths.Option(args, "--model");
        var tagger = path is null ? PosTagger.Default : new PosTagger(ModelPaths.Load(path));
        var sentences = TaggingCorpora.ReadConllu(SharedPaths.Data("ud-english-ewt", "en_ewt-ud-test.conllu"));
        int all = 0, renamedCorrect = 0, allCorrect = 0, mapped = 0, mappedCorrect = 0;
        var confusions = new Dictionary<(string Gold, string Predicted), int>();
        var clock = Stopwatch.StartNew();
        var predictions = sentences.Select(s => tagger.Tag(s.Words)).ToList();
        var seconds = clock.Elapsed.TotalSeconds;
        for (var s = 0; s < sentences.Count; s++)
        {
            for (var i = 0; i < sentences[s].Words.Length; i++)
            {
                var gold = EwtTagMap.ToConll(sentences[s].Words[i], sentences[s].Pos[i]);
                var predicted = EwtTagMap.Predicted(predictions[s][i]);
                all++;
                if (EwtTagMap.Rename(sentences[s].Pos[i]) == predicted)
                    renamedCorrect++;
                if (gold is null)
                    continue;
                mapped++;
                if (gold == predicted)
                {
                    allCorrect++;
                    mappedCorrect++;
                }
                else
                {
                    confusions[(gold, predicted)] = confusions.GetValueOrDefault((gold, predicted)) + 1;
                    if (args.Contains("--errors"))
                        Console.WriteLine($"{gold}->{predicted}\t{sentences[s].Words[i]}\t{string.Join(' ', sentences[s].Words[Math.Max(0, i - 4)..Math.Min(sentences[s].Words.Length, i + 4)])}");
                }
            }
        }
        Console.WriteLine($"EWT test: {sentences.Count:N0} sentences, {all:N0} words (multiword-token lines skipped)");
        Console.WriteLine($"  accuracy, all words, renames only (-LRB- = '(', quotes = '\"'): {(double)renamedCorrect / all:P2}");
        Console.WriteLine($"  accuracy, all words, + convention mapping (HYPH, non-comma ',', 'to'/IN; NFP/ADD/GW/AFX/XX count as errors): {(double)allCorrect / all:P2}");
        Console.WriteLine($"  accuracy, + convention mapping, words whose gold tag has a CoNLL equivalent ({mapped:N0}): {(double)mappedCorrect / mapped:P2}");
        Console.WriteLine($"  speed: {all / seconds:N0} tokens/s (one thread, including JIT warm-up)");
        Console.WriteLine("  most frequent confusions (gold -> predicted):");
        foreach (var ((gold, predicted), count) in confusions.OrderByDescending(p => p.Value).Take(12))
            Console.WriteLine($"    {gold,-5} -> {predicted,-5} {count}");
        return 0;
    }
}
