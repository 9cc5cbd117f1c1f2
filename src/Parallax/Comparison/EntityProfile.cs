using Parallax.Documents;
using Parallax.Entities;
using Parallax.Tagging;

namespace Parallax.Comparison;

/// <summary>What the entity resolver compares about one in-document entity: its names in normalised forms, roles and blocking keys.</summary>
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
    /// <summary>The roles taken apart into office, rank and qualifiers (those the lexicon knows).</summary>
    public required List<RoleName> RoleNames { get; init; }
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

        var roleNames = entity.Roles
            .Concat(mentions.Where(m => m.Kind == MentionKind.Role).Select(m => m.Text))
            .Concat(mentions.Select(m => m.Role).OfType<string>())
            .Select(r => r.Trim())
            .Where(r => r.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Select(RoleName.Parse)
            .OfType<RoleName>()
            .ToList();
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
        if (entity.Type is not (EntityType.Date or EntityType.Number))
            keys.AddRange(canonical.Select(c => "x:" + c));
        if (entity.Type == EntityType.Person)
        {
            keys.AddRange(personNames.Select(w => "p:" + NameKey.BlockKey(w[^1])));
            keys.AddRange(personNames.Where(w => w.Length >= 3).Select(w => "o:" + NameKey.Unordered(w)));
            keys.AddRange(canonical.Where(c => c.Contains(' ')).Select(c => "n:" + NameKey.Of(c.Replace('-', ' '))));
            if (roleOnly)
                keys.AddRange(roleNames.Select(r => "r:" + r.Key));
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
            RoleNames = roleNames,
            RoleOnly = roleOnly,
            BlockKeys = [.. keys.Distinct(StringComparer.Ordinal)],
        };
    }

    /// <summary>
    /// A person's name as lower-case words without the titles and roles written around it. A leading run of
    /// role nouns (the gazetteer's titles, also with a rank affix: "Speaker-to-be", "ex-minister"), of the
    /// words that qualify them (<see cref="Lexicon.RoleModifiers"/>, countries and demonyms) and of common
    /// words (written only in lower case inside sentences of the tagger's training text: "Choosing",
    /// "Coach") is not part of the name, up to its last role noun or common word and the qualifiers after
    /// it ("Secretary of State"); nor are common words
    /// after a given name and surname (a headline's "Lohan Checks Into"). "U.S. Secretary of State Antony
    /// Blinken" → ["antony", "blinken"]; "Special Counsel Robert Mueller" → ["robert", "mueller"]; "John
    /// Major" stays whole. Words with digits (a headline's stray id) are no name words.
    /// </summary>
    internal static string[] PersonWords(string name)
    {
        var raw = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => StripPossessive(w).Trim(',', ';', ':'))
            .Where(w => w.Trim('.').Length > 0 && !w.Any(char.IsDigit))
            .ToList();
        var cut = 0;
        var role = false;
        for (var i = 0; i < raw.Count - 1; i++)
        {
            if (RoleName.IsRoleWord(raw[i]) || IsCommonWord(raw[i]))
                (role, cut) = (true, i + 1);
            else if (IsRoleModifier(raw[i]))
                cut = role ? i + 1 : cut;
            else
                break;
        }
        var end = raw.Count;
        while (end - cut > 2 && IsCommonWord(raw[end - 1]))
            end--;
        return [.. raw.Take(end).Skip(cut)
            .Select(w => w.Trim('.').ToLowerInvariant())
            .Where(w => w is not ("jr" or "sr" or "ii" or "iii"))];
    }

    private static bool IsCommonWord(string word)
        => word.Length > 1 && char.IsUpper(word[0]) && !GivenNames.IsKnown(word) && EntityTagger.Default.IsCommonWord(word);

    private static bool IsRoleModifier(string word)
        => Lexicon.RoleModifiers.Contains(word.ToLowerInvariant())
            || Lexicon.RoleModifiers.Contains(word.Trim('.').ToLowerInvariant())
            || Gazetteer.Default.TryMatch([word], 0, 1, out _, out _);

    internal static string Canonicalise(string name)
    {
        var lower = StripPossessive(name.Trim()).ToLowerInvariant();
        if (lower.StartsWith("the ", StringComparison.Ordinal))
            lower = lower[4..];
        lower = string.Join(' ', lower.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return Lexicon.CountryAliases.TryGetValue(lower, out var country) ? country : lower;
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
        var stripped = StripPossessive(text.AsSpan());
        return stripped.Length == text.Length ? text : stripped.ToString();
    }

    /// <summary>The name or word without a possessive ending ("Harbour's" gives "Harbour").</summary>
    internal static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> text)
    {
        if (text.EndsWith("'s") || text.EndsWith("’s"))
            return text[..^2].TrimEnd();
        return text.EndsWith('\'') || text.EndsWith('’') ? text[..^1] : text;
    }
}
