using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Entities;

namespace Parallax.Bench.Comparison.Edits;

/// <summary>
/// Puts another real place in place of a named country, state or city ("in Ohio" → "in Georgia"). Only places the
/// gazetteer knows are swapped, for a place of another canonical name than any the article names and that neither lies in
/// it nor contains it ("in Atlanta" → "in Georgia" would still be true, so it is no contradiction); places after "the" ("the
/// United States") are left alone.
/// </summary>
internal sealed class PlaceEditor(NamePools pools) : ISentenceEditor
{
    public string Name => "place";

    public DivergenceKind Expected => DivergenceKind.Place;

    public TextEdit? Edit(EditableSentence sentence, Random random)
    {
        var text = sentence.Article.Text;
        var candidates = sentence.Mentions
            .Where(m => m.Type == EntityType.Gpe && m.Kind == MentionKind.Name && NamePools.Place(m.Text) is not null && !AfterThe(text, m.Start))
            .ToList();
        if (candidates.Count == 0)
            return null;
        var mention = candidates[random.Next(candidates.Count)];
        var taken = sentence.Article.Mentions.Select(m => NamePools.Place(m.Text)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var others = pools.Places.Where(p => !taken.Contains(NamePools.Place(p)!) && !PlaceNesting.Default.MayNest(mention.Text, p)).ToList();
        return others.Count == 0 ? null : new TextEdit(mention.Start, mention.End, others[random.Next(others.Count)]);
    }

    private static bool AfterThe(string text, int start)
        => start >= 4 && text.AsSpan(start - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase);
}
