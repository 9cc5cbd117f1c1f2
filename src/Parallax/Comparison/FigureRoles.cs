using System.Collections.Frozen;

namespace Parallax.Comparison;

/// <summary>What a figure stands for in its sentence: a value stated as fact, or one of the figures that only look like it.</summary>
internal enum FigureRole
{
    /// <summary>A value the sentence states ("3.2 million claims were filed").</summary>
    Stated,

    /// <summary>A goal, a requirement or a mark to reach ("a goal of 100 million shots", "the needed 67 votes", "past the 25,000 mark").</summary>
    Goal,

    /// <summary>What someone expected or forecast ("economists had expected 3.1 million claims").</summary>
    Forecast,

    /// <summary>What is still to go before a mark ("71 delegates short of the 2,383 needed", "needs 67 more", "needs 67 delegates to reach 2,383").</summary>
    Remaining,

    /// <summary>A person's age ("died aged 99", "a 42-year-old").</summary>
    Age,

    /// <summary>A count of others besides someone the sentence names ("Feinstein and three of her colleagues", "the mayor and two others").</summary>
    Others,

    /// <summary>
    /// A value before the event: the level a change starts from ("fell from 781,000", "down from 78.9 years in 2014", "from a
    /// peak of 88%") or a record passed ("broke Wednesday's record high of 80,662"); often of another time than the other claim's.
    /// </summary>
    Earlier,

    /// <summary>The same value in another unit or currency, in brackets after it ("$1 million ($1.5 million)", "60 metres (200 feet)").</summary>
    Conversion,
}

/// <summary>
/// Reads a figure's <see cref="FigureRole"/> from the words of its clause: figures of different roles never contradict each
/// other, as a goal does not contradict the share done, nor an age a number of years married.
/// </summary>
internal static class FigureRoles
{
    /// <summary>How far back in its clause a word that makes the figure a goal or a forecast is looked for (and ahead, a verb of reaching a mark).</summary>
    private const int Window = 14;

    private static readonly FrozenSet<string> GoalWords = FrozenSet.ToFrozenSet(
        ["goal", "goals", "target", "targets", "targeted", "aim", "aims", "aiming", "needed", "need", "needs", "require", "required", "requires",
         "quota", "threshold", "benchmark", "milestone"],
        StringComparer.Ordinal);

