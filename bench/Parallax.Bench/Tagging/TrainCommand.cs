using System.Globalization;
using Parallax.Bench.Attribution;
using Parallax.Quotes;
using Parallax.Tagging;

namespace Parallax.Bench.Tagging;

/// <summary>Trains the part-of-speech tagger or the entity recogniser and writes the compressed model.</summary>
internal sealed class TrainCommand : IBenchCommand
{
    private static readonly string[] ClusterProbes = ["Monday", "said", "John", "quickly", "three", "Germany", "bank", "Price", "price"];

    public string Name => "train";

    public string Description => "train clusters|ner|pos|attribution [--seed N] [--iterations N] [--runs N] [--out PATH]; ner/pos: [--no-clusters | --clusters PATH]; ner: [--one-pass] [--with-dev] [--web] [--btc a,b,e,f,h [--btc-share F]] (Broad Twitter Corpus sections, a seeded share of their tweets); attribution: [--holdout K] (a fifth of train kept out) [--two-pass] (a second reading over the first); clusters: [--classes N] [--min-count N] [--uncased] [--holdout]; pos only: [--ewt-weight N] [--conll-weight N] [--no-domains] [--domain-share F] [--holdout]: train a tagger on CoNLL-2003 (+ EWT train and dev for pos; --holdout scores EWT dev instead of training on it)";

