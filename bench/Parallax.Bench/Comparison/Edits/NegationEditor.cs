using Parallax.Comparison;

namespace Parallax.Bench.Comparison.Edits;

/// <summary>
/// Negates a clause by inserting "not" after its auxiliary: "will meet" → "will not meet", "was arrested" →
/// "was not arrested", "has agreed" → "has not agreed". Sentences already negated are left alone.
/// </summary>
internal sealed class NegationEditor : ISentenceEditor
{
    private static readonly HashSet<string> Be = new(["is", "are", "was", "were"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Have = new(["has", "have", "had"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Modals = new(["will", "would", "can", "could", "should", "must", "might"], StringComparer.OrdinalIgnoreCase);

    /// <summary>What may follow a form of "be" for "not" to read well.</summary>
    private static readonly HashSet<string> AfterBe = new(["VBN", "VBG", "JJ", "DT", "IN", "CD"], StringComparer.Ordinal);

    public string Name => "negation";

    public DivergenceKind Expected => DivergenceKind.Negation;

    public TextEdit? Edit(EditableSentence sentence, Random random)
    {
        if (sentence.HasWord("not", "n't", "never", "no", "nor", "neither"))
            return null;
        var tags = sentence.Tags;
        var candidates = new List<TextEdit>();
        for (var i = 0; i + 1 < tags.Length; i++)
        {
            var word = sentence.Word(i);
            var next = tags[i + 1] == "RB" && i + 2 < tags.Length ? tags[i + 2] : tags[i + 1];
            var fits = Be.Contains(word) ? AfterBe.Contains(next)
                : Have.Contains(word) ? next == "VBN"
                : Modals.Contains(word) && next == "VB";
            if (fits && (tags[i].StartsWith("VB", StringComparison.Ordinal) || tags[i] == "MD"))
                candidates.Add(TextEdit.Insert(sentence.Tokens[i].End, " not"));
        }
        return candidates.Count == 0 ? null : candidates[random.Next(candidates.Count)];
    }
}
