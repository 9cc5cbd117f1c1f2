using Parallax.Documents;
using Parallax.Entities;

namespace Parallax.Bench.Comparison.Edits;

/// <summary>
/// Real names to swap in, gathered from the source articles: people's full names ("First Last") and places the
/// gazetteer knows, each seen at least three times, in a fixed order.
/// </summary>
internal sealed class NamePools(IReadOnlyList<string> people, IReadOnlyList<string> places)
{
    private const int MinCount = 3;

    public IReadOnlyList<string> People => people;

    public IReadOnlyList<string> Places => places;

    public static NamePools From(IEnumerable<ArticleAnalysis> articles)
    {
        var people = new Dictionary<string, int>(StringComparer.Ordinal);
        var places = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in articles.SelectMany(a => a.Mentions).Where(m => m.Kind == MentionKind.Name))
        {
            var words = mention.Text.Split(' ');
            if (!words.All(IsNameWord))
                continue;
            if (mention.Type == EntityType.Person && words.Length == 2)
                people[mention.Text] = people.GetValueOrDefault(mention.Text) + 1;
            else if (mention.Type == EntityType.Gpe && Place(mention.Text) is not null)
                places[mention.Text] = places.GetValueOrDefault(mention.Text) + 1;
        }
        return new NamePools(Frequent(people), Frequent(places));
    }

    /// <summary>The canonical name of a place the gazetteer knows ("U.S." → "United States"), or null.</summary>
    public static string? Place(string name)
        => Gazetteer.Default.Phrases.TryGetValue(name, out var entry) && entry.Type == EntityType.Gpe && !entry.IsDemonym ? entry.Canonical : null;

    /// <summary>A capitalised word of letters (and inner dots or hyphens: "U.S.", "Al-Asad").</summary>
    public static bool IsNameWord(string word)
        => word.Length >= 2 && char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c is '.' or '-') && !word.EndsWith('-');

    private static List<string> Frequent(Dictionary<string, int> counts)
        => [.. counts.Where(p => p.Value >= MinCount).Select(p => p.Key).Order(StringComparer.Ordinal)];
}
