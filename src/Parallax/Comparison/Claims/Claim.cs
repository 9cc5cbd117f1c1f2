using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>
/// One fact a sentence states: the content of a reporting frame ("X said that P" gives P, attributed
/// to X), one of its coordinated clauses, or the whole sentence when it states one thing.
/// </summary>
/// <param name="Id">Contract id: the sentence id and the claim's place in it ("a1.s2.c1").</param>
/// <param name="Sentence">The sentence that states it.</param>
/// <param name="Start">Offset of the claim in the article's cleaned text (UTF-16 code units).</param>
/// <param name="End">Offset after the claim.</param>
public sealed record Claim(string Id, SentenceRef Sentence, int Start, int End)
{
    /// <summary>Who the claim is attributed to, as written ("Ned Price", "a Taliban source"); null when the outlet states it itself.</summary>
    public string? AttributedTo { get; init; }

    /// <summary>The story entity id of the source when it is one ("e4").</summary>
    public string? AttributedEntity { get; init; }

    /// <summary>The word naming the claim's event ("withdraw", "proposed"), when one was found.</summary>
    public string? Event { get; init; }
}
