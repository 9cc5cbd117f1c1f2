using System.Collections.Frozen;

namespace Parallax.Quotes;

/// <summary>
/// A nominal cue after a receiving verb ("Kerry is facing calls to resign", "drew warnings from allies that …", "came under
/// criticism"): the verb's subject is the target of the calls, not their source. The source is the "from" phrase after the
/// noun when there is one; without it the attribution has no source in view and is dropped.
/// </summary>
internal static class ReceivedCues
{
    // Verbs whose subject receives, meets, provokes or turns away what the noun after them reports.
    private static readonly FrozenSet<string> ReceivingVerbs = new[]
    {
        "face", "faces", "faced", "facing", "receive", "receives", "received", "receiving", "draw", "draws", "drew", "drawn", "drawing",
        "get", "gets", "got", "gotten", "getting", "attract", "attracts", "attracted", "attracting", "endure", "endures", "endured", "enduring",
        "weather", "weathers", "weathered", "weathering", "field", "fields", "fielded", "fielding", "invite", "invites", "invited", "inviting",
        "earn", "earns", "earned", "earning", "spark", "sparks", "sparked", "sparking", "prompt", "prompts", "prompted", "prompting",
        "provoke", "provokes", "provoked", "provoking", "trigger", "triggers", "triggered", "triggering", "ignore", "ignores", "ignored", "ignoring",
        "resist", "resists", "resisted", "resisting", "rebuff", "rebuffs", "rebuffed", "rebuffing", "deflect", "deflects", "deflected", "deflecting",
        "hear", "hears", "heard", "hearing", "meet", "meets", "met", "meeting", "withstand", "withstood", "brave", "braved", "shrug", "shrugged",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that may sit between the receiving verb and the noun ("faced heavy criticism", "is facing growing calls", "met with").
    private static readonly FrozenSet<string> Between = new[]
    {
        "a", "an", "the", "some", "new", "more", "renewed", "growing", "mounting", "fresh", "heavy", "sharp", "harsh", "strong", "intense",
        "widespread", "repeated", "angry", "bipartisan", "stiff", "fierce", "further", "many", "several", "numerous", "loud", "public",
        "with", "off", "also", "already", "again", "even", "increasing", "louder", "blistering", "scathing", "withering", "much", "little",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The candidate with its source moved to the "from" phrase when its cue is a noun after a receiving verb, null when it
    /// has no such phrase, the candidate unchanged otherwise.
    /// </summary>
    public static Candidate? Redirect(QuotedText text, Candidate c)
    {
        var noun = NounCue(text, c);
        if (noun < 0)
            return c;
        var s = text.SentenceOf[noun];
        var last = text.LastOf(s);
        for (var q = noun + 1; q <= last && q - noun <= 12; q++)
        {
            if (text.IsComma(q) || text.IsSentenceEnd(q) || text.IsQuoteMark(q) || text.Lower[q] is "that" or "after" or "because" or "over" or "while")
                break;
            if (text.Lower[q] != "from" || q + 1 > last || !text.IsWord(q + 1))
                continue;
            var first = q + 1;
            var end = first;
            while (end + 1 <= last && end + 1 - first < 10 && (text.IsWord(end + 1) || text.Lower[end + 1] == "&" || IsPossessive(text, end + 1, last))
                   && !Words.ForwardBoundary.Contains(text.Lower[end + 1]) && !Words.SubjectBoundary.Contains(text.Lower[end + 1]))
                end++;
            if (text.Lower[end] is "and" or "or")
                end--;
            var sourceStart = text.Tokens[first].Start;
            var sourceEnd = text.Tokens[end].End;
            if (c.Content.Any(p => p.Start < sourceEnd && sourceStart < p.End))
                return null;
            return c with { CueFirst = noun, CueLast = noun, SpeakerFirst = first, SpeakerLast = end, Relative = -1 };
        }
        return null;
    }

    // The noun of the cue whose receiving verb precedes it, within the cue or just before it; -1 when there is none.
    private static int NounCue(QuotedText text, Candidate c)
    {
        for (var n = c.CueFirst; n <= c.CueLast; n++)
        {
            if (!IsNoun(text, n))
                continue;
            var first = text.FirstOf(text.SentenceOf[n]);
            var k = n - 1;
            while (k >= first && n - k <= 4 && (Between.Contains(text.Lower[k]) || (text.TagOf(k) is "JJ" or "RB" && !text.IsCapitalized(k))))
                k--;
            if (k >= first && ReceivingVerbs.Contains(text.Lower[k]) && k < n)
                return c.SpeakerLast < k ? n : -1;
            if (k >= first && text.Lower[k] == "under" && k > first && text.Lower[k - 1] is "come" or "comes" or "came" or "coming")
                return c.SpeakerLast < k ? n : -1;
            return -1;
        }
        return -1;
    }

    // "the dockers' union", "the mayor's office".
    private static bool IsPossessive(QuotedText text, int i, int last)
        => text.Lower[i] is "'" or "’" or "'s" or "’s" && i + 1 <= last && text.IsWord(i + 1);

    private static bool IsNoun(QuotedText text, int i) => text.IsWord(i) && !text.IsCapitalized(i) && text.TagOf(i) is "NN" or "NNS";
}
