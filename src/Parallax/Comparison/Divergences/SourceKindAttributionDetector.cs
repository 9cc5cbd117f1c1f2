using System.Collections.Frozen;
using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>
/// The same fact credited to unnamed sources of different kinds: "according to local media" / "law enforcement
/// officials told NBC" / "witnesses said". Two claims that state one fact, each the content of a quote whose speaker
/// is a description (no name), whose kinds (the media, officials, witnesses, experts, the family) are both known and
/// differ, and neither sentence names the other's kind. Vague sources ("sources", "people familiar with…") have no
/// kind: they may be any of the others.
/// </summary>
internal sealed class SourceKindAttributionDetector : ClaimPairDetector
{
    private const double Confidence = 0.5;
    private const double MinScore = 0.4;

    private enum SourceKind { Media, Officials, Witnesses, Experts, Family }

    private static readonly FrozenDictionary<string, SourceKind> Kinds = new Dictionary<string, SourceKind>(StringComparer.Ordinal)
    {
        ["media"] = SourceKind.Media,
        ["reports"] = SourceKind.Media,
        ["newspaper"] = SourceKind.Media,
        ["newspapers"] = SourceKind.Media,
        ["press"] = SourceKind.Media,
        ["television"] = SourceKind.Media,
        ["broadcaster"] = SourceKind.Media,
        ["outlets"] = SourceKind.Media,
        ["officials"] = SourceKind.Officials,
        ["official"] = SourceKind.Officials,
        ["authorities"] = SourceKind.Officials,
        ["police"] = SourceKind.Officials,
        ["investigators"] = SourceKind.Officials,
        ["prosecutors"] = SourceKind.Officials,
        ["enforcement"] = SourceKind.Officials,
        ["witnesses"] = SourceKind.Witnesses,
        ["witness"] = SourceKind.Witnesses,
        ["residents"] = SourceKind.Witnesses,
        ["neighbors"] = SourceKind.Witnesses,
        ["neighbours"] = SourceKind.Witnesses,
        ["bystanders"] = SourceKind.Witnesses,
        ["experts"] = SourceKind.Experts,
        ["analysts"] = SourceKind.Experts,
        ["economists"] = SourceKind.Experts,
        ["scientists"] = SourceKind.Experts,
        ["researchers"] = SourceKind.Experts,
        ["family"] = SourceKind.Family,
        ["relatives"] = SourceKind.Family,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    protected override Divergence? Between(DivergenceContext context, ClaimPair pair)
    {
        if (!pair.SameFact || pair.Score < MinScore || pair.A.Source is not { Named: false } qa || pair.B.Source is not { Named: false } qb)
            return null;
        if (KindOf(qa.Speaker.Text) is not { } ka || KindOf(qb.Speaker.Text) is not { } kb || ka == kb
            || Names(pair.A.Sentence, kb) || Names(pair.B.Sentence, ka))
            return null;
        return new Divergence(DivergenceKind.Attribution, DivergenceContext.Refs(pair.A.Sentence, pair.B.Sentence),
            $"attributed to {qa.Speaker.Text} ({context.Id(pair.A.Sentence)}) vs {qb.Speaker.Text} ({context.Id(pair.B.Sentence)})")
        {
            Confidence = Confidence,
            Spans = [new DivergenceSpan(pair.A.Ref, qa.Speaker.Start, qa.Speaker.End, qa.Speaker.Text), new DivergenceSpan(pair.B.Ref, qb.Speaker.Start, qb.Speaker.End, qb.Speaker.Text)],
        };
    }

    /// <summary>The kind of the first word of the description that has one, when no word is a vague source's.</summary>
    private static SourceKind? KindOf(string speaker)
    {
        Span<char> lower = speaker.Length <= 256 ? stackalloc char[speaker.Length] : new char[speaker.Length];
        speaker.AsSpan().ToLowerInvariant(lower);
        var kinds = Kinds.GetAlternateLookup<ReadOnlySpan<char>>();
        SourceKind? kind = null;
        foreach (var range in ((ReadOnlySpan<char>)lower).SplitAny(" ,-"))
        {
            ReadOnlySpan<char> word = lower[range];
            if (word.IsEmpty)
                continue;
            if (word is "sources" or "source" or "people" or "person" or "familiar")
                return null;
            if (kind is null && kinds.TryGetValue(word, out var k))
                kind = k;
        }
        return kind;
    }

    private static bool Names(SentenceProfile sentence, SourceKind kind)
        => sentence.Words.Any(w => Kinds.TryGetValue(w, out var k) && k == kind);
}
