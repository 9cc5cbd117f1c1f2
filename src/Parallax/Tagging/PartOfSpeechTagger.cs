using Parallax.Documents;

namespace Parallax.Tagging;

/// <summary>
/// Pipeline stage that fills <see cref="ArticleAnalysis.PartsOfSpeech"/> (one Penn Treebank tag per token), once, for
/// every later stage: the entity recogniser, the attribution labeller and the claim reader all read these tags.
/// </summary>
internal sealed class PartOfSpeechTagger(PosTagger tagger) : IAnalysisComponent
{
    public PartOfSpeechTagger()
        : this(PosTagger.Default)
    {
    }

    public string Name => "parts-of-speech";

    public AnalysisLayers Requires => AnalysisLayers.Sentences;

    public AnalysisLayers Assigns => AnalysisLayers.PartsOfSpeech;

    public ArticleAnalysis Process(ArticleAnalysis document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tags = new string[document.Tokens.Length];
        Array.Fill(tags, "");
        var sentences = document.Sentences;
        void TagSentence(int s)
        {
            var sentence = sentences[s];
            var words = new string[sentence.TokenCount];
            for (var i = 0; i < words.Length; i++)
                words[i] = document.TextOf(document.Tokens[sentence.FirstToken + i]);
            tagger.Tag(words).CopyTo(tags, sentence.FirstToken);
        }
        if (sentences.Length < 64)
        {
            for (var s = 0; s < sentences.Length; s++)
                TagSentence(s);
        }
        else
        {
            Parallel.For(0, sentences.Length, TagSentence);
        }
        return document with { PartsOfSpeech = [.. tags] };
    }
}
