namespace Parallax.Corpus;

/// <summary>Reads stored articles and stories: what <c>stories</c>, <c>show</c> and <c>serve</c> need.</summary>
public interface IArticleReader
{
    /// <summary>Number of stored articles.</summary>
    long ArticleCount { get; }

    /// <summary>The highest story id in use (0 when empty).</summary>
    long LastStoryId { get; }

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

    /// <summary>
    /// The headers of a story's articles in the order they were stored: what says whether a report of the story is still
    /// current, without reading the texts.
    /// </summary>
    IReadOnlyList<StoredArticleHeader> ArticleHeadersOf(long story);

    /// <summary>Articles matching a full-text query over titles and text, best first.</summary>
    IReadOnlyList<StoredArticle> Search(string query, int limit = 20);

    /// <summary>
    /// One page of the articles matching a full-text query, best first, each with a snippet of its text around the words
    /// found, and how many articles match in all.
    /// </summary>
    SearchPage SearchPage(string query, int limit = 20, int offset = 0);
}
