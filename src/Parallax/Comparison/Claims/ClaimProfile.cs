using Parallax.Quotes;

namespace Parallax.Comparison;

/// <summary>
/// What the compare stage knows about one claim: its tokens in the sentence (<see cref="First"/> to
/// <see cref="End"/>), its rarity-weighted terms, its event word and its source.
/// </summary>
internal sealed record ClaimProfile
{
    public required Claim Claim { get; init; }
    public required SentenceProfile Sentence { get; init; }
    /// <summary>First token of the claim, as an index into the sentence's tokens.</summary>
    public required int First { get; init; }
    /// <summary>Token after the claim.</summary>
    public required int End { get; init; }
    public required (int Term, double Weight)[] Vector { get; init; }
    /// <summary>The event word's token, or -1.</summary>
    public required int EventToken { get; init; }
    /// <summary>The event word's concept (stem or synonym group), or null.</summary>
    public required string? EventConcept { get; init; }
    /// <summary>Part-of-speech tags of the sentence's tokens (Penn Treebank).</summary>
    public required string[] Tags { get; init; }
    /// <summary>The story entity doing the event: the last person, organisation or place before the event word in the claim, or -1.</summary>
    public required int Agent { get; init; }
    /// <summary>The quote whose content the claim is, when it is reported speech.</summary>
    public required Quote? Source { get; init; }
    /// <summary>The story entity of the source, or -1.</summary>
    public required int SourceEntity { get; init; }

    public SentenceRef Ref => Sentence.Ref;

    public bool Contains(int token) => token >= First && token < End;

    public IEnumerable<NumberFact> Numbers => Sentence.Numbers.Where(n => Contains(n.Token));

    /// <summary>Tokens of the sentence's reporting frame that the claim is the content of ("X said on Monday").</summary>
    public IReadOnlySet<int> Frame { get; init; } = new HashSet<int>();

    /// <summary>The claim's dates, with those of its reporting frame: "on Monday proposed a plan" dates the plan.</summary>
    public IEnumerable<DateFact> Dates => Sentence.Dates.Where(d => Contains(d.Token) || Frame.Contains(d.Token));

    public IEnumerable<EntityOccurrence> Entities => Sentence.Entities.Where(o => Contains(o.Token));

    /// <summary>True when the claim uses the concept anywhere ("withdrawal" for the event "withdraw").</summary>
    public bool HasConcept(string concept)
    {
        for (var i = First; i < End; i++)
        {
            if (Sentence.Concepts[i] == concept)
                return true;
        }
        return false;
    }
}
