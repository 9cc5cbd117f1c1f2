using System.Collections.Frozen;

namespace Parallax.Text;

/// <summary>Spelled-number words shared by the number recogniser and the comparison stage.</summary>
internal static class NumberWords
{
    /// <summary>Words that are a number on their own ("two", "twenty", "dozen"); "one" is left out as too often a pronoun.</summary>
    public static FrozenDictionary<string, long> Values { get; } = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
        ["dozen"] = 12,
        ["hundred"] = 100,
        ["thousand"] = 1000,
        ["million"] = 1_000_000,
        ["billion"] = 1_000_000_000,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that multiply the number before them ("3.5 million", "two dozen", "5bn").</summary>
    public static FrozenDictionary<string, double> Scales { get; } = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["dozen"] = 12,
        ["hundred"] = 100,
        ["thousand"] = 1e3,
        ["million"] = 1e6,
        ["mln"] = 1e6,
        ["m"] = 1e6,
        ["billion"] = 1e9,
        ["bn"] = 1e9,
        ["trillion"] = 1e12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Plural scale words that give a count only loosely ("hundreds", "thousands"): the unit each counts in.</summary>
    public static FrozenDictionary<string, double> VagueScales { get; } = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["tens"] = 10,
        ["dozens"] = 12,
        ["hundreds"] = 100,
        ["thousands"] = 1e3,
        ["millions"] = 1e6,
        ["billions"] = 1e9,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The value of a number word, including hyphenated compounds ("twenty-five").</summary>
    public static bool TryValue(string word, out long value)
    {
        if (Values.TryGetValue(word, out value))
            return true;
        var dash = word.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && Values.TryGetValue(word[..dash], out var tens) && tens is >= 20 and <= 90 && tens % 10 == 0
            && UnitOf(word[(dash + 1)..]) is long units)
        {
            value = tens + units;
            return true;
        }
        value = 0;
        return false;
    }

    private static long? UnitOf(string word)
        => word.Equals("one", StringComparison.OrdinalIgnoreCase) ? 1 : Values.TryGetValue(word, out var v) && v is >= 2 and <= 9 ? v : null;
}
