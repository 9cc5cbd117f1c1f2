using Parallax.Documents;
using Parallax.Quotes;
using Parallax.Tagging;

namespace Parallax.Bench.Comparison.Edits;

/// <summary>One sentence of an analysed source article, with what an editor needs to find a place to change it.</summary>
internal sealed class EditableSentence(ArticleAnalysis article, int index)
{
    private string[]? _tags;

    public ArticleAnalysis Article => article;

    public Sentence Sentence => article.Sentences[index];

    public int Index => index;

    /// <summary>The sentence's tokens (offsets into the article text).</summary>
    public ReadOnlySpan<Token> Tokens => article.TokensOf(Sentence);

    public string Word(int token) => article.TextOf(Tokens[token]);

    public IEnumerable<string> Words()
    {
        for (var i = 0; i < Sentence.TokenCount; i++)
            yield return Word(i);
    }

    /// <summary>Penn Treebank tags of the sentence's tokens.</summary>
    public string[] Tags => _tags ??= PosTagger.Default.Tag([.. Words()]);

    public IEnumerable<Mention> Mentions => article.Mentions.Where(m => m.Sentence == index);

    public IEnumerable<Quote> Quotes => article.Quotes.Where(q => q.Sentence == index && Sentence.Start <= q.Speaker.Start && q.Speaker.End <= Sentence.End);

    /// <summary>The token starting at <paramref name="offset"/>, or -1.</summary>
    public int TokenAt(int offset)
    {
        var tokens = Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Start == offset)
                return i;
        }
        return -1;
    }

    public bool HasWord(params ReadOnlySpan<string> words)
    {
        foreach (var word in Words())
        {
            foreach (var w in words)
            {
                if (string.Equals(word, w, StringComparison.OrdinalIgnoreCase))
                    return true;
            }
        }
        return false;
    }
}
