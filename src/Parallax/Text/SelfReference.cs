using System.Text.RegularExpressions;

namespace Parallax.Text;

/// <summary>
/// Finds the outlet of an article that names itself in the third person, as wire copy and
/// translated articles do: "sources revealed to Al Jazeera", "a spokesman told Reuters",
/// "CNN has learned". Used only when nothing else names the outlet.
/// </summary>
public static partial class SelfReference
{
    private const string Outlets = "Al[- ]?Jazeera|Aljazeera|CNN|BBC(?: News)?|Reuters|the Associated Press|AP|AFP|Agence France-Presse|Bloomberg|Sky News|Fox News|NBC News|CBS News|ABC News|NPR|the Guardian|The Guardian|the New York Times|The New York Times|the Washington Post|The Washington Post|the Wall Street Journal|The Wall Street Journal|Politico|Axios|Al Arabiya|Anadolu(?: Agency)?|Xinhua|TASS|RIA Novosti|Kyodo|Yonhap|DW|Deutsche Welle|France 24|Euronews|Tolo News|TOLOnews";

    [GeneratedRegex(@"\b(?:told|tells|revealed to|said to|confirmed to|disclosed to|explained to|spoke to|speaking to|in an interview with|in a statement to|exclusively to)\s+(?<outlet>" + Outlets + @")\b|\b(?<outlet>" + Outlets + @")\s+(?:has|had)\s+learned\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>
    /// The outlet the text refers to itself as, when it does so at least <paramref name="minimum"/>
    /// times and more often than any other outlet; otherwise null.
    /// </summary>
    public static string? FindOutlet(string text, int minimum = 2)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in Pattern().Matches(text))
        {
            var name = Normalise(m.Groups["outlet"].Value);
            counts[name] = counts.GetValueOrDefault(name) + 1;
        }
        if (counts.Count == 0)
            return null;
        var ranked = counts.OrderByDescending(p => p.Value).ToList();
        if (ranked[0].Value < minimum || ranked.Count > 1 && ranked[1].Value == ranked[0].Value)
            return null;
        return ranked[0].Key;
    }

    private static string Normalise(string outlet)
    {
        if (outlet.StartsWith("the ", StringComparison.Ordinal))
            outlet = "The " + outlet[4..];
        return outlet switch
        {
            "Al-Jazeera" or "AlJazeera" or "Aljazeera" or "Al Jazeera" => "Al Jazeera",
            "BBC News" => "BBC",
            "The Associated Press" => "AP",
            "Agence France-Presse" => "AFP",
            "TOLOnews" => "Tolo News",
            _ => outlet,
        };
    }
}
