using Parallax.Comparison;
using Parallax.Documents;

namespace Parallax.Corpus;

/// <summary>
/// Sentence vectors kept in the analysis cache (<c>ingest --vectors</c>), so that a stored story compares without
/// encoding: which texts of an article a comparison encodes, and encoding and storing those not stored yet.
/// </summary>
public static class SentenceVectors
{
    /// <summary>The texts of <paramref name="analysis"/> a story comparison encodes: its sentences, and the claims of those that hold several.</summary>
    public static IReadOnlyList<string> TextsOf(ArticleAnalysis analysis) => [.. StoryComparer.EncodedTexts(analysis)];

    /// <summary>Encodes with <paramref name="encoder"/> each of <paramref name="texts"/> whose vector is not stored yet and stores it.</summary>
    public static void Store(IArticleStore store, ISentenceEncoder encoder, IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count > 0)
            new StoredSentenceEncoder(store, encoder).Encode(texts);
    }
}
