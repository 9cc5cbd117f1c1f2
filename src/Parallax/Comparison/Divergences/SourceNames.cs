using Parallax.Documents;
using Parallax.Entities;

namespace Parallax.Comparison;

/// <summary>
/// Two story entities that are one source named two ways, which the entity stage kept apart: the same name, whatever
/// type each was given ("Lorn Films's" / "Lorn Films"), or for organisations a long and a short form ("the Hask Rovers of Lorn" / "the Hask
/// Rovers") or a name and its initials ("Brenholm-Dorn" / "BD", "Hask Lorn Films" / "HLF").
/// </summary>
internal static class SourceNames
{
    public static bool Same(StoryEntity x, StoryEntity y)
        => Forms(x).Any(a => Forms(y).Any(b => Same(a, b, x.Type == EntityType.Org && y.Type == EntityType.Org)));

    private static IEnumerable<string> Forms(StoryEntity entity) => entity.Aliases.Prepend(entity.Name);

    private static bool Same(string x, string y, bool organisations)
    {
        var (a, b) = (Words(x), Words(y));
        if (a.Count == 0 || b.Count == 0)
            return false;
        if (a.SequenceEqual(b, StringComparer.OrdinalIgnoreCase))
            return true;
        if (!organisations)
            return false;
        var (setA, setB) = (a.ToHashSet(StringComparer.OrdinalIgnoreCase), b.ToHashSet(StringComparer.OrdinalIgnoreCase));
        return setA.IsSubsetOf(setB) || setB.IsSubsetOf(setA) || InitialsOf(a, b) || InitialsOf(b, a);
    }

    /// <summary>The name is one word in capitals made of the first letters of the other's words.</summary>
    private static bool InitialsOf(List<string> initials, List<string> name)
        => initials.Count == 1 && name.Count > 1 && initials[0].Length == name.Count && initials[0].All(char.IsUpper)
            && initials[0].Zip(name).All(p => char.ToUpperInvariant(p.Second[0]) == p.First);

    /// <summary>The name's words, split at spaces and hyphens, without "the", "of", "and" or a possessive ending (also one split off: "Lorn ’ s").</summary>
    public static List<string> Words(string name) => EntityProfile.StripPossessive(name.Trim())
        .Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
        .Select(w => EntityProfile.StripPossessive(w).Trim('.', ',', '\'', '\u2019'))
        .Where(w => w.Length > 0 && !(w.ToLowerInvariant() is "the" or "of" or "and" or "&") && w != "s")
        .ToList();
}
