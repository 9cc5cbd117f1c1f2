namespace Parallax.Documents;

/// <summary>
/// One sentence of an article. <see cref="Index"/> is zero-based; the contract id is
/// <c>{articleId}.s{Index + 1}</c>.
/// </summary>
/// <param name="Index">Position among the article's sentences.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset after the last character.</param>
/// <param name="Text">The sentence text.</param>
/// <param name="FirstToken">Index of the first token in the article's token list.</param>
/// <param name="TokenCount">Number of tokens in the sentence.</param>
public sealed record Sentence(int Index, int Start, int End, string Text, int FirstToken, int TokenCount)
{
    /// <summary>The sentence's span.</summary>
    public Span Span => new(Start, End);

    /// <summary>The contract id of this sentence within an article.</summary>
    public string IdIn(string articleId) => $"{articleId}.s{Index + 1}";
}

/// <summary>A heading or subheading inside the body, or a line of site boilerplate: shown, but not treated as a sentence.</summary>
public sealed record Heading(int Start, int End, string Text)
{
    /// <summary>
    /// True for a line the site adds to its articles (an editor's note, "Sign up for…", a photo credit),
    /// not a heading of the article.
    /// </summary>
    public bool Boilerplate { get; init; }
}
