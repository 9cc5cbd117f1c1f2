using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>
/// Who a sentence credits with a proposal: a story entity (-1 when only a government noun names
/// it), whether it stands for a government ("the X administration", "Washington's plan"), and how
/// to show it.
/// </summary>
internal sealed record ProposalActor(int Entity, bool Government, string Text);

/// <summary>
/// What one sentence says about proposals: the content terms around its proposal cues (key →
/// display text and distance in tokens from the nearest cue), the actors credited with them, the actors said not to be their authors, and the
/// cue word of an "own" proposal ("his own vision"), if any.
/// </summary>
internal sealed record ProposalClaim(
    SentenceProfile Sentence,
    Dictionary<string, (string Text, int Distance)> Topics,
    List<ProposalActor> Credited,
    List<ProposalActor> Denied,
    string? OwnCue);
