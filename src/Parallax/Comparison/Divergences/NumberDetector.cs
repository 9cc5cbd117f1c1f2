using System.Collections.Frozen;
using System.Collections.Immutable;
using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>
/// Different figures for the same count in two claims that state one fact: with the same unit noun
/// ("4,200 members" vs "3,800 members"; shares and counts of a hundred or more within a factor of three: further apart
/// they are shares or counts of different things, "0.9% in June" / "5.4% over the year"), and of the same role and currency, or the closest two figures of one order of magnitude (at least
/// one without a unit, and neither a span of time unless both are) among those the other claim does not repeat; claims of well-aligned sentences
/// that are worded apart ("4,200 members joined" / "put the number of strikers at about 3,800") compare
/// only close figures that way.
/// </summary>
internal sealed class NumberDetector : ClaimPairDetector
{
    public const double SharedUnitConfidence = 0.85;
    public const double ClosestCountConfidence = 0.55;
    private const double MaxRatio = 3;

    /// <summary>
    /// Counts from this size up that are more than <see cref="MaxRatio"/> apart count different things, or over different
    /// times ("more than 11,200 wounded since March 30" / "1,300 wounded in the clashes"); small counts may be far apart
    /// and still rival ("two officers" / "ten officers").
    /// </summary>
    private const double LargeCount = 100;

    /// <summary>Small counts further apart than this count different things too ("an estimated 1,500 pirates" in the region / "23 pirates" arrested).</summary>
    private const double MaxSmallRatio = 10;

    /// <summary>Figures of sentences that align but whose claims are worded apart must be this close to be taken for one count.</summary>
    private const double MaxLooseRatio = 1.5;

    /// <summary>Sentences aligned at least this well compare their counts even when their claims are worded apart ("4,200 members joined" / "put the number of strikers at 3,800").</summary>
    private const double CountSentenceScore = 0.4;

    protected override Divergence? Between(DivergenceContext context, ClaimPair pair)
    {
        var (a, b) = (pair.A, pair.B);
        if (a.Sentence.Numbers.Count == 0 || b.Sentence.Numbers.Count == 0 || !pair.CompatibleAgents)
            return null;
        var na = Current(a.NumbersWithFrame, _currentA ??= []);
        var nb = Current(b.NumbersWithFrame, _currentB ??= []);
        if (na.Count == 0 || nb.Count == 0)
            return null;
        if (na.Any(n => n.IsShare) && nb.Any(n => n.IsShare) && !ShareMeasure.Same(a.Sentence, b.Sentence))
        {
            RemoveShares(na, a.Sentence);
            RemoveShares(nb, b.Sentence);
        }
        if (na.Count == 0 || nb.Count == 0 || !pair.CompatibleAgents || NamedDoers.Differ(context, a, b) || Standing(a) != Standing(b) || DifferentTallies(a.Sentence, na, b.Sentence, nb)
            || DifferentScores(context, a.Sentence, b.Sentence) || PriceList(a.Sentence) != PriceList(b.Sentence))
            return null;
        var loose = !pair.SameFact;
        for (var i = 0; i < (loose ? 0 : na.Count); i++)
        {
            if (na[i].Unit is not { } unit || !FirstWithUnit(na, i) || !HasUnit(nb, unit))
                continue;
            if (Unmatched(a.Sentence, WithUnit(na, unit), b.Sentence, WithUnit(nb, unit)) is var (x, y) && !GivesBoth(a, x, b, y)
                && x.Comparable(y) && !DifferentThings(context, a.Sentence, x, b.Sentence, y) && (Math.Max(x.Value, y.Value) <= MaxRatio * Math.Min(x.Value, y.Value)
                    || unit != "c:percent" && Math.Min(x.Value, y.Value) < LargeCount && Math.Max(x.Value, y.Value) <= MaxSmallRatio * Math.Min(x.Value, y.Value)))
                return Divergence(context, pair, x, y, SharedUnitConfidence);
        }
        // "two speed boats" / "three boats", "4,200 union members" / "3,800 members": the head of a compound counts as the unit,
        // where no figure of either claim is read under the same first noun.
        foreach (var head in loose ? [] : Heads(na, nb))
        {
            var (xs, ys) = (Counting(na, head), Counting(nb, head));
            if (xs.Count == 0 || ys.Count == 0 || xs.Exists(x => ys.Exists(y => y.Unit == x.Unit)))
                continue;
            if (Unmatched(a.Sentence, xs, b.Sentence, ys) is var (x, y) && !GivesBoth(a, x, b, y) && x.Comparable(y) && !DifferentThings(context, a.Sentence, x, b.Sentence, y)
                && (Math.Max(x.Value, y.Value) <= MaxRatio * Math.Min(x.Value, y.Value)
                    || Math.Min(x.Value, y.Value) < LargeCount && Math.Max(x.Value, y.Value) <= MaxSmallRatio * Math.Min(x.Value, y.Value)))
                return Divergence(context, pair, x, y, SharedUnitConfidence);
        }
        if (!pair.SameFact && pair.SentenceScore < CountSentenceScore)
            return null;
        if (loose && SameUnitClose(context, a, na, b, nb) is var (ux, uy))
            return Divergence(context, pair, ux, uy, ClosestCountConfidence);
        RemoveConsistent(na, a.Sentence, b.Sentence, first: true);
        RemoveConsistent(nb, b.Sentence, a.Sentence, first: false);
        (NumberFact X, NumberFact Y)? best = null;
        var bestRatio = double.MaxValue;
        foreach (var x in na)
        {
            foreach (var y in nb)
            {
                if (x.Unit is not null && y.Unit is not null || OneNamesWhatASumIs(x, y) || x.CountsAName || y.CountsAName || x.Value <= 0 || y.Value <= 0 || !x.Comparable(y) || x.IsDuration != y.IsDuration
                    || x.IsFractional != y.IsFractional && (x.IsFractional ? y : x).Unit is not null || DifferentThings(context, a.Sentence, x, b.Sentence, y)
                    || ElidedOther(a.Sentence, x, b, y) || ElidedOther(b.Sentence, y, a, x))
                    continue;
                var ratio = Math.Max(x.Value, y.Value) / Math.Min(x.Value, y.Value);
                if (ratio <= (loose ? MaxLooseRatio : MaxRatio) && ratio < bestRatio)
                    (best, bestRatio) = ((x, y), ratio);
            }
        }
        return best is var (bx, by) ? Divergence(context, pair, bx, by, ClosestCountConfidence) : null;
    }

