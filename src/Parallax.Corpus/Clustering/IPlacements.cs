namespace Parallax.Corpus.Clustering;

/// <summary>Where placed articles are looked up: the near-duplicate index (MinHash bands) and the story of each article.</summary>
internal interface IPlacements
{
    /// <summary>The earliest placed article the signature is a copy of, or null.</summary>
    long? FindOriginal(uint[] signature);

    /// <summary>The story of a placed article.</summary>
    bool TryGetStory(long article, out long story);

    /// <summary>Records a newly placed article (or one replayed from the store).</summary>
    void Add(long article, uint[] signature, long story);

    /// <summary>Records that a split moved an article to another story.</summary>
    void Move(long article, long story);
}

/// <summary>Every placement held in memory (about 300 bytes per article): for evaluations and single runs.</summary>
internal sealed class MemoryPlacements : IPlacements
{
    private readonly NearDuplicateIndex _duplicates = new();
    private readonly ArticleStoryMap _stories = new();

    public long? FindOriginal(uint[] signature) => _duplicates.FindOriginal(signature);

    public bool TryGetStory(long article, out long story) => _stories.TryGet(article, out story);

    public void Add(long article, uint[] signature, long story)
    {
        _duplicates.Add(article, signature);
        _stories.Set(article, story);
    }

    public void Move(long article, long story) => _stories.Set(article, story);
}
