using System.Collections.Frozen;
using System.Text;
using Parallax.Documents;
using Parallax.Entities;

namespace Parallax.Comparison;

/// <summary>A number in a sentence, from its mention's value, with the word it counts ("about 1,200 troops" → ~1200, "troops" concept).</summary>
internal sealed record NumberFact(NumberValue Figure, string Text, string? Unit, string? UnitWord, int Token)
{
    /// <summary>What the figure stands for: figures of different roles never contradict each other.</summary>
    public FigureRole Role { get; init; }

    /// <summary>
    /// The head of the compound noun the figure's unit opens, as a unit is written ("4,200 union members": unit "union", head
    /// "member"), when it differs from <see cref="Unit"/>; null otherwise. Two figures count the same thing when their units
    /// match or one's head is the other's unit or head (<see cref="Counts"/>).
    /// </summary>
    public string? Head { get; init; }

    /// <summary>True when the figure counts <paramref name="unit"/>: its unit, or the head of the compound its unit opens.</summary>
    public bool Counts(string unit) => Unit == unit || Head == unit;

    /// <summary>
    /// A sum of money without a unit because a preposition follows it ("asked for $5 billion to rebuild the bridges", "$5.7 billion
    /// from parliament"): what it is for or from is told, not what it is (see <see cref="SentenceProfiler"/>).
    /// </summary>
    public bool ForSomething { get; init; }

    /// <summary>The figure has no unit because a capitalised word follows it ("12 Lorn and 11 Hask sailors", "THREE PEOPLE"): it counts something unread, not nothing. Sums of money and shares are never so ("the $670 billion Paycheck Protection Program").</summary>
    public bool CountsAName { get; init; }

    /// <summary>
    /// True when the two figures could be rival values of one thing: the same role, sums in the same currency, and shares
    /// only with shares ("those 45 and over" is no rival of "dropped 40 percent").
    /// </summary>
    public bool Comparable(NumberFact other) => Role == other.Role && Figure.Currency == other.Figure.Currency && Figure.Percent == other.Figure.Percent
        && IsClockTime == other.IsClockTime;

    /// <summary>The figure is a time of day ("9 a.m.", "3:30", "0440 GMT"): never the rival of a count.</summary>
    public bool IsClockTime => IsOneOf(UnitWord, ClockWords)
        || Text.Length >= 3 && Text.IndexOf(':') is > 0 and var colon && colon < Text.Length - 1 && char.IsAsciiDigit(Text[colon - 1]) && char.IsAsciiDigit(Text[colon + 1]);

    /// <summary>The figure has a fractional part ("6.1", "20.2"): a measure or an average, never a count of whole things.</summary>
    public bool IsFractional => Value != Math.Floor(Value);

    /// <summary>The figure is a share: a percentage, or percentage points.</summary>
    public bool IsShare => Figure.Percent || IsOneOf(UnitWord, ShareWords);

    /// <summary>The figure counts units of time ("three months", "90 days"): a span, never the rival of a plain count.</summary>
    public bool IsDuration => IsOneOf(UnitWord, DurationWords);

    /// <summary>The word, lower-cased as <see cref="string.ToLowerInvariant"/> does, is one of <paramref name="words"/>; ASCII words (nearly all) without a copy.</summary>
    private static bool IsOneOf(string? word, FrozenSet<string> words)
        => word is not null && (Ascii.IsValid(word) ? words.Contains(word) : words.Contains(word.ToLowerInvariant()));

