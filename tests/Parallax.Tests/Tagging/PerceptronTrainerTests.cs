using Parallax.Tagging;

namespace Parallax.Tests.Tagging;

public class PerceptronTrainerTests
{
    private static readonly string[][] PosSentences =
    [
        ["the", "cat", "sleeps", "."],
        ["a", "dog", "barks", "."],
        ["the", "dog", "sleeps", "."],
        ["a", "cat", "barks", "loudly", "."],
    ];

    private static readonly string[][] PosTags =
    [
        ["DT", "NN", "VBZ", "."],
        ["DT", "NN", "VBZ", "."],
        ["DT", "NN", "VBZ", "."],
        ["DT", "NN", "VBZ", "RB", "."],
    ];

    private static readonly string[][] NerSentences =
    [
        ["Mara", "Lind", "visited", "Oslo", "."],
        ["The", "Acme", "Group", "hired", "Mara", "Lind", "."],
        ["Oslo", "welcomed", "the", "Acme", "Group", "."],
    ];

    private static readonly string[][] NerLabels =
    [
        ["B-PER", "I-PER", "O", "B-LOC", "O"],
        ["O", "B-ORG", "I-ORG", "O", "B-PER", "I-PER", "O"],
        ["B-LOC", "O", "O", "B-ORG", "I-ORG", "O"],
    ];

