namespace Parallax.Documents;

/// <summary>
/// The layers of an <see cref="ArticleAnalysis"/> that stages fill in, as flags: what a stage requires and what it
/// assigns (<see cref="IAnalysisComponent.Requires"/>, <see cref="IAnalysisComponent.Assigns"/>).
/// </summary>
[Flags]
public enum AnalysisLayers
{
    /// <summary>No layer.</summary>
    None = 0,

    /// <summary><see cref="ArticleAnalysis.Sentences"/> with their <see cref="ArticleAnalysis.Tokens"/>, and the <see cref="ArticleAnalysis.Headings"/>.</summary>
    Sentences = 1,

    /// <summary><see cref="ArticleAnalysis.PartsOfSpeech"/>, one tag per token.</summary>
    PartsOfSpeech = 2,

    /// <summary><see cref="ArticleAnalysis.Mentions"/>: names, dates and numbers.</summary>
    Mentions = 4,

    /// <summary><see cref="ArticleAnalysis.Entities"/>: the mentions grouped into in-document entities.</summary>
    Entities = 8,

    /// <summary><see cref="ArticleAnalysis.Quotes"/>: quotes and attributions.</summary>
    Quotes = 16,
}