    public int Run(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("clusters" or "ner" or "pos" or "attribution"))
        {
            Console.Error.WriteLine("usage: train clusters|ner|pos|attribution [--seed N] [--iterations N] [--out PATH]");
            return 2;
        }
        if (args[0] == "clusters")
            return TrainClusters(args);
        var options = new TrainingOptions
        {
            Seed = int.Parse(CommandLine.Option(args, "--seed") ?? "1", CultureInfo.InvariantCulture),
            Runs = int.Parse(CommandLine.Option(args, "--runs") ?? "1", CultureInfo.InvariantCulture),
            Iterations = int.Parse(CommandLine.Option(args, "--iterations") ?? (args[0] == "attribution" ? "15" : "12"), CultureInfo.InvariantCulture),
            PruneBelow = float.Parse(CommandLine.Option(args, "--prune") ?? (args[0] == "attribution" ? "5" : "0.01"), CultureInfo.InvariantCulture),
        };
        var output = CommandLine.Option(args, "--out") ?? ModelPaths.Default($"{args[0]}.model.br");
        if (args[0] == "ner")
        {
            // Two passes: the first-pass model sits beside the output as NAME-first-pass.model.br.
            var (first, second) = TrainEntities(options, args);
            if (second is null)
                return Write(first, output);
            return Write(first, FirstPassPath(output)) + Write(second, output);
        }
        if (args[0] == "attribution")
        {
            // --two-pass: a second reading over the first, whose model sits beside the output as NAME-first-pass.model.br.
            var (first, second) = TrainAttribution(options, CommandLine.Option(args, "--holdout"), args.Contains("--two-pass"));
            return second is null ? Write(first, output) : Write(first, FirstPassPath(output)) + Write(second, output);
        }
        return Write(TrainPartsOfSpeech(options, args), output);
    }

    /// <summary>Where the first pass of a two-pass entity model at <paramref name="path"/> lives.</summary>
    public static string FirstPassPath(string path)
    {
        var name = Path.GetFileName(path);
        var stem = name.EndsWith(".model.br", StringComparison.Ordinal) ? name[..^".model.br".Length] : Path.GetFileNameWithoutExtension(name);
        return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, stem + "-first-pass.model.br");
    }

    private static int Write(LinearChainModel model, string output)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var file = File.Create(output))
            ModelFormat.Write(model, file);
        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024.0 / 1024.0:F2} MB, {model.Weights.Keys.Length:N0} features, {model.Weights.EntryCount:N0} weights)");
        return 0;
    }

    /// <summary>
    /// The word clusters in <c>src/Parallax/Models/clusters.br</c> (built by <c>train clusters</c>), none (<c>--no-clusters</c>),
    /// or another file (<c>--clusters PATH</c>, for tuning: a saved model always loads the shipped clusters).
    /// </summary>
    private static WordClusters? Clusters(string[] args)
    {
        if (args.Contains("--no-clusters"))
            return null;
        // The file, not the copy embedded in this build: right after 'train clusters' the embedded one is stale.
        var path = CommandLine.Option(args, "--clusters") ?? ModelPaths.Default("clusters.br");
        using var file = File.OpenRead(path);
        return WordClusters.Read(file);
    }

    /// <summary>Word classes from the unlabelled text of the training and development sets (see <see cref="UnlabelledCorpus"/>).</summary>
    private static int TrainClusters(string[] args)
    {
        var options = new ClusteringOptions
        {
            Seed = int.Parse(CommandLine.Option(args, "--seed") ?? "1", CultureInfo.InvariantCulture),
            Iterations = int.Parse(CommandLine.Option(args, "--iterations") ?? "15", CultureInfo.InvariantCulture),
            Fine = int.Parse(CommandLine.Option(args, "--classes") ?? "512", CultureInfo.InvariantCulture),
            MinCount = int.Parse(CommandLine.Option(args, "--min-count") ?? "3", CultureInfo.InvariantCulture),
            Cased = !args.Contains("--uncased"),
            Progress = Console.WriteLine,
        };
        var sentences = new List<IReadOnlyList<string>>();
        foreach (var (source, text) in UnlabelledCorpus.Sources(holdout: args.Contains("--holdout")))
        {
            var before = sentences.Count;
            sentences.AddRange(text);
            Console.WriteLine($"{source}: {sentences.Count - before:N0} sentences, {sentences.Skip(before).Sum(s => s.Count):N0} tokens");
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var clusters = ExchangeClustering.Train(sentences, options);
        var output = CommandLine.Option(args, "--out") ?? ModelPaths.Default("clusters.br");
        using (var file = File.Create(output))
            clusters.Write(file);
        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024.0:F0} KB, {clusters.Count:N0} words) in {clock.Elapsed.TotalSeconds:F0} s");
        foreach (var probe in ClusterProbes)
        {
            var fine = clusters.Of(probe).Fine;
            var members = clusters.Entries.Where(e => e.Value.Fine == fine).Select(e => e.Key).Order(StringComparer.Ordinal).Take(12);
            Console.WriteLine($"  class of '{probe}' ({fine}): {string.Join(' ', members)}");
        }
        return 0;
    }

    /// <summary>
    /// The two passes of the entity recogniser: the first reads each sentence with its document's capitalisation; the second
    /// also reads the first pass's labels of the same words elsewhere in the document. The second pass trains on first-pass
    /// labels predicted 5-fold (each fold by a first pass trained on the other four), so it learns how far to trust them.
    /// </summary>
    private static (LinearChainModel First, LinearChainModel? Second) TrainEntities(TrainingOptions options, string[] args)
    {
        var train = TaggingCorpora.ReadConll2003(SharedPaths.Data("conll2003", "eng.train"));
        var dev = TaggingCorpora.ReadConll2003(SharedPaths.Data("conll2003", "eng.testa"));
        // --with-dev: the shipped model also trains on eng.testa, once tuned on it (its per-epoch dev F1 is then no measure).
        var withDev = args.Contains("--with-dev");
        if (withDev)
        {
            var documents = train.Max(s => s.Document) + 1;
            train = [.. train, .. dev.Select(s => s with { Document = s.Document + documents })];
        }
        // --web: web text that names nothing (EWT train sentences without a proper noun), labelled O, so the capitalised common
        // words, greetings and interjections of text unlike 1996 newswire are learned as no name. Its casing counts in the features'
        // case class but not in the news text's (WordLexicon.NewsCaseClass), so EntityTagger.IsCommonWord means what it meant.
        var labelledNews = train.Count;
        // Tokens whose gold label is unknown: they take whatever the model reads.
        var unknownGold = new Dictionary<int, bool[]>();
        // --btc a,b,e,f,h: these sections of the Broad Twitter Corpus too (PER/LOC/ORG only; see TweetSentences).
        var btc = CommandLine.Option(args, "--btc");
        if (btc is not null)
        {
            var share = double.Parse(CommandLine.Option(args, "--btc-share") ?? "1", CultureInfo.InvariantCulture);
            var tweets = TweetSentences(btc.Split(','), train, share, options.Seed);
            var documents = train.Max(s => s.Document) + 1;
            foreach (var (tweet, unknown) in tweets)
            {
                unknownGold[train.Count] = unknown;
                train.Add(tweet with { Document = tweet.Document + documents });
            }
            Console.WriteLine($"btc {btc}: {tweets.Count:N0} tweets, {tweets.Sum(t => t.Unknown.Count(u => u)):N0} tokens of unknown gold");
        }
        if (args.Contains("--web"))
        {
            var documents = train.Max(s => s.Document) + 1;
            foreach (var sentence in WebSentencesWithoutNames())
            {
                // A web sentence's opening word is unknown gold: a capital there says nothing, and names open news
                // sentences ("Trump said...") as often as greetings open web ones.
                unknownGold[train.Count] = [.. sentence.Words.Select((_, t) => t == 0)];
                train.Add(sentence with { Document = sentence.Document + documents });
            }
        }
        var labels = BioLabels.All();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        const int folds = 5;
        var clusters = Clusters(args);
        var twoPass = clusters is not null && !args.Contains("--one-pass");
        // Each fold's gazetteer features come from the other folds, so training sees the gazetteer as unreliable as it is on new text.
        var foldLexicons = new WordLexicon[folds];
        for (var k = 0; k < folds; k++)
        {
            var builder = new WordLexicon.Builder();
            for (var i = 0; i < train.Count; i++)
                builder.Add(train[i].Words, train[i].Document % folds == k ? null : train[i].Entities, news: i < labelledNews);
            foldLexicons[k] = builder.Build();
        }
        var full = new WordLexicon.Builder();
        for (var i = 0; i < train.Count; i++)
            full.Add(train[i].Words, train[i].Entities, news: i < labelledNews);
        var lexicon = full.Build();
        Console.WriteLine($"ner: {train.Count:N0} sentences, {train.Sum(s => s.Words.Length):N0} tokens, lexicon {lexicon.Count:N0} words, seed {options.Seed}, {(twoPass ? "two passes" : "one pass")}{(withDev ? ", with eng.testa" : "")}");
        var contexts = train.GroupBy(s => s.Document).ToDictionary(g => g.Key, g => new DocumentContext(g.Select(s => s.Words)));
        int Gold(int sentence, int token) => unknownGold.TryGetValue(sentence, out var unknown) && unknown[token] ? -1 : labelIndex[train[sentence].Entities![token]];
        List<TrainingExample> Examples(Func<int, EntityFeatures> features, Func<int, DocumentContext> context, IReadOnlyList<CorpusSentence> sentences) => [.. sentences
            .Select((s, i) => TrainingExample.Create(features(s.Document % folds), s.Words, s.Pos, [.. s.Words.Select((_, t) => Gold(i, t))], context(s.Document)))];
        var firstFeatures = foldLexicons.Select(l => new EntityFeatures(l, clusters)).ToArray();
        var examples = Examples(k => firstFeatures[k], d => contexts[d], train);
        var trainer = new PerceptronTrainer(labels, TransitionConstraints.Bio(labels))
        {
            Progress = Console.WriteLine,
            EvaluateEpoch = model => $"dev F1 {EntityScore.Evaluate(new EntityTagger(model, null), dev, goldPos: true).Overall.F1:F4} (gold POS)",
        };
        Console.WriteLine("first pass:");
        var first = trainer.Train(examples, new EntityFeatures(lexicon, clusters), options);
        if (!twoPass)
            return (first, null);

        var firstLabels = new Dictionary<CorpusSentence, string[]>();
        for (var k = 0; k < folds; k++)
        {
            var foldTrainer = new PerceptronTrainer(labels, TransitionConstraints.Bio(labels));
            var inFold = train.Select((s, i) => (s, i)).Where(p => p.s.Document % folds == k).ToList();
            var model = foldTrainer.Train([.. examples.Where((_, i) => train[i].Document % folds != k)], firstFeatures[k], options);
            var tagger = new EntityTagger(model, null);
            foreach (var (s, _) in inFold)
                firstLabels[s] = tagger.Labels(s.Words, s.Pos, contexts[s.Document]);
            var correct = inFold.Sum(p => firstLabels[p.s].Zip(p.s.Entities!).Count(x => x.First == x.Second));
            Console.WriteLine($"  fold {k + 1}/{folds}: first-pass labels of {inFold.Count:N0} sentences ({(double)correct / inFold.Sum(p => p.s.Words.Length):P2} of tokens right)");
        }
        var readContexts = train.GroupBy(s => s.Document).ToDictionary(g => g.Key,
            g => contexts[g.Key].WithFirstPass([.. g.Select(s => s.Words)], [.. g.Select(s => firstLabels[s])]));
        var secondFeatures = foldLexicons.Select(l => new EntityFeatures(l, clusters, firstPass: true)).ToArray();
        var secondTrainer = new PerceptronTrainer(labels, TransitionConstraints.Bio(labels))
        {
            Progress = Console.WriteLine,
            EvaluateEpoch = model => $"dev F1 {EntityScore.Evaluate(new EntityTagger(model, null) { FirstPass = first }, dev, goldPos: true).Overall.F1:F4} (gold POS)",
        };
        Console.WriteLine("second pass:");
        var second = secondTrainer.Train(Examples(k => secondFeatures[k], d => readContexts[d], train), new EntityFeatures(lexicon, clusters, firstPass: true), options);
        return (first, second);
    }

    /// <summary>
    /// Tweets of the named Broad Twitter Corpus sections (each its own document), with the POS tags the runtime tagger gives
    /// them, and a <paramref name="share"/> of them drawn with the seed. The corpus has no MISC: a word the news text labels
    /// MISC somewhere is unknown gold where a tweet has it outside a name, so tweets teach no "MISC is O". So is a tweet's
    /// opening word outside a name, as a web sentence's is: tweets open with capitalised interjections, news with names.
    /// </summary>
    private static List<(CorpusSentence Tweet, bool[] Unknown)> TweetSentences(IEnumerable<string> sections, IReadOnlyList<CorpusSentence> news, double share, int seed)
    {
        var misc = news.SelectMany(s => s.Words.Where((_, i) => s.Entities![i].EndsWith("MISC", StringComparison.Ordinal))).ToHashSet(StringComparer.Ordinal);
        var random = new Random(seed);
        var result = new List<(CorpusSentence, bool[])>();
        foreach (var section in sections)
        {
            foreach (var tweet in TaggingCorpora.ReadBtc(SharedPaths.Data("btc", section + ".conll")))
            {
                if (random.NextDouble() >= share)
                    continue;
                var tagged = tweet with { Pos = PosTagger.Default.Tag(tweet.Words), Document = result.Count };
                result.Add((tagged, [.. tweet.Words.Select((w, i) => tweet.Entities![i] == "O" && (i == 0 || misc.Contains(w)))]));
            }
        }
        return result;
    }

    /// <summary>
    /// EWT train sentences that name nothing, labelled O throughout with their tags in the CoNLL tag set: no proper noun, and no
    /// capitalised adjective inside the sentence (demonyms, "American", are MISC in CoNLL-2003 but adjectives in EWT).
    /// </summary>
    private static List<CorpusSentence> WebSentencesWithoutNames()
    {
        var result = new List<CorpusSentence>();
        foreach (var s in TaggingCorpora.ReadConllu(SharedPaths.Data("ud-english-ewt", "en_ewt-ud-train.conllu")))
        {
            var clean = true;
            for (var i = 0; i < s.Words.Length && clean; i++)
            {
                var tag = s.Pos[i];
                var word = s.Words[i];
                clean = tag is not ("NNP" or "NNPS")
                    && !(tag.StartsWith("JJ", StringComparison.Ordinal) && i > 0 && s.Words[i - 1] is not ("." or "!" or "?" or ":" or "\"") && word.Length > 0 && char.IsUpper(word[0]));
            }
            if (clean)
                result.Add(s with { Pos = [.. s.Pos.Select((t, i) => EwtTagMap.ToConll(s.Words[i], t) ?? "SYM")], Entities = [.. s.Words.Select(_ => "O")] });
        }
        return result;
    }

    /// <summary>
    /// The attribution labeller, on PolNeAR train only (dev is what <c>eval-attribution</c> scores). Each fold of
    /// articles reads cue and source rates learned from the other folds, so training sees them as unreliable as they
    /// are on new text; the shipped model stores the rates of all of train.
    /// </summary>
    private static (LinearChainModel First, LinearChainModel? Second) TrainAttribution(TrainingOptions options, string? holdout, bool twoPasses)
    {
        const int folds = AttributionCorpus.Folds;
        var labels = AttributionTagger.Labels;
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var train = AttributionCorpus.Read("train");
        // --holdout K: a fifth of train kept out (rates included), for tuning decoding with `eval-attribution --split train --holdout K`.
        if (holdout is not null)
        {
            var kept = int.Parse(holdout, CultureInfo.InvariantCulture);
            train = [.. train.Where(s => s.Article % folds != kept)];
        }
        var foldFeatures = Enumerable.Range(0, folds)
            .Select(k => new AttributionFeatures(AttributionRates.Learn(train.Where(s => s.Article % folds != k)), WordClusters.Default))
            .ToArray();
        var features = new AttributionFeatures(AttributionRates.Learn(train), WordClusters.Default);
        Console.WriteLine($"attribution: {train.Count:N0} PolNeAR train sentences, {train.Sum(s => s.Words.Length):N0} tokens, {features.Lexicon.Count:N0} words with cue or source rates, seed {options.Seed}");
        var gold = train.Select(s => s.Labels.Select(l => labelIndex[l]).ToArray()).ToList();
        var examples = train.Select((s, i) => TrainingExample.Create(foldFeatures[s.Article % folds], s.Words, s.Tags, gold[i])).ToList();
        var trainer = new PerceptronTrainer(labels, TransitionConstraints.Bio(labels)) { Progress = Console.WriteLine };
        var first = trainer.Train(examples, features, options);
        if (!twoPasses)
            return (first, null);
        // The second pass reads a first reading's labels; in training, those of a first pass that did not see the sentence's fold.
        var readings = new int[train.Count][];
        var quiet = new PerceptronTrainer(labels, TransitionConstraints.Bio(labels));
        for (var k = 0; k < folds; k++)
        {
            var inFold = Enumerable.Range(0, train.Count).Where(i => train[i].Article % folds == k).ToList();
            if (inFold.Count == 0)
                continue;
            var model = quiet.Train([.. examples.Where((_, i) => train[i].Article % folds != k)], foldFeatures[k], options);
            foreach (var i in inFold)
                readings[i] = model.Decode(train[i].Words, train[i].Tags);
            var right = inFold.Sum(i => readings[i].Where((l, t) => l == gold[i][t]).Count());
            Console.WriteLine($"  fold {k + 1}/{folds}: first-pass labels of {inFold.Count:N0} sentences ({(double)right / inFold.Sum(i => gold[i].Length):P2} of tokens right)");
        }
        var secondFolds = Enumerable.Range(0, folds)
            .Select(k => new AttributionFeatures(foldFeatures[k].Lexicon, WordClusters.Default, secondPass: true))
            .ToArray();
        var secondExamples = train.Select((s, i) => TrainingExample.Create(secondFolds[s.Article % folds], s.Words, s.Tags, gold[i], DocumentContext.OfSentenceLabels(readings[i]))).ToList();
        Console.WriteLine("second pass:");
        var second = trainer.Train(secondExamples, new AttributionFeatures(features.Lexicon, WordClusters.Default, secondPass: true), options);
        return (first, second);
    }

    private static LinearChainModel TrainPartsOfSpeech(TrainingOptions options, string[] args)
    {
        var conll = TaggingCorpora.ReadConll2003(SharedPaths.Data("conll2003", "eng.train"));
        var ewtTrain = TaggingCorpora.ReadConllu(SharedPaths.Data("ud-english-ewt", "en_ewt-ud-train.conllu"));
        var ewtDev = TaggingCorpora.ReadConllu(SharedPaths.Data("ud-english-ewt", "en_ewt-ud-dev.conllu"));
        // --holdout: EWT dev is kept out of training and scored after each epoch (tuning without the test file);
        // the shipped model trains on EWT train and dev.
        var holdout = args.Contains("--holdout");
        List<CorpusSentence> ewt = holdout ? ewtTrain : [.. ewtTrain, .. ewtDev];
        var validation = holdout ? ewtDev : [];
        var ewtWeight = int.Parse(CommandLine.Option(args, "--ewt-weight") ?? "1", CultureInfo.InvariantCulture);
        var conllWeight = int.Parse(CommandLine.Option(args, "--conll-weight") ?? "1", CultureInfo.InvariantCulture);
        var augment = !args.Contains("--no-domains");
        var labels = conll.SelectMany(s => s.Pos)
            .Concat(ewtTrain.Concat(ewtDev).SelectMany(s => s.Pos.Select((t, i) => EwtTagMap.ToConll(s.Words[i], t) ?? "")).Where(t => t.Length > 0))
            .Distinct().Order(StringComparer.Ordinal).ToArray();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        // Mid-sentence casing of every training word (labels unused): lets "Team" or "Risk" read as the common nouns they usually are.
        var casing = new WordLexicon.Builder();
        foreach (var s in conll.Concat(ewt))
            casing.Add(s.Words, null);
        var features = new PosFeatures(casing.Build(), Clusters(args));
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
        Console.WriteLine($"pos: {conll.Count:N0} CoNLL (x{conllWeight}) + {ewt.Count:N0} EWT sentences (x{ewtWeight}), {examples.Sum(e => e.Tokens):N0} tokens, "
            + $"{labels.Length} tags, seed {options.Seed}, domain augmentation {(augment ? "on" : "off")}{(holdout ? $", {validation.Count} EWT dev sentences held out" : "")}");
        var news = TaggingCorpora.ReadConll2003(SharedPaths.Data("conll2003", "eng.testa"));
        var trainer = new PerceptronTrainer(labels, null)
        {
            Progress = Console.WriteLine,
            EvaluateEpoch = holdout
                ? model => $"EWT dev {PosEvaluation.Score(new PosTagger(model), validation).Summary}, CoNLL testa {PosScore.Accuracy(new PosTagger(model), news):P2}"
                : null,
        };
        return trainer.Train(examples, features, options with
        {
            TargetDomain = augment ? 2 : 0,
            TargetDomainShare = float.Parse(CommandLine.Option(args, "--domain-share") ?? "1", CultureInfo.InvariantCulture),
        });
    }
}
