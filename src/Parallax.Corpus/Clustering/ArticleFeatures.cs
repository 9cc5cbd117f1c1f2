using System.Globalization;
using Parallax.Documents;

namespace Parallax.Corpus.Clustering;

/// <summary>
/// What the story clusterer and the near-duplicate index need from one analysed article: hashed term
/// counts (content words, years, numbers), hashed entity keys (names, absolute dates), the publication
/// time and a MinHash signature of word shingles.
/// </summary>
/// <param name="Terms">Distinct term hashes.</param>
/// <param name="Counts">Occurrences of each term (parallel to <paramref name="Terms"/>).</param>
/// <param name="Entities">Distinct entity-key hashes.</param>
/// <param name="EntityCounts">Mentions of each entity key (parallel to <paramref name="Entities"/>).</param>
/// <param name="Time">Publication time as Unix seconds, or null when unknown.</param>
internal sealed record ArticleFeatures(ulong[] Terms, float[] Counts, ulong[] Entities, float[] EntityCounts, long? Time)
{
    private static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "that", "with", "was", "were", "are", "has", "have", "had", "not", "but", "his", "her", "its", "their",
        "they", "she", "him", "them", "this", "these", "those", "from", "into", "onto", "over", "under", "about", "after", "before",
        "been", "being", "will", "would", "could", "should", "can", "may", "might", "must", "said", "says", "say", "told", "also",
        "than", "then", "there", "here", "where", "when", "what", "which", "who", "whom", "whose", "why", "how", "all", "any",
        "some", "more", "most", "other", "such", "only", "own", "same", "very", "just", "one", "two", "three", "out", "off", "our",
        "you", "your", "did", "does", "doing", "while", "during", "because", "until", "against", "between", "through", "again",
        "further", "once", "both", "each", "few", "nor", "too", "now", "new", "last", "first", "year", "years", "according",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "people", "time", "like", "get", "got",
        "made", "make", "many", "much", "well", "back", "still", "even", "way", "since", "around", "who's", "it's", "don't",
    };

    /// <summary>The entity keys the article is mostly about: its most mentioned person and its most mentioned place (each when mentioned at least twice).</summary>
    public ulong[] Main { get; init; } = [];

    /// <summary>The MinHash signature of the article's word 3-shingles (empty for tiny texts).</summary>
    public uint[] Signature { get; init; } = [];

    /// <summary>Extracts the features of an analysed article.</summary>
    public static ArticleFeatures From(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var counts = new Dictionary<ulong, float>();
        var entities = new Dictionary<ulong, float>();
        var words = new List<ulong>(analysis.Tokens.Length);
        var text = analysis.Text;
        foreach (var token in analysis.Tokens)
        {
            var span = text.AsSpan(token.Start, token.End - token.Start);
            if (token.Kind == TokenKind.Word)
            {
                var lower = span.ToString().ToLowerInvariant();
                words.Add(StableHash.Of(lower));
                if (lower.Length < 3 || Stopwords.Contains(lower))
                    continue;
                Add(counts, StableHash.Of("w:", Light(lower)), 1);
            }
            else if (token.Kind == TokenKind.Number)
            {
                words.Add(StableHash.Of(span));
                if (NumberKey(span) is { } key)
                {
                    Add(counts, StableHash.Of(key), 1);
                    if (key[0] == 'y')
                        Add(entities, StableHash.Of(key), 1);
                }
            }
        }
        if (analysis.Article.Title is { } title)
        {
            foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var lower = word.Trim('"', '\'', ',', '.', ':', ';', '!', '?', '(', ')').ToLowerInvariant();
                if (lower.Length >= 3 && !Stopwords.Contains(lower))
                    Add(counts, StableHash.Of("w:", Light(lower)), 1);
            }
        }

        foreach (var mention in analysis.Mentions)
        {
            if (mention.Kind == MentionKind.Name && mention.Type is EntityType.Person or EntityType.Org or EntityType.Gpe or EntityType.Loc or EntityType.Misc)
            {
                var name = mention.Text.ToLowerInvariant();
                var space = name.LastIndexOf(' ');
                Add(entities, StableHash.Of("e:", mention.Type == EntityType.Person && space > 0 ? name.AsSpan(space + 1) : name), 1);
            }
            else if (mention.Kind == MentionKind.Date && mention.Value is { Length: >= 7 } value && char.IsDigit(value[0]))
            {
                Add(entities, StableHash.Of("d:", value.AsSpan(0, 7)), 1);
            }
        }

        var time = analysis.Article.Published?.ToUnixTimeSeconds();
        return new ArticleFeatures([.. counts.Keys], [.. counts.Values], [.. entities.Keys], [.. entities.Values], time)
        {
            Signature = MinHash.Signature(words),
            Main = [.. new[] { MainKey(analysis, EntityType.Person), MainKey(analysis, EntityType.Gpe) }.OfType<ulong>()],
        };
    }

    /// <summary>The entity key of the most mentioned document entity of a type, when it has two mentions or more.</summary>
    private static ulong? MainKey(ArticleAnalysis analysis, EntityType type)
    {
        var best = analysis.Entities.Where(e => e.Type == type && e.Mentions.Length >= 2).MaxBy(e => e.Mentions.Length);
        if (best is null)
            return null;
        var name = best.Name.ToLowerInvariant();
        var space = name.LastIndexOf(' ');
        return StableHash.Of("e:", type == EntityType.Person && space > 0 ? name.AsSpan(space + 1) : name);
    }

    private static void Add(Dictionary<ulong, float> counts, ulong key, float by)
        => counts[key] = counts.GetValueOrDefault(key) + by;

    private static string Light(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
            return word[..^3] + "y";
        if (word.Length > 4 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i'))
            return word[..^1];
        return word;
    }

    private static string? NumberKey(ReadOnlySpan<char> number)
    {
        Span<char> digits = stackalloc char[number.Length];
        var n = 0;
        foreach (var c in number)
        {
            if (char.IsAsciiDigit(c))
                digits[n++] = c;
            else if (c is '.')
                break;
        }
        if (n == 0)
            return null;
        var value = long.TryParse(digits[..n], NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
        if (value is >= 1900 and <= 2100 && n == 4)
            return "y:" + digits[..n].ToString();
        return value >= 10 ? "n:" + digits[..n].ToString() : null;
    }
}
