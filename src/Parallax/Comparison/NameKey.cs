using System.Globalization;
using System.Text;
using Parallax.Documents;
using Parallax.Entities;

namespace Parallax.Comparison;

/// <summary>
/// Spelling-insensitive comparison of name words. Transliterations of one name (Gadhafi, Qaddafi,
/// al-Qaddafi; Khalilzad, Khalilizad; Schumer, Shumer) are folded to one spelling skeleton and then
/// compared with an edit distance that charges less for the letters transliterations disagree on
/// (vowels; k/g/q; v/w; s/z; d/t) and allows fewer edits the shorter the name, so that different short
/// names that differ by one letter (Kahn, Khan; Bush, Bash; Gates, Kates; Obama, Osama) stay apart.
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

    /// <summary>
    /// A coarse key shared by every spelling <see cref="SameWord"/> may accept: the consonants of the
    /// spelling skeleton, each folded to its class (k/g/q/c → k, v/w → v, s/z → s, d/t → d), and the first
    /// letter even when it is a vowel.
    /// </summary>
    public static string BlockKey(string word)
    {
        var skeleton = Skeleton(Fold(StripArticle(word)));
        if (skeleton.Length == 0)
            return "";
        var sb = new StringBuilder(skeleton.Length);
        sb.Append(ClassOf(skeleton[0]));
        for (var i = 1; i < skeleton.Length; i++)
        {
            var c = ClassOf(skeleton[i]);
            if (c != 'a' && c != sb[^1])
                sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>True when two name words are the same name spelled differently (or identical).</summary>
    public static bool SameWord(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
            return true;
        var fa = Fold(StripArticle(a));
        var fb = Fold(StripArticle(b));
        if (fa.Length < 3 || fb.Length < 3)
            return false;
        if (fa == fb)
            return true;
        if (IsPlural(fa, fb) || IsPlural(fb, fa) || Math.Abs(fa.Length - fb.Length) > 4 || ClassOf(FirstSound(fa)) != ClassOf(FirstSound(fb)))
            return false;
        var sa = Skeleton(fa);
        var sb = Skeleton(fb);
        var shorter = Math.Min(sa.Length, sb.Length);
        if (shorter < 4)
            return false;
        if (sa == sb)
            return true;
        var allowed = shorter switch
        {
            4 => 0,
            <= 6 => 0.5,
            <= 9 => 1.0,
            _ => 1.5,
        };
        return allowed > 0 && WeightedDistance(sa, sb, allowed) <= allowed;
    }

    /// <summary>
    /// True when two full names of two or more words are one name: every word the same by
    /// <see cref="SameWord"/>, except at most one that differs from its partner by one vowel
    /// ("Kim Jung Un", "Kim Jong Un"), by a silent final e ("Ilsa Dorn", "Ilsa Dorne") or by one letter more ("Huma Abedin",
    /// "Human Abedin"). The other words vouch for a
    /// change that alone would be a different name.
    /// </summary>
    public static bool SameFullName(IReadOnlyList<string> x, IReadOnlyList<string> y)
    {
        if (x.Count < 2 || x.Count != y.Count)
            return false;
        var loose = 0;
        for (var i = 0; i < x.Count; i++)
        {
            if (SameWord(x[i], y[i]))
                continue;
            if (++loose > 1 || !OneVowelApart(x[i], y[i]) && !SilentEApart(x[i], y[i]) && !OneLetterMore(x[i], y[i]))
                return false;
        }
        return true;
    }

    /// <summary>"Dorn" and "Dorne": one word with a final e after a consonant that the other lacks, at least three letters before it.</summary>
    public static bool SilentEApart(string a, string b)
    {
        var (fa, fb) = (Fold(a), Fold(b));
        var (shorter, longer) = fa.Length < fb.Length ? (fa, fb) : (fb, fa);
        return shorter.Length >= 3 && longer.Length == shorter.Length + 1 && longer[^1] == 'e' && !IsVowel(shorter[^1])
            && longer.StartsWith(shorter, StringComparison.Ordinal);
    }

    /// <summary>The words of a name folded and in alphabetical order: one key for "Marcel Lazăr Lehel" and "Marcel Lehel Lazar".</summary>
    public static string Unordered(IEnumerable<string> words) => string.Join(' ', words.Select(Fold).Order(StringComparer.Ordinal));

    /// <summary>
    /// "Huma" and "Human", "Rima" and "Riema": one word with one letter more than the other, not before its first, the shorter of
    /// at least four letters; at the end only a consonant but s and y ("Paul" and "Paula", "Emil" and "Emily" are different
    /// names, and a final s may make a plural).
    /// </summary>
    public static bool OneLetterMore(string a, string b)
    {
        var (fa, fb) = (Fold(a), Fold(b));
        var (shorter, longer) = fa.Length < fb.Length ? (fa, fb) : (fb, fa);
        if (shorter.Length < 4 || longer.Length != shorter.Length + 1 || longer[0] != shorter[0])
            return false;
        var at = 0;
        while (at < shorter.Length && shorter[at] == longer[at])
            at++;
        if (at == shorter.Length)
            return !IsVowel(longer[^1]) && longer[^1] is not ('s' or 'y');
        return longer.AsSpan(at + 1).SequenceEqual(shorter.AsSpan(at));
    }

    /// <summary>"Jung" and "Jong": the same letters but for one vowel, which is not the first letter.</summary>
    public static bool OneVowelApart(string a, string b)
    {
        var fa = Fold(a);
        var fb = Fold(b);
        if (fa.Length < 3 || fa.Length != fb.Length || fa[0] != fb[0])
            return false;
        var differ = 0;
        for (var i = 1; i < fa.Length; i++)
        {
            if (fa[i] == fb[i])
                continue;
            if (++differ > 1 || !IsVowel(fa[i]) || !IsVowel(fb[i]))
                return false;
        }
        return differ == 1;
    }

    /// <summary>The first letter of a folded word as its skeleton spells it (ph → f, c → k or s, q → k, y → i).</summary>
    private static char FirstSound(string folded)
    {
        var next = folded.Length > 1 ? folded[1] : '\0';
        return folded[0] switch
        {
            'p' when next == 'h' => 'f',
            'c' => next is 'e' or 'i' or 'y' ? 's' : 'k',
            'q' => 'k',
            'y' => 'i',
            var c => c,
        };
    }

    /// <summary>"Americans" of "American", "Saudis" of "Saudi": a plural is another word, not another spelling.</summary>
    private static bool IsPlural(string word, string singular)
        => word.Length == singular.Length + 1 && word[^1] == 's' && word.StartsWith(singular, StringComparison.Ordinal);

    /// <summary>"al-Qaddafi" → "Qaddafi", "el-Sisi" → "Sisi": an Arabic article joined by a hyphen or apostrophe is not part of the name.</summary>
    public static string StripArticle(string word) => NameArticles.Strip(word);

    /// <summary>
    /// The spelling skeleton of a folded word: sch→s, ph→f, th→t, dh→d, gh→g, kh→k, ck→k, q→k, c→k (s
    /// before e/i/y), y→i, ou/oo→u, ee→i; h dropped after the first letter; doubled letters collapsed.
    /// </summary>
    internal static string Skeleton(string folded)
    {
        var sb = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var next = i + 1 < folded.Length ? folded[i + 1] : '\0';
            switch (c)
            {
                case 's' when next == 'c' && i + 2 < folded.Length && folded[i + 2] == 'h':
                    i += 2;
                    break;
                case 'p' when next == 'h':
                    c = 'f';
                    i++;
                    break;
                case 't' or 'd' or 'g' or 'k' when next == 'h':
                    i++;
                    break;
                case 'c' when next == 'k':
                    c = 'k';
                    i++;
                    break;
                case 'c':
                    c = next is 'e' or 'i' or 'y' ? 's' : 'k';
                    break;
                case 'q':
                    c = 'k';
                    break;
                case 'y':
                    c = 'i';
                    break;
                case 'o' when next is 'u' or 'o':
                    c = 'u';
                    i++;
                    break;
                case 'e' when next == 'e':
                    c = 'i';
                    i++;
                    break;
            }
            if (c == 'h' && sb.Length > 0)
                continue;
            if (sb.Length > 0 && sb[^1] == c)
                continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Edit distance where a vowel for a vowel, or a letter for one of its class (k/g/q, v/w, s/z, d/t),
    /// costs 0.5 (a first letter only in names of six letters or more), inserting or dropping a vowel
    /// inside the word costs 0.5, and everything else 1. Stops early once every path exceeds <paramref name="limit"/>.
    /// </summary>
    internal static double WeightedDistance(string a, string b, double limit)
    {
        var longEnough = Math.Min(a.Length, b.Length) >= 6;
        Span<double> previous = b.Length < 64 ? stackalloc double[b.Length + 1] : new double[b.Length + 1];
        Span<double> current = b.Length < 64 ? stackalloc double[b.Length + 1] : new double[b.Length + 1];
        for (var j = 1; j <= b.Length; j++)
            previous[j] = previous[j - 1] + IndelCost(b, j - 1);
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = previous[0] + IndelCost(a, i - 1);
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var substitute = previous[j - 1] + SubstitutionCost(a[i - 1], b[j - 1], i == 1 && j == 1 && !longEnough);
                var delete = previous[j] + IndelCost(a, i - 1);
                var insert = current[j - 1] + IndelCost(b, j - 1);
                current[j] = Math.Min(substitute, Math.Min(delete, insert));
                best = Math.Min(best, current[j]);
            }
            if (best > limit)
                return best;
            current.CopyTo(previous);
        }
        return previous[b.Length];
    }

    private static double SubstitutionCost(char x, char y, bool firstOfShortName)
    {
        if (x == y)
            return 0;
        if (IsVowel(x) && IsVowel(y))
            return 0.5;
        return !firstOfShortName && ClassOf(x) == ClassOf(y) ? 0.5 : 1;
    }

    /// <summary>A vowel inside a word is cheap to add or drop; a final one changes the name (Hamid, Hamidi; Maria, Mari).</summary>
    private static double IndelCost(string word, int index)
        => IsVowel(word[index]) && index > 0 && index < word.Length - 1 ? 0.5 : 1;

    private static char ClassOf(char c) => c switch
    {
        'k' or 'g' or 'q' or 'c' => 'k',
        'v' or 'w' => 'v',
        's' or 'z' => 's',
        'd' or 't' => 'd',
        _ when IsVowel(c) => 'a',
        _ => c,
    };

    /// <summary>Lower case, no accents, letters only.</summary>
    public static string Fold(string name)
    {
        if (Ascii.IsValid(name))
        {
            var letters = 0;
            foreach (var c in name)
                letters += char.IsAsciiLetter(c) ? 1 : 0;
            return string.Create(letters, name, static (span, source) =>
            {
                var k = 0;
                foreach (var c in source)
                {
                    if (char.IsAsciiLetter(c))
                        span[k++] = char.ToLowerInvariant(c);
                }
            });
        }
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
