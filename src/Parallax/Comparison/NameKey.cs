using System.Globalization;
using System.Text;

namespace Parallax.Comparison;

/// <summary>
/// Spelling-insensitive comparison of names: a transliteration-aware key (Anthony and Antony,
/// Khalilzad and Khalilizad share one) and a normalised edit distance.
/// </summary>
internal static class NameKey
{
    /// <summary>
    /// Lower-cases, strips accents, folds digraphs that transliterations disagree on (ph→f, th→t,
    /// kh→k, ck→k, q→k, y→i, sh→s, dh→d, gh→g), then drops vowels and h after the first letter and
    /// collapses doubled letters.
    /// </summary>
    public static string Of(string name)
    {
        var folded = Fold(name);
        var sb = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var next = i + 1 < folded.Length ? folded[i + 1] : '\0';
            if ((c is 'p' && next == 'h'))
            {
                c = 'f';
                i++;
            }
            else if (c is 't' or 'k' or 's' or 'd' or 'g' && next == 'h')
            {
                i++;
            }
            else if (c == 'c' && next == 'k')
            {
                c = 'k';
                i++;
            }
            else if (c is 'q' or 'c')
            {
                c = 'k';
            }
            else if (c == 'y')
            {
                c = 'i';
            }
            if (sb.Length > 0 && (IsVowel(c) || c == 'h'))
                continue;
            if (sb.Length > 0 && sb[^1] == c)
                continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>True when two name words are the same name spelled differently (or identical).</summary>
    public static bool SameWord(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
            return true;
        var fa = Fold(a);
        var fb = Fold(b);
        if (fa.Length < 3 || fb.Length < 3 || fa[0] != fb[0])
            return false;
        if (fa == fb)
            return true;
        if (Of(fa) == Of(fb) && Math.Abs(fa.Length - fb.Length) <= 2)
            return true;
        return fa.Length >= 5 && fb.Length >= 5 && NormalisedDistance(fa, fb) <= 0.2;
    }

    /// <summary>Levenshtein distance divided by the longer length.</summary>
    public static double NormalisedDistance(string a, string b)
    {
        if (a.Length == 0 && b.Length == 0)
            return 0;
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            current.CopyTo(previous);
        }
        return previous[b.Length] / (double)Math.Max(a.Length, b.Length);
    }

    /// <summary>Lower case, no accents, letters only.</summary>
    public static string Fold(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