    /// <summary>
    /// Of two sums of money, one names what it is and the other only what it is for, to or from ("return a $26.5 million gift" /
    /// "had given $21.5 million to the university"): a part paid may be set against the whole, a share against a total.
    /// </summary>
    private static bool OneNamesWhatASumIs(NumberFact x, NumberFact y) => x.ForSomething && y.Unit is not null || y.ForSomething && x.Unit is not null;

    /// <summary>
    /// Drops the figures of <paramref name="own"/> that some figure of <paramref name="other"/> is consistent with (read as the
    /// pair's first sentence and second when <paramref name="first"/>, else the other way round).
    /// </summary>
    private static void RemoveConsistent(List<NumberFact> figures, SentenceProfile own, SentenceProfile other, bool first)
    {
        var kept = 0;
        for (var i = 0; i < figures.Count; i++)
        {
            var figure = figures[i];
            var consistent = false;
            foreach (var n in other.Numbers)
            {
                if (first ? Consistent(own, figure, other, n) : Consistent(other, n, own, figure))
                {
                    consistent = true;
                    break;
                }
            }
            if (!consistent)
                figures[kept++] = figure;
        }
        figures.RemoveRange(kept, figures.Count - kept);
    }

    /// <summary>Drops the shares and the figures inside a group's phrase ("among voters 45 and older"): shares of different measures are no rivals.</summary>
    private static void RemoveShares(List<NumberFact> figures, SentenceProfile sentence)
    {
        var kept = 0;
        for (var i = 0; i < figures.Count; i++)
        {
            if (!figures[i].IsShare && !ShareMeasure.InGroup(sentence, figures[i].Token))
                figures[kept++] = figures[i];
        }
        figures.RemoveRange(kept, figures.Count - kept);
    }

    private static List<NumberFact> WithUnit(List<NumberFact> figures, string unit)
    {
        var result = new List<NumberFact>();
        foreach (var figure in figures)
        {
            if (figure.Unit == unit)
                result.Add(figure);
        }
        return result;
    }

