using Parallax.Analysis;
using Parallax.Entities;

namespace Parallax.Comparison;

/// <summary>What the entity resolver compares about one in-document entity: its names in normalised forms, roles and keys.</summary>
internal sealed class EntityProfile
{
    public required int Article { get; init; }
    public required int Entity { get; init; }
    public required EntityType Type { get; init; }
    public required string Name { get; init; }
    public required int FirstOffset { get; init; }
    public string? Value { get; init; }
    public required List<string> Aliases { get; init; }
    public required Dictionary<string, int> NameCounts { get; init; }
    /// <summary>Person names without titles, as lower-case words.</summary>
    public required List<string[]> PersonNames { get; init; }
    /// <summary>Lower-case names without "the" and possessives, country aliases mapped to one name.</summary>
    public required HashSet<string> Canonical { get; init; }
    /// <summary>For a capital used as an actor ("Washington said"), the country it stands for.</summary>
    public string? Metonym { get; init; }
    public required HashSet<string> Roles { get; init; }
    public required bool RoleOnly { get; init; }
    public required List<string> BlockKeys { get; init; }

    public static EntityProfile Of(ArticleAnalysis document, int article, DocumentEntity entity)
    {
        var mentions = entity.Mentions.Where(m => (uint)m < (uint)document.Mentions.Length).Select(m => document.Mentions[m]).ToList();
        var names = mentions.Where(m => m.Kind == MentionKind.Name).ToList();
        var nameCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in names)
        {
            var text = StripPossessive(m.Text.Trim());
            nameCounts[text] = nameCounts.GetValueOrDefault(text) + 1;
        }
        var aliases = new List<string>(nameCounts.Keys);
        foreach (var alias in entity.Aliases.Append(entity.Name))
        {
            var text = StripPossessive(alias.Trim());
            if (text.Length > 0 && !aliases.Contains(text))
                aliases.Add(text);
        }
        if (nameCounts.Count == 0)
            nameCounts[StripPossessive(entity.Name)] = 1;

        var roles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in entity.Roles.Concat(mentions.Where(m => m.Kind == MentionKind.Role).Select(m => m.Text)).Concat(mentions.Select(m => m.Role ?? "")))
        {
            var normal = NormaliseRole(role);
            if (normal.Length > 0)
                roles.Add(normal);
        }
        var roleOnly = names.Count == 0 && mentions.Any(m => m.Kind == MentionKind.Role);
        var sourceNames = roleOnly ? [] : aliases;

        var canonical = new HashSet<string>(StringComparer.Ordinal);
        foreach (var alias in sourceNames)
        {
            var c = Canonicalise(alias);
            if (c.Length > 0)
                canonical.Add(c);
        }
        var personNames = entity.Type == EntityType.Person
            ? sourceNames.Select(PersonWords).Where(w => w.Length > 0).ToList()
            : [];
        var metonym = entity.Type is EntityType.Gpe or EntityType.Loc or EntityType.Org ? MetonymOf(document, canonical, names) : null;

        var keys = new List<string>();
        if (entity.Type == EntityType.Person)
        {
            keys.AddRange(personNames.Select(w => "p:" + NameKey.Of(w[^1])));
            keys.AddRange(roles.Select(r => "r:" + r));
        }
        else if (entity.Type is EntityType.Date or EntityType.Number)
        {
            var value = mentions.Select(m => m.Value).FirstOrDefault(v => v is not null) is { } written ? NumberValue.KeyOf(written) : null;
            if (value is not null)
                keys.Add("v:" + value);
        }
        else
        {
            foreach (var c in canonical)
            {
                keys.Add("n:" + NameKey.Of(c));
                keys.Add("a:" + Initials(c));
            }
            if (metonym is not null)
                keys.Add("n:" + NameKey.Of(metonym));
        }

        return new EntityProfile
        {
            Article = article,
            Entity = entity.Index,
            Type = entity.Type,
            Name = entity.Name,
            FirstOffset = mentions.Count > 0 ? mentions.Min(m => m.Start) : int.MaxValue,
            Value = mentions.Select(m => m.Value).FirstOrDefault(v => v is not null) is { } v0 ? NumberValue.KeyOf(v0) : null,
            Aliases = aliases,
            NameCounts = nameCounts,
            PersonNames = personNames,
            Canonical = canonical,
            Metonym = metonym,
            Roles = roles,
            RoleOnly = roleOnly,
            BlockKeys = [.. keys.Distinct(StringComparer.Ordinal)],
        };
    }

    /// <summary>"U.S. Secretary of State Antony Blinken" → ["antony", "blinken"].</summary>
    internal static string[] PersonWords(string name)
    {
        var words = name.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => StripPossessive(w).Trim(',', '.', ';', ':').ToLowerInvariant())
            .Where(w => w.Length > 0)
            .ToList();
        var first = 0;
        while (first < words.Count - 1 && Lexicon.Titles.Contains(words[first]))
            first++;
        return [.. words.Skip(first).Where(w => w is not ("jr" or "jr." or "sr" or "sr." or "ii" or "iii"))];
    }

    internal static string Canonicalise(string name)
    {
        var lower = StripPossessive(name.Trim()).ToLowerInvariant();
        if (lower.StartsWith("the ", StringComparison.Ordinal))
            lower = lower[4..];
        lower = string.Join(' ', lower.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return Lexicon.CountryAliases.TryGetValue(lower, out var country) ? country : lower;
    }

    private static string NormaliseRole(string role)
    {
        var words = role.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Lexicon.CountryAliases.TryGetValue(w, out var c) && c == "united states" ? "us" : w)
            .Where(w => w is not ("the" or "a" or "an"));
        return string.Join(' ', words);
    }

    private static string? MetonymOf(ArticleAnalysis document, HashSet<string> canonical, List<Mention> names)
    {
        var country = canonical.Select(c => Lexicon.Capitals.GetValueOrDefault(c)).FirstOrDefault(c => c is not null);
        if (country is null || names.Count == 0)
            return null;
        var actor = names.Count(m => !Locative(document, m));
        return actor * 2 >= names.Count ? country : null;
    }

    /// <summary>True when the mention follows "in", "at", "from"...: it names where, not who.</summary>
    private static bool Locative(ArticleAnalysis document, Mention mention)
    {
        var tokens = document.Tokens;
        int lo = 0, hi = tokens.Length - 1, previous = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (tokens[mid].End <= mention.Start)
            {
                previous = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        if (previous < 0)
            return false;
        var word = document.TextOf(tokens[previous]).ToLowerInvariant();
        if (word == "the" && previous > 0)
            word = document.TextOf(tokens[previous - 1]).ToLowerInvariant();
        return Lexicon.Locatives.Contains(word);
    }

    private static string Initials(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1)
            return words[0].Replace(".", "", StringComparison.Ordinal);
        return string.Concat(words.Where(w => w is not ("of" or "for" or "and" or "the")).Select(w => w[0]));
    }

    internal static string StripPossessive(string text)
    {
        if (text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal))
            return text[..^2].TrimEnd();
        if (text.EndsWith('\'') || text.EndsWith('’'))
            return text[..^1];
        return text;
    }
}
