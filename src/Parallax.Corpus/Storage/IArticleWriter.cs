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

    /// <summary>The clustering features of the stored articles after id <paramref name="afterId"/>, in id order, to rebuild the clusterer's state.</summary>
    IEnumerable<StoredFeatures> Features(long afterId = 0);

    /// <summary>One stored article's story and clustering features, or null.</summary>
    StoredFeatures? FeaturesOf(long id);

    /// <summary>The article holding each near-duplicate band key (the first stored with it), 0 where none; parallel to <paramref name="keys"/>.</summary>
    long[] BandHolders(IReadOnlyList<ulong> keys);

    /// <summary>True when articles are stored but no band key is (a database from before band keys were kept).</summary>
    bool BandsMissing { get; }

    /// <summary>Stores band keys of articles already stored (a key already held keeps its first article).</summary>
    void AddBands(IReadOnlyList<(long Article, ulong[] Keys)> bands);
}
