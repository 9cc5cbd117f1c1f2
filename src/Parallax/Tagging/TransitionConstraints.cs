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

    /// <summary>The constraints of the labels' scheme: BILOU when any label is L- or U-, IOB2 otherwise.</summary>
    public static TransitionConstraints Of(IReadOnlyList<string> labels)
        => labels.Any(l => l.StartsWith("L-", StringComparison.Ordinal) || l.StartsWith("U-", StringComparison.Ordinal)) ? Bilou(labels) : Bio(labels);

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

    /// <summary>
    /// BILOU constraints: a sentence starts with O, B-X or U-X; after B-X or I-X come only I-X or L-X; after O, L-X or
    /// U-X come only O, B- or U-.
    /// </summary>
    public static TransitionConstraints Bilou(IReadOnlyList<string> labels)
    {
        var n = labels.Count;
        var start = new bool[n];
        var transitions = new bool[n * n];
        static bool Opens(string label) => label.Length < 3 || label[0] is 'B' or 'U';
        static bool Open(string label) => label.Length > 2 && label[0] is 'B' or 'I';
        for (var next = 0; next < n; next++)
        {
            start[next] = Opens(labels[next]);
            for (var previous = 0; previous < n; previous++)
            {
                transitions[previous * n + next] = Open(labels[previous])
                    ? !Opens(labels[next]) && labels[previous].AsSpan(2).SequenceEqual(labels[next].AsSpan(2))
                    : Opens(labels[next]);
            }
        }
        return new TransitionConstraints(start, transitions);
    }
}
