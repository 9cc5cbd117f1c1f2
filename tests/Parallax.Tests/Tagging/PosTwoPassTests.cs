using Parallax.Tagging;

namespace Parallax.Tests.Tagging;

public class PosTwoPassTests
{
    private static readonly string[][] Sentences =
    [
        ["they", "set", "it", "up", "."],
        ["we", "set", "the", "table", "."],
        ["the", "set", "was", "new", "."],
        ["a", "set", "of", "cups", "broke", "."],
    ];

    private static readonly string[][] Tags =
    [
        ["PRP", "VBD", "PRP", "RP", "."],
        ["PRP", "VBD", "DT", "NN", "."],
        ["DT", "NN", "VBD", "JJ", "."],
        ["DT", "NN", "IN", "NNS", "VBD", "."],
    ];

    [Fact]
    public void Only_the_second_pass_reads_the_first_pass_tags_to_the_right_of_a_word()
    {
        string[] words = ["we", "set", "the", "table", "."];
        string[] asVerb = ["PRP", "VBD", "DT", "NN", "."];
        string[] nextAsNoun = ["PRP", "VBD", "NN", "NN", "."];
        var second = new PosFeatures(WordLexicon.Empty, WordClusters.Default, firstPass: true);
        var first = new PosFeatures(WordLexicon.Empty, WordClusters.Default);

        Assert.NotEqual(KeysOf(second, words, asVerb, 1), KeysOf(second, words, nextAsNoun, 1));
        Assert.Equal(KeysOf(first, words, asVerb, 1), KeysOf(first, words, nextAsNoun, 1));
    }

    [Fact]
    public void A_two_pass_tagger_trained_on_a_few_sentences_tags_them_back_and_survives_writing_and_reading()
    {
        var labels = Tags.SelectMany(t => t).Distinct().Order(StringComparer.Ordinal).ToArray();
        var index = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i);
        var options = new TrainingOptions { Iterations = 5, Seed = 7, PruneBelow = 0 };
        var firstFeatures = new PosFeatures(WordLexicon.Empty, WordClusters.Default);
        var first = new PerceptronTrainer(labels, null)
            .Train([.. Sentences.Select((s, i) => TrainingExample.Create(firstFeatures, s, null, [.. Tags[i].Select(t => index[t])]))], firstFeatures, options);
        var secondFeatures = new PosFeatures(WordLexicon.Empty, WordClusters.Default, firstPass: true);
        var second = new PerceptronTrainer(labels, null)
            .Train([.. Sentences.Select((s, i) => TrainingExample.Create(secondFeatures, s, new PosTagger(first).Tag(s), [.. Tags[i].Select(t => index[t])]))], secondFeatures, options);
        using var stream = new MemoryStream();
        ModelFormat.Write(second, stream);
        stream.Position = 0;

        var tagger = new PosTagger(ModelFormat.Read(stream)) { FirstPass = first };

        Assert.Equal("pos-v6", tagger.Model.Features.Name);
        for (var i = 0; i < Sentences.Length; i++)
            Assert.Equal(Tags[i], tagger.Tag(Sentences[i]));
    }

    private static uint[] KeysOf(PosFeatures features, string[] words, string[] tags, int token)
    {
        var buffer = new FeatureBuffer();
        features.Extract(words, tags, null, buffer);
        var (keys, starts) = buffer.Snapshot();
        return keys[starts[token]..starts[token + 1]];
    }
}