    /// <summary>Nouns that, right after a figure, make it a mark to pass ("the 25,000 threshold", "the 1 million mark").</summary>
    private static readonly FrozenSet<string> MarkNouns = FrozenSet.ToFrozenSet(
        ["threshold", "mark", "milestone", "barrier", "benchmark", "target", "goal"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> ForecastWords = FrozenSet.ToFrozenSet(
        ["expected", "expecting", "expect", "expects", "expectations", "forecast", "forecasts", "forecasting", "predicted", "predicting",
         "predicts", "projected", "projecting", "projects", "anticipated"],
        StringComparer.Ordinal);

    /// <summary>Nouns of a forecast, which make a figure one only when it is what they give ("the prediction that it would confirm 240,000 deaths", "projections of 240,000"), not when it is passed ("beat predictions and reached 250,000").</summary>
    private static readonly FrozenSet<string> ForecastNouns = FrozenSet.ToFrozenSet(
        ["prediction", "predictions", "projection", "projections"], StringComparer.Ordinal);

    /// <summary>Words that end the clause a figure stands in, looking back from it.</summary>
    private static readonly FrozenSet<string> ClauseBreaks = FrozenSet.ToFrozenSet(
        [",", ";", ":", "—", "–", "but", "while", "whereas", "although", "though", "because", "after", "before", "when", "as", "which", "who"],
        StringComparer.Ordinal);

    /// <param name="words">The sentence's lower-case words, punctuation included.</param>
    /// <param name="first">The figure's first token.</param>
    /// <param name="last">The figure's last token.</param>
    public static FigureRole Of(string[] words, int first, int last)
    {
        if (IsAgeBound(words, first))
            return FigureRole.Goal;
        if (IsAge(words, first, last))
            return FigureRole.Age;
        if (IsOthers(words, first, last))
            return FigureRole.Others;
        if (IsStartingPoint(words, first) || IsPassedRecord(words, first))
            return FigureRole.Earlier;
        if (IsRemaining(words, first, last))
            return FigureRole.Remaining;
        if (last + 1 < words.Length && MarkNouns.Contains(words[last + 1]) || IsJudgedAgainst(words, first))
            return FigureRole.Goal;
        for (var i = first - 1; i >= Math.Max(0, first - Window); i--)
        {
            var word = words[i];
            if (ClauseBreaks.Contains(word))
                break;
            if (GoalWords.Contains(word))
                return FigureRole.Goal;
            if (ForecastWords.Contains(word) || ForecastNouns.Contains(word) && GivesFigure(words, i, first))
                return FigureRole.Forecast;
        }
        return FigureRole.Stated;
    }

    /// <summary>The forecast noun at <paramref name="noun"/> is followed by "of" or "that", and nothing joins another verb or passes it before the figure.</summary>
    private static bool GivesFigure(string[] words, int noun, int figure)
    {
        if (words[noun + 1] is not ("of" or "that"))
            return false;
        for (var i = noun + 1; i < figure; i++)
        {
            if (words[i] is "and" or "but" or "or" || Lexicon.Surpassing.Contains(words[i]))
                return false;
        }
        return true;
    }

    /// <summary>Comparatives that judge one thing against a figure rather than bound a count ("an offer better than $184 million").</summary>
    private static readonly FrozenSet<string> Judging = FrozenSet.ToFrozenSet(["better", "worse", "richer", "sweeter"], StringComparer.Ordinal);

    /// <summary>How far back in its clause the "than" of a judging comparative is looked for ("better than eight years and $184 million").</summary>
    private const int JudgedWindow = 6;

    /// <summary>The figure is the mark something else is judged against ("an offer better than $184 million"): not that thing's value.</summary>
    private static bool IsJudgedAgainst(string[] words, int first)
    {
        for (var i = first - 1; i >= Math.Max(1, first - JudgedWindow); i--)
        {
            if (ClauseBreaks.Contains(words[i]))
                return false;
            if (words[i] == "than")
                return Judging.Contains(words[i - 1]);
        }
        return false;
    }

    /// <summary>"from 781,000", "from a peak of 88%".</summary>
    private static bool IsStartingPoint(string[] words, int first)
    {
        var i = first - 1;
        if (i >= 1 && words[i] == "of" && Lexicon.ChangeBases.Contains(words[i - 1]))
            i = i - 2 >= 0 && words[i - 2] is "a" or "the" or "its" or "their" ? i - 3 : i - 2;
        return i >= 0 && words[i] == "from";
    }

    /// <summary>"broke Wednesday's record high of 80,662", "surpassing the previous peak of 2 million".</summary>
    private static bool IsPassedRecord(string[] words, int first)
    {
        if (first < 2 || words[first - 1] != "of")
            return false;
        var basis = false;
        for (var i = first - 2; i >= Math.Max(0, first - 7); i--)
        {
            if (Lexicon.ChangeBases.Contains(words[i]))
                basis = true;
            else if (basis && Lexicon.Surpassing.Contains(words[i]))
                return true;
            else if (ClauseBreaks.Contains(words[i]) || words[i] == "that")
                return false;
        }
        return false;
    }

    /// <summary>Verbs of reaching a mark ("needs 67 delegates to reach the 2,383").</summary>
    private static readonly FrozenSet<string> Reaching = FrozenSet.ToFrozenSet(["reach", "hit", "clinch", "surpass", "cross", "top"], StringComparer.Ordinal);

    /// <summary>
    /// The figure is what is still to go before a mark: followed, past its noun, by "short of" or "shy of"; or needed ("needs",
    /// "still need") as "more" of it ("needs 67 more") or on the way to a figure a verb of reaching takes ("needs 67 delegates to
    /// reach the 2,383"). A figure needed alone stays a goal ("needs 60 votes to pass", "needs 218 votes to pass the bill in the
    /// 435-seat House").
    /// </summary>
    private static bool IsRemaining(string[] words, int first, int last)
    {
        for (var i = last + 1; i < Math.Min(words.Length - 1, last + 4); i++)
        {
            if (words[i] is "short" or "shy" && words[i + 1] == "of")
                return true;
            if (ClauseBreaks.Contains(words[i]) || IsFigure(words[i]))
                break;
        }
        var needed = false;
        for (var i = first - 1; i >= Math.Max(0, first - 3); i--)
        {
            if (words[i] is "needs" or "need")
            {
                needed = true;
                break;
            }
            if (words[i] is not ("still" or "only" or "just" or "about" or "another" or "roughly" or "nearly" or "some"))
                return false;
        }
        if (!needed)
            return false;
        if (last + 1 < words.Length && words[last + 1] == "more" || last + 2 < words.Length && words[last + 2] == "more" && words[last + 1] != "or")
            return true;
        for (var i = last + 1; i < Math.Min(words.Length, last + Window); i++)
        {
            if (ClauseBreaks.Contains(words[i]) && words[i] != "as")
                return false;
            if (words[i - 1] == "to" && Reaching.Contains(words[i]))
                return ReachedFigure(words, i + 1);
        }
        return false;
    }

    /// <summary>A figure within the few words after a verb of reaching ("reach [the magic number of] 2,383").</summary>
    private static bool ReachedFigure(string[] words, int from)
    {
        for (var i = from; i < Math.Min(words.Length, from + 5); i++)
        {
            if (IsFigure(words[i]))
                return true;
            if (words[i] is not ("the" or "a" or "magic" or "number" or "of" or "mark" or "threshold"))
                return false;
        }
        return false;
    }

    private static bool IsFigure(string word) => word.Length > 0 && char.IsAsciiDigit(word[0]);

    /// <summary>"and three others", "and three of her colleagues": the figure leaves out the one named before it.</summary>
    private static bool IsOthers(string[] words, int first, int last)
    {
        if (first == 0 || words[first - 1] != "and" || last + 1 >= words.Length)
            return false;
        var next = words[last + 1];
        return next is "others" or "other" || next == "of" && last + 2 < words.Length && words[last + 2] is "his" or "her" or "their" or "its";
    }

    /// <summary>"under age 40", "over age 65", "girls as young as 14": a bound that sets a group apart, not anyone's age nor a count.</summary>
    private static bool IsAgeBound(string[] words, int first)
        => first >= 2 && words[first - 1] is "age" or "aged" && words[first - 2] is "under" or "over" or "above" or "below"
            || first >= 3 && words[first - 1] == "as" && words[first - 2] is "young" or "old" && words[first - 3] == "as";

    /// <summary>"aged 99", "at age 99", "age 99", "99-year-old", "99 years old".</summary>
    private static bool IsAge(string[] words, int first, int last)
    {
        if (first > 0 && words[first - 1] is "aged" or "age" or "ages")
            return true;
        var next = last + 1 < words.Length ? words[last + 1] : "";
        if (next is "" or "-" or "‐" && last + 2 < words.Length && words[last + 2] is "year-old" or "years-old")
            return true;
        if (next is "-year-old" or "year-old" or "-years-old" or "years-old" || words[last].EndsWith("-year-old", StringComparison.Ordinal))
            return true;
        return next is "years" or "year" && last + 2 < words.Length && words[last + 2] == "old";
    }
}
