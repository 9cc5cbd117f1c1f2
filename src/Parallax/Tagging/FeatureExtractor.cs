namespace Parallax.Tagging;

/// <summary>Turns one sentence into hashed feature keys per token. Implementations are stateless apart from their lexicon.</summary>
internal abstract class FeatureExtractor
{
    /// <summary>Names the template set; stored in a model so the runtime uses the extractor it was trained with.</summary>
    public abstract string Name { get; }

    public abstract void Extract(IReadOnlyList<string> words, IReadOnlyList<string>? tags, DocumentContext? document, FeatureBuffer buffer);

    protected static WordForm[] Forms(IReadOnlyList<string> words)
    {
        var forms = new WordForm[words.Count];
        for (var i = 0; i < forms.Length; i++)
            forms[i] = WordForm.Of(words[i]);
        return forms;
    }

    protected static WordForm At(WordForm[] forms, int i) => i >= 0 && i < forms.Length ? forms[i] : WordForm.Boundary;

    protected static ulong Flag(bool value) => value ? 1UL : 2UL;
}
