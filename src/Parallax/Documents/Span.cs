namespace Parallax.Documents;

/// <summary>A half-open range [Start, End) of UTF-16 code units in an article's text.</summary>
public readonly record struct Span(int Start, int End)
{
    /// <summary>Number of code units covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(Span other) => Start < other.End && other.Start < End;

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(Span other) => Start <= other.Start && other.End <= End;

    /// <summary>The text this span covers.</summary>
    public string Of(string text) => text[Start..End];
}
