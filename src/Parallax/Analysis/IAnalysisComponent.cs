namespace Parallax.Analysis;

/// <summary>One stage of the one-article pipeline: reads the layers it needs, adds its own.</summary>
public interface IAnalysisComponent
{
    /// <summary>A short name for progress and diagnostics ("sentences", "entities").</summary>
    string Name { get; }

    /// <summary>Returns <paramref name="document"/> with this component's layer added.</summary>
    ArticleAnalysis Process(ArticleAnalysis document);
}