    private static readonly FrozenSet<string> ClockWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "a.m.", "p.m.", "am", "pm", "gmt", "utc", "o'clock");

    private static readonly FrozenSet<string> ShareWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "percentage", "percentage-point", "percentage-points");

    private static readonly FrozenSet<string> DurationWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades");

    /// <summary>The figure written (the lower end of a range).</summary>
    public double Value => Figure.Amount;

    /// <summary>True when one true figure can satisfy both ("about 2,000" and "1,950").</summary>
    public bool Agrees(NumberFact other) => Figure.Agrees(other.Figure) || Rounds(this, other) || Rounds(other, this);

    /// <summary>
    /// How far an exact figure written with decimals may lie from the true one: "2.1 million" stands for anything from 2.05
    /// to 2.15 million, "5.4%" for 5.35 to 5.45 %. Whole numbers get none ("3,000 troops" is not "2,500 troops" rounded), but
    /// for dozens ("two dozen states" for 23) and whole figures of ten millions or more (see <see cref="WholeScaledRounding"/>).
    /// Read from the figure and its text once, when the fact is made (pairs of figures are checked for agreement many times): a copy
    /// (<c>with</c>) must not change <see cref="Figure"/> or <see cref="Text"/>.
    /// </summary>
    public double Rounding { get; } = RoundingOf(Figure, Text);

    private static double RoundingOf(NumberValue figure, string text)
    {
        var value = figure.Amount;
        if (!figure.IsExact || value == 0)
            return 0;
        if (text.Contains("dozen", StringComparison.OrdinalIgnoreCase))
            return NumberValue.Tolerance * value;
        var dot = text.IndexOf('.');
        if (dot < 0)
            return WholeScaledRounding(value, text);
        var decimals = 0;
        while (dot + 1 + decimals < text.Length && char.IsAsciiDigit(text[dot + 1 + decimals]))
            decimals++;
        if (decimals == 0 || !double.TryParse(text.AsSpan(0, dot + 1 + decimals).TrimStart("$€£"), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var written) || written == 0)
            return 0;
        return 0.5 * Math.Pow(10, -decimals) * (value / written);
    }

    /// <summary>
    /// A whole figure of ten or more millions, billions or trillions ("36 million", "$13 billion") is rounded to its last
    /// unit: "36 million" stands for 35.5 to 36.5 million. Smaller leading figures get none ("$5 billion" is not "$5.4 billion").
    /// A figure of whole thousands from ten thousand up ("250,000 deaths") is taken as rounded by half a percent.
    /// </summary>
    private const double RoundThousands = 10_000;

    /// <summary>How far a round figure of whole thousands from ten thousand up may lie from the true one ("250,000" for 250,180).</summary>
    private const double RoundShare = 0.005;

    private static double WholeScaledRounding(double value, string text)
    {
        var digits = text.AsSpan().TrimStart("$€£");
        var length = 0;
        while (length < digits.Length && (char.IsAsciiDigit(digits[length]) || digits[length] == ','))
            length++;
        if (length == 0 || !double.TryParse(digits[..length], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture, out var written) || written < 10)
            return 0;
        var scale = value / written;
        if (scale >= 1e6)
            return 0.5 * scale;
        return value >= RoundThousands && value % 1000 == 0 ? RoundShare * value : 0;
    }

    /// <summary>The coarser figure is the finer one rounded ("2.1 million" / "2.123 million").</summary>
    private static bool Rounds(NumberFact coarse, NumberFact fine)
        => coarse.Rounding > fine.Rounding && fine.Figure.IsExact && coarse.Figure.Currency == fine.Figure.Currency
            && Math.Abs(coarse.Value - fine.Value) <= coarse.Rounding + 1e-9 * Math.Abs(coarse.Value);
}

/// <summary>
/// A date in a sentence, from its mention's value (see <see cref="Mention.Value"/>), or the lower-case
/// weekday when the publication date is unknown. <see cref="Relative"/> dates were worked out from the
/// publication date ("Monday", "yesterday").
/// </summary>
internal sealed record DateFact(string Value, string Text, int Token, bool Relative)
{
    /// <summary>
    /// A month with no day or year ("in February"): kept for comparing the dates of one event across
    /// articles, but not a term of the sentence and never <see cref="Anchored"/>.
    /// </summary>
    public bool MonthOnly { get; init; }

    /// <summary>
    /// A date precise enough to contradict another: it has a day or a year. A month alone ("in February")
    /// and a decade are often a point of comparison rather than the date of the event.
    /// </summary>
    public bool Anchored => !Relative && _parts is var (year, _, day) && (day is not null || year is not null && !year.EndsWith('X'));

    /// <summary>The value's parts, read once: dates are compared for many pairs of claims.</summary>
    private readonly (string? Year, string? Month, string? Day)? _parts = Parts(Value);

    /// <summary>A bare weekday ("Tuesday"), whether or not the publication date resolved it.</summary>
    public bool Weekday => Text.Length > 0 && Parallax.Text.CalendarWords.Weekdays.ContainsKey(Text);

    /// <summary>A date after "since", "from", "than"...: a point of comparison ("the lowest since March"), not the date of the event.</summary>
    public bool IsComparisonPoint(SentenceProfile sentence)
        => Token > 0 && sentence.Words[Token - 1] is "from" or "since" or "than" or "compared" or "until" or "through";

