using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Parallax.Comparison;
using Parallax.Corpus;
using Parallax.Documents;

namespace Parallax.Web.Internal;

/// <summary>One article that mentions the entity, with the spellings it uses.</summary>
internal sealed record EntityArticle(long Id, string Outlet, string? Title, DateTimeOffset? Published, ImmutableArray<(string Text, int Count)> Spellings, int Mentions);

/// <summary>One story that mentions the entity.</summary>
internal sealed record EntityStory(StorySummary Summary, ImmutableArray<EntityArticle> Articles);

/// <summary>Every story and outlet that mentions an entity, and how each spells it.</summary>
/// <param name="Name">The name asked for.</param>
/// <param name="Type">The entity's type (the one asked for, or that of the first story entity found).</param>
/// <param name="Stories">The stories, as listed by the store (most recently active first).</param>
/// <param name="Searched">How many candidate stories were read.</param>
/// <param name="More">True when the full-text search found more candidate stories than were read.</param>
internal sealed record EntityFindings(string Name, EntityType? Type, ImmutableArray<EntityStory> Stories, int Searched, bool More)
{
    /// <summary>Every spelling, most used first, with the outlets that use it.</summary>
    public IReadOnlyList<(string Text, int Count, IReadOnlyList<string> Outlets)> Spellings()
        => [.. Stories.SelectMany(s => s.Articles).SelectMany(a => a.Spellings.Select(v => (v.Text, v.Count, a.Outlet)))
            .GroupBy(v => v.Text, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Sum(v => v.Count), (IReadOnlyList<string>)[.. g.Select(v => v.Outlet).Distinct(StringComparer.Ordinal).Order(StringComparer.OrdinalIgnoreCase)]))
            .OrderByDescending(v => v.Item2).ThenBy(v => v.Key, StringComparer.Ordinal)];

    /// <summary>Every outlet, most articles first, with its article and story counts.</summary>
    public IReadOnlyList<(string Outlet, int Articles, int Stories)> Outlets()
        => [.. Stories.SelectMany(s => s.Articles.Select(a => (Story: s.Summary.Id, a.Outlet)))
            .GroupBy(x => x.Outlet, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(), g.Select(x => x.Story).Distinct().Count()))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.OrdinalIgnoreCase)];
}

/// <summary>
/// Finds an entity across stored stories. The full-text search narrows the stories to those whose text holds the
/// name's last word (a surname, a head noun: shared by most spellings); in each of those, the story's own entity
/// resolution says which mentions are the entity. A story entity counts when one of its names is the name asked for
/// or a several-word spelling already found in another story, so "Antony Blinken" in one story leads to
/// "Anthony Blinken" in another wherever a story holds both.
/// </summary>
internal static class EntityLookup
{
    /// <summary>The longest name accepted.</summary>
    public const int MaxNameLength = 120;

    /// <summary>The word the full-text search looks for: the name's last word of two or more letters.</summary>
    public static string? SearchWord(string name)
        => Words(name).LastOrDefault(w => w.Length >= 2);

    /// <summary>The entity in <paramref name="stories"/> (each with the comparison of its articles).</summary>
    public static EntityFindings Find(string name, EntityType? type, IReadOnlyList<(StorySummary Summary, Story Story)> stories, bool more)
    {
        ArgumentNullException.ThrowIfNull(stories);
        var known = new HashSet<string>(StringComparer.Ordinal) { Key(name) };
        var matched = new List<StoryEntity>?[stories.Count];
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 0; i < stories.Count; i++)
            {
                foreach (var entity in stories[i].Story.Entities)
                {
                    if (entity.Type is EntityType.Date or EntityType.Number || (type is { } t && entity.Type != t) || !Names(entity).Any(n => known.Contains(Key(n))))
                        continue;
                    if (matched[i]?.Contains(entity) == true)
                        continue;
                    (matched[i] ??= []).Add(entity);
                    type ??= entity.Type;
                    changed = true;
                    foreach (var alias in Names(entity).Where(n => Words(n).Count() >= 2))
                        known.Add(Key(alias));
                }
            }
        }
        var found = ImmutableArray.CreateBuilder<EntityStory>();
        for (var i = 0; i < stories.Count; i++)
        {
            if (matched[i] is { } entities)
                found.Add(new EntityStory(stories[i].Summary, Articles(stories[i].Story, entities)));
        }
        return new EntityFindings(name, type, found.ToImmutable(), stories.Count, more);
    }

    private static ImmutableArray<EntityArticle> Articles(Story story, List<StoryEntity> entities)
    {
        var articles = ImmutableArray.CreateBuilder<EntityArticle>();
        foreach (var group in entities.SelectMany(e => e.Mentions).Distinct().GroupBy(m => m.Article).OrderBy(g => g.Key))
        {
            if ((uint)group.Key >= (uint)story.Articles.Length)
                continue;
            var analysis = story.Articles[group.Key];
            var spellings = new List<(string Text, int Count)>();
            var mentions = 0;
            foreach (var m in group.OrderBy(m => m.Mention))
            {
                if ((uint)m.Mention >= (uint)analysis.Mentions.Length)
                    continue;
                var mention = analysis.Mentions[m.Mention];
                mentions++;
                if (mention.Kind is not (MentionKind.Name or MentionKind.Role))
                    continue;
                var at = spellings.FindIndex(s => s.Text == mention.Text);
                if (at < 0)
                    spellings.Add((mention.Text, 1));
                else
                    spellings[at] = (mention.Text, spellings[at].Count + 1);
            }
            var article = analysis.Article;
            articles.Add(new EntityArticle(Routes.TryParseId(article.Id, 'a', out var id) ? id : 0, article.Outlet, article.Title, article.Published, [.. spellings], mentions));
        }
        return articles.ToImmutable();
    }

    private static IEnumerable<string> Names(StoryEntity entity) => entity.Aliases.IsDefaultOrEmpty ? [entity.Name] : entity.Aliases.Prepend(entity.Name);

    /// <summary>A name compared without case, accents or punctuation ("Antony  Blinken." = "antony blinken").</summary>
    internal static string Key(string name) => string.Join(' ', Words(name)).ToLowerInvariant();

    private static IEnumerable<string> Words(string name)
    {
        var folded = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
                continue;
            folded.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }
        return folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
