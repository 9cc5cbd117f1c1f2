using Parallax.Comparison;

namespace Parallax.Bench.Comparison.Edits;

/// <summary>
/// Hedges a firm claim: "will" → "may" or "could", "arrested" → "reportedly arrested", "was killed" → "was
/// reportedly killed". Sentences that already hedge are left alone; speech verbs are not hedged.
/// </summary>
internal sealed class HedgeEditor : ISentenceEditor
{
    private static readonly string[] AlreadyHedged =
        ["may", "might", "could", "reportedly", "allegedly", "possibly", "perhaps", "likely", "probably", "apparently", "considering", "expected", "reported"];

    private static readonly HashSet<string> Be = new(["is", "are", "was", "were", "been"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> SpeechVerbs = new(
        ["said", "told", "added", "wrote", "asked", "stated", "explained", "noted", "argued", "claimed", "tweeted", "announced", "reported", "according"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> NotBefore = new(["to", "and", "or", "who", "which", "that", "not", "n't"], StringComparer.OrdinalIgnoreCase);

    public string Name => "hedge";

    public DivergenceKind Expected => DivergenceKind.Modality;

    public TextEdit? Edit(EditableSentence sentence, Random random)
    {
        if (sentence.HasWord(AlreadyHedged))
            return null;
        var tags = sentence.Tags;
        var candidates = new List<TextEdit>();
        for (var i = 1; i + 1 < tags.Length; i++)
        {
            var word = sentence.Word(i);
            var token = sentence.Tokens[i];
            if (string.Equals(word, "will", StringComparison.OrdinalIgnoreCase) && tags[i + 1] == "VB")
                candidates.Add(new TextEdit(token.Start, token.End, random.Next(2) == 0 ? "may" : "could"));
            else if (Be.Contains(word) && tags[i + 1] == "VBN" && !SpeechVerbs.Contains(sentence.Word(i + 1)))
                candidates.Add(TextEdit.Insert(token.End, " reportedly"));
            else if (tags[i] == "VBD" && !SpeechVerbs.Contains(word) && !Be.Contains(word) && tags[i - 1] is "NNP" or "NNPS" or "NN" or "NNS" or "PRP"
                && !NotBefore.Contains(sentence.Word(i - 1)))
                candidates.Add(TextEdit.Insert(token.Start, "reportedly "));
        }
        return candidates.Count == 0 ? null : candidates[random.Next(candidates.Count)];
    }
}
