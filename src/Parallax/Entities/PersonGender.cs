using System.Collections.Frozen;

namespace Parallax.Entities;

/// <summary>The grammatical gender a person is referred to with, when it can be told.</summary>
internal enum Gender
{
    Unknown,
    Male,
    Female,
}

/// <summary>
/// Tells a person's gender from their name: a courtesy title ("Mrs. Olsen") or a given name of the
/// embedded <c>namegenders.txt</c>; and whether a personal pronoun agrees with a gender.
/// </summary>
internal static class PersonGender
{
    private static readonly Lazy<FrozenDictionary<string, Gender>> Names = new(Load);

    /// <summary>The gender a name tells, or <see cref="Gender.Unknown"/>.</summary>
    public static Gender OfName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var raw = words[i];
            var word = raw.TrimEnd('.', ',').ToLowerInvariant();
            switch (word)
            {
                case "mr" or "sir" or "lord" or "king" or "prince" or "father" or "brother":
                    return Gender.Male;
                case "mrs" or "ms" or "miss" or "madam" or "dame" or "lady" or "queen" or "princess" or "sister":
                    return Gender.Female;
            }
            var titles = Gazetteer.Default;
            if (titles.Titles.Contains(word) || titles.Titles.Contains(word + ".") || titles.TitleFirstWords.Contains(word) || word is "former" or "acting" or "u.s." or "then")
                continue;
            // A given name is told only before a surname: "Warren" alone may be Elizabeth Warren.
            if (i < words.Length - 1 && raw.Length > 1 && char.IsUpper(raw[0]) && Names.Value.TryGetValue(word, out var gender))
                return gender;
            return Gender.Unknown;
        }
        return Gender.Unknown;
    }

    /// <summary>Whether the word is a given name the name list holds ("Tim", "Maria"; not "Huma").</summary>
    public static bool IsListed(string givenName) => Names.Value.ContainsKey(givenName.ToLowerInvariant());

    /// <summary>The gender a personal pronoun refers with ("she" → female), or <see cref="Gender.Unknown"/>.</summary>
    public static Gender OfPronoun(string pronoun) => pronoun.ToLowerInvariant() switch
    {
        "he" or "him" or "his" or "himself" => Gender.Male,
        "she" or "her" or "hers" or "herself" => Gender.Female,
        _ => Gender.Unknown,
    };

    /// <summary>False only when both genders are known and differ.</summary>
    public static bool Agree(Gender a, Gender b) => a == Gender.Unknown || b == Gender.Unknown || a == b;

    private static FrozenDictionary<string, Gender> Load()
    {
        var names = new Dictionary<string, Gender>(StringComparer.Ordinal);
        foreach (var line in Gazetteer.ReadLines("namegenders"))
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var gender = words[0] == "f" ? Gender.Female : Gender.Male;
            foreach (var w in words.Skip(1))
                names[w] = gender;
        }
        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
