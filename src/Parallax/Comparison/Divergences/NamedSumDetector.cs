using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>
/// Sums of money that name one thing, wherever they stand: two articles put different amounts before the same
/// two-word noun phrase ("the $1.2 trillion infrastructure bill" / "the $1 trillion infrastructure bill"), neither
/// gives the other's amount anywhere, nor two amounts for that phrase. A phrase of one word ("a $5
/// billion package") is too loose to be one thing.
/// </summary>
internal sealed class NamedSumDetector : IDivergenceDetector
{
    private const double Confidence = 0.5;
    private const double MaxRatio = 2;

    private sealed record Sum(SentenceProfile Sentence, NumberFact Number, int PhraseEnd);

    public IEnumerable<Divergence> Detect(DivergenceContext context, IReadOnlyList<Divergence> found)
    {
        var sums = context.Profiles.Select(article => article.SelectMany(SumsOf).ToLookup(s => Key(s), StringComparer.Ordinal)).ToArray();
        var money = context.Profiles.Select(article => article.SelectMany(p => p.Numbers).Where(n => n.Figure.Currency.Length > 0).ToList()).ToArray();
        for (var x = 0; x < sums.Length; x++)
        {
            for (var y = x + 1; y < sums.Length; y++)
            {
                foreach (var group in sums[x])
                {
                    var others = sums[y][group.Key].ToList();
                    if (others.Count == 0 || Rival(group.ToList(), others) is not var (a, b)
                        || money[y].Any(a.Number.Agrees) || money[x].Any(b.Number.Agrees))
                        continue;
                    yield return new Divergence(DivergenceKind.Number, DivergenceContext.Refs(a.Sentence, b.Sentence),
                        $"{NumberDetector.Describe(a.Number)} ({context.Id(a.Sentence)}) vs {NumberDetector.Describe(b.Number)} ({context.Id(b.Sentence)}), for the {Phrase(a)}")
                    {
                        Confidence = Confidence,
                        Spans = [context.Span(a.Sentence, a.Number.Token, a.PhraseEnd), context.Span(b.Sentence, b.Number.Token, b.PhraseEnd)],
                    };
                }
            }
        }
    }

    /// <summary>One amount a side that cannot be the same; null when the two articles agree on any amount or either gives two.</summary>
    private static (Sum, Sum)? Rival(List<Sum> x, List<Sum> y)
    {
        if (x.Any(a => y.Any(b => a.Number.Agrees(b.Number))))
            return null;
        var (a, b) = (x[0], y[0]);
        if (x.Any(s => !s.Number.Agrees(a.Number)) || y.Any(s => !s.Number.Agrees(b.Number)))
            return null;
        var ratio = Math.Max(a.Number.Value, b.Number.Value) / Math.Min(a.Number.Value, b.Number.Value);
        return a.Number.Value > 0 && b.Number.Value > 0 && ratio <= MaxRatio && a.Number.Comparable(b.Number) ? (a, b) : null;
    }

    /// <summary>Every sum of money in a sentence that stands right before a noun phrase of two content words.</summary>
    private static IEnumerable<Sum> SumsOf(SentenceProfile sentence)
    {
        foreach (var number in sentence.Numbers)
        {
            if (number.Figure.Currency.Length == 0 || number.UnitWord is null)
                continue;
            var unit = Array.IndexOf(sentence.Words, number.UnitWord.ToLowerInvariant(), number.Token + 1);
            if (unit < 0 || unit + 1 >= sentence.Words.Length || !NextWordOfPhrase(sentence, unit))
                continue;
            yield return new Sum(sentence, number, unit + 1);
        }
    }

    /// <summary>The word after the unit is a lower-case content word that is not a figure: the head of the phrase.</summary>
    private static bool NextWordOfPhrase(SentenceProfile sentence, int unit)
        => sentence.Concepts[unit] is not null && sentence.Concepts[unit + 1] is not null && !sentence.IsValueToken(unit + 1)
            && !Lexicon.Hedges.Contains(sentence.Words[unit + 1]);

    private static string Key(Sum sum) => $"{sum.Number.Figure.Currency} {sum.Sentence.Concepts[sum.PhraseEnd - 1]} {sum.Sentence.Concepts[sum.PhraseEnd]}";

    private static string Phrase(Sum sum) => $"{sum.Sentence.Words[sum.PhraseEnd - 1]} {sum.Sentence.Words[sum.PhraseEnd]}";
}
