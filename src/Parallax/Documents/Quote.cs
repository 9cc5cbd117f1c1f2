using System.Collections.Immutable;

namespace Parallax.Documents;

/// <summary>Whether a quote reproduces the words (direct) or reports them (indirect).</summary>
public enum QuoteKind
{
    /// <summary>The speaker's words in quotation marks.</summary>
    Direct,
    /// <summary>Reported speech: "X said that …", "according to X".</summary>
    Indirect,
}

/// <summary>
/// Who a quote is attributed to. <see cref="Entity"/> is the in-document entity when the speaker
/// is one (including a resolved pronoun); anonymous sources ("a Taliban source") have none.
/// </summary>
/// <param name="Text">The speaker as written ("he", "Price", "Afghan government sources").</param>
/// <param name="Start">Offset of the speaker text.</param>
/// <param name="End">Offset after the speaker text.</param>
/// <param name="Entity">Index of the document entity, or null.</param>
public sealed record Speaker(string Text, int Start, int End, int? Entity)
{
    /// <summary>The speaker span.</summary>
    public Span Span => new(Start, End);

    /// <summary>
    /// For a pronoun speaker ("he"), the name it was resolved to ("Ned Price"), taken from the entity
    /// or, when no entity layer ran, from the previous named speaker; null otherwise.
    /// </summary>
    public string? Antecedent { get; init; }

    /// <summary>
    /// The relative pronoun that is the cue's grammatical subject when the speaker is its antecedent ("the senator,
    /// who said": the speaker is "the senator", this is "who"); null otherwise. Evaluations against annotations that
    /// mark the pronoun as the source read it; reports use the speaker.
    /// </summary>
    internal Span? Relative { get; init; }
}

/// <summary>A direct or indirect quote with its speaker, cue verb and content.</summary>
/// <param name="Index">Position among the article's quotes.</param>
/// <param name="Sentence">Index of the sentence holding the cue (the first sentence of the content for multi-sentence quotes).</param>
/// <param name="Speaker">The attributed source.</param>
/// <param name="Cue">The cue word as written ("said", "told", "according to").</param>
/// <param name="CueSpan">Where the cue is.</param>
/// <param name="Content">The quoted or reported content span.</param>
/// <param name="Kind">Direct or indirect.</param>
/// <param name="Named">True when the source is a named person or organisation.</param>
public sealed record Quote(int Index, int Sentence, Speaker Speaker, string Cue, Span CueSpan, Span Content, QuoteKind Kind, bool Named)
{
    /// <summary>Confidence in [0, 1] of the attribution.</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>The lemma of the cue ("say" for "said").</summary>
    public string CueLemma { get; init; } = "";

    /// <summary>
    /// The pieces of the content when it is interrupted ("“A,” he said, “B.”") or runs over
    /// several quotations; <see cref="Content"/> spans from the first to the last. One piece otherwise.
    /// </summary>
    public ImmutableArray<Span> ContentParts { get; init; } = [];
}