    /// <summary>The heads of the compounds the figures of either claim count (<see cref="NumberFact.Head"/>), each once.</summary>
    private static List<string> Heads(List<NumberFact> a, List<NumberFact> b)
    {
        if (!a.Exists(f => f.Head is not null) && !b.Exists(f => f.Head is not null))
            return NoHeads;
        var heads = new List<string>();
        foreach (var figure in a.Concat(b))
        {
            if (figure.Head is { } head && !heads.Contains(head))
                heads.Add(head);
        }
        return heads;
    }

    private static readonly List<string> NoHeads = [];

    private static List<NumberFact> Counting(List<NumberFact> figures, string unit) => figures.FindAll(f => f.Counts(unit));

    /// <summary>No figure before <paramref name="at"/> has the unit of the one there: each unit is tried once, in order.</summary>
    private static bool FirstWithUnit(List<NumberFact> figures, int at)
    {
        for (var k = 0; k < at; k++)
        {
            if (figures[k].Unit == figures[at].Unit)
                return false;
        }
        return true;
    }

    /// <summary>The lists <see cref="Between"/> reads each claim's current figures into, one pair per thread: detectors run on every core, a pair at a time.</summary>
    [ThreadStatic]
    private static List<NumberFact>? _currentA, _currentB;

    /// <summary>The claim's figures but those of an earlier state, into <paramref name="current"/>.</summary>
    private static List<NumberFact> Current(ImmutableArray<NumberFact> figures, List<NumberFact> current)
    {
        current.Clear();
        foreach (var figure in figures)
        {
            if (figure.Role != FigureRole.Earlier)
                current.Add(figure);
        }
        return current;
    }

    /// <summary>
    /// The figures of one unit that the two claims do not share, when they can only be each other: each figure is paired
    /// with one of the other claim that agrees with it, and what is left is one figure a side, or as many a side as the
    /// claims give in all, in the same order ("$2,000 checks instead of $600 checks" / "... instead of $400 checks").
    /// </summary>
    private static (NumberFact, NumberFact)? Unmatched(SentenceProfile sa, List<NumberFact> x, SentenceProfile sb, List<NumberFact> y)
    {
        Span<bool> used = y.Count <= 64 ? stackalloc bool[y.Count] : new bool[y.Count];
        var (rest, firstRest, matched) = (0, (NumberFact?)null, 0);
        foreach (var n in x)
        {
            var k = 0;
            while (k < y.Count && (used[k] || !Consistent(sa, n, sb, y[k])))
                k++;
            if (k == y.Count)
            {
                rest++;
                firstRest ??= n;
            }
            else
            {
                used[k] = true;
                matched++;
            }
        }
        var left = y.Count - matched;
        if (!(rest == 1 && left == 1 || rest > 0 && rest == left && x.Count == y.Count))
            return null;
        return (firstRest!, y[used.IndexOf(false)]);
    }

    /// <summary>
    /// In well-aligned sentences worded apart, the one unit both count with close figures that cannot be one count
    /// ("a rampage that killed 50 people" / "the shooting that left 49 people dead"); null when either gives that unit
    /// twice or gives the other's figure elsewhere ("shot three people, killing two" / "two people died"). Percentages
    /// are left out: worded apart, they are often changes from different bases.
    /// </summary>
    private static (NumberFact, NumberFact)? SameUnitClose(DivergenceContext context, ClaimProfile a, List<NumberFact> na, ClaimProfile b, List<NumberFact> nb)
    {
        foreach (var x in na.Where(n => n.Unit is not null and not "c:percent" && n.Value > 0))
        {
            var y = nb.Where(n => n.Unit == x.Unit).ToList();
            if (y.Count != 1 || na.Count(n => n.Unit == x.Unit) != 1 || y[0].Value <= 0 || !x.Comparable(y[0]) || Consistent(a.Sentence, x, b.Sentence, y[0]) || GivesBoth(a, x, b, y[0])
                || DifferentThings(context, a.Sentence, x, b.Sentence, y[0]))
                continue;
            if (Math.Max(x.Value, y[0].Value) / Math.Min(x.Value, y[0].Value) <= MaxLooseRatio)
                return (x, y[0]);
        }
        return null;
    }

