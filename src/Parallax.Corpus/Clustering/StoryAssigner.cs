namespace Parallax.Corpus.Clustering;

/// <summary>
/// Decides the story of each new article: a near-duplicate of an earlier article (MinHash LSH) follows
/// its original into that story and is linked to it; anything else goes through the incremental clusterer.
/// The one place this decision is made, for the store and for the evaluation alike.
/// </summary>
internal sealed class StoryAssigner(ClusteringOptions? options = null, IPlacements? placements = null)
{
    private readonly StoryClusterer _clusterer = new(options);
    private readonly IPlacements _placements = placements ?? new MemoryPlacements();

    /// <summary>Why the last clustered article joined its story (empty when it started one).</summary>
    internal string Explain => _clusterer.Explain;

    /// <summary>Stories held in memory by the clusterer.</summary>
    public int ActiveStories => _clusterer.ActiveCount;

    /// <summary>Places article <paramref name="id"/>; returns its story and the article it copies, if any.</summary>
    public (long Story, long? SyndicatedOf) Place(long id, ArticleFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        long story;
        long? copyOf = null;
        if (_placements.FindOriginal(features.Signature) is { } original && _placements.TryGetStory(original, out var originalStory))
        {
            story = originalStory;
            copyOf = original;
            _clusterer.Add(story, id, features);
        }
        else
        {
            story = _clusterer.Assign(id, features);
        }
        _placements.Add(id, features.Signature, story);
        return (story, copyOf);
    }

    /// <summary>Articles moved to a new story by splits since the last call; their story is updated here.</summary>
    public List<(long Article, long Story)> TakeMoves()
    {
        var moves = _clusterer.TakeMoves();
        foreach (var (article, story) in moves)
            _placements.Move(article, story);
        return moves;
    }

    /// <summary>Restores an article already placed (from the store).</summary>
    public void Replay(long id, long story, ArticleFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        _clusterer.Add(story, id, features);
        _placements.Add(id, features.Signature, story);
    }

    /// <summary>Makes new story ids start after <paramref name="lastStoryId"/>.</summary>
    public void StartAfter(long lastStoryId) => _clusterer.StartAfter(lastStoryId);
}
