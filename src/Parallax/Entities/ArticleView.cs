using System.Collections.Immutable;
using Parallax.Documents;

namespace Parallax.Entities;

/// <summary>A document's tokens with their texts materialised once, for the entity stages.</summary>
internal sealed class ArticleView
{
    public ArticleView(ArticleAnalysis document)
    {
        Document = document;
        Text = document.Text;
        Tokens = document.Tokens;
        Words = new string[Tokens.Length];
        for (var i = 0; i < Words.Length; i++)
            Words[i] = Text[Tokens[i].Start..Tokens[i].End];
    }

    public ArticleAnalysis Document { get; }

    public string Text { get; }

    public ImmutableArray<Token> Tokens { get; }

    public string[] Words { get; }

    /// <summary>Index of the first token starting at or after <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (Tokens[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
