namespace Parallax.Corpus.Clustering;

/// <summary>A sparse vector as keys in ascending order with their weights, so that two are multiplied in one merge.</summary>
internal sealed class SparseVector(ulong[] keys, float[] weights)
{
    public ulong[] Keys { get; } = keys;

    public float[] Weights { get; } = weights;

    /// <summary>The vector of <paramref name="weights"/> scaled to length 1.</summary>
    public static SparseVector Unit(Dictionary<ulong, double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var keys = weights.Keys.ToArray();
        Array.Sort(keys);
        var norm = Math.Sqrt(weights.Values.Sum(w => w * w));
        var values = new float[keys.Length];
        for (var i = 0; i < keys.Length; i++)
            values[i] = norm > 0 ? (float)(weights[keys[i]] / norm) : 0;
        return new SparseVector(keys, values);
    }

    public static double Dot(SparseVector a, SparseVector b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        double sum = 0;
        int i = 0, j = 0;
        while (i < a.Keys.Length && j < b.Keys.Length)
        {
            var (x, y) = (a.Keys[i], b.Keys[j]);
            if (x == y)
                sum += a.Weights[i++] * b.Weights[j++];
            else if (x < y)
                i++;
            else
                j++;
        }
        return sum;
    }
}
