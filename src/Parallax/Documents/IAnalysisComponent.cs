namespace Parallax.Documents;

/// <summary>
/// One stage of the one-article pipeline: reads the layers it requires, adds its own. What it requires and assigns is
/// checked when the pipeline is built (<see cref="AnalysisPipelineBuilder.Build"/>).
/// </summary>
public interface IAnalysisComponent
{
    /// <summary>A short name for progress and diagnostics ("sentences", "entities").</summary>
    string Name { get; }

    /// <summary>The layers this stage reads; an earlier stage of the pipeline must assign each of them.</summary>
    AnalysisLayers Requires { get; }

    /// <summary>
    /// The layers this stage fills in. No two stages assign one layer, unless the later one also requires it (it
    /// refines what the earlier one found, as coreference adds pronouns to the mentions).
    /// </summary>
    AnalysisLayers Assigns { get; }

    /// <summary>Returns <paramref name="document"/> with this component's layer added.</summary>
    ArticleAnalysis Process(ArticleAnalysis document);
}
