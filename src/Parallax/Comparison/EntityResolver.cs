using System.Collections.Immutable;
using Parallax.Documents;
using Parallax.Entities;

namespace Parallax.Comparison;

/// <summary>The story entities and, per article and mention, the story entity the mention belongs to (-1 for none).</summary>
internal sealed record ResolvedEntities(ImmutableArray<StoryEntity> Entities, int[][] EntityOfMention)
{
    public int Of(int article, int mention) => EntityOfMention[article][mention];
}

/// <summary>
/// Merges the in-document entities of all articles into story entities: one per real thing.
/// Spelling and transliteration variants (<see cref="NameKey"/>), a given name and its short form
/// (<see cref="GivenNames"/>), names with and without titles, surname-only names, capital-city
/// metonyms and roles whose office one named person holds join; different people with one surname,
/// differently named people, and things of incompatible types stay apart.
/// </summary>
internal sealed class EntityResolver(ComparisonOptions options)
{
    private const double Conflict = -1;

    public ResolvedEntities Resolve(IReadOnlyList<ArticleAnalysis> articles)
    {
        var entities = new List<(int Article, DocumentEntity Entity)>();
        for (var a = 0; a < articles.Count; a++)
        {
            foreach (var entity in articles[a].Entities)
                entities.Add((a, entity));
        }
        var profiles = new EntityProfile[entities.Count];
        Parallel.For(0, entities.Count, i => profiles[i] = EntityProfile.Of(articles[entities[i].Article], entities[i].Article, entities[i].Entity));
        var nodes = new List<EntityProfile>(profiles);
        var clusters = Cluster(nodes);
        return Build(articles, nodes, clusters);
    }

    private List<List<int>> Cluster(List<EntityProfile> nodes)
    {
        var candidates = new List<(int A, int B, double Score)>();
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            foreach (var key in nodes[i].BlockKeys)
            {
                if (!blocks.TryGetValue(key, out var list))
                    blocks[key] = list = [];
                list.Add(i);
            }
        }
        var seen = new HashSet<(int, int)>();
        foreach (var list in blocks.Values)
        {
            for (var x = 0; x < list.Count; x++)
            {
                for (var y = x + 1; y < list.Count; y++)
                {
                    var (i, j) = (list[x], list[y]);
                    if (!seen.Add((i, j)))
                        continue;
                    var score = Match(nodes[i], nodes[j]);
                    var needed = nodes[i].Article == nodes[j].Article ? Math.Max(0.85, options.EntityMatchThreshold) : options.EntityMatchThreshold;
                    if (score >= needed)
                        candidates.Add((i, j, score));
                }
            }
        }
        candidates.Sort((p, q) => q.Score.CompareTo(p.Score) is var c && c != 0 ? c : (p.A, p.B).CompareTo((q.A, q.B)));