    /// <summary>The figures are held by different people or places, or cover different times or places: they count different things.</summary>
    private static bool DifferentThings(DivergenceContext context, SentenceProfile a, NumberFact x, SentenceProfile b, NumberFact y)
        => Portion(a, x) != Portion(b, y) || FigureScopes.Differ(context, a, x, b, y) || SumOfParts(a, x, y) || SumOfParts(b, y, x) || FigureHolders.Differ(a, x, b, y) || CountFrames.Differ(a, x, b, y) || CountPlaces.Differ(a, x, b, y) || SentenceTimes.Differ(context, a, b)
            || DifferentAges(a, x, b, y);

    /// <summary>How far apart two ages of one person may be written (a birthday between the reports, a slip).</summary>
    private const double AgeSlack = 2;

    /// <summary>
    /// Each sentence gives one age, further apart than <see cref="AgeSlack"/>: they tell of different people ("a 32-year-old
    /// fell 600 metres" / "the 36-year-old fell 200 metres"), whose other figures are no rivals.
    /// </summary>
    private static bool DifferentAges(SentenceProfile a, NumberFact x, SentenceProfile b, NumberFact y)
        => x.Role != FigureRole.Age && y.Role != FigureRole.Age && a.Numbers.Where(n => n.Role == FigureRole.Age).ToList() is [var ax]
            && b.Numbers.Where(n => n.Role == FigureRole.Age).ToList() is [var ay] && Math.Abs(ax.Value - ay.Value) > AgeSlack;

    /// <summary>
    /// A bare figure counts what the figure right before it in its sentence counts, left unsaid ("Lawson added 16 points, and
    /// Green had 14"): when the other figure counts another noun ("17 assists") and its sentence does not name the first ("ten
    /// people killed and about 50 hurt" may count people), they are no rivals.
    /// </summary>
    private static bool ElidedOther(SentenceProfile sentence, NumberFact bare, ClaimProfile otherClaim, NumberFact other)
        => bare.Unit is null && bare.Figure.Currency.Length == 0 && other.Unit is not null && other.UnitWord is not null
            && CountSlots.UnitToken(otherClaim.Sentence, other) is >= 0 and var unit && otherClaim.Tags[unit].StartsWith("NN", StringComparison.Ordinal)
            && sentence.Numbers.Where(n => n.Token < bare.Token).MaxBy(n => n.Token) is { Unit: not null } counted
            && counted.Figure.Currency == bare.Figure.Currency && counted.IsFractional == bare.IsFractional && counted.Unit != other.Unit
            && counted.UnitWord is { } noun && !otherClaim.Sentence.Words.Contains(noun.ToLowerInvariant());

    /// <summary>
    /// Whether the figure counts only part of a whole: added to another count ("two more times", "four other people
    /// died", "the other three"; not what is still needed, "needs 12 more"), a run within it ("his first 17 passes", "the final two games"; not a span of time, "the past three weeks"),
    /// a share of a set ("two of whom", "28 of his 68 punches", "178 of 369"), or a part its sentence counts within a
    /// figure before it ("ran for 226 yards, including an 84-yard run").
    /// A part and a whole are different counts.
    /// </summary>
    public static int Portion(SentenceProfile sentence, NumberFact figure)
    {
        var words = sentence.Words;
        var end = ValueEnd(sentence, figure);
        if (end + 1 < words.Length && (words[end + 1] is "other" or "additional" or "others" || words[end + 1] == "more" && figure.Role != FigureRole.Remaining)
            || figure.Token >= 2 && words[figure.Token - 1] == "other" && words[figure.Token - 2] == "the")
            return 1;
        if (Included(sentence, figure))
            return 6;
        if (SpanInOneCapacity(sentence, figure))
            return 4;
        if (PaidInOneForm(words, end))
            return 5;
        if (end + 2 < words.Length && words[end + 1] == "of" && (words[end + 2] is "whom" or "them" or "his" or "her" or "their" or "its" or "those" or "these"
            || sentence.IsValueToken(end + 2)))
            return 3;
        var before = figure.Token - 1;
        return before >= 0 && words[before] is "first" or "last" or "final" or "next" or "opening" or "straight" && !figure.IsDuration ? 2 : 0;
    }

    /// <summary>How far before a figure an "including" that makes it part of a figure before is looked for ("including an 84-yard run").</summary>
    private const int IncludingWindow = 3;

