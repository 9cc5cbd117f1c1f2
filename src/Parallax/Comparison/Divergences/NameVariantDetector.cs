using System.Collections.Immutable;
using Parallax.Documents;
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
            var fullNames = new List<string[]>();
            var namedIn = new List<MentionRef>();
            foreach (var r in entity.Mentions)
            {
                var mention = articles[r.Article].Mentions[r.Mention];
                if (mention.Kind != MentionKind.Name)
                    continue;
                var words = mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(word => LowerCaseTail(EntityProfile.StripPossessive(word).Trim(',', '.', ';', ':', '"', '“', '”')))
                    .ToArray();
                fullNames.Add(words);
                namedIn.Add(r);
                foreach (var w in words)
                {
                    if (w.Length >= 3 && char.IsUpper(w[0]))
                        spellings.Add((w, r));
                }
            }
            var vouched = VouchedPairs(fullNames);
            var distinct = spellings.Select(s => s.Word).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var done = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var word in distinct)
            {
                if (done.Contains(word))
                    continue;
                var group = distinct.Where(o => Variants(o, word) || vouched.Contains((o.ToLowerInvariant(), word.ToLowerInvariant()))).ToList();
                var folded = group.Select(NameKey.Fold).Distinct(StringComparer.Ordinal).Count();
                done.UnionWith(group);
                if (folded < 2)
                    continue;
                var uses = spellings.Where(s => group.Contains(s.Word, StringComparer.OrdinalIgnoreCase)).ToList();
                if (!SplitsOutlets(uses))
                    continue;
                result.Add(Variant(context, uses));
            }
            if (entity.Type == EntityType.Person && Reordered(fullNames, namedIn) is { } orders)
                result.Add(Variant(context, orders));
        }
        return result;
    }

    /// <summary>
    /// A person's name of three or more words written in two orders by different outlets ("Marcel Lazăr Lehel" / "Marcel Lehel
    /// Lazar": which word is the family name), each order absent from the articles that use the other: the first word where the
    /// two orders part, as the spelling of each. Null when every outlet writes the name in one order.
    /// </summary>
    private static List<(string Word, MentionRef Mention)>? Reordered(List<string[]> names, List<MentionRef> mentions)
    {
        for (var i = 0; i < names.Count; i++)
        {
            for (var j = i + 1; j < names.Count; j++)
            {
                var (x, y) = (names[i], names[j]);
                if (x.Length < 3 || x.Length != y.Length || mentions[i].Article == mentions[j].Article
                    || Ordered(x) == Ordered(y) || NameKey.Unordered(x) != NameKey.Unordered(y))
                    continue;
                var inX = ArticlesWriting(Ordered(x), names, mentions);
                var inY = ArticlesWriting(Ordered(y), names, mentions);
                if (inX.Overlaps(inY))
                    continue;
                var at = 0;
                while (NameKey.Fold(x[at]) == NameKey.Fold(y[at]))
                    at++;
                return [(x[at], mentions[i]), (y[at], mentions[j])];
            }
        }
        return null;
    }

    private static string Ordered(string[] words) => string.Join(' ', words.Select(NameKey.Fold));

    private static HashSet<int> ArticlesWriting(string order, List<string[]> names, List<MentionRef> mentions)
    {
        var articles = new HashSet<int>();
        for (var k = 0; k < names.Count; k++)
        {
            if (Ordered(names[k]) == order)
                articles.Add(mentions[k].Article);
        }
        return articles;
    }

    /// <summary>
    /// The word without lower-case words a hyphen joins after it ("Capaldi-a long-time fan", "Obama-era"): they are no part of
    /// the name. A lower-case particle before the name stays ("al-Qaddafi").
    /// </summary>
    private static string LowerCaseTail(string word)
    {
        var parts = word.Split('-');
        var keep = parts.Length;
        while (keep > 1 && parts[keep - 1] is { Length: > 0 } part && char.IsLower(part[0]))
            keep--;
        return keep == parts.Length ? word : string.Join('-', parts[..keep]);
    }

    /// <summary>
    /// Two spellings of one word: equal once folded, or close by <see cref="NameKey.SameWord"/>; never a
    /// plural of the other ("Americans") nor an acronym against a word ("FDA" / "Food").
    /// </summary>
    private static bool Variants(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
            return true;
        if (IsAcronym(a) != IsAcronym(b) || Plural(a, b) || Plural(b, a) || Derived(a, b))
            return false;
        return NameKey.Fold(a) == NameKey.Fold(b) || NameKey.SameWord(a, b);
    }

    /// <summary>
    /// Word pairs one vowel or one letter apart at the same place of two full names that agree on every other word
    /// ("Jung" and "Jong" in "Kim Jung Un" and "Kim Jong Un"), in both orders, lower-cased; not a given name and its familiar
    /// form ("Steve" and "Steven" are one name written two ways by custom, not by spelling).
    /// </summary>
    private static HashSet<(string, string)> VouchedPairs(List<string[]> names)
    {
        var pairs = new HashSet<(string, string)>();
        for (var i = 0; i < names.Count; i++)
        {
            for (var j = i + 1; j < names.Count; j++)
            {
                var (x, y) = (names[i], names[j]);
                if (!NameKey.SameFullName(x, y))
                    continue;
                for (var k = 0; k < x.Length; k++)
                {
                    if (!NameKey.SameWord(x[k], y[k]) && !GivenNames.AreVariants(x[k], y[k]))
                    {
                        pairs.Add((x[k].ToLowerInvariant(), y[k].ToLowerInvariant()));
                        pairs.Add((y[k].ToLowerInvariant(), x[k].ToLowerInvariant()));
                    }
                }
            }
        }
        return pairs;
    }

    /// <summary>Endings that make a people, its members or its adjective of one stem ("Kurd", "Kurds", "Kurdish"; "Pakistan", "Pakistani").</summary>
    private static readonly string[] DerivingEndings = ["ish", "ians", "ian", "ans", "an", "ese", "is", "i", "es", "s"];

    /// <summary>
    /// Two words of one stem with different endings of <see cref="DerivingEndings"/>: a noun and its adjective, not two
    /// spellings; in hyphenated compounds, part by part ("Israel-Palestinian" / "Israeli-Palestinian").
    /// </summary>
    private static bool Derived(string a, string b)
    {
        var (pa, pb) = (a.Split('-'), b.Split('-'));
        if (pa.Length == 1 || pa.Length != pb.Length)
            return DerivedWord(a, b);
        var parts = pa.Zip(pb).Where(p => !string.Equals(p.First, p.Second, StringComparison.OrdinalIgnoreCase)).ToList();
        return parts.Count > 0 && parts.All(p => DerivedWord(p.First, p.Second));
    }

    private static bool DerivedWord(string a, string b)
    {
        static (string Stem, string Ending) Split(string word)
        {
            var lower = word.ToLowerInvariant();
            foreach (var ending in DerivingEndings)
            {
                if (lower.Length > ending.Length + 2 && lower.EndsWith(ending, StringComparison.Ordinal))
                    return (lower[..^ending.Length], ending);
            }
            return (lower, "");
        }
        var (x, y) = (Split(a), Split(b));
        return x.Ending != y.Ending && x.Stem == y.Stem;
    }

    private static bool IsAcronym(string word) => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static bool Plural(string plural, string singular)
        => plural.Length > singular.Length && plural.StartsWith(singular, StringComparison.OrdinalIgnoreCase)
            && plural[singular.Length..].ToLowerInvariant() is "s" or "es" or "'s";

    /// <summary>Outlets differ in spelling: some article uses one spelling and not another.</summary>
    private static bool SplitsOutlets(List<(string Word, MentionRef Mention)> uses)
    {
        var articlesBySpelling = uses.GroupBy(u => NameKey.Fold(u.Word), StringComparer.Ordinal)
            .Select(g => g.Select(u => u.Mention.Article).ToHashSet())
            .ToList();
        foreach (var x in articlesBySpelling)
        {
            foreach (var y in articlesBySpelling)
            {
                if (x != y && x.Any(a => !y.Contains(a)))
                    return true;
            }
        }
        return false;
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
