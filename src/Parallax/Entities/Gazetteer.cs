using System.Collections.Frozen;
using System.Reflection;
using Parallax.Documents;
using Parallax.Text;

namespace Parallax.Entities;

/// <summary>One gazetteer entry: its type and the canonical name it stands for.</summary>
internal readonly record struct GazetteerEntry(EntityType Type, string Canonical, bool IsDemonym);

/// <summary>
/// Lexicons shipped with Parallax (embedded text files under <c>Entities/Lexicon</c>): countries
/// with aliases and demonyms, cities and states, organisations, person titles and roles, and
/// the final words that mark an organisation's name.
/// </summary>
internal sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> LazyDefault = new(Load);

    private Gazetteer(FrozenDictionary<string, GazetteerEntry> phrases, int maxTokens, FrozenSet<string> titles, FrozenSet<string> orgCues, FrozenSet<string> stopwords)
    {
        Stopwords = stopwords;
        FirstWords = phrases.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
        TitleFirstWords = titles.Where(t => t.Contains(' ', StringComparison.Ordinal)).Select(t => t.Split(' ')[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Phrases = phrases;
        MaxPhraseTokens = maxTokens;
        Titles = titles;
        OrgCues = orgCues;
    }

    public static Gazetteer Default => LazyDefault.Value;

    /// <summary>First tokens of all phrases: a fast reject for <see cref="TryMatch"/>.</summary>
    private FrozenSet<string> FirstWords { get; }

    /// <summary>First words of multi-word titles ("prime" of "prime minister").</summary>
    public FrozenSet<string> TitleFirstWords { get; }

    /// <summary>Lower-case function words that never start a name.</summary>
    public FrozenSet<string> Stopwords { get; }

    /// <summary>Token sequences (joined by single spaces) to their entry.</summary>
    public FrozenDictionary<string, GazetteerEntry> Phrases { get; }

    public int MaxPhraseTokens { get; }

    /// <summary>Titles and role heads, compared ignoring case ("president", "prime minister", "spokesperson").</summary>
    public FrozenSet<string> Titles { get; }

    /// <summary>Final words of organisation names ("Department", "News").</summary>
    public FrozenSet<string> OrgCues { get; }

    /// <summary>The longest phrase starting at <paramref name="start"/> among <paramref name="words"/> (up to <paramref name="end"/>).</summary>
    public bool TryMatch(IReadOnlyList<string> words, int start, int end, out int length, out GazetteerEntry entry)
    {
        entry = default;
        length = 0;
        if (!FirstWords.Contains(words[start]))
            return false;
        for (length = Math.Min(MaxPhraseTokens, end - start); length > 0; length--)
        {
            var key = length == 1 ? words[start] : string.Join(' ', words.Skip(start).Take(length));
            if (Phrases.TryGetValue(key, out entry))
                return true;
        }
        entry = default;
        return false;
    }

    /// <summary>Length in tokens of a title starting at <paramref name="start"/> ("Prime Minister" = 2, "President-elect" = 1), or 0.</summary>
    public int TitleLength(IReadOnlyList<string> words, int start, int end)
    {
        var word = words[start];
        if (!Titles.Contains(word) && !TitleFirstWords.Contains(word))
            return RoleName.IsAffixedTitle(word, Titles) ? 1 : 0;
        if (start + 1 < end && TitleFirstWords.Contains(word) && Titles.Contains(word + " " + words[start + 1]))
            return 2;
        return Titles.Contains(word) ? 1 : 0;
    }

    private static Gazetteer Load()
    {
        var phrases = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var maxTokens = 1;
        void Add(string phrase, GazetteerEntry entry)
        {
            var tokens = Tokenizer.Tokenize(phrase).Select(t => t.TextIn(phrase)).ToArray();
            var key = string.Join(' ', tokens);
            phrases.TryAdd(key, entry);
            maxTokens = Math.Max(maxTokens, tokens.Length);
        }
        foreach (var (file, type) in new[] { ("countries", EntityType.Gpe), ("cities", EntityType.Gpe), ("organisations", EntityType.Org) })
        {
            foreach (var line in ReadLines(file))
            {
                var parts = line.Split('|');
                var canonical = parts[0];
                Add(canonical, new GazetteerEntry(type, canonical, false));
                foreach (var alias in parts.Skip(1))
                {
                    if (alias.StartsWith('='))
                        Add(alias[1..], new GazetteerEntry(EntityType.Misc, canonical, true));
                    else
                        Add(alias, new GazetteerEntry(type, canonical, false));
                }
            }
        }
        var titles = ReadLines("titles").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        var cues = ReadLines("orgcues").ToFrozenSet(StringComparer.Ordinal);
        var stopwords = ReadLines("stopwords").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        return new Gazetteer(phrases.ToFrozenDictionary(StringComparer.Ordinal), maxTokens, titles, cues, stopwords);
    }

    /// <summary>The non-empty, non-comment lines of an embedded lexicon file.</summary>
    internal static IEnumerable<string> ReadLines(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Parallax.Lexicon.{name}.txt")
            ?? throw new InvalidOperationException($"Lexicon '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
                lines.Add(line);
        }
        return lines;
    }
}
