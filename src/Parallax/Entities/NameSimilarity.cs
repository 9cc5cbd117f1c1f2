namespace Parallax.Entities;

/// <summary>
/// Decides whether two spellings are variants of one name ("Khalilzad"/"Khalilizad",
/// "Anthony"/"Antony"): a small edit distance relative to length, same first letter, or the
/// same transliteration key.
/// </summary>
public static class NameSimilarity
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are likely spellings of the same name.</summary>
    public static bool IsVariant(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0 || b.Length == 0)
            return false;
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
            return true;
        if (char.ToLowerInvariant(a[0]) != char.ToLowerInvariant(b[0]))
            return false;
        var shorter = Math.Min(a.Length, b.Length);
        if (shorter < 4)
            return false;
        if (TransliterationKey(a) == TransliterationKey(b))
            return true;
        var allowed = shorter >= 8 ? 2 : 1;
        return Distance(a.ToLowerInvariant(), b.ToLowerInvariant()) <= allowed;
    }

    /// <summary>A key that collapses common transliteration differences: vowels after the first letter, doubled letters, ph/f, th/t, y/i, k/q/c.</summary>
    public static string TransliterationKey(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var s = name.ToLowerInvariant().Replace("ph", "f", StringComparison.Ordinal).Replace("th", "t", StringComparison.Ordinal)
            .Replace("kh", "k", StringComparison.Ordinal).Replace("ck", "k", StringComparison.Ordinal).Replace('q', 'k').Replace('c', 'k');
        var sb = new System.Text.StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var ch = s[i];
            if (!char.IsLetter(ch))
                continue;
            if (i > 0 && ch is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'h' or 'w')
                continue;
            if (sb.Length > 0 && sb[^1] == ch)
                continue;
            sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>Optimal-string-alignment distance (edits plus adjacent transpositions).</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
