namespace Parallax.Comparison;

/// <summary>
/// Two claims of different articles matched inside an aligned sentence pair, with their similarity
/// and whether they name the same event (the same event word, or one's event word used in the other).
/// </summary>
internal sealed record ClaimPair(ClaimProfile A, ClaimProfile B, double Score, bool SameEvent)
{
    /// <summary>The alignment score of the two sentences.</summary>
    public double SentenceScore { get; init; }

    /// <summary>
    /// The claims' doers can be one: at most one names its agent, or both name the same one
    /// ("China imposed tariffs" and "Trump imposed tariffs" are two facts).
    /// </summary>
    public bool CompatibleAgents => A.Agent < 0 || B.Agent < 0 || A.Agent == B.Agent;

    /// <summary>Least similarity for a claim pair to count as the same fact without a shared event word.</summary>
    public const double StrongScore = 0.5;

    /// <summary>
    /// Least similarity for a negation or a hedge to set two claims of one event against each other: "did not find
    /// evidence of a plot" and "did find actions that obstruct" share the event, not the proposition.
    /// </summary>
    public const double PropositionScore = 0.2;

    /// <summary>The two claims state the same proposition: the same fact, worded closely enough that an operator on one contradicts the other.</summary>
    public bool SameProposition => SameFact && Score >= PropositionScore;

    /// <summary>The two claims state the same fact: the same event (or wording so close that the event is not in doubt) by compatible doers.</summary>
    public bool SameFact => (SameEvent || Score >= StrongScore) && CompatibleAgents;
}
