namespace Parallax.Comparison;

/// <summary>
/// Different dates in two claims about the same event by compatible doers, when both dates are precise enough to
/// contradict each other (a day, a weekday or a year) and no date of one can name the same day as one of the other.
/// </summary>
internal sealed class DateDetector : ClaimPairDetector
{
    private const double Confidence = 0.75;

    protected override Divergence? Between(DivergenceContext context, ClaimPair pair)
    {
        if (!pair.SameEvent || !pair.CompatibleAgents)
            return null;
        var da = pair.A.Dates.Where(d => d.Anchored || d.Weekday).ToList();
        var db = pair.B.Dates.Where(d => d.Anchored || d.Weekday).ToList();
        if (da.Count == 0 || db.Count == 0 || da.Any(x => db.Any(x.CompatibleWith)))
            return null;
        return new Divergence(DivergenceKind.Date, DivergenceContext.Refs(pair.A.Sentence, pair.B.Sentence),
            $"{da[0].Text} ({context.Id(pair.A.Sentence)}) vs {db[0].Text} ({context.Id(pair.B.Sentence)})")
        {
            Confidence = Confidence,
            Spans = [Span(context, pair.A.Sentence, da[0]), Span(context, pair.B.Sentence, db[0])],
        };
    }

    public static DivergenceSpan Span(DivergenceContext context, SentenceProfile p, DateFact d)
    {
        var document = context.Articles[p.Ref.Article];
        var start = document.Tokens[document.Sentences[p.Ref.Sentence].FirstToken + d.Token].Start;
        var end = Math.Min(document.Sentences[p.Ref.Sentence].End, start + d.Text.Length);
        return new DivergenceSpan(p.Ref, start, end, document.Text[start..end]);
    }
}
