using Parallax.Tagging;

namespace Parallax.Tests.Tagging;

public class ExchangeClusteringTests
{
    private static readonly string[] Animals = ["cat", "dog", "horse", "goat"];
    private static readonly string[] Verbs = ["sleeps", "runs", "eats", "waits"];
    private static readonly string[] Places = ["london", "paris", "rome", "oslo"];

    /// <summary>"the ANIMAL VERB in PLACE ." in every combination: each group of words shares its neighbours.</summary>
    private static List<string[]> Corpus()
    {
        var sentences = new List<string[]>();
        foreach (var animal in Animals)
        {
            foreach (var verb in Verbs)
            {
                foreach (var place in Places)
                    sentences.Add(["the", animal, verb, "in", place, "."]);
            }
        }
        return sentences;
    }

    private static readonly ClusteringOptions Small = new() { Fine = 6, Middle = 3, Coarse = 2, MinCount = 1, Iterations = 10, Seed = 5 };

    [Fact]
    public void Words_that_share_their_neighbours_share_a_fine_class()
    {
        var clusters = ExchangeClustering.Train(Corpus(), Small);

        Assert.All(Animals, w => Assert.Equal(clusters["cat"].Fine, clusters[w].Fine));
        Assert.All(Verbs, w => Assert.Equal(clusters["sleeps"].Fine, clusters[w].Fine));
        Assert.All(Places, w => Assert.Equal(clusters["london"].Fine, clusters[w].Fine));
        Assert.Equal(3, new[] { clusters["cat"].Fine, clusters["sleeps"].Fine, clusters["london"].Fine }.Distinct().Count());
    }

    [Fact]
    public void Coarser_classes_nest_the_finer_ones()
    {
        var clusters = ExchangeClustering.Train(Corpus(), Small);

        foreach (var group in clusters.Entries.GroupBy(e => e.Value.Fine))
            Assert.Single(group.Select(e => (e.Value.Middle, e.Value.Coarse)).Distinct());
        foreach (var group in clusters.Entries.GroupBy(e => e.Value.Middle))
            Assert.Single(group.Select(e => e.Value.Coarse).Distinct());
    }

    [Fact]
    public void Rare_words_stay_unclustered_and_keys_ignore_case_and_digits()
    {
        var corpus = Corpus();
        corpus.Add(["the", "Ferret", "waits", "in", "Room", "12", "."]);
        var clusters = ExchangeClustering.Train(corpus, Small with { MinCount = 2 });

        Assert.Equal(WordClass.None, clusters[WordForm.KeyOf("Ferret")]);
        Assert.NotEqual(WordClass.None, clusters[WordForm.KeyOf("THE")]);
        Assert.Equal(WordClass.None, clusters[WordForm.KeyOf("12")]);
    }

    [Fact]
    public void Cased_clusters_tell_a_capitalised_name_from_the_lowercase_word()
    {
        var corpus = new List<string[]>();
        foreach (var name in new[] { "Price", "Lind", "Okafor", "Berg" })
        {
            foreach (var verb in Verbs)
                corpus.Add(["minister", name, verb, "."]);
        }
        foreach (var noun in new[] { "price", "cost", "rent", "fee" })
        {
            foreach (var place in Places)
                corpus.Add(["the", noun, "in", place, "rose", "."]);
        }
        var clusters = ExchangeClustering.Train(corpus, Small with { Fine = 8, Cased = true });

        Assert.Equal(clusters.Of("Lind").Fine, clusters.Of("Price").Fine);
        Assert.Equal(clusters.Of("cost").Fine, clusters.Of("price").Fine);
        Assert.NotEqual(clusters.Of("price").Fine, clusters.Of("Price").Fine);
        Assert.Equal(clusters.Of("price"), clusters.Of("PRICE"));
    }

    [Fact]
    public void Training_is_reproducible_and_survives_a_write_and_read()
    {
        var first = ExchangeClustering.Train(Corpus(), Small);
        var second = ExchangeClustering.Train(Corpus(), Small);
        using var stream = new MemoryStream();
        first.Write(stream);
        stream.Position = 0;
        var read = WordClusters.Read(stream);

        Assert.Equal(first.Entries.OrderBy(e => e.Key), second.Entries.OrderBy(e => e.Key));
        Assert.Equal(first.Entries.OrderBy(e => e.Key), read.Entries.OrderBy(e => e.Key));
    }

    [Fact]
    public void A_tagger_with_clusters_tags_unlabelled_words_like_their_labelled_classmates()
    {
        // Unlabelled text: "zorbit" behaves like the animals and "blick" like the verbs; labelled text shows neither.
        var unlabelled = Corpus();
        foreach (var place in Places)
        {
            unlabelled.Add(["the", "zorbit", "sleeps", "in", place, "."]);
            unlabelled.Add(["the", "cat", "blick", "in", place, "."]);
        }
        var clusters = ExchangeClustering.Train(unlabelled, Small);
        Assert.Equal(clusters["cat"].Fine, clusters["zorbit"].Fine);
        Assert.Equal(clusters["sleeps"].Fine, clusters["blick"].Fine);
        string[] labels = ["NN", "VBZ", "."];
        var features = new PosFeatures(WordLexicon.Empty, clusters);
        // Labelled: nouns and verbs each open and close sentences, so position alone does not decide the tag.
        var examples = new List<TrainingExample>();
        for (var i = 0; i < Animals.Length; i++)
        {
            examples.Add(TrainingExample.Create(features, [Animals[i], Verbs[i], "."], null, [0, 1, 2]));
            examples.Add(TrainingExample.Create(features, [Verbs[i], Animals[i], "."], null, [1, 0, 2]));
        }

        var tagger = new PosTagger(new PerceptronTrainer(labels, null).Train(examples, features, new TrainingOptions { Iterations = 5, Seed = 7, PruneBelow = 0 }));

        Assert.Equal(["NN", "VBZ", "."], tagger.Tag(["zorbit", "blick", "."]));
        Assert.Equal(["VBZ", "NN", "."], tagger.Tag(["blick", "zorbit", "."]));
    }
}
