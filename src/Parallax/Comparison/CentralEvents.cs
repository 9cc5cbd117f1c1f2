namespace Parallax.Comparison;

/// <summary>
/// The events most of a story's articles tell (the concept of a claim's event word, not an act of speech, in at least half
/// of the articles and in two), and which of them each sentence names, by that word or a coreferent one, as verb or noun:
/// two sentences naming one of them likely tell the story's own event, where sentences sharing only a topic do not.
/// </summary>
internal sealed class CentralEvents
{
    /// <summary>The least share of the story's articles whose claims tell an event for it to be central.</summary>
    public const double ArticleShare = 0.5;

    private const int MostEvents = 64;

    private readonly ulong[] _named;

    /// <param name="profiles">The story's sentences, by article.</param>
    /// <param name="claims">Their claims, by article and sentence.</param>
    public CentralEvents(SentenceProfile[][] profiles, List<ClaimProfile>[][] claims)
    {
        var articles = new Dictionary<string, int>(StringComparer.Ordinal);
        var told = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in claims)
        {
            told.Clear();
            foreach (var sentence in article)
            {
                foreach (var claim in sentence)
                {
                    if (claim.EventConcept is { } concept && !claim.SpeechEvent && told.Add(concept))
                        articles[concept] = articles.GetValueOrDefault(concept) + 1;
                }
            }
        }
        var least = Math.Max(2, ArticleShare * profiles.Length);
        Events = [.. articles.Where(e => e.Value >= least).OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Take(MostEvents).Select(e => e.Key)];
        _named = new ulong[profiles.Sum(p => p.Length)];
        if (Events.Length == 0)
            return;
        foreach (var sentence in profiles.SelectMany(p => p))
            _named[sentence.Global] = Named(sentence);
    }

    /// <summary>The central events' concepts, those told by the most articles first.</summary>
    public string[] Events { get; }

    /// <summary>Both sentences name one of the central events.</summary>
    public bool Shared(SentenceProfile a, SentenceProfile b) => (_named[a.Global] & _named[b.Global]) != 0;

    private ulong Named(SentenceProfile sentence)
    {
        var named = 0UL;
        foreach (var concept in sentence.Concepts)
        {
            if (concept is null)
                continue;
            for (var e = 0; e < Events.Length; e++)
            {
                if (string.Equals(concept, Events[e], StringComparison.Ordinal) || EventWords.Corefer(concept, Events[e]))
                    named |= 1UL << e;
            }
        }
        return named;
    }
}
