using System.Collections.Frozen;
using Parallax.Documents;
using Parallax.Text;

namespace Parallax.Entities;

/// <summary>
/// A role or title as an article words it ("the vice president", "US Secretary of State",
/// "Speaker-to-be", "Libyan leader"), taken apart into the office (<see cref="Head"/>), its rank
/// (vice, deputy, former, elect...), the countries, places and organisations it belongs to (the
/// gazetteer's names: "US", "Libyan", "UN") and its other qualifiers (state, defense...). A bare
/// role mention stands for a named holder only when the two describe one office: same head and
/// rank, and no affiliation or qualifier the holder's title contradicts or lacks.
/// </summary>
internal sealed class RoleName(string head, string rank, FrozenSet<string> affiliations, FrozenSet<string> qualifiers)
{
    /// <summary>Words that change which office a title names ("vice president" is not "president").</summary>
    private static readonly FrozenSet<string> RankWords = FrozenSet.ToFrozenSet(
        ["vice", "deputy", "assistant", "associate", "under", "lieutenant", "former", "ex", "elect", "designate", "then", "co"], StringComparer.Ordinal);

    /// <summary>Hyphenated suffixes and prefixes of a title, as the rank they stand for ("president-elect", "ex-minister").</summary>
    private static readonly FrozenDictionary<string, string> RankAffixes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["elect"] = "elect",
        ["designate"] = "elect",
        ["to-be"] = "elect",
        ["in-waiting"] = "elect",
        ["ex"] = "former",
        ["then"] = "former",
        ["vice"] = "vice",
        ["co"] = "co",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>One spelling per office for abbreviations and gendered forms.</summary>
    private static readonly FrozenDictionary<string, string> HeadSpellings = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["sen."] = "senator",
        ["rep."] = "representative",
        ["congressman"] = "representative",
        ["congresswoman"] = "representative",
        ["gen."] = "general",
        ["gov."] = "governor",
        ["col."] = "colonel",
        ["lt."] = "lieutenant",
        ["prof."] = "professor",
        ["rev."] = "reverend",
        ["spokesman"] = "spokesperson",
        ["spokeswoman"] = "spokesperson",
        ["chairman"] = "chair",
        ["chairwoman"] = "chair",
        ["advisor"] = "adviser",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Neutral = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "of", "to", "for", "on", "in", "and", "'s", "’s", "acting", "interim", "current", "incoming", "outgoing", "newly", "new", "top"],
        StringComparer.Ordinal);

    /// <summary>The office: the last role noun, with the word before it when the lexicon lists the pair ("prime minister").</summary>
    public string Head { get; } = head;

    /// <summary>Rank words, sorted and joined by '|' ("vice", "elect", "former|vice"); empty for the office itself.</summary>
    public string Rank { get; } = rank;

    /// <summary>Canonical gazetteer names in the role, lower case ("united states", "libya").</summary>
    public FrozenSet<string> Affiliations { get; } = affiliations;

    /// <summary>Other content words of the role, lower case ("state" of "Secretary of State").</summary>
    public FrozenSet<string> Qualifiers { get; } = qualifiers;

    /// <summary>The office words, rank and qualifiers of <paramref name="role"/>; null when it names no office the lexicon knows.</summary>
    public static RoleName? Parse(string role)
    {
        var words = Tokenizer.Tokenize(role).Select(t => t.TextIn(role)).ToList();
        var titles = Gazetteer.Default.Titles;
        var rank = new SortedSet<string>(StringComparer.Ordinal);
        var expanded = new List<string>(words.Count + 2);
        foreach (var word in words)
            expanded.AddRange(SplitAffixes(word, titles, rank));

        var head = expanded.FindLastIndex(w => IsTitle(w, titles));
        if (head < 0)
            return null;
        var headWord = expanded[head].ToLowerInvariant();
        if (head > 0 && !RankWords.Contains(expanded[head - 1].ToLowerInvariant()) && titles.Contains(expanded[head - 1] + " " + expanded[head]))
        {
            headWord = (expanded[head - 1] + " " + headWord).ToLowerInvariant();
            head--;
        }

        var affiliations = new HashSet<string>(StringComparer.Ordinal);
        var qualifiers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < expanded.Count; i++)
        {
            if (i >= head && i < head + headWord.Count(c => c == ' ') + 1)
                continue;
            if (Gazetteer.Default.TryMatch(expanded, i, expanded.Count, out var length, out var entry))
            {
                affiliations.Add(entry.Canonical.ToLowerInvariant());
                i += length - 1;
                continue;
            }
            var lower = expanded[i].ToLowerInvariant();
            if (RankWords.Contains(lower) && i < head)
                rank.Add(RankAffixes.GetValueOrDefault(lower, lower));
            else if (!Neutral.Contains(lower) && !IsTitle(expanded[i], titles) && lower.Any(char.IsLetter))
                qualifiers.Add(lower);
        }
        return new RoleName(HeadSpellings.GetValueOrDefault(headWord, headWord), string.Join('|', rank),
            affiliations.ToFrozenSet(StringComparer.Ordinal), qualifiers.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>True when a bare mention of this role ("the vice president") can stand for a person introduced as <paramref name="holder"/>.</summary>
    public bool Fits(RoleName holder)
        => Head == holder.Head
            && Rank == holder.Rank
            && (Affiliations.Count == 0 || holder.Affiliations.Count == 0 || Affiliations.IsSubsetOf(holder.Affiliations))
            && Qualifiers.IsSubsetOf(holder.Qualifiers);

    /// <summary>True when this role and <paramref name="other"/> are worded as the same office (same affiliations and qualifiers).</summary>
    public bool SameOffice(RoleName other) => Fits(other) && Affiliations.SetEquals(other.Affiliations) && Qualifiers.SetEquals(other.Qualifiers);

    /// <summary>A key equal for roles worded as the same office.</summary>
    public string Key => $"{Rank}:{Head}:{string.Join(',', Affiliations.Order(StringComparer.Ordinal))}:{string.Join(',', Qualifiers.Order(StringComparer.Ordinal))}";

    /// <summary>True when <paramref name="word"/> is a role noun of the lexicon, alone or with a rank affix ("President-elect", "ex-minister", "Speaker-to-be").</summary>
    public static bool IsRoleWord(string word)
    {
        var titles = Gazetteer.Default.Titles;
        return IsTitle(word, titles) || IsAffixedTitle(word, titles);
    }

    /// <summary>True for a title joined by hyphens to a rank affix: "President-elect", "ex-minister", "Speaker-to-be".</summary>
    internal static bool IsAffixedTitle(string word, FrozenSet<string> titles)
    {
        if (!word.Contains('-', StringComparison.Ordinal))
            return false;
        var rank = new SortedSet<string>(StringComparer.Ordinal);
        var parts = SplitAffixes(word, titles, rank);
        return rank.Count > 0 && parts.Any(p => IsTitle(p, titles));
    }

    private static bool IsTitle(string word, FrozenSet<string> titles)
        => titles.Contains(word) || word.EndsWith('.') && titles.Contains(word[..^1]) || !word.EndsWith('.') && titles.Contains(word + ".");

    /// <summary>"President-elect" → "President" (rank elect); "ex-minister" → "minister" (rank former); other words unchanged.</summary>
    private static IEnumerable<string> SplitAffixes(string word, FrozenSet<string> titles, SortedSet<string> rank)
    {
        var dash = word.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || dash == word.Length - 1)
            return [word];
        var first = word[..dash];
        var rest = word[(dash + 1)..];
        if (IsTitle(first, titles) && RankAffixes.TryGetValue(rest.ToLowerInvariant(), out var suffixRank))
        {
            rank.Add(suffixRank);
            return [first];
        }
        if (RankAffixes.TryGetValue(first.ToLowerInvariant(), out var prefixRank) && (IsTitle(rest, titles) || titles.Contains(rest.Replace('-', ' '))))
        {
            rank.Add(prefixRank);
            return rest.Split('-');
        }
        return [word];
    }
}
