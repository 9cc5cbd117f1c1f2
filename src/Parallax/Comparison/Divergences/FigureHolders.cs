using System.Collections.Frozen;
using System.Globalization;
using Parallax.Quotes;

namespace Parallax.Comparison;

/// <summary>
/// Whose figure a figure is: the person, organisation or place named just before it as its holder ("Rubio has 163",
/// "Rubio, who has 151", "Kasich's 143", "Kasich, at 54", "Ohio with 66"), or the doer of its clause ("Carter scored 14
/// points", "McDermott led all players with 23 points"); for an age, the one it describes ("Ada Venn, 48,", "a 36-year-old
/// Ada Venn", "a 20-year-old woman"). Figures of two different holders count different things, however alike the
/// sentences are.
/// </summary>
internal static class FigureHolders
{
    /// <summary>Words (and punctuation, "") that may stand between a holder and its figure; a reporting verb may not ("Ruiz said 40" gives Ruiz's account of a count, not Ruiz's count).</summary>
    private static readonly FrozenSet<string> Between = FrozenSet.ToFrozenSet(
        ["", "'s", "’s", "'", "’", "has", "had", "have", "having", "now", "with", "at", "who", "which", "won", "wins", "holds", "held", "got",
            "gets", "earned", "took", "takes", "secured", "collected", "received", "on", "only", "just", "about", "nearly", "almost", "roughly"],
        StringComparer.Ordinal);

    /// <summary>Words that end the figure's clause on the way back to its doer.</summary>
    private static readonly FrozenSet<string> Boundaries = FrozenSet.ToFrozenSet(
        ["and", "or", "but", "while", "whereas", "when", "after", "before", "as", "than", "that", "because", "if", "although"], StringComparer.Ordinal);

    private const int MaxGap = 4;

    /// <summary>Both figures have a holder, and the holders are different entities of the story (or, for ages, different people described).</summary>
    public static bool Differ(SentenceProfile a, NumberFact x, SentenceProfile b, NumberFact y)
    {
        if (x.Role == FigureRole.Age && y.Role == FigureRole.Age && Described(a, x) is { } dx && Described(b, y) is { } dy)
            return dx != dy;
        return Of(a, x) is var hx and >= 0 && Of(b, y) is var hy and >= 0 && hx != hy;
    }

    /// <summary>The story entity holding the figure, or -1.</summary>
    public static int Of(SentenceProfile sentence, NumberFact figure)
    {
        for (var i = figure.Token - 1; i >= Math.Max(0, figure.Token - 1 - MaxGap); i--)
        {
            if (EntityEndingAt(sentence, i) is { } entity)
                return entity.Entity;
            var word = sentence.Words[i];
            if (!Between.Contains(word) && !word.EndsWith("'s", StringComparison.Ordinal) && !word.EndsWith("’s", StringComparison.Ordinal)
                && (word.Length == 0 || Boundaries.Contains(word) || CueLexicon.TryGet(word, out _) || sentence.NumberAt(i)))
                return -1;
        }
        return -1;
    }

    /// <summary>
    /// Who an age describes: the name just before it ("Ada Venn, 48,"), or the name or noun after its "-year-old" ("a
    /// 36-year-old Ada Venn", "a 20-year-old woman"); null when neither is found.
    /// </summary>
    private static string? Described(SentenceProfile sentence, NumberFact age)
    {
        var words = sentence.Words;
        if (age.Token >= 2 && words[age.Token - 1].Length == 0 && EntityEndingAt(sentence, age.Token - 2) is { Mention.Type: EntityType.Person } before)
            return "e" + before.Entity.ToString(CultureInfo.InvariantCulture);
        var after = age.Token + 1;
        while (after < words.Length && after <= age.Token + 4 && words[after] is "-year-old" or "year-old" or "years-old" or "" or "year" or "old" or "years")
            after++;
        if (after == age.Token + 1 && !words[age.Token].EndsWith("year-old", StringComparison.Ordinal) || after >= words.Length)
            return null;
        foreach (var entity in sentence.Entities)
        {
            if (entity.Token == after && entity.Mention.Type == EntityType.Person)
                return "e" + entity.Entity.ToString(CultureInfo.InvariantCulture);
        }
        return words[after].Length > 0 && char.IsAsciiLetterLower(words[after][0]) ? "w" + words[after] : null;
    }

    private static EntityOccurrence? EntityEndingAt(SentenceProfile sentence, int token)
    {
        foreach (var entity in sentence.Entities)
        {
            if (entity.EndToken == token && entity.Mention.Type is EntityType.Person or EntityType.Org or EntityType.Gpe or EntityType.Loc)
                return entity;
        }
        return null;
    }
}
