using Parallax.Tagging;

namespace Parallax.Tests.Tagging;

public class WeightTableTests
{
    [Fact]
    public void Rows_of_any_length_add_their_weights_and_absent_keys_add_nothing()
    {
        // Rows of 1 to 5 weights; float16 values (held in the slot when short) and others (kept apart).
        uint[] keys = [3, 10, 17, 40, 41, 99, 1000, 70000];
        int[] starts = [0, 1, 3, 6, 10, 15, 16, 18, 21];
        byte[] labels = [0, 1, 2, 0, 1, 2, 0, 1, 2, 3, 0, 1, 2, 3, 4, 4, 0, 4, 1, 2, 3];
        float[] weights = [0.5f, -1.25f, 2f, 0.1f, 3f, -0.3f, 1f, 2f, 3f, 4f, 0.25f, 0.5f, 0.75f, 1f, 1.5f, -7f, 1.1f, 2.5f, 1f, -1f, 0.125f];
        var table = new WeightTable(keys, starts, labels, weights);
        uint[] lookups = [17, 5, 3, 10, 41, 17, 123456, 99, 1000, 70000, 40];
        var expected = new float[5];
        foreach (var key in lookups)
        {
            var row = Array.IndexOf(keys, key);
            if (row < 0)
                continue;
            for (var e = starts[row]; e < starts[row + 1]; e++)
                expected[labels[e]] += weights[e];
        }
        var one = new float[5];
        var batched = new float[5];

        foreach (var key in lookups)
            table.AddScores(key, one);
        table.AddScores(lookups, batched);

        Assert.Equal(expected, one);
        Assert.Equal(expected, batched);
    }

    [Fact]
    public void More_keys_than_one_batch_are_all_scored()
    {
        var keys = Enumerable.Range(1, 300).Select(k => (uint)k * 7).ToArray();
        var starts = Enumerable.Range(0, 301).ToArray();
        var labels = Enumerable.Range(0, 300).Select(k => (byte)(k % 3)).ToArray();
        var weights = Enumerable.Range(0, 300).Select(k => k / 4f).ToArray();
        var table = new WeightTable(keys, starts, labels, weights);
        var scores = new float[3];

        table.AddScores(keys, scores);

        Assert.Equal(Enumerable.Range(0, 300).Sum(k => k / 4f), scores.Sum(), 2);
    }

    [Fact]
    public void Float16_weights_held_in_their_slots_add_exactly()
    {
        // Normal and subnormal float16 values, both signs, in rows of one to three (each held in its slot).
        float[] weights = [(float)Half.Epsilon, -(float)Half.Epsilon * 3, 65504f, -0.000123f, 1f / 3, 2.5f];
        weights = [.. weights.Select(w => (float)(Half)w)];
        uint[] keys = [5, 6, 7];
        int[] starts = [0, 1, 3, 6];
        byte[] labels = [1, 0, 2, 3, 1, 0];
        var table = new WeightTable(keys, starts, labels, weights);
        var scores = new float[4];

        table.AddScores(keys, scores);

        Assert.Equal([weights[1] + weights[5], weights[0] + weights[4], weights[2], weights[3]], scores);
    }

    [Fact]
    public void A_row_that_names_a_label_twice_adds_both_weights()
    {
        uint[] keys = [11];
        int[] starts = [0, 5];
        byte[] labels = [0, 1, 1, 2, 3];
        float[] weights = [1f, 0.5f, 0.25f, 2f, 4f];
        var table = new WeightTable(keys, starts, labels, weights);
        var scores = new float[4];

        table.AddScores(11, scores);

        Assert.Equal([1f, 0.75f, 2f, 4f], scores);
    }
}
