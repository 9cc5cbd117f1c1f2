using System.Collections.Frozen;

namespace Parallax.Comparison;

/// <summary>
/// What stretch a figure covers, read from its clause and from a phrase opening its sentence: a part of a game or a fight
/// ("during the round", "in the second half", "during the game's deciding 15-2 run"), a running total ("so far", "career",
/// "this season"), a span of games ("in the five games he played"), or a day; and what a count is on ("touchdowns on
/// punt returns") and what tally it is the yield of ("53 catches for 605 yards"). Figures of different stretches count different things (a round's punches and the fight's, a day's losses
/// and the conflict's, a career average and one over five games), however alike their sentences are.
/// </summary>
internal static class FigureScopes
{
    /// <summary>Prepositions that put a figure inside a stretch ("during the round", "in the five games").</summary>
    private static readonly FrozenSet<string> Openers = FrozenSet.ToFrozenSet(["during", "in", "over", "through", "throughout"], StringComparer.Ordinal);

    /// <summary>Nouns of a part of one game, fight or race; followed by "of" they are something else ("a round of talks", "the first half of 2021").</summary>
    private static readonly FrozenSet<string> Parts = FrozenSet.ToFrozenSet(["round", "inning", "innings", "half", "run", "lap"], StringComparer.Ordinal);

    /// <summary>Nouns counted to give a span of play ("in 106 games", "over his last five starts").</summary>
    private static readonly FrozenSet<string> SpanNouns = FrozenSet.ToFrozenSet(["games", "matches", "starts", "outings", "fights", "races", "bouts"], StringComparer.Ordinal);

    /// <summary>Words and word pairs that make a figure a running total.</summary>
    private static readonly FrozenSet<string> Running = FrozenSet.ToFrozenSet(
        ["career", "so far", "to date", "thus far", "all told", "in all", "this season", "all season", "on the season", "all year"], StringComparer.Ordinal);

    /// <summary>Words that end a figure's clause.</summary>
    private static readonly FrozenSet<string> Boundaries = FrozenSet.ToFrozenSet(
        ["and", "but", "while", "whereas", "although", "though", "because", "when", "which", "who"], StringComparer.Ordinal);

