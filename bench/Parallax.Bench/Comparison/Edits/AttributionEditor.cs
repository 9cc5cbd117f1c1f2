using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Quotes;

namespace Parallax.Bench.Comparison.Edits;

/// <summary>
/// Credits a reported statement to someone else: the named person who speaks ("…, Smith said"; the speaker's own
/// name, not a name inside the speaker's description) becomes
/// another real person's name from the pool ("…, Jones said"), a surname for a surname, a full name for a full name.
/// </summary>
internal sealed class AttributionEditor(NamePools pools) : ISentenceEditor
{
    public string Name => "attribution";

    public DivergenceKind Expected => DivergenceKind.Attribution;

    public bool EndsWindow => true;

    public TextEdit? Edit(EditableSentence sentence, Random random)
    {
        var article = sentence.Article;
        var candidates = new List<Mention>();
        foreach (var quote in sentence.Quotes)
        {
            if (!CueLexicon.Reports(quote) || quote.Speaker.Entity is not int e || article.Entities[e].Type != EntityType.Person)
                continue;
            candidates.AddRange(article.Entities[e].Mentions.Select(m => article.Mentions[m]).Where(m => m.Kind == MentionKind.Name
                && quote.Speaker.Start <= m.Start && m.End <= quote.Speaker.End && m.Text.Split(' ').All(NamePools.IsNameWord)));
        }
        if (candidates.Count == 0)
            return null;
        var mention = candidates[random.Next(candidates.Count)];
        var words = mention.Text.Split(' ').Length;
        var taken = article.Mentions.Where(m => m.Type == EntityType.Person).SelectMany(m => m.Text.Split(' ')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var others = pools.People.Where(p => !p.Split(' ').Any(taken.Contains)).ToList();
        if (others.Count == 0)
            return null;
        var name = others[random.Next(others.Count)];
        return new TextEdit(mention.Start, mention.End, words == 1 ? name.Split(' ')[^1] : name);
    }
}
