namespace Parallax.Documents;

/// <summary>What a token is made of.</summary>
public enum TokenKind
{
    /// <summary>Letters (possibly with inner apostrophes, hyphens or periods, as in "U.S.").</summary>
    Word,
    /// <summary>Digits, possibly with separators ("1,200", "3.5", "20th").</summary>
    Number,
    /// <summary>Punctuation.</summary>
    Punctuation,
    /// <summary>Anything else (currency, symbols).</summary>
    Symbol,
}

/// <summary>A token with its offsets into the article text.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    /// <summary>The token's span.</summary>
    public Span Span => new(Start, End);

    /// <summary>The token text.</summary>
    public string TextIn(string text) => text[Start..End];
}
