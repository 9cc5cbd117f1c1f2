namespace Parallax.Corpus;

/// <summary>Adds articles and keeps the clustering state: what an ingest needs. Every write is one transaction.</summary>
public interface IArticleWriter
{
    /// <summary>
    /// Reserves <paramref name="count"/> new article ids and returns the first (the others follow it). The store is the one
    /// owner of article ids: an id is never handed out twice, even to two writers at once; ids reserved and not used are skipped.
    /// </summary>
    long ReserveArticleIds(int count);

    /// <summary>The id of a stored article with this content hash or this URL, or null.</summary>
    long? FindExisting(string contentHash, string? url);

    /// <summary>
    /// In one transaction: stores a batch of new articles (and their cached analyses), moves earlier articles to other
    /// stories (<paramref name="moves"/>: article id, new story id; from story splits), and refreshes every story touched.
    /// </summary>
    void AddBatch(IReadOnlyList<ArticleRecord> articles, IReadOnlyList<(long Article, long Story)>? moves = null);

    /// <summary>Every stored article's clustering features in id order, to rebuild the clusterer's state.</summary>
    IEnumerable<StoredFeatures> Features();
}
