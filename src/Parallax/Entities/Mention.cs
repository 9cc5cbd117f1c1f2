using Parallax.Text;

namespace Parallax.Entities;

/// <summary>How an entity is referred to by a mention.</summary>
public enum MentionKind
{
    /// <summary>A proper name ("Ned Price", "Price", "the Taliban").</summary>
    Name,
    /// <summary>A role or title standing for someone ("the US envoy", "the Secretary of State").</summary>
    Role,
    /// <summary>A personal pronoun ("he", "she").</summary>
    Pronoun,
    /// <summary>A date or time expression.</summary>
    Date,
    /// <summary>A number or amount.</summary>
    Number,
}

/// <summary>
/// A stretch of text that refers to an entity, a date or a number.
/// </summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset after the last character.</param>
/// <param name="Text">The mention text.</param>
/// <param name="Type">The entity type.</param>
/// <param name="Kind">Name, role, pronoun, date or number.</param>
/// <param name="Sentence">Index of the sentence holding the mention.</param>
public sealed record Mention(int Start, int End, string Text, EntityType Type, MentionKind Kind, int Sentence)
{
    /// <summary>The mention's span.</summary>
    public Span Span => new(Start, End);

    /// <summary>Confidence in [0, 1] that the span and type are right.</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>A normalised value: ISO date ("2021-05-01", "--05-01" when the year is unknown) or number ("1200").</summary>
    public string? Value { get; init; }

    /// <summary>For a role mention introduced with a name ("US envoy Zalmay Khalilzad"), the role words.</summary>
    public string? Role { get; init; }
}