    /// <summary>An "including" just before the figure, after a figure of its kind in the sentence: the figure is part of that one.</summary>
    private static bool Included(SentenceProfile sentence, NumberFact figure)
    {
        var words = sentence.Words;
        for (var i = figure.Token - 1; i >= Math.Max(0, figure.Token - IncludingWindow); i--)
        {
            if (words[i] is "including" or "includes" or "included")
                return sentence.Numbers.Exists(n => n.Token < i && n.Figure.Currency == figure.Figure.Currency && n.Figure.Percent == figure.Figure.Percent);
        }
        return false;
    }

    /// <summary>Nouns of a span a career or a post is counted in.</summary>
    private static readonly FrozenSet<string> Spans = FrozenSet.ToFrozenSet(["season", "seasons", "term", "terms", "stint", "stints"], StringComparer.Ordinal);

    /// <summary>
    /// A span of time spent in one capacity ("four seasons as its scout", "two years as mayor"): part of a longer stay with the
    /// same body ("19 seasons with the club").
    /// </summary>
    private static bool SpanInOneCapacity(SentenceProfile sentence, NumberFact figure)
        => (figure.IsDuration || figure.UnitWord is { } noun && Spans.Contains(noun.ToLowerInvariant()))
            && CountSlots.UnitToken(sentence, figure) is >= 0 and var unit && unit + 1 < sentence.Words.Length && sentence.Words[unit + 1] == "as";

    /// <summary>
    /// Two sums that cannot be rivals wherever they stand: one of a list of prices and one alone (<see cref="PriceList"/>), or a
    /// part paid in one form and a whole (<see cref="PaidInOneForm"/>).
    /// </summary>
    public static bool SumsApart(SentenceProfile a, NumberFact x, SentenceProfile b, NumberFact y)
        => PriceList(a) != PriceList(b) || PaidInOneForm(a.Words, ValueEnd(a, x)) != PaidInOneForm(b.Words, ValueEnd(b, y));

    /// <summary>The last token of the figure's value ("million" in "$80 million").</summary>
    private static int ValueEnd(SentenceProfile sentence, NumberFact figure)
    {
        var end = figure.Token;
        while (end + 1 < sentence.Words.Length && sentence.IsValueToken(end + 1))
            end++;
        return end;
    }

    /// <summary>How far after a sum the form it is paid in is looked for.</summary>
    private const int PaymentWindow = 12;

    /// <summary>
    /// A sum paid in one form ("$80 million in cash", "$80 million of the price will be in stock"): a part of a price paid in
    /// several, not a rival of the whole ("will pay $95 million").
    /// </summary>
    private static bool PaidInOneForm(string[] words, int end)
    {
        for (var i = end + 1; i + 1 < Math.Min(words.Length, end + 1 + PaymentWindow); i++)
        {
            if (words[i].Length == 0 || words[i] is "and" or "but" or "while" or "or")
                return false;
            if (words[i] == "in" && words[i + 1] is "cash" or "stock" or "shares")
                return true;
        }
        return false;
    }

    /// <summary>
    /// The figure is one of two counts joined by "and" ("two women and one man", "12 Somali and 11 Yemeni pirates") that
    /// add up to the other claim's figure: the same count, given in parts.
    /// </summary>
    private static bool SumOfParts(SentenceProfile sentence, NumberFact part, NumberFact total)
    {
        foreach (var other in sentence.Numbers)
        {
            if (other == part || Math.Abs(other.Token - part.Token) > 4 || !(other.Value + part.Value).Equals(total.Value))
                continue;
            var (from, to) = other.Token < part.Token ? (other.Token, part.Token) : (part.Token, other.Token);
            if (Array.IndexOf(sentence.Words, "and", from, to - from) >= 0)
                return true;
        }
        return false;
    }

    /// <summary>
    /// Both sentences give a score or a vote ("a 91-73 victory", "a 108-70 rout") and no score is in both: two games or two
    /// votes, whose figures ("had 24 points" / "scored 20") count different things.
    /// </summary>
    public static bool DifferentScores(DivergenceContext context, SentenceProfile a, SentenceProfile b)
    {
        if (Scores(context, a) is not { } x || Scores(context, b) is not { } y)
            return false;
        return !x.Overlaps(y);
    }

