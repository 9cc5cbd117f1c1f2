using System.Collections.Frozen;

namespace Parallax.Comparison;

/// <summary>
/// Whose figure a figure is: the person, organisation or place named just before it as its holder ("Rubio has 163",
/// "Rubio, who has 151", "Kasich's 143", "Kasich, at 54", "Ohio with 66"). Figures of two different holders count
/// different things, however alike the sentences are.
/// </summary>
internal static class FigureHolders
{
    /// <summary>Words (and punctuation, "") that may stand between a holder and its figure; a reporting verb may not ("Ruiz said 40" gives Ruiz's account of a count, not Ruiz's count).</summary>
    private static readonly FrozenSet<string> Between = FrozenSet.ToFrozenSet(
        ["", "'s", "’s", "'", "’", "has", "had", "have", "having", "now", "with", "at", "who", "which", "won", "wins", "holds", "held", "got",
            "gets", "earned", "took", "takes", "secured", "collected", "received", "on", "only", "just", "about", "nearly", "almost", "roughly"],
        StringComparer.Ordinal);

    private const int MaxGap = 3;

    /// <summary>Both figures have a holder, and the holders are different entities of the story.</summary>
    public static bool Differ(SentenceProfile a, NumberFact x, SentenceProfile b, NumberFact y)
        => Of(a, x) is var hx and >= 0 && Of(b, y) is var hy and >= 0 && hx != hy;

    /// <summary>The story entity holding the figure, or -1.</summary>
    public static int Of(SentenceProfile sentence, NumberFact figure)
    {
        for (var i = figure.Token - 1; i >= Math.Max(0, figure.Token - 1 - MaxGap); i--)
        {
            foreach (var entity in sentence.Entities)
            {
                if (entity.EndToken == i && entity.Mention.Type is EntityType.Person or EntityType.Org or EntityType.Gpe or EntityType.Loc)
                    return entity.Entity;
            }
            var word = sentence.Words[i];
            if (!Between.Contains(word) && !word.EndsWith("'s", StringComparison.Ordinal) && !word.EndsWith("’s", StringComparison.Ordinal))
                return -1;
        }
        return -1;
    }
}
