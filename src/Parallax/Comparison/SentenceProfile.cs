using Parallax.Entities;

namespace Parallax.Comparison;

/// <summary>A number in a sentence, with the word it counts ("1,200 troops" → 1200, "troops" concept).</summary>
internal sealed record NumberFact(double Value, string Text, string? Unit, string? UnitWord, int Token);

/// <summary>A date in a sentence: "2021-05-01", "--05-01" (no year), "2021" (a year) or "monday".</summary>
internal sealed record DateFact(string Value, string Text, int Token)
{
    public bool IsWeekday => Value.Length > 0 && char.IsLetter(Value[0]);

    /// <summary>True when the two can name the same day (equal, or equal where both say something).</summary>
    public bool CompatibleWith(DateFact other)
    {
        if (Value == other.Value || IsWeekday || other.IsWeekday)
            return true;
        var (a, b) = (Value, other.Value);
        if (a.Length == 4 && b.Length == 4)
            return false;
        if (a.Length == 4 || b.Length == 4)
        {
            var (year, full) = a.Length == 4 ? (a, b) : (b, a);
            return full.StartsWith("--", StringComparison.Ordinal) || full.StartsWith(year, StringComparison.Ordinal);
        }
        return a[^5..] == b[^5..] && (a.StartsWith("--", StringComparison.Ordinal) || b.StartsWith("--", StringComparison.Ordinal));
    }
}

/// <summary>An entity mention inside a sentence, resolved to its story entity.</summary>
internal sealed record EntityOccurrence(int Entity, int MentionIndex, Mention Mention, int Token, int EndToken);

/// <summary>Everything the aligner and the divergence finder need to know about one sentence.</summary>
internal sealed class SentenceProfile
{
    public required SentenceRef Ref { get; init; }
    public required int Global { get; init; }
    public required string Text { get; init; }
    /// <summary>Lower-case word per token of the sentence ("" for punctuation).</summary>
    public required string[] Words { get; init; }
    /// <summary>Content concept per token (stem or synonym group), null for stop words and punctuation.</summary>
    public required string?[] Concepts { get; init; }
    public required Dictionary<string, double> Counts { get; init; }
    /// <summary>Rarity-weighted unit vector over term ids, sorted by id.</summary>
    public (int Term, double Weight)[] Vector { get; set; } = [];
    /// <summary>Term counts of the clause chunks of a long sentence (empty for a short one).</summary>
    public required List<Dictionary<string, double>> ChunkCounts { get; init; }
    public (int Term, double Weight)[][] Chunks { get; set; } = [];
    public required List<NumberFact> Numbers { get; init; }
    public required List<DateFact> Dates { get; init; }
    public required List<EntityOccurrence> Entities { get; init; }
    public required List<string> Hedges { get; init; }
    public required List<string> Negations { get; init; }
    public required bool FirstPerson { get; init; }
    public required bool HasQuotationMarks { get; init; }
    public required int ContentWords { get; init; }

}
