using System.Collections.Immutable;
using Parallax.Entities;

namespace Parallax.Comparison;

/// <summary>One divergence per story entity whose name is spelled differently across articles ("Anthony" vs "Antony").</summary>
internal sealed class NameVariantDetector : IDivergenceDetector
{
    public IEnumerable<Divergence> Detect(DivergenceContext context, IReadOnlyList<Divergence> found)
    {
        var articles = context.Articles;
        var result = new List<Divergence>();
        foreach (var entity in context.Entities.Entities)
        {
            if (entity.Type is EntityType.Date or EntityType.Number)
                continue;
            var spellings = new List<(string Word, MentionRef Mention)>();
            foreach (var r in entity.Mentions)
            {
                var mention = articles[r.Article].Mentions[r.Mention];
                if (mention.Kind != MentionKind.Name)
                    continue;
                foreach (var word in mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var w = EntityProfile.StripPossessive(word).Trim(',', '.', ';', ':', '"', '“', '”');
                    if (w.Length >= 3 && char.IsUpper(w[0]))
                        spellings.Add((w, r));
                }
            }
            var distinct = spellings.Select(s => s.Word).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var done = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var word in distinct)
            {
                if (done.Contains(word))
                    continue;
                var group = distinct.Where(o => NameKey.Fold(o) == NameKey.Fold(word) || NameKey.SameWord(o, word)).ToList();
                var folded = group.Select(NameKey.Fold).Distinct(StringComparer.Ordinal).Count();
                done.UnionWith(group);
                if (folded < 2)
                    continue;
                var uses = spellings.Where(s => group.Contains(s.Word, StringComparer.OrdinalIgnoreCase)).ToList();
                if (uses.Select(u => u.Mention.Article).Distinct().Count() < 2)
                    continue;
                result.Add(Variant(context, uses));
            }
        }
        return result;
    }

    private static Divergence Variant(DivergenceContext context, List<(string Word, MentionRef Mention)> uses)
    {
        var articles = context.Articles;
        var parts = new List<string>();
        foreach (var spelling in uses.GroupBy(u => NameKey.Fold(u.Word), StringComparer.Ordinal))
        {
            var mentions = spelling.Select(u => articles[u.Mention.Article].Mentions[u.Mention.Mention]).ToList();
            var longest = EntityProfile.StripPossessive(mentions.OrderByDescending(m => m.Text.Length).First().Text);
            var ids = spelling.Select(u => articles[u.Mention.Article].Article.Id).Distinct(StringComparer.Ordinal);
            parts.Add($"{longest} ({string.Join(", ", ids)})");
        }
        var sentences = uses
            .Select(u => new SentenceRef(u.Mention.Article, articles[u.Mention.Article].Mentions[u.Mention.Mention].Sentence))
            .Distinct()
            .OrderBy(s => (s.Article, s.Sentence))
            .ToImmutableArray();
        var spans = uses
            .GroupBy(u => NameKey.Fold(u.Word), StringComparer.Ordinal)
            .Select(g => g.First().Mention)
            .Select(r =>
            {
                var m = articles[r.Article].Mentions[r.Mention];
                return new DivergenceSpan(new SentenceRef(r.Article, m.Sentence), m.Start, m.End, m.Text);
            })
            .ToImmutableArray();
        return new Divergence(DivergenceKind.NameVariant, sentences, string.Join(" vs ", parts)) { Confidence = 0.9, Spans = spans };
    }
}
