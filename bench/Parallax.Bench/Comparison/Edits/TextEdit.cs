namespace Parallax.Bench.Comparison.Edits;

/// <summary>One change to an article's text: <see cref="Replacement"/> in place of [<see cref="Start"/>, <see cref="End"/>).</summary>
internal sealed record TextEdit(int Start, int End, string Replacement)
{
    /// <summary>How much the text after the edit moves.</summary>
    public int Delta => Replacement.Length - (End - Start);

    public string ApplyTo(string text) => string.Concat(text.AsSpan(0, Start), Replacement, text.AsSpan(End));

    public TextEdit Shift(int offset) => this with { Start = Start + offset, End = End + offset };

    /// <summary>An insertion of <paramref name="text"/> at <paramref name="offset"/>.</summary>
    public static TextEdit Insert(int offset, string text) => new(offset, offset, text);
}
