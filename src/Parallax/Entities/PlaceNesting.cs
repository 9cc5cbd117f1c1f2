using System.Collections.Frozen;
using Parallax.Documents;
using Parallax.Text;

namespace Parallax.Entities;

/// <summary>
/// Which known places lie in which (the embedded <c>within.txt</c>: cities in states or countries, states in countries), so
/// that a city and the state around it ("Atlanta" / "Georgia") are not taken for two rival places.
/// </summary>
internal sealed class PlaceNesting
{
    private static readonly Lazy<PlaceNesting> LazyDefault = new(Load);

    private readonly FrozenDictionary<string, string[]> _containers;
    private readonly FrozenSet<string> _areas;

    private PlaceNesting(FrozenDictionary<string, string[]> containers, FrozenSet<string> areas)
    {
        _containers = containers;
        _areas = areas;
    }

    public static PlaceNesting Default => LazyDefault.Value;

    /// <summary>
    /// True when one of the two named places may lie in the other: a known place in a known one that contains it, or any
    /// place the gazetteer does not know beside a country or another place known to hold places ("Morgantown" / "Pennsylvania",
    /// "Brooklyn" / "New York"), or beside a place that lies straight in a country divided into such places (every state of a
    /// country one of whose states holds a listed city). Two places the gazetteer does not know are never taken to nest.
    /// </summary>
    public bool MayNest(string name, string other)
    {
        var (x, y) = (Canonical(name), Canonical(other));
        if (x is null && y is null)
            return false;
        if (x is null || y is null)
            return _areas.Contains(x ?? y!);
        return x != y && (Within(x, y) || Within(y, x));
    }

    /// <summary>The canonical name of a place the gazetteer knows ("Kiev" → "Kyiv", "Atlanta's" → "Atlanta"), or null.</summary>
    public static string? Canonical(string name)
    {
        name = name.Trim();
        if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal))
            name = name[..^2];
        var phrases = Gazetteer.Default.Phrases;
        if (!phrases.TryGetValue(name, out var entry))
        {
            var key = string.Join(' ', Tokenizer.Tokenize(name).Select(t => t.TextIn(name)));
            if (!phrases.TryGetValue(key, out entry))
                return null;
        }
        return entry.Type == EntityType.Gpe && !entry.IsDemonym ? entry.Canonical : null;
    }

    private bool Within(string inner, string outer)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([inner]);
        while (pending.TryPop(out var place))
        {
            if (!_containers.TryGetValue(place, out var containers))
                continue;
            foreach (var container in containers)
            {
                if (container == outer)
                    return true;
                if (seen.Add(container))
                    pending.Push(container);
            }
        }
        return false;
    }

    private static PlaceNesting Load()
    {
        var containers = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var countries = Gazetteer.ReadLines("countries").Select(l => l.Split('|')[0]).ToHashSet(StringComparer.Ordinal);
        var areas = new HashSet<string>(countries, StringComparer.Ordinal);
        foreach (var line in Gazetteer.ReadLines("within"))
        {
            var parts = line.Split('>', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2)
                throw new InvalidOperationException($"Lexicon 'within': '{line}' is not 'place > container, ...'.");
            var outer = parts[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            containers[parts[0]] = outer;
            areas.UnionWith(outer);
        }
        var holders = containers.Values.SelectMany(o => o).Where(o => !countries.Contains(o)).ToHashSet(StringComparer.Ordinal);
        var divided = containers.Where(c => holders.Contains(c.Key)).SelectMany(c => c.Value).Where(countries.Contains).ToHashSet(StringComparer.Ordinal);
        areas.UnionWith(containers.Where(c => c.Value.Any(divided.Contains)).Select(c => c.Key));
        return new PlaceNesting(containers.ToFrozenDictionary(StringComparer.Ordinal), areas.ToFrozenSet(StringComparer.Ordinal));
    }
}
