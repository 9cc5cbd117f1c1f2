using Parallax.Documents;

namespace Parallax.Entities;

/// <summary>
/// Finds the dates ("May 1", "on Monday", "yesterday") and numbers ("3.5 million", "two dozen") of every sentence, with
/// normalised values; relative dates are resolved against the publication date when it is known. The entity stage
/// after it leaves their words out of names.
/// </summary>
public sealed class DateAndNumberRecognizer : IAnalysisComponent
{
    /// <inheritdoc />
    public string Name => "dates-and-numbers";

    /// <inheritdoc />
    public AnalysisLayers Requires => AnalysisLayers.Sentences;

    /// <inheritdoc />
    public AnalysisLayers Assigns => AnalysisLayers.Mentions;

    /// <inheritdoc />
    public ArticleAnalysis Process(ArticleAnalysis document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var view = new ArticleView(document);
        var mentions = new List<Mention>();
        var used = new bool[view.Words.Length];
        foreach (var sentence in document.Sentences)
            TemporalRecognizer.Find(view, sentence, document.Article.Published, mentions, used);
        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return document with { Mentions = [.. mentions] };
    }
}
