using System.Buffers;
using System.Numerics;
using Parallax.Documents;

namespace Parallax.Tagging;

/// <summary>
/// First-order Viterbi and forward-backward over per-token label scores and label-to-label weights.
/// Disallowed starts and transitions carry negative infinity (see <see cref="Constrain"/>).
/// </summary>
internal static class SequenceDecoder
{
    /// <summary>Copies start and transition weights with negative infinity where <paramref name="constraints"/> forbid.</summary>
    public static (float[] Start, float[] Transitions) Constrain(float[] start, float[] transitions, TransitionConstraints? constraints)
    {
        var s = (float[])start.Clone();
        var t = (float[])transitions.Clone();
        if (constraints is not null)
        {
            for (var i = 0; i < s.Length; i++)
            {
                if (!constraints.Start[i])
                    s[i] = float.NegativeInfinity;
            }
            for (var i = 0; i < t.Length; i++)
            {
                if (!constraints.Transitions[i])
                    t[i] = float.NegativeInfinity;
            }
        }
        return (s, t);
    }

    /// <summary>
    /// Writes the best label path into <paramref name="path"/>; <paramref name="emissions"/> is tokens × labels.
    /// With <paramref name="beam"/> below the label count, only that many best previous labels are extended
    /// (beam Viterbi: much faster for large tag sets, exact when the beam covers every label).
    /// </summary>
    public static void Viterbi(ReadOnlySpan<float> emissions, int tokens, int labels, ReadOnlySpan<float> start,
        ReadOnlySpan<float> transitions, Span<int> path, int beam = int.MaxValue)
    {
        if (tokens == 0)
            return;
        Viterbi(emissions, tokens, labels, start, transitions, path, beam, new float[tokens * labels], new int[tokens * labels]);
    }

