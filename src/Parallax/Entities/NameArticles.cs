namespace Parallax.Entities;

/// <summary>
/// Arabic article prefixes of names as transliterated, with their assimilated forms ("al-Qaddafi",
/// "el-Sisi", "ash-Sharif"): written in lower case, they still open a name word, and they are not part
/// of the name when two spellings are compared.
/// </summary>
internal static class NameArticles
{
    private static readonly string[] Prefixes = ["al", "el", "ad", "ag", "an", "ar", "as", "ash", "at", "az", "ud", "ul", "ur"];

    /// <summary>"al-Qaddafi" → "Qaddafi"; a word without such a prefix (or with too short a rest) is returned unchanged.</summary>
    public static string Strip(string word)
    {
        var cut = word.AsSpan().IndexOfAny("-‐'’");
        if (cut < 2 || cut > 3 || word.Length - cut - 1 < 3)
            return word;
        return Array.IndexOf(Prefixes, word[..cut].ToLowerInvariant()) >= 0 ? word[(cut + 1)..] : word;
    }

    /// <summary>True for a name word written with a lower-case article prefix: "al-Qaddafi", "el-Sisi".</summary>
    public static bool IsPrefixedName(string word)
        => word.Length > 0 && char.IsLower(word[0]) && Strip(word) is var rest && !ReferenceEquals(rest, word) && char.IsUpper(rest[0]);
}
