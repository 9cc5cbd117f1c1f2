using System.Collections.Immutable;

namespace Parallax.Documents;

/// <summary>
/// The immutable document that flows through the one-article pipeline: the article and the
/// span layers each component adds. Components return a copy with their layer filled in.
/// </summary>
public sealed record ArticleAnalysis(Article Article)
{
    /// <summary>The cleaned text (same as <c>Article.Text</c>).</summary>
    public string Text => Article.Text;

    /// <summary>Headings found in the body.</summary>
    public ImmutableArray<Heading> Headings { get; init; } = [];

    /// <summary>Sentences in text order.</summary>
    public ImmutableArray<Sentence> Sentences { get; init; } = [];

    /// <summary>All tokens of all sentences, in text order.</summary>
    public ImmutableArray<Token> Tokens { get; init; } = [];

    /// <summary>Part-of-speech tags parallel to <see cref="Tokens"/> (Penn Treebank), when a tagger ran.</summary>
    public ImmutableArray<string> PartsOfSpeech { get; init; } = [];

    /// <summary>Entity, date and number mentions in text order.</summary>
    public ImmutableArray<Mention> Mentions { get; init; } = [];

    /// <summary>In-document entities (coreference chains over <see cref="Mentions"/>).</summary>
    public ImmutableArray<DocumentEntity> Entities { get; init; } = [];

    /// <summary>Quotes and attributions.</summary>
    public ImmutableArray<Quote> Quotes { get; init; } = [];

    /// <summary>The tokens of one sentence.</summary>
    public ReadOnlySpan<Token> TokensOf(Sentence sentence) => Tokens.AsSpan().Slice(sentence.FirstToken, sentence.TokenCount);

    /// <summary>The text of a token.</summary>
    public string TextOf(Token token) => Text[token.Start..token.End];

    /// <summary>The index of the sentence holding <paramref name="offset"/>, or -1.</summary>
    public int SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var s = Sentences[mid];
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>The entity a mention belongs to, or null.</summary>
    public DocumentEntity? EntityOf(int mentionIndex)
    {
        foreach (var entity in Entities)
        {
            if (entity.Mentions.Contains(mentionIndex))
                return entity;
        }
        return null;
    }
}
