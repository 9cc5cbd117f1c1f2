namespace Parallax.Tagging;

/// <summary>First-order Viterbi and forward-backward over per-token label scores and label-to-label weights.</summary>
internal static class SequenceDecoder
{
    /// <summary>Writes the best label path into <paramref name="path"/>; <paramref name="emissions"/> is tokens × labels.</summary>
    public static void Viterbi(ReadOnlySpan<float> emissions, int tokens, int labels, ReadOnlySpan<float> start,
        ReadOnlySpan<float> transitions, TransitionConstraints? constraints, Span<int> path)
    {
        if (tokens == 0)
            return;
        var best = new float[tokens * labels];
        var back = new int[tokens * labels];
        for (var y = 0; y < labels; y++)
            best[y] = constraints is null || constraints.Start[y] ? start[y] + emissions[y] : float.NegativeInfinity;
        for (var t = 1; t < tokens; t++)
        {
            var prev = best.AsSpan((t - 1) * labels, labels);
            for (var y = 0; y < labels; y++)
            {
                var top = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < labels; p++)
                {
                    if (constraints is not null && !constraints.Transitions[p * labels + y])
                        continue;
                    var s = prev[p] + transitions[p * labels + y];
                    if (s > top)
                    {
                        top = s;
                        arg = p;
                    }
                }
                best[t * labels + y] = top + emissions[t * labels + y];
                back[t * labels + y] = arg;
            }
        }
        var last = (tokens - 1) * labels;
        var bestLabel = 0;
        for (var y = 1; y < labels; y++)
        {
            if (best[last + y] > best[last + bestLabel])
                bestLabel = y;
        }
        for (var t = tokens - 1; t >= 0; t--)
        {
            path[t] = bestLabel;
            bestLabel = back[t * labels + bestLabel];
        }
    }

    /// <summary>
    /// Per-token label marginals of the distribution that treats scores / <paramref name="temperature"/> as log-potentials
    /// (constrained paths only); <paramref name="marginals"/> is tokens × labels.
    /// </summary>
    public static void Marginals(ReadOnlySpan<float> emissions, int tokens, int labels, ReadOnlySpan<float> start,
        ReadOnlySpan<float> transitions, TransitionConstraints? constraints, float temperature, Span<float> marginals)
    {
        if (tokens == 0)
            return;
        var scale = 1.0 / temperature;
        var alpha = new double[tokens * labels];
        var beta = new double[tokens * labels];
        for (var y = 0; y < labels; y++)
            alpha[y] = constraints is null || constraints.Start[y] ? (start[y] + emissions[y]) * scale : double.NegativeInfinity;
        for (var t = 1; t < tokens; t++)
        {
            for (var y = 0; y < labels; y++)
            {
                var acc = double.NegativeInfinity;
                for (var p = 0; p < labels; p++)
                {
                    if (constraints is null || constraints.Transitions[p * labels + y])
                        acc = LogAdd(acc, alpha[(t - 1) * labels + p] + transitions[p * labels + y] * scale);
                }
                alpha[t * labels + y] = acc + emissions[t * labels + y] * scale;
            }
        }
        for (var t = tokens - 2; t >= 0; t--)
        {
            for (var y = 0; y < labels; y++)
            {
                var acc = double.NegativeInfinity;
                for (var n = 0; n < labels; n++)
                {
                    if (constraints is null || constraints.Transitions[y * labels + n])
                        acc = LogAdd(acc, beta[(t + 1) * labels + n] + (transitions[y * labels + n] + emissions[(t + 1) * labels + n]) * scale);
                }
                beta[t * labels + y] = acc;
            }
        }
        var z = double.NegativeInfinity;
        for (var y = 0; y < labels; y++)
            z = LogAdd(z, alpha[(tokens - 1) * labels + y]);
        for (var i = 0; i < alpha.Length; i++)
            marginals[i] = (float)Math.Exp(alpha[i] + beta[i] - z);
    }

    private static double LogAdd(double a, double b)
    {
        if (double.IsNegativeInfinity(a))
            return b;
        if (double.IsNegativeInfinity(b))
            return a;
        return a > b ? a + Math.Log(1 + Math.Exp(b - a)) : b + Math.Log(1 + Math.Exp(a - b));
    }
}
