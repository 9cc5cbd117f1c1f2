
namespace Parallax.Documents;

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

    /// <summary>
    /// The normalised value of a date or number mention, or null when it has none (a time, a relative date
    /// without a publication date). A date is ISO 8601: "2021-05-01", "--05-01" (month and day, year
    /// unknown), "2021-05", "--05" (a month), "2021" (a year), "199X" (a decade); a year left out by the
    /// text is the one closest to publication, and weekdays and relative days ("yesterday") are resolved
    /// against publication. A number is <c>[qualifier][currency]amount[%]</c> with the amount in invariant
    /// digits after applying scale words ("1.5 million" → "1500000"): qualifier "~" (about, nearly, some),
    /// "&gt;" (more than, over), "&gt;=" (at least; also "hundreds" → "&gt;=200"), "&lt;" (less than, under),
    /// "&lt;=" (up to), read from the words just before the mention; currency "$", "€" or "£"; "%" for a
    /// percentage ("about 40 percent" → "~40%"). A range is <c>[currency]low..high[%]</c> ("1,000-1,500",
    /// "between 1,000 and 1,500" → "1000..1500") and an ordinal "#n" ("3rd" → "#3").
    /// </summary>
    public string? Value { get; init; }

    /// <summary>For a role mention introduced with a name ("US envoy Zalmay Khalilzad"), the role words.</summary>
    public string? Role { get; init; }
}
