namespace Parallax.Tagging;

/// <summary>Which labels may start a sentence and which may follow which; decoding never leaves these paths.</summary>
internal sealed class TransitionConstraints
{
    public TransitionConstraints(bool[] start, bool[] transitions)
    {
        Start = start;
        Transitions = transitions;
    }

    public bool[] Start { get; }

    /// <summary>Row-major: <c>Transitions[previous * labels + next]</c>.</summary>
    public bool[] Transitions { get; }

    /// <summary>IOB2 constraints: I-X only at the start of nothing, and only after B-X or I-X.</summary>
    public static TransitionConstraints Bio(IReadOnlyList<string> labels)
    {
        var n = labels.Count;
        var start = new bool[n];
        var transitions = new bool[n * n];
        for (var next = 0; next < n; next++)
        {
            var inside = labels[next].StartsWith("I-", StringComparison.Ordinal);
            start[next] = !inside;
            for (var previous = 0; previous < n; previous++)
            {
                transitions[previous * n + next] = !inside
                    || (labels[previous].Length > 2 && labels[previous].AsSpan(2).SequenceEqual(labels[next].AsSpan(2)));
            }
        }
        return new TransitionConstraints(start, transitions);
    }
}
