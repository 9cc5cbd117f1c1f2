using Lucene.Net.Tartarus.Snowball.Ext;

namespace Parallax.Comparison;

/// <summary>The Snowball English (Porter 2) stemmer with a cache. Not thread-safe: one per comparison.</summary>
internal sealed class Stemmer
{
    private readonly EnglishStemmer _snowball = new();
    private readonly Dictionary<string, string> _cache = new(StringComparer.Ordinal);

    /// <summary>The stem of a lower-case word.</summary>
    public string Stem(string word)
    {
        if (_cache.TryGetValue(word, out var stem))
            return stem;
        _snowball.SetCurrent(word);
        _snowball.Stem();
        stem = _snowball.Current;
        _cache[word] = stem;
        return stem;
    }
}
