namespace Parallax.Corpus;

/// <summary>An article ready to store.</summary>
/// <param name="Id">Its id, reserved with <see cref="IArticleWriter.ReserveArticleIds"/>.</param>
/// <param name="Article">The article.</param>
/// <param name="ContentHash">Hash of the normalised text.</param>
/// <param name="Story">The story it belongs to.</param>
/// <param name="SyndicatedOf">The article it is a near-duplicate of, or null.</param>
/// <param name="Features">Encoded clustering features.</param>
public sealed record ArticleRecord(long Id, Article Article, string ContentHash, long Story, long? SyndicatedOf, byte[] Features)
{
    /// <summary>The analysis to cache with it, or null.</summary>
    public CachedAnalysis? Analysis { get; init; }

    /// <summary>The article's near-duplicate band keys, stored so that later copies find it.</summary>
    public IReadOnlyList<ulong> Bands { get; init; } = [];

    /// <summary>True when the source only had a summary, not the full text.</summary>
    public bool SummaryOnly { get; init; }
}

/// <summary>An encoded analysis of the text with a given hash by a given pipeline version.</summary>
/// <param name="ContentHash">Hash of the text.</param>
/// <param name="Pipeline">The pipeline version.</param>
/// <param name="Data">The encoded layers.</param>
public sealed record CachedAnalysis(string ContentHash, string Pipeline, byte[] Data);

/// <summary>An article as stored.</summary>
public sealed record StoredArticle
{
    /// <summary>A stored article; its <see cref="Article"/> gets the name of <paramref name="id"/> ("a" + id) whatever it had.</summary>
    /// <param name="id">Store id.</param>
    /// <param name="article">The article as read.</param>
    /// <param name="contentHash">Hash of the text.</param>
    /// <param name="story">Story id.</param>
    /// <param name="syndicatedOf">The article it copies, or null.</param>
    public StoredArticle(long id, Article article, string contentHash, long story, long? syndicatedOf)
    {
        ArgumentNullException.ThrowIfNull(article);
        Id = id;
        Article = article with { Id = ArticleIds.Name(id) };
        ContentHash = contentHash;
        Story = story;
        SyndicatedOf = syndicatedOf;
    }

    /// <summary>Store id.</summary>
    public long Id { get; }

    /// <summary>The article (its <c>Id</c> is <c>"a" + Id</c>).</summary>
    public Article Article { get; }

    /// <summary>Hash of the text.</summary>
    public string ContentHash { get; }

    /// <summary>Story id.</summary>
    public long Story { get; }

    /// <summary>The article it copies, or null.</summary>
    public long? SyndicatedOf { get; }
}

/// <summary>A stored article without its text: its identity, its text's hash and what a report shows of it.</summary>
/// <param name="Id">Store id.</param>
/// <param name="ContentHash">Hash of the text.</param>
/// <param name="SyndicatedOf">The article it copies, or null.</param>
/// <param name="Outlet">The outlet.</param>
/// <param name="Title">The title, when known.</param>
/// <param name="Url">The address, when known.</param>
/// <param name="Published">The publication time, when known.</param>
public sealed record StoredArticleHeader(long Id, string ContentHash, long? SyndicatedOf, string Outlet, string? Title, string? Url, DateTimeOffset? Published);

/// <summary>A stored article's clustering state.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Story">Story id.</param>
/// <param name="SyndicatedOf">The article it copies, or null.</param>
/// <param name="Features">Encoded features.</param>
public sealed record StoredFeatures(long Id, long Story, long? SyndicatedOf, byte[] Features);

/// <summary>One line of the story list.</summary>
/// <param name="Id">Story id.</param>
/// <param name="Title">The title of its first article (or the opening of its text).</param>
/// <param name="Size">Number of articles.</param>
/// <param name="Outlets">Distinct outlets, most frequent first.</param>
/// <param name="First">Earliest publication time, when known.</param>
/// <param name="Last">Latest publication time, when known.</param>
public sealed record StorySummary(long Id, string Title, int Size, IReadOnlyList<string> Outlets, DateTimeOffset? First, DateTimeOffset? Last)
{
    /// <summary>How many articles are syndicated copies of another.</summary>
    public int Syndicated { get; init; }
}

/// <summary>One page of full-text search results.</summary>
/// <param name="Hits">The articles of this page, best first.</param>
/// <param name="Total">How many articles match in all.</param>
public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, long Total);

/// <summary>An article found by a full-text search.</summary>
/// <param name="Article">The article.</param>
/// <param name="Snippet">A few words of its text around the words found, each found word between <see cref="MarkStart"/> and <see cref="MarkEnd"/>.</param>
public sealed record SearchHit(StoredArticle Article, string Snippet)
{
    /// <summary>Opens a found word in <see cref="Snippet"/> (a control character no cleaned article text holds).</summary>
    public const char MarkStart = '\u0002';

    /// <summary>Closes a found word in <see cref="Snippet"/>.</summary>
    public const char MarkEnd = '\u0003';
}
