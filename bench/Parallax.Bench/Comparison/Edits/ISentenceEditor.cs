using Parallax.Comparison;

namespace Parallax.Bench.Comparison.Edits;

/// <summary>Makes one known change of one kind to a sentence, where that change applies.</summary>
internal interface ISentenceEditor
{
    /// <summary>The kind of change ("number", "hedge", …).</summary>
    string Name { get; }

    /// <summary>The divergence the change should be reported as.</summary>
    DivergenceKind Expected { get; }

    /// <summary>
    /// True when the edited sentence must close the window of sentences: the edit changes whom later pronouns
    /// ("he said") refer to, so later sentences would not be unchanged.
    /// </summary>
    bool EndsWindow => false;

    /// <summary>An edit of <paramref name="sentence"/> (offsets into its article's text), or null when none applies.</summary>
    TextEdit? Edit(EditableSentence sentence, Random random);
}
