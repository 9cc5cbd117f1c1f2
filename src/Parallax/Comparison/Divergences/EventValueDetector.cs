using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>
/// Dates and sums of money given for one event, whether or not the sentences align: two claims of
/// different articles with the same event word, a participant in common (a person, organisation or
/// place), no two different doers ("the Orioles offered" / "the Nationals offered") and similar wording, one giving a date (a month is enough: "January 1" vs "the end of
/// February") or an amount the other contradicts ("$5 billion" vs "$5.7 billion"); for amounts, one doer of the event in
/// both (a name, or a pronoun resolved to one) at one time is enough, however the rest is worded ("raising about $228 million" / "Sanders, who has endorsed Canova, was able to raise
/// more than $235 million"). At most one of
/// each kind per pair of articles and event, the closest wording first.
/// </summary>
internal sealed class EventValueDetector : IDivergenceDetector
{
    private const double Confidence = 0.5;
    private const double MinScore = 0.25;
    private const double MaxMoneyRatio = 2;

    public IEnumerable<Divergence> Detect(DivergenceContext context, IReadOnlyList<Divergence> found)
    {
        var articlePairs = context.ArticlePairs();
        var results = new IEnumerable<Divergence>[articlePairs.Length];
        Parallel.For(0, articlePairs.Length, i => results[i] = Between(context, articlePairs[i].X, articlePairs[i].Y));
        return results.SelectMany(r => r).ToList();
    }

    /// <summary>The best divergence of each kind per event between the claims of two articles.</summary>
    private static IEnumerable<Divergence> Between(DivergenceContext context, int x, int y)
    {
        var best = new Dictionary<(string Event, DivergenceKind Kind), (Divergence Divergence, double Score)>();
        foreach (var a in context.Claims[x])
        {
            if (a.EventConcept is null)
                continue;
            var (datesA, moneyA) = (a.Sentence.Dates.Count > 0, GivesMoney(a.Sentence));
            if (!datesA && !moneyA)
                continue;
            foreach (var b in context.Claims[y])
            {
                if (b.EventConcept != a.EventConcept || !(datesA && b.Sentence.Dates.Count > 0 || moneyA && GivesMoney(b.Sentence)) || !SharedParticipant(a, b)
                    || NamedDoers.Differ(context, a, b))
                    continue;
                var score = TermWeights.Cosine(a.Vector, b.Vector);
                if (score < MinScore && !(a.Agent >= 0 && a.Agent == b.Agent && OneTime(context, a.Sentence, b.Sentence)))
                    continue;
                if (score >= MinScore)
                    Consider(Dates(context, a, b));
                Consider(Money(context, a, b));

                void Consider(Divergence? divergence)
                {
                    if (divergence is null)
                        return;
                    var key = (a.EventConcept!, divergence.Kind);
                    if (!best.TryGetValue(key, out var current) || score > current.Score)
                        best[key] = (divergence with { Claims = [a.Claim.Id, b.Claim.Id] }, score);
                }
            }
        }
        return best.Count == 0 ? [] : [.. best.Values.Select(v => v.Divergence)];
    }

    /// <summary>Neither sentence sets its sums in another time than the other ("raised $44 million in February" / "$26 million in March").</summary>
    private static bool OneTime(DivergenceContext context, SentenceProfile a, SentenceProfile b)
        => !SentenceTimes.Differ(context, a, b) && !(a.Dates.Count > 0 && b.Dates.Count > 0 && !a.Dates.Exists(d => b.Dates.Exists(d.CompatibleWith)));

    private static bool GivesMoney(SentenceProfile sentence) => sentence.Numbers.Exists(n => n.Figure.Currency.Length > 0);

    private static bool SharedParticipant(ClaimProfile a, ClaimProfile b)
    {
        static bool Participant(EntityOccurrence o) => o.Mention.Type is EntityType.Person or EntityType.Org or EntityType.Gpe or EntityType.Loc;
        if (a.Agent >= 0 && (a.Agent == b.Agent || b.Entities.Any(o => o.Entity == a.Agent && Participant(o)))
            || b.Agent >= 0 && a.Entities.Any(o => o.Entity == b.Agent && Participant(o)))
            return true;
        foreach (var x in a.Entities)
        {
            if (!Participant(x))
                continue;
            foreach (var y in b.Entities)
            {
                if (y.Entity == x.Entity && Participant(y))
                    return true;
            }
        }
        return false;
    }

    private static Divergence? Dates(DivergenceContext context, ClaimProfile a, ClaimProfile b)
    {
        var da = EventDates(a).ToList();
        var db = EventDates(b).ToList();
        if (da.Count == 0 || db.Count == 0 || da.Any(x => db.Any(x.CompatibleWith)))
            return null;
        return new Divergence(DivergenceKind.Date, DivergenceContext.Refs(a.Sentence, b.Sentence),
            $"{da[0].Text} ({context.Id(a.Sentence)}) vs {db[0].Text} ({context.Id(b.Sentence)}), for '{a.Claim.Event}'")
        {
            Confidence = Confidence,
            Spans = [DateDetector.Span(context, a.Sentence, da[0]), DateDetector.Span(context, b.Sentence, db[0])],
        };
    }

    private static IEnumerable<DateFact> EventDates(ClaimProfile claim)
        => claim.Dates.Where(d => !d.Relative && (d.Anchored || d.MonthOnly)
            && !d.IsComparisonPoint(claim.Sentence)
            && claim.HeadConcept(d.Token) == claim.EventConcept);

    private static Divergence? Money(DivergenceContext context, ClaimProfile a, ClaimProfile b)
    {
        foreach (var x in a.Numbers.Where(n => n.Figure.Currency.Length > 0))
        {
            foreach (var y in b.Numbers.Where(n => n.Figure.Currency == x.Figure.Currency))
            {
                if (x.Agrees(y) || !x.Comparable(y) || x.Value <= 0 || y.Value <= 0 || Math.Max(x.Value, y.Value) / Math.Min(x.Value, y.Value) > MaxMoneyRatio
                    || NumberDetector.SumsApart(a.Sentence, x, b.Sentence, y))
                    continue;
                if (a.Numbers.Any(n => b.Numbers.Any(n.Agrees)))
                    return null;
                return new Divergence(DivergenceKind.Number, DivergenceContext.Refs(a.Sentence, b.Sentence),
                    $"{x.Text} ({context.Id(a.Sentence)}) vs {y.Text} ({context.Id(b.Sentence)}), for '{a.Claim.Event}'")
                {
                    Confidence = Confidence,
                    Spans = [NumberDetector.Span(context, a.Sentence, x), NumberDetector.Span(context, b.Sentence, y)],
                };
            }
        }
        return null;
    }
}
