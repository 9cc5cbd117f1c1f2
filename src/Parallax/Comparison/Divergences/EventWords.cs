namespace Parallax.Comparison;

/// <summary>Where the event two claims share sits in each of them, for the detectors that read what governs it.</summary>
internal static class EventWords
{
    /// <summary>The token of the shared event in each claim, or null when the claims name no common event.</summary>
    public static (int A, int B)? Shared(ClaimPair pair)
    {
        var (a, b) = (pair.A, pair.B);
        if (a.EventConcept is { } ea && Find(b, ea) is int tb)
            return (a.EventToken, tb);
        if (b.EventConcept is { } eb && Find(a, eb) is int ta)
            return (ta, b.EventToken);
        return null;
    }

    private static int? Find(ClaimProfile claim, string concept)
    {
        if (claim.EventConcept == concept)
            return claim.EventToken;
        for (var i = claim.First; i < claim.End; i++)
        {
            if (claim.Sentence.Concepts[i] == concept)
                return i;
        }
        return null;
    }

    /// <summary>The tokens of the claim before the event, at most <paramref name="window"/> of them, nearest last.</summary>
    public static IEnumerable<int> Before(ClaimProfile claim, int eventToken, int window)
    {
        for (var i = Math.Max(claim.First, eventToken - window); i < eventToken; i++)
            yield return i;
    }
}
