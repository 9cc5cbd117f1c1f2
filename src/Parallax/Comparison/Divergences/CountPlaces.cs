using System.Collections.Frozen;

namespace Parallax.Comparison;

/// <summary>
/// The place a count covers, when the phrase after its noun says it: "killed 170,000 people in the province", "230,000
/// people around the Indian Ocean", "in 14 countries", "14 miles north of Healdsburg". Counts over different places are
/// different counts (a province's toll and a region's, distances from two towns), not rival figures for one.
/// </summary>
internal static class CountPlaces
{
    private static readonly FrozenSet<string> Openers = FrozenSet.ToFrozenSet(
        ["in", "across", "around", "throughout", "off", "near", "outside", "inside"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Directions = FrozenSet.ToFrozenSet(
        ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
            "north-northeast", "north-northwest", "south-southeast", "south-southwest", "east-northeast", "west-northwest", "east-southeast", "west-southwest", "-", "due"],
        StringComparer.Ordinal);

    /// <summary>Openers that spread a count over a named area ("across Asia", "around the Indian Ocean") rather than put it in one place.</summary>
    private static readonly FrozenSet<string> Spanning = FrozenSet.ToFrozenSet(["across", "around", "throughout"], StringComparer.Ordinal);

    /// <summary>Nouns that name one administrative place the article has named ("the province", "the state").</summary>
    private static readonly FrozenSet<string> Divisions = FrozenSet.ToFrozenSet(
        ["province", "state", "region", "country", "district", "city", "town", "county", "island", "village", "prefecture", "territory"], StringComparer.Ordinal);

    /// <summary>Nouns that name several places ("in 14 countries", "across the states").</summary>
    private static readonly FrozenSet<string> Plurals = FrozenSet.ToFrozenSet(
        ["provinces", "states", "regions", "countries", "districts", "cities", "towns", "counties", "islands", "villages", "nations", "continents"], StringComparer.Ordinal);

    private const int Window = 4;

    /// <summary>A named town, state or country; a named area (a region, an ocean, or any named place a count is spread across); a division the article named before ("the province"); several places.</summary>
    private enum Kind { Named, NamedArea, Division, Several }

    private readonly record struct Place(Kind Kind, string Key);

    /// <summary>Both counts say what place they cover, and not one that could be the same.</summary>
    public static bool Differ(SentenceProfile a, NumberFact x, SentenceProfile b, NumberFact y)
    {
        if (Of(a, x) is not { } px || Of(b, y) is not { } py)
            return false;
        if (px.Kind == py.Kind)
            return px.Key != py.Key;
        return !(px.Kind == Kind.Named && py.Kind == Kind.Division || px.Kind == Kind.Division && py.Kind == Kind.Named);
    }

    private static Place? Of(SentenceProfile sentence, NumberFact figure)
    {
        var words = sentence.Words;
        var at = figure.UnitWord is null ? figure.Token : CountSlots.UnitToken(sentence, figure);
        if (at < 0)
            return null;
        var i = at + 1;
        if (i < words.Length && Directions.Contains(words[i]))
        {
            while (i < words.Length && Directions.Contains(words[i]))
                i++;
            if (i >= words.Length || words[i] != "of")
                return null;
        }
        else if (i >= words.Length || !Openers.Contains(words[i]))
        {
            return null;
        }
        for (var k = i + 1; k < Math.Min(words.Length, i + 1 + Window); k++)
        {
            foreach (var entity in sentence.Entities)
            {
                if (entity.Token == k && entity.Mention.Type is EntityType.Gpe or EntityType.Loc)
                    return new Place(entity.Mention.Type == EntityType.Gpe && !Spanning.Contains(words[i]) ? Kind.Named : Kind.NamedArea, entity.Entity.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            if (Divisions.Contains(words[k]))
                return new Place(Kind.Division, words[k]);
            if (Plurals.Contains(words[k]))
                return new Place(Kind.Several, words[k]);
            if (words[k].Length == 0 || words[k] is "and" or "or" or "but" or "while" or "when" or "after" or "before")
                return null;
        }
        return null;
    }
}
