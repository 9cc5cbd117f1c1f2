using System.Text.RegularExpressions;
using Parallax.Comparison;
using Parallax.Documents;

namespace Parallax.Bench.Comparison.Edits;

/// <summary>
/// Respells one person's surname the way transliterations and outlets' house styles differ: ph/f, c/k, i/y,
/// ou/u, a doubled or undoubled consonant, -ed/-ad, -ev/-ov, kh/h, ei/ey ("Gaddafi" → "Gadafi", "Mohammed" →
/// "Mohammad"). The first letter never changes.
/// </summary>
internal sealed partial class NameSpellingEditor : ISentenceEditor
{
    private static readonly (Regex Pattern, string Replacement)[] Rules =
    [
        Rule("ph", "f"),
        Rule("(?<=[aeiou])f(?=[aeiou])", "ph"),
        Rule("ck", "k"),
        Rule("c(?=[aou])", "k"),
        Rule("k(?=[aou])", "c"),
        Rule("(?<=[^aeiou])y(?=[^aeiou])", "i"),
        Rule("(?<=[^aeiou])i(?=[^aeiou])", "y"),
        Rule("ou", "u"),
        Rule("(?<=[bdfgklmnprstvz])u(?=[^aeiou])", "ou"),
        Rule("([bdfgklmnprstz])\\1", "$1"),
        Rule("(?<=[aeiou])([dlmnrst])(?=[aeiou])", "$1$1"),
        Rule("ed$", "ad"),
        Rule("ad$", "ed"),
        Rule("ev$", "ov"),
        Rule("ov$", "ev"),
        Rule("kh", "h"),
        Rule("ei", "ey"),
    ];

    public string Name => "name-spelling";

    public DivergenceKind Expected => DivergenceKind.NameVariant;

    public TextEdit? Edit(EditableSentence sentence, Random random)
    {
        var candidates = new List<TextEdit>();
        var words = sentence.Article.Mentions.SelectMany(m => m.Text.Split(' ')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var mention in sentence.Mentions.Where(m => m.Type == EntityType.Person && m.Kind == MentionKind.Name))
        {
            var surname = Surname().Match(mention.Text);
            if (!surname.Success || surname.Value.Length < 5)
                continue;
            var head = surname.Value[0];
            var rest = surname.Value[1..];
            foreach (var (pattern, replacement) in Rules)
            {
                var matches = pattern.Matches(rest);
                if (matches.Count == 0)
                    continue;
                var match = matches[random.Next(matches.Count)];
                var respelt = head + rest[..match.Index] + match.Result(replacement) + rest[(match.Index + match.Length)..];
                if (!words.Contains(respelt))
                    candidates.Add(new TextEdit(mention.Start + surname.Index, mention.Start + surname.Index + surname.Length, respelt));
            }
        }
        return candidates.Count == 0 ? null : candidates[random.Next(candidates.Count)];
    }

    private static (Regex, string) Rule(string pattern, string replacement)
        => (new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), replacement);

    /// <summary>The last word of a name, without a possessive.</summary>
    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+(?=('s|’s)?$)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Surname();
}