    /// <summary>The sentence's scores, each written winner first ("17-14" and "14-17" are one); null when it gives none.</summary>
    private static HashSet<(int, int)>? Scores(DivergenceContext context, SentenceProfile sentence)
    {
        HashSet<(int, int)>? scores = null;
        var words = sentence.Words;
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length == 0 && i > 0 && i + 1 < words.Length && context.RawWord(sentence, i) is "-" or "–" && Points(words[i - 1]) is int p && Points(words[i + 1]) is int q)
                (scores ??= []).Add((Math.Max(p, q), Math.Min(p, q)));
            else if (words[i].AsSpan().IndexOfAny('-', '–') >= 0 && words[i].Split('-', '–') is [var left, var right] && Points(left) is int l && Points(right) is int r)
                (scores ??= []).Add((Math.Max(l, r), Math.Min(l, r)));
        }
        return scores;
    }

    /// <summary>A side's score: one to three digits.</summary>
    private static int? Points(string word)
        => word.Length is >= 1 and <= 3 && word.All(char.IsAsciiDigit) ? int.Parse(word, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// The sentence gives three or more different sums of one currency: it lists the prices of several models, bids or tiers,
    /// and each of its figures (a price, a size, a speed) belongs to one of them. Set against a sentence that gives one such
    /// thing, which of them the other means cannot be told; two lists are compared.
    /// </summary>
    public static bool PriceList(SentenceProfile sentence)
    {
        var numbers = sentence.Numbers;
        for (var i = 0; i < numbers.Count; i++)
        {
            var currency = numbers[i].Figure.Currency;
            if (currency.Length > 0 && FirstOf(numbers, i, currency) && DistinctValues(numbers, i, currency) >= 3)
                return true;
        }
        return false;
    }

    private static bool FirstOf(List<NumberFact> numbers, int at, string currency)
    {
        for (var k = 0; k < at; k++)
        {
            if (numbers[k].Figure.Currency == currency)
                return false;
        }
        return true;
    }

    /// <summary>How many different values the figures of <paramref name="currency"/> give, from the first at <paramref name="from"/>.</summary>
    private static int DistinctValues(List<NumberFact> numbers, int from, string currency)
    {
        var distinct = 0;
        for (var j = from; j < numbers.Count; j++)
        {
            if (numbers[j].Figure.Currency != currency)
                continue;
            var repeated = false;
            for (var k = from; k < j && !repeated; k++)
                repeated = numbers[k].Figure.Currency == currency && numbers[k].Value.Equals(numbers[j].Value);
            if (!repeated)
                distinct++;
        }
        return distinct;
    }

    /// <summary>
    /// The claims count two or more of the same things and differ on every one ("six rifles, 12 magazines and 300 rounds"
    /// / "14 rifles, 31 magazines and 923 rounds"): tallies of different scopes (one raid and all of them, one game and a
    /// season), not one tally misreported.
    /// </summary>
    private static bool DifferentTallies(SentenceProfile sa, List<NumberFact> na, SentenceProfile sb, List<NumberFact> nb)
    {
        var shared = 0;
        for (var i = 0; i < na.Count; i++)
        {
            if (na[i].Unit is not { } unit || !FirstWithUnit(na, i) || !HasUnit(nb, unit))
                continue;
            foreach (var x in na)
            {
                if (x.Unit != unit)
                    continue;
                foreach (var y in nb)
                {
                    if (y.Unit == unit && Consistent(sa, x, sb, y))
                        return false;
                }
            }
            shared++;
        }
        return shared >= 2;
    }

    private static bool HasUnit(List<NumberFact> figures, string unit)
    {
        foreach (var figure in figures)
        {
            if (figure.Unit == unit)
                return true;
        }
        return false;
    }

    /// <summary>
    /// The other claim's article gives this figure too, in a sentence aligned with the one that gives it: both outlets
    /// agree on that fact, and the figure set against it counts something else (an earlier quake's magnitude, the total of
    /// all raids against one raid's haul).
    /// </summary>
    private static bool ArticleGivesBoth(DivergenceContext context, SentenceProfile a, NumberFact x, SentenceProfile b, NumberFact y)
        => Elsewhere(context, a, b, y) || Elsewhere(context, b, a, x);

    /// <summary>
    /// A sentence of <paramref name="sentence"/>'s article, other than it, aligned with <paramref name="giver"/>, gives
    /// <paramref name="figure"/> with its unit (a measure with decimals, with or without one).
    /// </summary>
    private static bool Elsewhere(DivergenceContext context, SentenceProfile sentence, SentenceProfile giver, NumberFact figure)
    {
        foreach (var other in context.PartnersIn(giver, sentence.Ref.Article))
        {
            if (other == sentence)
                continue;
            foreach (var n in other.Numbers)
            {
                if (n.Comparable(figure) && n.Figure.Agrees(figure.Figure)
                    && (n.Unit is not null && n.Unit == figure.Unit || figure.IsFractional && n.IsFractional && (n.Unit is null || figure.Unit is null || n.Unit == figure.Unit)))
                    return true;
            }
        }
        return false;
    }

    /// <summary>One claim also gives the other's figure, with another unit or none ("shot three people, killing two" / "two people died").</summary>
    private static bool GivesBoth(ClaimProfile a, NumberFact x, ClaimProfile b, NumberFact y)
        => a.Numbers.Any(n => n != x && n.Value.Equals(y.Value)) || b.Numbers.Any(n => n != y && n.Value.Equals(x.Value));

    /// <summary>
    /// One true count can give both figures: of one kind (sums of one currency, shares, or plain counts), they agree, or they differ by one where a sentence counts the
    /// perpetrator among the dead ("four people dead, including the assailant" / "the assailant killed three").
    /// </summary>
    public static bool Consistent(SentenceProfile a, NumberFact x, SentenceProfile b, NumberFact y)
        => x.Figure.Currency == y.Figure.Currency && x.Figure.Percent == y.Figure.Percent
            && (x.Agrees(y) && !BoundsApart(x, y) || Math.Abs(x.Value - y.Value) == 1 && (CountsPerpetrator(a) || CountsPerpetrator(b)));

    /// <summary>
    /// Two floors, or two ceilings, set far apart ("the more than 30 million Americans who suffer from it" / "the more than 37
    /// million Americans with it"): one true figure can pass both, but a writer puts "more than" just under the figure they
    /// have, so the two had different figures. Bounds within <see cref="Entities.NumberValue.Tolerance"/> of each other are one
    /// figure, and a count told by its order of size sets no bound a writer chose.
    /// </summary>
    private static bool BoundsApart(NumberFact x, NumberFact y)
    {
        var (qx, qy) = (x.Figure.Qualifier, y.Figure.Qualifier);
        var floors = qx is ">" or ">=" && qy is ">" or ">=";
        var ceilings = qx is "<" or "<=" && qy is "<" or "<=";
        return (floors || ceilings) && x.Value > 0 && y.Value > 0 && !Vague(x.Text) && !Vague(y.Text)
            && Math.Max(x.Value, y.Value) > (1 + Entities.NumberValue.Tolerance) * Math.Min(x.Value, y.Value);
    }

    /// <summary>A count told by its order of size ("hundreds", "dozens", "two dozen", "tens of thousands"): no figure the writer had.</summary>
    private static bool Vague(string text)
    {
        foreach (var word in VagueCounts)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static readonly string[] VagueCounts = ["dozen", "hundreds", "thousands", "millions", "billions", "scores", "tens"];

    private static bool CountsPerpetrator(SentenceProfile sentence)
    {
        var words = sentence.Words;
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] is not ("including" or "includes" or "plus" or "counting"))
                continue;
            for (var k = i + 1; k < Math.Min(words.Length, i + 4); k++)
            {
                if (Lexicon.Perpetrators.Contains(words[k]))
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// How the claim's sentence gives its figures: as revised, as initial or earlier ("within days, the fund had raised $20 million"), as forecast, as added to another ("an
    /// additional $16 billion"), for another thing than the story's ("died in a strike on another school"), or for a part
    /// left when something is taken out ("excluding food and energy", "core inflation"), as a set of flags (0: plainly).
    /// Figures of different standing do not contradict each other ("8.7% initially reported" / "a revised 8.3%"); two figures
    /// of the same standing are rivals.
    /// </summary>
    private static int Standing(ClaimProfile claim)
        => claim.FigureStanding >= 0 ? claim.FigureStanding : claim.FigureStanding = ReadStanding(claim);

    private static int ReadStanding(ClaimProfile claim)
    {
        var flags = 0;
        for (var i = 0; i < claim.Sentence.Words.Length; i++)
        {
            flags |= claim.Sentence.Words[i] switch
            {
                "revised" or "updated" => 1,
                "initially" or "originally" or "previously" or "preliminary" or "earlier" => 2,
                "within" when i + 1 < claim.Sentence.Words.Length && claim.Sentence.Words[i + 1] is "days" or "hours" or "minutes" or "weeks" => 2,
                "expected" or "expecting" or "forecast" or "predicted" or "projected" or "surveyed" => 4,
                "additional" or "another" or "extra" or "further" when FigureWithin(claim, i + 1, i + 3) => 8,
                "another" => 32,
                "excluding" or "excludes" or "except" or "core" or "underlying" => 16,
                "controlling" or "stripping" or "leaving" when i + 1 < claim.Sentence.Words.Length && claim.Sentence.Words[i + 1] is "for" or "out" => 16,
                _ => 0,
            };
        }
        return flags;
    }

    private static bool FigureWithin(ClaimProfile claim, int from, int to)
    {
        foreach (var n in claim.Numbers)
        {
            if (n.Token >= from && n.Token <= to)
                return true;
        }
        return false;
    }

    /// <summary>
    /// Both figures count the same unit among event words and share none: they count what different events did ("33 people
    /// have been arrested" / "hundreds of people took to the streets"). A figure without a unit is left to the wording of
    /// its claim ("4,200 members joined the strike" / "put the number of strikers at about 3,800").
    /// </summary>
    private static bool DifferentEvents(ClaimPair pair, NumberFact x, NumberFact y)
        => x.Unit is not null && x.Unit == y.Unit && !ToOneMark(pair, x, y)
            && CountSlots.EventsAround(pair.A.Sentence, x) is { } ex && CountSlots.EventsAround(pair.B.Sentence, y) is { } ey && !ex.Overlaps(ey);

    /// <summary>
    /// Both figures are what is left to one mark both sentences give ("71 delegates short of the 2,383 needed to clinch" / "needs 67
    /// delegates to reach the 2,383 needed to win"): the words of the goal may differ, the count is one.
    /// </summary>
    private static bool ToOneMark(ClaimPair pair, NumberFact x, NumberFact y)
        => x.Role == FigureRole.Remaining && y.Role == FigureRole.Remaining
            && pair.A.Sentence.Numbers.Any(m => m != x && m.Role != FigureRole.Remaining && pair.B.Sentence.Numbers.Any(n => n != y && n.Role != FigureRole.Remaining && n.Unit == m.Unit && m.Agrees(n)));

    private static Divergence? Divergence(DivergenceContext context, ClaimPair pair, NumberFact x, NumberFact y, double confidence)
        => DifferentEvents(pair, x, y) || ArticleGivesBoth(context, pair.A.Sentence, x, pair.B.Sentence, y) ? null : new(DivergenceKind.Number, DivergenceContext.Refs(pair.A.Sentence, pair.B.Sentence),
            $"{Describe(x)} ({context.Id(pair.A.Sentence)}) vs {Describe(y)} ({context.Id(pair.B.Sentence)})")
        {
            Confidence = confidence,
            Spans = [Span(context, pair.A.Sentence, x), Span(context, pair.B.Sentence, y)],
        };

    /// <summary>The figure's words in its sentence (the divergence's evidence; the count-slot detector reads it back).</summary>
    public static DivergenceSpan Span(DivergenceContext context, SentenceProfile p, NumberFact n)
    {
        var document = context.Articles[p.Ref.Article];
        var sentence = document.Sentences[p.Ref.Sentence];
        var start = document.Tokens[sentence.FirstToken + n.Token].Start;
        var end = Math.Min(sentence.End, start + n.Text.Length);
        return new DivergenceSpan(p.Ref, start, end, document.Text[start..end]);
    }

    public static string Describe(NumberFact n)
    {
        var text = n.Text.StartsWith(n.Figure.Currency, StringComparison.Ordinal) ? n.Text : n.Figure.Currency + n.Text;
        return n.UnitWord is null ? text : $"{text} {n.UnitWord}";
    }
}
