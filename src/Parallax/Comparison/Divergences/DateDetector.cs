using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>
/// Different dates in two claims stating the same fact, when both are precise enough to contradict each other (a
/// day, a weekday, a month or a year) and hang on the same word (see <see cref="Rivals"/>).
/// </summary>
internal sealed class DateDetector : ClaimPairDetector
{
    private const double Confidence = 0.75;

    /// <summary>
    /// How alike two claims must be worded when both dates hang on the one event both claims give to the same named doer
    /// ("Cummings of Maryland died early Tuesday due to complications …" / "Rep. Elijah E. Cummings died early Thursday at
    /// Johns Hopkins Hospital …"): the rest of the wording may differ, the fact cannot.
    /// </summary>
    private const double OneDoersEventScore = 0.3;

    protected override bool HoldsUp(DivergenceContext context, Divergence divergence, ClaimPair pair)
        => base.HoldsUp(context, divergence, pair)
            || pair.SentenceScore >= context.MinSentenceScore && pair.Score >= OneDoersEventScore && OneDoer(pair);

    /// <summary>Both claims give their event to the same named doer.</summary>
    private static bool OneDoer(ClaimPair pair) => pair.SameEvent && pair.A.Agent >= 0 && pair.A.Agent == pair.B.Agent;

    protected override Divergence? Between(DivergenceContext context, ClaimPair pair)
    {
        if (!pair.SameFact || pair.A.Sentence.Dates.Count == 0 || pair.B.Sentence.Dates.Count == 0)
            return null;
        if (!AnyPrecise(pair.B) || Precise(pair.A) is not { } da || Precise(pair.B) is not { } db)
            return null;
        var rivals = Rivals(pair, da, db);
        if (rivals is null || pair.Score < MinClaimScore(DivergenceKind.Date) && !OnOwnEvent(pair, rivals.Value.Head))
            return null;
        return new Divergence(DivergenceKind.Date, DivergenceContext.Refs(pair.A.Sentence, pair.B.Sentence),
            $"{rivals.Value.X.Text} ({context.Id(pair.A.Sentence)}) vs {rivals.Value.Y.Text} ({context.Id(pair.B.Sentence)})")
        {
            Confidence = Confidence,
            Spans = [Span(context, pair.A.Sentence, rivals.Value.X), Span(context, pair.B.Sentence, rivals.Value.Y)],
        };
    }

    private static bool AnyPrecise(ClaimProfile claim)
    {
        foreach (var d in claim.Dates)
        {
            if ((d.Anchored || d.Weekday || d.MonthOnly) && !d.IsComparisonPoint(claim.Sentence))
                return true;
        }
        return false;
    }

    /// <summary>The claim's dates precise enough to contradict another (a day, a weekday, a month or a year) and not a point of comparison; null when there are none.</summary>
    private static List<DateFact>? Precise(ClaimProfile claim)
    {
        List<DateFact>? precise = null;
        foreach (var d in claim.Dates)
        {
            if ((d.Anchored || d.Weekday || d.MonthOnly) && !d.IsComparisonPoint(claim.Sentence))
                (precise ??= []).Add(d);
        }
        return precise;
    }

    /// <summary>
    /// Two dates that hang on the same word when no date of one on that word can name the same day as one of the
    /// other: the date of a deadline and the date of a vote on it are not rivals, nor are "Tuesday" and "the 2020
    /// election". A claim that dates an event of its own with the other's very date tells of two things ("in Saturday's
    /// semifinal … which won on Friday" / "the winner of Friday's semifinal").
    /// </summary>
    private static (DateFact X, DateFact Y, string Head)? Rivals(ClaimPair pair, List<DateFact> da, List<DateFact> db)
    {
        var onA = Heads(pair.A, da);
        var onB = Heads(pair.B, db);
        for (var i = 0; i < da.Count; i++)
        {
            var head = onA[i];
            if (head is null || Array.IndexOf(onA, head, 0, i) >= 0)
                continue;
            var k = Array.IndexOf(onB, head);
            if (k < 0)
                continue;
            var (x, y) = (da[i], db[k]);
            if (!AnyCompatible(da, onA, db, onB, head) && !GivesForAnEvent(pair.B, db, x) && !GivesForAnEvent(pair.A, da, y)
                && !DeicticOn(pair.A, head) && !DeicticOn(pair.B, head))
                return (x, y, head);
        }
        return null;
    }

    /// <summary>The dates hang on the event of both claims, and one named doer does it (see <see cref="OneDoersEventScore"/>).</summary>
    private static bool OnOwnEvent(ClaimPair pair, string head)
        => OneDoer(pair) && pair.A.EventConcept is { } a && a == pair.B.EventConcept && head == a;

    /// <summary>The concept each date hangs on (<see cref="ClaimProfile.HeadConcept"/>).</summary>
    private static string?[] Heads(ClaimProfile claim, List<DateFact> dates)
    {
        var heads = new string?[dates.Count];
        for (var i = 0; i < dates.Count; i++)
            heads[i] = claim.HeadConcept(dates[i].Token);
        return heads;
    }

    /// <summary>Some date of one claim on <paramref name="head"/> can name the same day as one of the other's on it.</summary>
    private static bool AnyCompatible(List<DateFact> da, string?[] onA, List<DateFact> db, string?[] onB, string head)
    {
        for (var i = 0; i < da.Count; i++)
        {
            if (onA[i] != head)
                continue;
            for (var k = 0; k < db.Count; k++)
            {
                if (onB[k] == head && da[i].CompatibleWith(db[k]))
                    return true;
            }
        }
        return false;
    }

    /// <summary>Words that date from the day an article was written.</summary>
    private static readonly HashSet<string> Deictic = ["today", "tonight", "yesterday", "tomorrow"];

    /// <summary>
    /// The claim's sentence also dates the word from the day it was written ("signed Wynn on Tuesday and Bell today", its frame
    /// "announced today (14 October) that …"): which of its dates goes with the other claim's fact, and which day its "today"
    /// was, is not known.
    /// </summary>
    private static bool DeicticOn(ClaimProfile claim, string head)
    {
        for (var i = 0; i < claim.Sentence.Words.Length; i++)
        {
            if (Deictic.Contains(claim.Sentence.Words[i]) && claim.HeadConcept(i) == head)
                return true;
        }
        return false;
    }

    /// <summary>
    /// The claim dates an event of its own with the other's very date (a month or weekday only compatible with it is not
    /// enough); a statement's day does not count ("arrested Tuesday, Oppal said Wednesday").
    /// </summary>
    private static bool GivesForAnEvent(ClaimProfile claim, List<DateFact> dates, DateFact other)
        => dates.Any(d => string.Equals(d.Text, other.Text, StringComparison.OrdinalIgnoreCase) && claim.HeadConcept(d.Token) is { } head
            && !head.StartsWith("v:", StringComparison.Ordinal));

    public static DivergenceSpan Span(DivergenceContext context, SentenceProfile p, DateFact d)
    {
        var document = context.Articles[p.Ref.Article];
        var start = document.Tokens[document.Sentences[p.Ref.Sentence].FirstToken + d.Token].Start;
        var end = Math.Min(document.Sentences[p.Ref.Sentence].End, start + d.Text.Length);
        return new DivergenceSpan(p.Ref, start, end, document.Text[start..end]);
    }
}
