using System.Collections.Frozen;

namespace Parallax.Entities;

/// <summary>
/// English given names and their short forms ("Jim" and "James", "Bill" and "William", "Liz" and
/// "Elizabeth"), from the embedded <c>givennames.txt</c>: two first names that share a group can name
/// one person when the surnames agree.
/// </summary>
internal static class GivenNames
{
    private static readonly Lazy<FrozenDictionary<string, int[]>> GroupsOf = new(Load);

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are one given name in full and short form (or two short forms of it).</summary>
    public static bool AreVariants(string a, string b)
    {
        var x = Normalise(a);
        var y = Normalise(b);
        if (x.Length == 0 || y.Length == 0)
            return false;
        if (x == y)
            return true;
        if (!GroupsOf.Value.TryGetValue(x, out var gx) || !GroupsOf.Value.TryGetValue(y, out var gy))
            return false;
        foreach (var g in gx)
        {
            if (Array.IndexOf(gy, g) >= 0)
                return true;
        }
        return false;
    }

    /// <summary>True when the word is a given name of the table (full or short form).</summary>
    public static bool IsKnown(string word) => GroupsOf.Value.ContainsKey(Normalise(word));

    private static string Normalise(string word) => word.Trim('.', ',').ToLowerInvariant();

    private static FrozenDictionary<string, int[]> Load()
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var index = 0;
        foreach (var line in Gazetteer.ReadLines("givennames"))
        {
            foreach (var name in line.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!groups.TryGetValue(name, out var list))
                    groups[name] = list = [];
                list.Add(index);
            }
            index++;
        }
        return groups.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
