namespace Parallax.Tagging;

/// <summary>IOB label conversions and span reading.</summary>
internal static class BioLabels
{
    /// <summary>The entity types, in label order.</summary>
    public static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    /// <summary>O, then B-/I- of each type.</summary>
    public static string[] All() => ["O", .. Types.SelectMany(t => new[] { "B-" + t, "I-" + t })];

    /// <summary>
    /// Converts CoNLL-2003 IOB1 (B- only between two adjacent entities of one type) to IOB2 (every entity starts with B-).
    /// Already-IOB2 input is returned unchanged.
    /// </summary>
    public static string[] Iob1ToIob2(IReadOnlyList<string> labels)
    {
        var result = new string[labels.Count];
        for (var i = 0; i < labels.Count; i++)
        {
            var label = labels[i];
            if (label.StartsWith("I-", StringComparison.Ordinal))
            {
                var previous = i > 0 ? result[i - 1] : "O";
                var continues = previous.Length > 2 && previous.AsSpan(2).SequenceEqual(label.AsSpan(2));
                result[i] = continues ? label : "B-" + label[2..];
            }
            else
            {
                result[i] = label;
            }
        }
        return result;
    }

    /// <summary>Entity spans of an IOB2 sequence; a stray I-X (not after B-X/I-X) starts a new span, as in conlleval.</summary>
    public static List<(int First, int Count, string Type)> Spans(IReadOnlyList<string> labels)
    {
        var spans = new List<(int, int, string)>();
        var i = 0;
        while (i < labels.Count)
        {
            var label = labels[i];
            if (label == "O" || label.Length < 3)
            {
                i++;
                continue;
            }
            var type = label[2..];
            var j = i + 1;
            while (j < labels.Count && labels[j].StartsWith("I-", StringComparison.Ordinal) && labels[j].AsSpan(2).SequenceEqual(type))
                j++;
            spans.Add((i, j - i, type));
            i = j;
        }
        return spans;
    }
}
