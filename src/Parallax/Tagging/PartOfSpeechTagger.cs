using System.Collections.Immutable;
using Parallax.Analysis;

namespace Parallax.Tagging;

/// <summary>Pipeline stage that fills <see cref="ArticleAnalysis.PartsOfSpeech"/> sentence by sentence.</summary>
internal sealed class PartOfSpeechTagger(PosTagger tagger) : IAnalysisComponent
{
    public PartOfSpeechTagger()
        : this(PosTagger.Default)
    {
    }

    public string Name => "parts-of-speech";

    public ArticleAnalysis Process(ArticleAnalysis document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tags = new string[document.Tokens.Length];
        Array.Fill(tags, "");
        foreach (var sentence in document.Sentences)
        {
            var words = new string[sentence.TokenCount];
            for (var i = 0; i < words.Length; i++)
                words[i] = document.TextOf(document.Tokens[sentence.FirstToken + i]);
            tagger.Tag(words).CopyTo(tags, sentence.FirstToken);
        }
        return document with { PartsOfSpeech = [.. tags] };
    }
}
