using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>
/// Number divergences between sentences that do not align, in the first sentences of each article: per pair of articles and unit, the
/// closest two rival counts (<see cref="CountSlots"/>), unless the articles give one equal count
/// with that unit anywhere (or, for money, the other's sum at all), either gives two counts of that unit of a similar size, or a divergence
/// between aligned claims already reported those two figures.
/// </summary>
internal sealed class CountSlotDetector : IDivergenceDetector
{
    /// <summary>
    /// Only counts in the first sentences of each article are set against each other: there both tell the story's main
    /// event, while further down full articles give background figures of the same units (an earlier quake's toll, another
    /// player's yards), and sentences that do not align give no other sign that two counts are of one thing.
    /// </summary>
    private const int LeadSentences = 5;

    /// <summary>
    /// The article gives another count of the same unit and size, or the sentence another bare number
    /// of that size ("279 votes ... or 274"): which one is the rival is unclear.
    /// </summary>
    private static bool Ambiguous(IEnumerable<double> unitValues, CountSlots.Slot slot)
    {
        var value = slot.Number.Value;
        return unitValues.Concat(slot.Sentence.Numbers.Where(n => n.Unit is null).Select(n => n.Value))
            .Any(v => !v.Equals(value) && v > 0 && Math.Max(v, value) / Math.Min(v, value) <= CountSlots.MaxRatio);
    }

    public IEnumerable<Divergence> Detect(DivergenceContext context, IReadOnlyList<Divergence> found)
    {
        var profiles = context.Profiles;
        var reported = ReportedNumbers(found);
        var slots = profiles.Select(article => article.Take(LeadSentences).SelectMany(CountSlots.Of).ToList()).ToArray();
        var values = profiles.Select(article => article.SelectMany(p => p.Numbers).Where(n => n.Unit is not null).ToLookup(n => n.Unit!)).ToArray();
        var money = profiles.Select(Money).ToArray();
        var articlePairs = context.ArticlePairs();
        var results = new List<Divergence>[articlePairs.Length];
        Parallel.For(0, articlePairs.Length, i =>
        {
            var (x, y) = articlePairs[i];
            var (valuesX, valuesY, moneyX, moneyY) = (values[x], values[y], money[x], money[y]);
            var best = new Dictionary<string, (CountSlots.Slot X, CountSlots.Slot Y, double Ratio)>(StringComparer.Ordinal);
            foreach (var sx in slots[x])
            {
                foreach (var sy in slots[y])
                {
                    var unit = sx.Number.Unit!;
                    if (!CountSlots.Rival(context, sx, sy) || context.Aligned(sx.Sentence, sy.Sentence)
                        || NumberDetector.Consistent(sx.Sentence, sx.Number, sy.Sentence, sy.Number)
                        || reported.Contains((x, sx.Number.Text, y, sy.Number.Text))
                        || valuesX[unit].Any(n => valuesY[unit].Any(n.Agrees))
                        || sx.Number.Figure.Currency.Length > 0 && (moneyY.Any(sx.Number.Agrees) || moneyX.Any(sy.Number.Agrees))
                        || Ambiguous(valuesX[unit].Select(n => n.Value), sx) || Ambiguous(valuesY[unit].Select(n => n.Value), sy)
                        || ClaimOf(context, x, sx) is { } cx && ClaimOf(context, y, sy) is { } cy && NamedDoers.Differ(context, cx, cy)
                        || NumberDetector.DifferentScores(context, sx.Sentence, sy.Sentence))
                        continue;
                    var ratio = CountSlots.Ratio(sx, sy);
                    if (!best.TryGetValue(unit, out var current) || ratio < current.Ratio)
                        best[unit] = (sx, sy, ratio);
                }
            }
            results[i] = [.. best.Values.OrderBy(b => (b.X.Sentence.Ref.Sentence, b.Y.Sentence.Ref.Sentence)).Select(b => new Divergence(DivergenceKind.Number, DivergenceContext.Refs(b.X.Sentence, b.Y.Sentence),
                $"{NumberDetector.Describe(b.X.Number)} ({context.Id(b.X.Sentence)}) vs {NumberDetector.Describe(b.Y.Number)} ({context.Id(b.Y.Sentence)})")
            {
                Confidence = CountSlots.Confidence,
                Spans = [NumberDetector.Span(context, b.X.Sentence, b.X.Number), NumberDetector.Span(context, b.Y.Sentence, b.Y.Number)],
            })];
        });
        return [.. results.SelectMany(r => r)];
    }


    /// <summary>The claim of the slot's sentence that holds its figure, or null.</summary>
    private static ClaimProfile? ClaimOf(DivergenceContext context, int article, CountSlots.Slot slot)
        => context.Claims[article].FirstOrDefault(c => c.Sentence == slot.Sentence && c.Contains(slot.Number.Token));

    /// <summary>Every sum of money an article gives: one it gives anywhere is not contradicted by a rival sum ("$2 billion, or $2.4 billion with interest").</summary>
    private static List<NumberFact> Money(SentenceProfile[] article) => [.. article.SelectMany(p => p.Numbers).Where(n => n.Figure.Currency.Length > 0)];

    /// <summary>The figures number divergences already found set against each other, both ways, as (article, text, article, text).</summary>
    private static HashSet<(int, string, int, string)> ReportedNumbers(IReadOnlyList<Divergence> found)
    {
        var result = new HashSet<(int, string, int, string)>();
        foreach (var d in found)
        {
            if (d.Kind != DivergenceKind.Number || d.Spans.Length != 2)
                continue;
            var (x, y) = (d.Spans[0], d.Spans[1]);
            result.Add((x.Sentence.Article, x.Text, y.Sentence.Article, y.Text));
            result.Add((y.Sentence.Article, y.Text, x.Sentence.Article, x.Text));
        }
        return result;
    }
}