    /// <summary>Viterbi with caller-provided work space (<paramref name="best"/> and <paramref name="back"/>: tokens × labels).</summary>
    public static void Viterbi(ReadOnlySpan<float> emissions, int tokens, int labels, ReadOnlySpan<float> start,
        ReadOnlySpan<float> transitions, Span<int> path, int beam, Span<float> best, Span<int> back)
    {
        if (tokens == 0)
            return;
        var width = Math.Min(beam, labels);
        Span<int> candidates = stackalloc int[labels];
        for (var y = 0; y < labels; y++)
            best[y] = start[y] + emissions[y];
        for (var t = 1; t < tokens; t++)
        {
            var prev = best.Slice((t - 1) * labels, labels);
            var active = width == labels ? AllLabels(candidates) : TopLabels(prev, candidates[..width]);
            var row = best.Slice(t * labels, labels);
            var from = back.Slice(t * labels, labels);
            row.Fill(float.NegativeInfinity);
            from.Clear();
            foreach (var p in active)
                Extend(prev[p], transitions.Slice(p * labels, labels), p, row, from);
            var emission = emissions.Slice(t * labels, labels);
            for (var y = 0; y < labels; y++)
                row[y] += emission[y];
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
    /// For every label y, takes previous label <paramref name="p"/> when <c>score + transition[y]</c> beats the best so far
    /// (strictly, so among equal scores the earlier previous label stays, as in a label-by-label loop).
    /// </summary>
    private static void Extend(float score, ReadOnlySpan<float> transition, int p, Span<float> row, Span<int> from)
    {
        var y = 0;
        if (Vector.IsHardwareAccelerated && row.Length >= Vector<float>.Count)
        {
            var add = new Vector<float>(score);
            var label = new Vector<int>(p);
            for (; y <= row.Length - Vector<float>.Count; y += Vector<float>.Count)
            {
                var s = add + new Vector<float>(transition[y..]);
                var current = new Vector<float>(row[y..]);
                var better = Vector.GreaterThan(s, current);
                Vector.ConditionalSelect(better, s, current).CopyTo(row[y..]);
                Vector.ConditionalSelect(better, label, new Vector<int>(from[y..])).CopyTo(from[y..]);
            }
        }
        for (; y < row.Length; y++)
        {
            var s = score + transition[y];
            if (s > row[y])
            {
                row[y] = s;
                from[y] = p;
            }
        }
    }

    private static Span<int> AllLabels(Span<int> candidates)
    {
        for (var i = 0; i < candidates.Length; i++)
            candidates[i] = i;
        return candidates;
    }

    private static Span<int> TopLabels(ReadOnlySpan<float> scores, Span<int> top)
    {
        var count = 0;
        for (var y = 0; y < scores.Length; y++)
        {
            if (count < top.Length)
            {
                top[count++] = y;
            }
            else if (scores[y] > scores[top[count - 1]])
            {
                top[count - 1] = y;
            }
            else
            {
                continue;
            }
            for (var i = count - 1; i > 0 && scores[top[i]] > scores[top[i - 1]]; i--)
                (top[i], top[i - 1]) = (top[i - 1], top[i]);
        }
        return top[..count];
    }

    /// <summary>
    /// Per-token label marginals of the distribution that treats scores / <paramref name="temperature"/> as log-potentials;
    /// <paramref name="marginals"/> is tokens × labels. Scaled forward-backward in probability space.
    /// </summary>
    public static void Marginals(ReadOnlySpan<float> emissions, int tokens, int labels, ReadOnlySpan<float> start,
        ReadOnlySpan<float> transitions, float temperature, Span<float> marginals)
    {
        if (tokens == 0)
            return;
        var scale = 1.0 / temperature;
        var rented = ArrayPool<double>.Shared.Rent(labels * labels + 3 * tokens * labels);
        try
        {
            Marginals(emissions, tokens, labels, start, transitions, scale, marginals, rented);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    /// <summary><see cref="Marginals(ReadOnlySpan{float}, int, int, ReadOnlySpan{float}, ReadOnlySpan{float}, float, Span{float})"/> in <paramref name="scratch"/> (every value used is written first).</summary>
    private static void Marginals(ReadOnlySpan<float> emissions, int tokens, int labels, ReadOnlySpan<float> start,
        ReadOnlySpan<float> transitions, double scale, Span<float> marginals, double[] scratch)
    {
        var size = tokens * labels;
        var trans = scratch.AsSpan(0, labels * labels);
        var maxTrans = double.NegativeInfinity;
        foreach (var t in transitions)
            maxTrans = Math.Max(maxTrans, t);
        for (var i = 0; i < trans.Length; i++)
            trans[i] = Math.Exp((transitions[i] - maxTrans) * scale);
        var potential = scratch.AsSpan(labels * labels, size);
        for (var t = 0; t < tokens; t++)
        {
            var max = double.NegativeInfinity;
            for (var y = 0; y < labels; y++)
                max = Math.Max(max, emissions[t * labels + y] + (t == 0 ? start[y] : 0));
            for (var y = 0; y < labels; y++)
                potential[t * labels + y] = Math.Exp((emissions[t * labels + y] + (t == 0 ? start[y] : 0) - max) * scale);
        }
        var alpha = scratch.AsSpan(labels * labels + size, size);
        var beta = scratch.AsSpan(labels * labels + 2 * size, size);
        for (var y = 0; y < labels; y++)
            alpha[y] = potential[y];
        Normalize(alpha[..labels]);
        for (var t = 1; t < tokens; t++)
        {
            for (var y = 0; y < labels; y++)
            {
                var acc = 0.0;
                for (var p = 0; p < labels; p++)
                    acc += alpha[(t - 1) * labels + p] * trans[p * labels + y];
                alpha[t * labels + y] = acc * potential[t * labels + y];
            }
            Normalize(alpha.Slice(t * labels, labels));
        }
        for (var y = 0; y < labels; y++)
            beta[(tokens - 1) * labels + y] = 1;
        for (var t = tokens - 2; t >= 0; t--)
        {
            for (var y = 0; y < labels; y++)
            {
                var acc = 0.0;
                for (var n = 0; n < labels; n++)
                    acc += trans[y * labels + n] * potential[(t + 1) * labels + n] * beta[(t + 1) * labels + n];
                beta[t * labels + y] = acc;
            }
            Normalize(beta.Slice(t * labels, labels));
        }
        for (var t = 0; t < tokens; t++)
        {
            var z = 0.0;
            for (var y = 0; y < labels; y++)
                z += alpha[t * labels + y] * beta[t * labels + y];
            for (var y = 0; y < labels; y++)
                marginals[t * labels + y] = z > 0 ? (float)(alpha[t * labels + y] * beta[t * labels + y] / z) : 0f;
        }
    }

    private static void Normalize(Span<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
            sum += v;
        if (sum <= 0)
            return;
        foreach (ref var v in values)
            v /= sum;
    }
}