    private static LinearChainModel Train(FeatureExtractor features, string[] labels, TransitionConstraints? constraints,
        string[][] sentences, string[][] gold, string[][]? tags)
    {
        var index = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i);
        var examples = sentences.Select((s, i) => TrainingExample.Create(features, s, tags?[i], [.. gold[i].Select(l => index[l])])).ToList();
        return new PerceptronTrainer(labels, constraints).Train(examples, features, new TrainingOptions { Iterations = 5, Seed = 7, PruneBelow = 0 });
    }

    [Fact]
    public void A_pos_model_trained_on_a_few_sentences_tags_them_back()
    {
        var labels = PosTags.SelectMany(t => t).Distinct().Order(StringComparer.Ordinal).ToArray();
        var tagger = new PosTagger(Train(new PosFeatures(), labels, null, PosSentences, PosTags, null));

        for (var i = 0; i < PosSentences.Length; i++)
            Assert.Equal(PosTags[i], tagger.Tag(PosSentences[i]));
    }

    [Fact]
    public void An_entity_model_trained_on_a_few_sentences_labels_them_back()
    {
        var labels = BioLabels.All();
        var lexicon = new WordLexicon.Builder();
        for (var i = 0; i < NerSentences.Length; i++)
            lexicon.Add(NerSentences[i], NerLabels[i]);
        var model = Train(new EntityFeatures(lexicon.Build()), labels, TransitionConstraints.Bio(labels), NerSentences, NerLabels, null);
        var tagger = new EntityTagger(model, null);

        for (var i = 0; i < NerSentences.Length; i++)
            Assert.Equal(NerLabels[i], tagger.Labels(NerSentences[i]));
    }

    [Fact]
    public void Mixed_runs_average_the_weights_of_runs_trained_from_consecutive_seeds()
    {
        var labels = PosTags.SelectMany(t => t).Distinct().Order(StringComparer.Ordinal).ToArray();
        var index = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i);
        var features = new PosFeatures();
        var examples = PosSentences.Select((s, i) => TrainingExample.Create(features, s, null, [.. PosTags[i].Select(l => index[l])])).ToList();
        LinearChainModel Run(int seed, int runs) => new PerceptronTrainer(labels, null)
            .Train(examples, features, new TrainingOptions { Iterations = 3, Seed = seed, Runs = runs, PruneBelow = 0 });

        var (first, second, mixed) = (Run(7, 1), Run(8, 1), Run(7, 2));

        Assert.Equal(first.Weights.Keys, mixed.Weights.Keys);
        for (var i = 0; i < mixed.Transitions.Length; i++)
            Assert.Equal((first.Transitions[i] + second.Transitions[i]) / 2, mixed.Transitions[i], 1e-4f);
        var sentence = PosSentences[3];
        var (a, b, m) = (first.Emissions(sentence, null), second.Emissions(sentence, null), mixed.Emissions(sentence, null));
        for (var i = 0; i < m.Length; i++)
            Assert.Equal((a[i] + b[i]) / 2, m[i], 1e-3f);
    }

    [Fact]
    public void Training_is_reproducible_from_the_seed()
    {
        var labels = PosTags.SelectMany(t => t).Distinct().Order(StringComparer.Ordinal).ToArray();
        var first = Train(new PosFeatures(), labels, null, PosSentences, PosTags, null);
        var second = Train(new PosFeatures(), labels, null, PosSentences, PosTags, null);

        Assert.Equal(first.Weights.Keys, second.Weights.Keys);
        Assert.Equal(first.Weights.Weights, second.Weights.Weights);
    }

    [Fact]
    public void A_model_survives_writing_and_reading()
    {
        var labels = PosTags.SelectMany(t => t).Distinct().Order(StringComparer.Ordinal).ToArray();
        var model = Train(new PosFeatures(), labels, null, PosSentences, PosTags, null);
        using var stream = new MemoryStream();
        ModelFormat.Write(model, stream);
        stream.Position = 0;

        var read = new PosTagger(ModelFormat.Read(stream));

        Assert.Equal(["DT", "NN", "VBZ", "RB", "."], read.Tag(["the", "dog", "barks", "loudly", "."]));
    }

    [Fact]
    public void A_model_read_back_scores_as_a_table_built_from_its_float_weights()
    {
        var labels = PosTags.SelectMany(t => t).Distinct().Order(StringComparer.Ordinal).ToArray();
        var model = Train(new PosFeatures(), labels, null, PosSentences, PosTags, null);
        using var stream = new MemoryStream();
        ModelFormat.Write(model, stream);
        stream.Position = 0;

        var read = ModelFormat.Read(stream);
        var w = read.Weights;
        var fromFloats = new LinearChainModel(read.Labels, read.Features, new WeightTable(w.Keys, w.Starts, w.Labels, w.Weights), read.Start, read.Transitions, read.Constraints);

        Assert.Equal(model.Weights.Keys, read.Weights.Keys);
        foreach (var sentence in PosSentences)
            Assert.Equal(fromFloats.Emissions(sentence, null), read.Emissions(sentence, null));
    }

    [Fact]
    public void A_truncated_model_file_is_reported_as_invalid_data()
    {
        var labels = PosTags.SelectMany(t => t).Distinct().Order(StringComparer.Ordinal).ToArray();
        var model = Train(new PosFeatures(), labels, null, PosSentences, PosTags, null);
        using var whole = new MemoryStream();
        ModelFormat.Write(model, whole);
        using var truncated = new MemoryStream(whole.ToArray()[..(int)(whole.Length / 2)]);

        Assert.Throws<InvalidDataException>(() => ModelFormat.Read(truncated));
    }

    [Fact]
    public void Cached_runtime_scores_equal_scores_from_full_feature_extraction()
    {
        var labels = PosTags.SelectMany(t => t).Distinct().Order(StringComparer.Ordinal).ToArray();
        var model = Train(new PosFeatures(), labels, null, PosSentences, PosTags, null);
        string[] words = ["the", "cat", "barks", "loudly", "."];
        var buffer = new FeatureBuffer();
        model.Features.Extract(words, null, null, buffer);
        var expected = new float[words.Length * labels.Length];
        for (var t = 0; t < words.Length; t++)
        {
            foreach (var key in buffer.Of(t))
                model.Weights.AddScores(key, expected.AsSpan(t * labels.Length, labels.Length));
        }

        model.Emissions(words, null);
        var cached = model.Emissions(words, null);

        for (var i = 0; i < expected.Length; i++)
            Assert.Equal(expected[i], cached[i], 4);
    }

    [Fact]
    public void Domain_features_of_the_target_domain_are_folded_into_the_saved_model()
    {
        string[] labels = ["A", "B"];
        var features = new PosFeatures();
        var index = new Dictionary<string, int> { ["A"] = 0, ["B"] = 1 };
        // The same word is A in domain 1 and B in domain 2: only the target domain's copy can tell them apart.
        var examples = new List<TrainingExample>();
        for (var i = 0; i < 3; i++)
        {
            examples.Add(TrainingExample.Create(features, ["zorp"], null, [index["A"]]) with { Domain = 1 });
            examples.Add(TrainingExample.Create(features, ["zorp"], null, [index["B"]]) with { Domain = 2 });
        }
        var options = new TrainingOptions { Iterations = 5, Seed = 3, PruneBelow = 0 };

        var forTwo = new PosTagger(new PerceptronTrainer(labels, null).Train(examples, features, options with { TargetDomain = 2 }));
        var forOne = new PosTagger(new PerceptronTrainer(labels, null).Train(examples, features, options with { TargetDomain = 1 }));

        Assert.Equal(["B"], forTwo.Tag(["zorp"]));
        Assert.Equal(["A"], forOne.Tag(["zorp"]));
    }

    [Fact]
    public void Tokens_with_unknown_gold_labels_do_not_prevent_learning_the_others()
    {
        var labels = PosTags.SelectMany(t => t).Distinct().Order(StringComparer.Ordinal).ToArray();
        var index = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i);
        var features = new PosFeatures();
        var examples = PosSentences
            .Select((s, i) => TrainingExample.Create(features, s, null, [.. PosTags[i].Select((t, j) => j == 1 && i == 0 ? -1 : index[t])]))
            .ToList();

        var tagger = new PosTagger(new PerceptronTrainer(labels, null).Train(examples, features, new TrainingOptions { Iterations = 5, Seed = 7, PruneBelow = 0 }));

        Assert.Equal(["DT", "NN", "VBZ", "."], tagger.Tag(["a", "dog", "barks", "."]));
    }
}
