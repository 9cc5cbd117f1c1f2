namespace Parallax.Bench.Comparison;

/// <summary>ROUGE-1/2/L F1 over lower-cased word tokens (letter and digit runs).</summary>
internal static class Rouge
{
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                tokens.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        return tokens;
    }

    public static double NGramF1(List<string> candidate, List<string> reference, int n)
    {
        var c = Counts(candidate, n);
        var r = Counts(reference, n);
        var overlap = c.Sum(p => Math.Min(p.Value, r.GetValueOrDefault(p.Key)));
        return F1(overlap, c.Values.Sum(), r.Values.Sum());
    }

    public static double LcsF1(List<string> candidate, List<string> reference)
    {
        var previous = new int[reference.Count + 1];
        var current = new int[reference.Count + 1];
        foreach (var word in candidate)
        {
            for (var j = 1; j <= reference.Count; j++)
                current[j] = word == reference[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            (previous, current) = (current, previous);
        }
        return F1(previous[reference.Count], candidate.Count, reference.Count);
    }

    private static Dictionary<string, int> Counts(List<string> tokens, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var gram = string.Join(' ', tokens.Skip(i).Take(n));
            counts[gram] = counts.GetValueOrDefault(gram) + 1;
        }
        return counts;
    }

    private static double F1(int overlap, int candidate, int reference)
    {
        if (overlap == 0 || candidate == 0 || reference == 0)
            return 0;
        var precision = overlap / (double)candidate;
        var recall = overlap / (double)reference;
        return 2 * precision * recall / (precision + recall);
    }
}
