namespace Parallax.Store;

/// <summary>
/// Where articles, their cached analyses and their stories live. SQLite today (<see cref="SqliteArticleStore"/>);
/// the interface is what a PostgreSQL store would implement. One writer at a time; every write is one transaction.
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>Number of stored articles.</summary>
    long ArticleCount { get; }

    /// <summary>The highest article id in use (0 when empty); new articles take the ids after it.</summary>
    long LastArticleId { get; }

    /// <summary>The highest story id in use (0 when empty).</summary>
    long LastStoryId { get; }

    /// <summary>The id of a stored article with this content hash or this URL, or null.</summary>
    long? FindExisting(string contentHash, string? url);

    /// <summary>
    /// In one transaction: stores a batch of new articles (and their cached analyses), moves earlier articles to other
    /// stories (<paramref name="moves"/>: article id, new story id; from story splits), and refreshes every story touched.
    /// </summary>
    void AddBatch(IReadOnlyList<ArticleRecord> articles, IReadOnlyList<(long Article, long Story)>? moves = null);

    /// <summary>
    /// Stories, most recently active first; <paramref name="since"/> keeps stories active at or after it (undated stories are kept);
    /// <paramref name="search"/> is a full-text query over titles and text; <paramref name="offset"/> skips that many (for paging).
    /// </summary>
    IReadOnlyList<StorySummary> Stories(DateTimeOffset? since = null, string? search = null, int limit = 100, int offset = 0);

    /// <summary>One story, or null.</summary>
    StorySummary? Story(long id);

    /// <summary>One stored article, or null.</summary>
    StoredArticle? Article(long id);

    /// <summary>The articles of a story in the order they were stored.</summary>
    IReadOnlyList<StoredArticle> ArticlesOf(long story);

    /// <summary>Articles matching a full-text query over titles and text, best first.</summary>
    IReadOnlyList<StoredArticle> Search(string query, int limit = 20);

    /// <summary>
    /// One page of the articles matching a full-text query, best first, each with a snippet of its text around the words
    /// found, and how many articles match in all.
    /// </summary>
    SearchPage SearchPage(string query, int limit = 20, int offset = 0);

    /// <summary>A cached analysis, or null.</summary>
    byte[]? CachedAnalysis(string contentHash, string pipeline);

    /// <summary>Caches analyses (one transaction).</summary>
    void CacheAnalyses(IReadOnlyList<CachedAnalysis> analyses);

    /// <summary>
    /// Stored sentence vectors by key (<see cref="Comparison.CachingSentenceEncoder.Key"/>: model id and text);
    /// keys with no vector stored are absent.
    /// </summary>
    IReadOnlyDictionary<UInt128, float[]> SentenceVectors(IReadOnlyCollection<UInt128> keys);

    /// <summary>Stores sentence vectors by key (one transaction), at half precision.</summary>
    void StoreSentenceVectors(IReadOnlyList<(UInt128 Key, float[] Vector)> vectors);

    /// <summary>Every stored article's clustering features in id order, to rebuild the clusterer's state.</summary>
    IEnumerable<StoredFeatures> Features();
}

/// <summary>An article ready to store.</summary>
/// <param name="Id">The new article id (after <see cref="IArticleStore.LastArticleId"/>).</param>
/// <param name="Article">The article.</param>
/// <param name="ContentHash">Hash of the normalised text.</param>
/// <param name="Story">The story it belongs to.</param>
/// <param name="SyndicatedOf">The article it is a near-duplicate of, or null.</param>
/// <param name="Features">Encoded clustering features.</param>
public sealed record ArticleRecord(long Id, Article Article, string ContentHash, long Story, long? SyndicatedOf, byte[] Features)
{
    /// <summary>The analysis to cache with it, or null.</summary>
    public CachedAnalysis? Analysis { get; init; }

    /// <summary>True when the source only had a summary, not the full text.</summary>
    public bool SummaryOnly { get; init; }
}

/// <summary>An encoded analysis of the text with a given hash by a given pipeline version.</summary>
/// <param name="ContentHash">Hash of the text.</param>
/// <param name="Pipeline">The pipeline version.</param>
/// <param name="Data">The encoded layers.</param>
public sealed record CachedAnalysis(string ContentHash, string Pipeline, byte[] Data);

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

/// <summary>An article as stored.</summary>
/// <param name="Id">Store id.</param>
/// <param name="Article">The article (its <c>Id</c> is <c>"a" + Id</c>).</param>
/// <param name="ContentHash">Hash of the text.</param>
/// <param name="Story">Story id.</param>
/// <param name="SyndicatedOf">The article it copies, or null.</param>
public sealed record StoredArticle(long Id, Article Article, string ContentHash, long Story, long? SyndicatedOf);

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
