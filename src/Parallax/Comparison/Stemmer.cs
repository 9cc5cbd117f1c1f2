using System.Collections.Concurrent;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Parallax.Comparison;

/// <summary>
/// The Snowball English (Porter 2) stemmer with a cache of its own, safe to share between threads: a comparison
/// profiles its sentences on every core. The Snowball stemmer itself keeps state, so each thread has one.
/// </summary>
internal sealed class Stemmer
{
    [ThreadStatic]
    private static EnglishStemmer? _snowball;

    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);

    /// <summary>The stem of a lower-case word.</summary>
    public string Stem(string word)
    {
        if (_cache.TryGetValue(word, out var stem))
            return stem;
        var snowball = _snowball ??= new EnglishStemmer();
        snowball.SetCurrent(word);
        snowball.Stem();
        return _cache.GetOrAdd(word, snowball.Current);
    }
}