        var clusterOf = Enumerable.Range(0, nodes.Count).ToArray();
        var clusters = Enumerable.Range(0, nodes.Count).Select(i => new List<int> { i }).ToList();
        foreach (var (a, b, _) in candidates)
        {
            var (ca, cb) = (clusterOf[a], clusterOf[b]);
            if (ca == cb || !Compatible(nodes, clusters[ca], clusters[cb]))
                continue;
            foreach (var n in clusters[cb])
                clusterOf[n] = ca;
            clusters[ca].AddRange(clusters[cb]);
            clusters[cb].Clear();
        }
        BindRoles(nodes, clusters, clusterOf);
        return [.. clusters.Where(c => c.Count > 0)];
    }

    /// <summary>
    /// A person known only by a role in its articles ("the vice president") joins the one person the other
    /// articles name with that office. Nothing joins when several people fit, or when the role's own article
    /// names someone who fits (its coreference found the role ambiguous there).
    /// </summary>
    private static void BindRoles(List<EntityProfile> nodes, List<List<int>> clusters, int[] clusterOf)
    {
        for (var c = 0; c < clusters.Count; c++)
        {
            var members = clusters[c];
            if (members.Count == 0 || !members.All(n => nodes[n].RoleOnly && nodes[n].Type == EntityType.Person))
                continue;
            var articles = members.Select(n => nodes[n].Article).ToHashSet();
            var roles = members.SelectMany(n => nodes[n].RoleNames).ToList();
            var fits = new HashSet<int>();
            var exact = new HashSet<int>();
            var sameArticle = false;
            for (var n = 0; n < nodes.Count; n++)
            {
                var node = nodes[n];
                if (node.RoleOnly || node.Type != EntityType.Person || node.PersonNames.Count == 0 || !roles.Any(r => node.RoleNames.Any(r.Fits)))
                    continue;
                sameArticle |= articles.Contains(node.Article);
                fits.Add(clusterOf[n]);
                if (roles.Any(r => node.RoleNames.Any(r.SameOffice)))
                    exact.Add(clusterOf[n]);
            }
            if (sameArticle)
                continue;
            var target = fits.Count == 1 ? fits.Single() : exact.Count == 1 ? exact.Single() : -1;
            if (target < 0 || target == c)
                continue;
            foreach (var n in members)
                clusterOf[n] = target;
            clusters[target].AddRange(members);
            members.Clear();
        }
    }

    private static bool Compatible(List<EntityProfile> nodes, List<int> a, List<int> b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (Match(nodes[x], nodes[y]) <= Conflict)
                    return false;
            }
        }
        return true;
    }

    /// <summary>How sure we are that two in-document entities are one thing: 1 same, 0 unrelated, -1 surely different.</summary>
    internal static double Match(EntityProfile a, EntityProfile b)
    {
        if (!TypesAgree(a.Type, b.Type))
        {
            if (Untyped(a, b) && a.Canonical.Overlaps(b.Canonical))
                return 0.9;
            return Mistyped(a, b) ? 0.85 : 0;
        }
        return a.Type switch
        {
            EntityType.Person => MatchPeople(a, b),
            EntityType.Date or EntityType.Number => a.Value is not null && a.Value == b.Value ? 1 : 0,
            EntityType.Gpe or EntityType.Loc => MatchPlaces(a, b),
            _ => MatchNames(a, b),
        };
    }

    private static bool TypesAgree(EntityType a, EntityType b)
        => a == b || (a is EntityType.Gpe or EntityType.Loc && b is EntityType.Gpe or EntityType.Loc);

    /// <summary>
    /// A full name one outlet's recogniser called a person and another's an organisation ("Kim Jong Un"):
    /// a name of two or more words that are the same words is one thing, whatever the types say.
    /// </summary>
    private static bool Mistyped(EntityProfile a, EntityProfile b)
        => a.Type is EntityType.Person or EntityType.Org && b.Type is EntityType.Person or EntityType.Org
            && a.Canonical.Any(x => b.Canonical.Any(y => NameKey.SameFullName(x.Split(' '), y.Split(' '))));

    /// <summary>One of two names has no type of its own (MISC: one outlet's recogniser could not tell), and neither is a date or number.</summary>
    private static bool Untyped(EntityProfile a, EntityProfile b)
        => (a.Type == EntityType.Misc) != (b.Type == EntityType.Misc)
            && a.Type is not (EntityType.Date or EntityType.Number) && b.Type is not (EntityType.Date or EntityType.Number);

    private static double MatchPeople(EntityProfile a, EntityProfile b)
    {
        // Two roles alone join when worded as the same office; a role joins a named holder only in BindRoles.
        if (a.RoleOnly || b.RoleOnly)
            return a.RoleOnly && b.RoleOnly && a.RoleNames.Any(x => b.RoleNames.Any(x.SameOffice)) ? 0.8 : 0;
        var best = 0.0;
        var conflict = false;
        foreach (var x in a.PersonNames)
        {
            foreach (var y in b.PersonNames)
            {
                var score = MatchPersonNames(x, y);
                conflict |= score <= Conflict;
                best = Math.Max(best, score);
            }
        }
        if (best >= 1)
            return 1;
        if (conflict)
            return Conflict;
        return best;
    }

    /// <summary>
    /// 1 for one person's names (the same three words in another order; a given name the same vouches for a surname with or without a silent final e: "Ilsa Dorn" /
    /// "Ilsa Dorne"; the surname the same, for a given name misspelt by one letter: "Huma Abedin" / "Human Abedin"), 0.8 when
    /// one is a surname alone, -1 for one surname with different given names.
    /// </summary>
    private static double MatchPersonNames(string[] x, string[] y)
    {
        if (x.Length != y.Length && x.Concat(y).Any(w => w.Contains('-')) && Unhyphenated(x) == Unhyphenated(y))
            return 1;
        if (x.Length == 0 || y.Length == 0)
            return 0;
        if (Reordered(x, y))
            return 1;
        if (!NameKey.SameWord(x[^1], y[^1]))
            return x.Length > 1 && y.Length > 1 && NameKey.SilentEApart(x[^1], y[^1]) && SameGivenName(x[0], y[0]) ? 1 : 0;
        if (x.Length == 1 || y.Length == 1)
            return 0.8;
        return SameGivenName(x[0], y[0]) || MisspeltGivenName(x, y) ? 1 : Conflict;
    }

    /// <summary>
    /// The same full name but for a given name with one letter more ("Huma Abedin" / "Human Abedin", "Anre" / "Andre Iguodala"),
    /// unless the name list holds both: "Dana" / "Diana", "Emil" / "Emily" may be two people (a name the list lacks, "Marty" against
    /// "Mary", is taken for a slip).
    /// </summary>
    private static bool MisspeltGivenName(string[] x, string[] y)
        => NameKey.OneLetterMore(x[0], y[0]) && NameKey.SameFullName(x, y) && !(PersonGender.IsListed(x[0]) && PersonGender.IsListed(y[0]));

    /// <summary>
    /// Three or more words, the same ones in another order ("Marcel Lazăr Lehel" / "Marcel Lehel Lazar"): a family name put first
    /// or last, as outlets write names of Hungarian or Romanian order.
    /// </summary>
    private static bool Reordered(string[] x, string[] y)
        => x.Length >= 3 && x.Length == y.Length && NameKey.Unordered(x) == NameKey.Unordered(y);

    /// <summary>"Kim Jong-un" and "Kim Jong Un": one name, hyphenated or not.</summary>
    private static string Unhyphenated(string[] words) => string.Concat(words).Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();

    /// <summary>"James" and "Jim", "Mohammed" and "Mohamed", "J." and "James".</summary>
    private static bool SameGivenName(string x, string y)
        => NameKey.SameWord(x, y) || GivenNames.AreVariants(x, y) || (x.Length == 1 || y.Length == 1) && x[0] == y[0];

    private static double MatchPlaces(EntityProfile a, EntityProfile b)
    {
        var names = MatchNames(a, b);
        if (names > 0)
            return names;
        if (a.Metonym is not null && b.Canonical.Contains(a.Metonym) || b.Metonym is not null && a.Canonical.Contains(b.Metonym))
            return 0.85;
        if (a.Metonym is not null && a.Metonym == b.Metonym)
            return 0.85;
        return 0;
    }

    private static double MatchNames(EntityProfile a, EntityProfile b)
    {
        var best = 0.0;
        foreach (var x in a.Canonical)
        {
            foreach (var y in b.Canonical)
            {
                if (x == y)
                    return 1;
                if (SameName(x, y))
                    best = Math.Max(best, 0.9);
                else if (IsAcronymOf(x, y) || IsAcronymOf(y, x))
                    best = Math.Max(best, 0.9);
            }
        }
        return best;
    }

    private static bool SameName(string x, string y)
    {
        var wx = x.Split(' ');
        var wy = y.Split(' ');
        if (wx.Length != wy.Length)
            return false;
        for (var i = 0; i < wx.Length; i++)
        {
            if (!NameKey.SameWord(wx[i], wy[i]))
                return false;
        }
        return true;
    }

    private static bool IsAcronymOf(string acronym, string name)
    {
        var letters = acronym.Replace(".", "", StringComparison.Ordinal);
        if (letters.Length < 2 || letters.Contains(' ', StringComparison.Ordinal))
            return false;
        var words = name.Split(' ').Where(w => w is not ("of" or "for" or "and" or "the")).ToArray();
        if (words.Length != letters.Length)
            return false;
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length == 0 || words[i][0] != letters[i])
                return false;
        }
        return true;
    }

    private static ResolvedEntities Build(IReadOnlyList<ArticleAnalysis> articles, List<EntityProfile> nodes, List<List<int>> clusters)
    {
        var ordered = clusters
            .Select(c => c.OrderBy(n => (nodes[n].Article, nodes[n].FirstOffset)).ToList())
            .OrderBy(c => (nodes[c[0]].Article, nodes[c[0]].FirstOffset))
            .ToList();
        var entityOfMention = articles.Select(a => Enumerable.Repeat(-1, a.Mentions.Length).ToArray()).ToArray();
        var result = ImmutableArray.CreateBuilder<StoryEntity>(ordered.Count + 8);
        foreach (var cluster in ordered)
        {
            var index = result.Count;
            var mentions = new List<MentionRef>();
            var aliases = new List<string>();
            foreach (var n in cluster)
            {
                var node = nodes[n];
                foreach (var m in articles[node.Article].Entities[node.Entity].Mentions)
                {
                    if ((uint)m >= (uint)entityOfMention[node.Article].Length)
                        continue;
                    entityOfMention[node.Article][m] = index;
                    mentions.Add(new MentionRef(node.Article, m));
                }
                aliases.AddRange(node.Aliases);
            }
            mentions.Sort((p, q) => (p.Article, p.Mention).CompareTo((q.Article, q.Mention)));
            var first = nodes[cluster[0]];
            var type = cluster.Select(n => nodes[n].Type).FirstOrDefault(t => t != EntityType.Misc, first.Type);
            result.Add(new StoryEntity($"e{index + 1}", CanonicalName(nodes, cluster), type,
                [.. aliases.Distinct(StringComparer.Ordinal)], [.. mentions])
            {
                Members = [.. cluster.Select(n => (nodes[n].Article, nodes[n].Entity))],
            });
        }
        AddLooseValues(articles, entityOfMention, result);
        return new ResolvedEntities(result.ToImmutable(), entityOfMention);
    }

    /// <summary>Dates and numbers no in-document entity holds become story entities by value.</summary>
    private static void AddLooseValues(IReadOnlyList<ArticleAnalysis> articles, int[][] entityOfMention, ImmutableArray<StoryEntity>.Builder result)
    {
        var byValue = new Dictionary<(EntityType, string), List<MentionRef>>();
        var order = new List<(EntityType, string)>();
        for (var a = 0; a < articles.Count; a++)
        {
            var mentions = articles[a].Mentions;
            for (var m = 0; m < mentions.Length; m++)
            {
                var mention = mentions[m];
                if (entityOfMention[a][m] >= 0 || mention.Kind is not (MentionKind.Date or MentionKind.Number))
                    continue;
                var key = (mention.Type, mention.Value is { } v ? NumberValue.KeyOf(v) : mention.Text.ToLowerInvariant());
                if (!byValue.TryGetValue(key, out var list))
                {
                    byValue[key] = list = [];
                    order.Add(key);
                }
                list.Add(new MentionRef(a, m));
            }
        }
        foreach (var key in order)
        {
            var refs = byValue[key];
            var index = result.Count;
            foreach (var r in refs)
                entityOfMention[r.Article][r.Mention] = index;
            var texts = refs.Select(r => articles[r.Article].Mentions[r.Mention].Text).Distinct(StringComparer.Ordinal).ToImmutableArray();
            result.Add(new StoryEntity($"e{index + 1}", texts[0], key.Item1, texts, [.. refs]));
        }
    }

    private static string CanonicalName(List<EntityProfile> nodes, List<int> cluster)
    {
        // Prefer names (not a role alone) used literally (not a capital standing for its country), then the
        // most complete (a person's name counted without its title), the most frequent, the shortest.
        var named = cluster.Where(n => !nodes[n].RoleOnly).ToList();
        var literal = named.Where(n => nodes[n].Metonym is null).ToList();
        var pool = literal.Count > 0 ? literal : named.Count > 0 ? named : cluster;
        var person = cluster.Any(n => nodes[n].Type == EntityType.Person);
        return pool.SelectMany(n => nodes[n].NameCounts)
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Count: g.Sum(p => p.Value), Words: g.Key.Split(' ').Length))
            .OrderByDescending(p => person ? EntityProfile.PersonWords(p.Name).Length : p.Words)
            .ThenByDescending(p => p.Count)
            .ThenBy(p => p.Words)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => p.Name)
            .FirstOrDefault() ?? nodes[cluster[0]].Name;
    }
}
