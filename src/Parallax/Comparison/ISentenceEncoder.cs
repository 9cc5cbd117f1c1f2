namespace Parallax.Comparison;

/// <summary>
/// Encodes texts to L2-normalised vectors whose dot product says how close their meanings are (a
/// sentence encoder). When <see cref="StoryComparer"/> is given one, alignment mixes it with the lexical
/// score, so that paraphrases with no word in common can align; without one the comparison is lexical.
/// </summary>
public interface ISentenceEncoder
{
    /// <summary>
    /// Names the model and every setting that changes its vectors; vectors of different ids are never
    /// compared or cached under one key.
    /// </summary>
    string ModelId { get; }

    /// <summary>One unit-length vector per text, in order, all of one length. Safe to call from several threads.</summary>
    float[][] Encode(IReadOnlyList<string> texts);
}