    /// <summary>True when the two can name the same day: the same weekday, or every part both give (year, month, day, decade) is equal.</summary>
    public bool CompatibleWith(DateFact other)
    {
        if (Weekday && other.Weekday)
            return string.Equals(Text, other.Text, StringComparison.OrdinalIgnoreCase);
        if (Value == other.Value || Relative || other.Relative)
            return true;
        var (a, b) = (_parts, other._parts);
        if (a is null || b is null)
            return true;
        var (ya, ma, da) = a.Value;
        var (yb, mb, db) = b.Value;
        return Same(ya, yb) && Same(ma, mb) && Same(da, db);
    }

    private static bool Same(string? x, string? y)
        => x is null || y is null || x == y
            || x.EndsWith('X') && y.StartsWith(x.TrimEnd('X'), StringComparison.Ordinal)
            || y.EndsWith('X') && x.StartsWith(y.TrimEnd('X'), StringComparison.Ordinal);

    /// <summary>Year (or decade "199X"), month and day of an ISO value; null parts are not given.</summary>
    private static (string? Year, string? Month, string? Day)? Parts(string value)
    {
        var parts = value.Split('-');
        return parts switch
        {
            ["", "", var m] => (null, m, null),
            ["", "", var m, var d] => (null, m, d),
            [var y] when y.Length == 4 => (y, null, null),
            [var y, var m] => (y, m, null),
            [var y, var m, var d] => (y, m, d),
            _ => null,
        };
    }
}

/// <summary>An entity mention inside a sentence, resolved to its story entity.</summary>
internal sealed record EntityOccurrence(int Entity, int MentionIndex, Mention Mention, int Token, int EndToken);

/// <summary>Everything the aligner and the divergence finder need to know about one sentence.</summary>
internal sealed class SentenceProfile
{
    public required SentenceRef Ref { get; init; }
    public required int Global { get; init; }
    public required string Text { get; init; }
    /// <summary>Lower-case word per token of the sentence ("" for punctuation).</summary>
    public required string[] Words { get; init; }
    /// <summary>Content concept per token (stem or synonym group), null for stop words and punctuation.</summary>
    public required string?[] Concepts { get; init; }
    public required Dictionary<string, double> Counts { get; init; }
    /// <summary>Rarity-weighted unit vector over term ids, sorted by id.</summary>
    public (int Term, double Weight)[] Vector { get; set; } = [];
    /// <summary>Term counts of the clause chunks of a long sentence (empty for a short one).</summary>
    public required List<Dictionary<string, double>> ChunkCounts { get; init; }
    /// <summary>Every term with the token it comes from, so a clause of the sentence can be weighed on its own.</summary>
    public required (int Token, string Term, double Amount)[] TermsAt { get; init; }
    /// <summary>The story's term rarities, set when the story is weighed.</summary>
    public TermWeights? Weights { get; set; }
    public (int Term, double Weight)[][] Chunks { get; set; } = [];
    public required List<NumberFact> Numbers { get; init; }
    public required List<DateFact> Dates { get; init; }
    public required List<EntityOccurrence> Entities { get; init; }
    public required List<string> Hedges { get; init; }
    public required List<string> Negations { get; init; }
    public required bool FirstPerson { get; init; }
    public required bool HasQuotationMarks { get; init; }
    public required int ContentWords { get; init; }

    /// <summary>Per figure of <see cref="Numbers"/>, the event words around it once read (see <see cref="CountSlots.EventsAround"/>).</summary>
    internal HashSet<string>?[]? CountEvents { get; set; }

    /// <summary>Per token, whether it negates what it governs, once read by the negation detector (which reads the sentence's tags).</summary>
    internal bool[]? NegatorTokens { get; set; }

    /// <summary>The entity occurrence whose words cover the token, or null.</summary>
    public EntityOccurrence? EntityAt(int token)
    {
        foreach (var o in Entities)
        {
            if (o.Token <= token && token <= o.EndToken)
                return o;
        }
        return null;
    }

    /// <summary>True for a token that gives a value: a figure (digits or a number word) or the first word of a date.</summary>
    public bool IsValueToken(int token)
    {
        var word = Words[token];
        return word.Length > 0 && (char.IsAsciiDigit(word[0]) || Parallax.Text.NumberWords.TryValue(word, out _))
            || NumberAt(token) || DateAt(token);
    }

    /// <summary>A figure starts at the token.</summary>
    public bool NumberAt(int token)
    {
        foreach (var n in Numbers)
        {
            if (n.Token == token)
                return true;
        }
        return false;
    }

    /// <summary>A date starts at the token.</summary>
    public bool DateAt(int token)
    {
        foreach (var d in Dates)
        {
            if (d.Token == token)
                return true;
        }
        return false;
    }
}
