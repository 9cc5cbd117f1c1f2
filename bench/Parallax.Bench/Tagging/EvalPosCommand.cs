using System.Diagnostics;
using Parallax.Documents;
using Parallax.Tagging;

namespace Parallax.Bench.Tagging;

/// <summary>Token accuracy of the part-of-speech tagger against the gold tags of UD English EWT test.</summary>
internal sealed class EvalPosCommand : IBenchCommand
{
    public string Name => "eval-pos";

    public string Description => "eval-pos [--model PATH] [--holdout] [--errors]: POS accuracy on UD EWT test (tags mapped to the CoNLL set) and tokens/s";

    public int Run(string[] args)
    {
        var path = CommandLine.Option(args, "--model");
        var tagger = path is null ? PosTagger.Default : new PosTagger(ModelPaths.Load(path));
        // --holdout scores EWT dev, which 'train pos --holdout' keeps out of training (tuning without the test file).
        var holdout = args.Contains("--holdout");
        var sentences = holdout
            ? TaggingCorpora.ReadConllu(SharedPaths.Data("ud-english-ewt", "en_ewt-ud-dev.conllu"))
            : TaggingCorpora.ReadConllu(SharedPaths.Data("ud-english-ewt", "en_ewt-ud-test.conllu"));
        var clock = Stopwatch.StartNew();
        var score = PosEvaluation.Score(tagger, sentences, args.Contains("--errors"));
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"{(holdout ? "EWT dev" : "EWT test")}: {sentences.Count:N0} sentences, {score.All:N0} words (multiword-token lines skipped)");
        Console.WriteLine($"  accuracy, all words, renames only (-LRB- = '(', quotes = '\"'): {score.RenamedAccuracy:P2}");
        Console.WriteLine($"  accuracy, all words, + convention mapping (HYPH, non-comma ',', 'to'/IN; NFP/ADD/GW/AFX/XX count as errors): {score.AllAccuracy:P2}");
        Console.WriteLine($"  accuracy, + convention mapping, words whose gold tag has a CoNLL equivalent ({score.Mapped:N0}): {score.MappedAccuracy:P2}");
        var all = score.All;
        var confusions = score.Confusions;
        Console.WriteLine($"  speed: {all / seconds:N0} tokens/s (one thread, including JIT warm-up)");
        var newsConfusions = new Dictionary<(string Gold, string Predicted), int>();
        var news = TaggingCorpora.ReadConll2003(SharedPaths.Data("conll2003", "eng.testa"));
        Console.WriteLine($"  agreement with CoNLL-2003 eng.testa column 2 (news, automatically tagged): {PosScore.Accuracy(tagger, news, newsConfusions):P2}");
        Console.WriteLine("    most frequent disagreements: " + string.Join(", ", newsConfusions.OrderByDescending(p => p.Value).Take(8).Select(p => $"{p.Key.Gold}->{p.Key.Predicted} {p.Value}")));
        Console.WriteLine("  most frequent confusions (gold -> predicted):");
        foreach (var ((gold, predicted), count) in confusions.OrderByDescending(p => p.Value).Take(12))
            Console.WriteLine($"    {gold,-5} -> {predicted,-5} {count}");
        return 0;
    }
}

/// <summary>Accuracy of a tagger against EWT gold tags, under the renames and convention mappings of <see cref="EwtTagMap"/>.</summary>
internal sealed record PosEvaluation(int All, int RenamedCorrect, int AllCorrect, int Mapped, Dictionary<(string Gold, string Predicted), int> Confusions)
{
    public double RenamedAccuracy => (double)RenamedCorrect / All;
    public double AllAccuracy => (double)AllCorrect / All;
    public double MappedAccuracy => (double)AllCorrect / Mapped;

    public string Summary => $"all {AllAccuracy:P2}, comparable {MappedAccuracy:P2}";

    public static PosEvaluation Score(PosTagger tagger, IReadOnlyList<CorpusSentence> sentences, bool printErrors = false)
    {
        int all = 0, renamedCorrect = 0, correct = 0, mapped = 0;
        var confusions = new Dictionary<(string Gold, string Predicted), int>();
        foreach (var sentence in sentences)
        {
            var predictions = tagger.Tag(sentence.Words);
            for (var i = 0; i < sentence.Words.Length; i++)
            {
                var gold = EwtTagMap.ToConll(sentence.Words[i], sentence.Pos[i]);
                var predicted = EwtTagMap.Predicted(predictions[i]);
                all++;
                if (EwtTagMap.Rename(sentence.Pos[i]) == predicted)
                    renamedCorrect++;
                if (gold is null)
                    continue;
                mapped++;
                if (gold == predicted)
                {
                    correct++;
                    continue;
                }
                confusions[(gold, predicted)] = confusions.GetValueOrDefault((gold, predicted)) + 1;
                if (printErrors)
                    Console.WriteLine($"{gold}->{predicted}\t{sentence.Words[i]}\t{string.Join(' ', sentence.Words[Math.Max(0, i - 4)..Math.Min(sentence.Words.Length, i + 4)])}");
            }
        }
        return new PosEvaluation(all, renamedCorrect, correct, mapped, confusions);
    }
}