    /// <summary>Printed marks that end a figure's clause (the profile's words hold every mark as "").</summary>
    private static readonly FrozenSet<string> Breaks = FrozenSet.ToFrozenSet([",", ";", ":", "(", ")", "—", "–"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(["the", "a", "an", "his", "her", "their", "its", "our", "my"], StringComparer.Ordinal);

    /// <summary>How far after its preposition a part noun is looked for ("during the game's deciding 15-2 run").</summary>
    private const int PartWindow = 10;

    private enum Kind { None, Dated, Span, Running, Part }

    private readonly record struct Scope(Kind Kind, string Key);

    /// <summary>
    /// The two figures cover different stretches: different parts, a part and anything else (the whole), a running total and a
    /// span of games or a day; or the counts are on different things ("six touchdowns on offense" / "two touchdowns on the ground").
    /// </summary>
    public static bool Differ(DivergenceContext context, SentenceProfile a, NumberFact x, SentenceProfile b, NumberFact y)
    {
        var (sx, sy) = (Of(context, a, x), Of(context, b, y));
        if (sx.Kind == sy.Kind ? sx.Key != sy.Key : sx.Kind == Kind.Part || sy.Kind == Kind.Part
            || (sx.Kind, sy.Kind) is (Kind.Running, Kind.Span or Kind.Dated) or (Kind.Span or Kind.Dated, Kind.Running))
            return true;
        if (On(a, x) is { Count: > 0 } ox && On(b, y) is { Count: > 0 } oy && !ox.Overlaps(oy))
            return true;
        return YieldOf(a, x) is { } tx && YieldOf(b, y) is { } ty && tx != ty;
    }

    /// <summary>How far before the "for" of a yield the tally it is the yield of may stand ("29-of-34 passes for 364 yards").</summary>
    private const int TallyWindow = 4;

    /// <summary>
    /// The noun of the tally a figure is the yield of ("53 catches for 605 yards" gives catches), or null: yields of different
    /// tallies (one player's catches, another's passes) are different counts.
    /// </summary>
    private static string? YieldOf(SentenceProfile sentence, NumberFact figure)
    {
        var at = figure.Token - 1;
        if (at < 1 || sentence.Words[at] != "for")
            return null;
        return sentence.Numbers.Where(n => n.Token < at && n.Token >= at - TallyWindow && n.UnitWord is not null && CountSlots.UnitToken(sentence, n) == at - 1)
            .Select(n => n.UnitWord!.ToLowerInvariant()).FirstOrDefault();
    }

    private static Scope Of(DivergenceContext context, SentenceProfile sentence, NumberFact figure)
    {
        var (first, end) = Clause(context, sentence, figure.Token);
        var scope = Read(sentence, first, end);
        if (scope.Kind == Kind.None && Opening(context, sentence) is var opening and > 0 && figure.Token > opening)
            scope = Read(sentence, 0, opening);
        return scope;
    }

    /// <summary>The tokens [first, end) of the clause around a token.</summary>
    private static (int First, int End) Clause(DivergenceContext context, SentenceProfile sentence, int token)
    {
        var words = sentence.Words;
        var first = token;
        while (first > 0 && !Ends(context, sentence, first - 1))
            first--;
        var end = token + 1;
        while (end < words.Length && !Ends(context, sentence, end))
            end++;
        return (first, end);
    }

    private static bool Ends(DivergenceContext context, SentenceProfile sentence, int token)
        => Boundaries.Contains(sentence.Words[token]) || sentence.Words[token].Length == 0 && Breaks.Contains(context.RawWord(sentence, token));

    /// <summary>The end of a phrase of a stretch that opens the sentence before a comma ("In the five games he played, …"), or 0.</summary>
    private static int Opening(DivergenceContext context, SentenceProfile sentence)
    {
        if (sentence.Words.Length == 0 || !Openers.Contains(sentence.Words[0]))
            return 0;
        for (var i = 1; i < sentence.Words.Length; i++)
        {
            if (sentence.Words[i].Length == 0 && context.RawWord(sentence, i) == ",")
                return i;
        }
        return 0;
    }

    private static Scope Read(SentenceProfile sentence, int first, int end)
    {
        var words = sentence.Words;
        var found = new Scope(Kind.None, "");
        for (var i = first; i < end; i++)
        {
            if (Openers.Contains(words[i]) && PartAfter(words, i + 1, end) is { } part)
                return new Scope(Kind.Part, part);
            if (IsRunning(words, i, end))
                found = new Scope(Kind.Running, "");
            else if (found.Kind < Kind.Span && Openers.Contains(words[i]) && SpanAfter(sentence, i + 1, end) is { } span)
                found = new Scope(Kind.Span, span);
            else if (found.Kind == Kind.None && DateAt(sentence, i))
                found = new Scope(Kind.Dated, "");
        }
        return found;
    }

    /// <summary>A word, or the pair or triple of words it opens before <paramref name="end"/>, makes a figure a running total.</summary>
    private static bool IsRunning(string[] words, int i, int end)
    {
        if (Running.Contains(words[i]))
            return true;
        if (i + 1 >= end || !RunningOpeners.Contains(words[i]))
            return false;
        Span<char> buffer = stackalloc char[64];
        var length = Join(buffer, 0, words[i], words[i + 1]);
        if (length > 0 && RunningPhrases.Contains(buffer[..length]))
            return true;
        if (i + 2 >= end || length <= 0)
            return false;
        length = Join(buffer, length, "", words[i + 2]);
        return length > 0 && RunningPhrases.Contains(buffer[..length]);
    }

    /// <summary>Writes "<paramref name="left"/> <paramref name="right"/>" at <paramref name="at"/> (left empty: appends " right"); the new length, or -1 when it does not fit.</summary>
    private static int Join(Span<char> buffer, int at, string left, string right)
    {
        if (at + left.Length + 1 + right.Length > buffer.Length)
            return -1;
        left.CopyTo(buffer[at..]);
        at += left.Length;
        buffer[at++] = ' ';
        right.CopyTo(buffer[at..]);
        return at + right.Length;
    }

    private static readonly FrozenSet<string> RunningOpeners = FrozenSet.ToFrozenSet(Running.Where(r => r.Contains(' ')).Select(r => r[..r.IndexOf(' ')]), StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RunningPhrases = Running.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool DateAt(SentenceProfile sentence, int token)
    {
        foreach (var date in sentence.Dates)
        {
            if (date.Token == token)
                return true;
        }
        return false;
    }

    /// <summary>The part noun a preposition's phrase ends in, with an ordinal before it ("second half"), or null.</summary>
    private static string? PartAfter(string[] words, int from, int end)
    {
        for (var i = from + 1; i < Math.Min(end, from + PartWindow); i++)
        {
            if (!Parts.Contains(words[i]))
                continue;
            if (i + 1 < words.Length && words[i + 1] == "of" || words[i - 1] == "long")
                return null;
            return words[i - 1] is "first" or "second" or "third" or "fourth" or "fifth" or "final" or "last" or "opening" ? words[i - 1] + " " + words[i] : words[i];
        }
        return null;
    }

    /// <summary>A counted span of play right after a preposition ("in the five games", "over his last 10 starts"), or null.</summary>
    private static string? SpanAfter(SentenceProfile sentence, int from, int end)
    {
        var words = sentence.Words;
        var i = from;
        while (i < end && (Determiners.Contains(words[i]) || words[i] is "last" or "first" or "past" or "next"))
            i++;
        return i + 1 < end && sentence.NumberAt(i) && SpanNouns.Contains(words[i + 1]) ? words[i + 1] : null;
    }

    /// <summary>The words of an "on" phrase right after the count's noun ("touchdowns on punt returns" gives punt, returns), or null.</summary>
    private static HashSet<string>? On(SentenceProfile sentence, NumberFact figure)
    {
        if (figure.UnitWord is null || CountSlots.UnitToken(sentence, figure) is not (>= 0 and var unit))
            return null;
        var words = sentence.Words;
        if (unit + 1 >= words.Length || words[unit + 1] != "on")
            return null;
        var result = new HashSet<string>(StringComparer.Ordinal);
        for (var i = unit + 2; i < Math.Min(words.Length, unit + 6); i++)
        {
            if (words[i].Length == 0 || Boundaries.Contains(words[i]) || words[i] is "this" or "last" or "in" or "for" or "with" || sentence.NumberAt(i)
                || DateAt(sentence, i))
                break;
            if (!Determiners.Contains(words[i]))
                result.Add(words[i]);
        }
        return result;
    }
}
