using System.Globalization;
using Parallax.Tagging;

namespace Parallax.Bench.Tagging;

/// <summary>Trains the part-of-speech tagger or the entity recogniser and writes the compressed model.</summary>
internal sealed class TrainCommand : IBenchCommand
{
    public string Name => "train";

    public string Description => "train ner|pos [--seed N] [--iterations N] [--out PATH]; pos only: [--ewt-weight N] [--conll-weight N] [--no-domains] [--domain-share F] [--holdout [--ewt-parts N]]: train a tagger on CoNLL-2003 (+ EWT dev for pos)";

    public int Run(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("ner" or "pos"))
        {
            Console.Error.WriteLine("usage: train ner|pos [--seed N] [--iterations N] [--out PATH]");
            return 2;
        }
        var options = new TrainingOptions
        {
            Seed = int.Parse(ModelPaths.Option(args, "--seed") ?? "1", CultureInfo.InvariantCulture),
            Iterations = int.Parse(ModelPaths.Option(args, "--iterations") ?? "12", CultureInfo.InvariantCulture),
        };
        var output = ModelPaths.Option(args, "--out") ?? ModelPaths.Default($"{args[0]}.model.br");
        var model = args[0] == "ner" ? TrainEntities(options) : TrainPartsOfSpeech(options, args);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var file = File.Create(output))
            ModelFormat.Write(model, file);
        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024.0 / 1024.0:F2} MB, {model.Weights.Keys.Length:N0} features, {model.Weights.EntryCount:N0} weights)");
        return 0;
    }

    private static LinearChainModel TrainEntities(TrainingOptions options)
    {
        var train = TaggingCorpora.ReadConll2003(SharedPaths.Data("conll2003", "eng.train"));
        var dev = TaggingCorpora.ReadConll2003(SharedPaths.Data("conll2003", "eng.testa"));
        var labels = BioLabels.All();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        const int folds = 5;
        // Each fold's gazetteer features come from the other folds, so training sees the gazetteer as unreliable as it is on new text.
        var foldFeatures = new EntityFeatures[folds];
        for (var k = 0; k < folds; k++)
        {
            var builder = new WordLexicon.Builder();
            foreach (var s in train)
                builder.Add(s.Words, s.Document % folds == k ? null : s.Entities);
            foldFeatures[k] = new EntityFeatures(builder.Build());
        }
        var full = new WordLexicon.Builder();
        foreach (var s in train)
            full.Add(s.Words, s.Entities);
        var runtime = new EntityFeatures(full.Build());
        Console.WriteLine($"ner: {train.Count:N0} sentences, {train.Sum(s => s.Words.Length):N0} tokens, lexicon {runtime.Lexicon.Count:N0} words, seed {options.Seed}");
        var contexts = train.GroupBy(s => s.Document).ToDictionary(g => g.Key, g => new DocumentContext(g.Select(s => s.Words)));
        var examples = train
            .Select(s => TrainingExample.Create(foldFeatures[s.Document % folds], s.Words, s.Pos, [.. s.Entities!.Select(l => labelIndex[l])], contexts[s.Document]))
            .ToList();
        var trainer = new PerceptronTrainer(labels, TransitionConstraints.Bio(labels))
        {
            Progress = Console.WriteLine,
            EvaluateEpoch = model => $"dev F1 {EntityScore.Evaluate(new EntityTagger(model, null), dev, goldPos: true).Overall.F1:F4} (gold POS)",
        };
        return trainer.Train(examples, runtime, options);
    }

    private static LinearChainModel TrainPartsOfSpeech(TrainingOptions options, string[] args)
    {
        var conll = TaggingCorpora.ReadConll2003(SharedPaths.Data("conll2003", "eng.train"));
        var ewtAll = TaggingCorpora.ReadConllu(SharedPaths.Data("ud-english-ewt", "en_ewt-ud-dev.conllu"));
        // --holdout: every 4th EWT dev document is kept out of training and scored after each epoch (for tuning without the test file).
        var holdout = args.Contains("--holdout");
        // --ewt-parts N (1-3, with --holdout): train on only N of the three non-held-out quarters (a learning curve).
        var parts = int.Parse(ModelPaths.Option(args, "--ewt-parts") ?? "3", CultureInfo.InvariantCulture);
        var ewt = holdout ? ewtAll.Where(s => s.Document % 4 != 0 && s.Document % 4 <= parts).ToList() : ewtAll;
        var validation = holdout ? ewtAll.Where(s => s.Document % 4 == 0).ToList() : [];
        var ewtWeight = int.Parse(ModelPaths.Option(args, "--ewt-weight") ?? "6", CultureInfo.InvariantCulture);
        var conllWeight = int.Parse(ModelPaths.Option(args, "--conll-weight") ?? "1", CultureInfo.InvariantCulture);
        var augment = !args.Contains("--no-domains");
        var labels = conll.SelectMany(s => s.Pos)
            .Concat(ewtAll.SelectMany(s => s.Pos.Select((t, i) => EwtTagMap.ToConll(s.Words[i], t) ?? "")).Where(t => t.Length > 0))
            .Distinct().Order(StringComparer.Ordinal).ToArray();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        // Mid-sentence casing of every training word (labels unused): lets "Team" or "Risk" read as the common nouns they usually are.
        var casing = new WordLexicon.Builder();
        foreach (var s in conll.Concat(ewt))
            casing.Add(s.Words, null);
        var features = new PosFeatures(casing.Build());
        var conllExamples = conll
            .Select(s => TrainingExample.Create(features, s.Words, null, [.. s.Pos.Select(t => labelIndex[t])]) with { Domain = augment ? 1 : 0 })
            .ToList();
        // EWT tags without a CoNLL counterpart (NFP, ADD, GW, AFX, XX) are unknown gold (-1): the token accepts any prediction.
        var ewtExamples = ewt
            .Select(s => TrainingExample.Create(features, s.Words, null,
                [.. s.Pos.Select((t, i) => EwtTagMap.ToConll(s.Words[i], t) is { } mapped ? labelIndex[mapped] : -1)]) with
            { Domain = augment ? 2 : 0 })
            .ToList();
        var examples = Enumerable.Repeat(conllExamples, conllWeight).SelectMany(x => x)
            .Concat(Enumerable.Repeat(ewtExamples, ewtWeight).SelectMany(x => x))
            .ToList();
        Console.WriteLine($"pos: {conll.Count:N0} CoNLL (x{conllWeight}) + {ewt.Count:N0} EWT-dev sentences (x{ewtWeight}), {examples.Sum(e => e.Tokens):N0} tokens, "
            + $"{labels.Length} tags, seed {options.Seed}, domain augmentation {(augment ? "on" : "off")}{(holdout ? $", {validation.Count} EWT-dev sentences held out" : "")}");
        var news = TaggingCorpora.ReadConll2003(SharedPaths.Data("conll2003", "eng.testa"));
        var trainer = new PerceptronTrainer(labels, null)
        {
            Progress = Console.WriteLine,
            EvaluateEpoch = holdout
                ? model => $"EWT held-out {PosEvaluation.Score(new PosTagger(model), validation).Summary}, CoNLL testa {PosScore.Accuracy(new PosTagger(model), news):P2}"
                : null,
        };
        return trainer.Train(examples, features, options with
        {
            TargetDomain = augment ? 2 : 0,
            TargetDomainShare = float.Parse(ModelPaths.Option(args, "--domain-share") ?? "1", CultureInfo.InvariantCulture),
        });
    }
}
