namespace Parallax.Tagging;

/// <summary>A named entity found by <see cref="EntityTagger"/>.</summary>
/// <param name="FirstToken">Index of the first word in the tagged sentence.</param>
/// <param name="TokenCount">Number of words.</param>
/// <param name="Label">PER, ORG, LOC or MISC.</param>
/// <param name="Confidence">Probability in [0, 1] that every word carries this label (lowest per-word marginal).</param>
internal readonly record struct TaggedSpan(int FirstToken, int TokenCount, string Label, double Confidence)
{
    public int End => FirstToken + TokenCount;
}
