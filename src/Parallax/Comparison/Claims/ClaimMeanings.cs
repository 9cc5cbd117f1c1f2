using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>
/// The sentence encoder's view of a story: every sentence is encoded whole, and each claim of a sentence that holds
/// several is encoded on its own words too, so that a fact told inside a long sentence can be matched with its
/// paraphrase in a short one. A sentence's only claim shares the sentence's vector. The texts depend on one article
/// alone, so vectors a store keeps per text give the same comparison as fresh ones.
/// </summary>
internal static class ClaimMeanings
{
    /// <summary>The texts to encode, in story order: each sentence, then the claims of each sentence with several.</summary>
    public static IEnumerable<string> Texts(IReadOnlyList<ArticleAnalysis> articles, List<ClaimProfile>[][] claims)
        => articles.SelectMany(a => a.Sentences.Select(s => s.Text))
            .Concat(claims.SelectMany(article => article.Where(sentence => sentence.Count > 1).SelectMany(sentence => sentence))
                .Select(c => articles[c.Ref.Article].Text[c.Claim.Start..c.Claim.End]));

    /// <summary>
    /// Encodes the story, gives each claim its <see cref="ClaimProfile.Meaning"/> (in place in <paramref name="claims"/>)
    /// and returns a unit vector per sentence, by <see cref="SentenceProfile.Global"/>.
    /// </summary>
    public static float[][] Encode(IReadOnlyList<ArticleAnalysis> articles, List<ClaimProfile>[][] claims, ISentenceEncoder encoder)
    {
        var vectors = encoder.Encode([.. Texts(articles, claims)]);
        var sentences = vectors[..articles.Sum(a => a.Sentences.Length)];
        var next = sentences.Length;
        foreach (var article in claims)
        {
            foreach (var sentence in article)
            {
                for (var i = 0; i < sentence.Count; i++)
                    sentence[i] = sentence[i] with { Meaning = sentence.Count > 1 ? vectors[next++] : sentences[sentence[i].Sentence.Global] };
            }
        }
        return sentences;
    }
}
