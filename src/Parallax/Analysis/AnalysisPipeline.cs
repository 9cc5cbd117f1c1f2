using System.Collections.Immutable;
using Parallax.Documents;

namespace Parallax.Analysis;

/// <summary>
/// An immutable, thread-safe sequence of analysis components. Build one with
/// <see cref="AnalysisPipelineBuilder"/>, or use <see cref="Analyzer"/> for the default.
/// </summary>
public sealed class AnalysisPipeline
{
    internal AnalysisPipeline(ImmutableArray<IAnalysisComponent> components) => Components = components;

    /// <summary>The components, in the order they run.</summary>
    public ImmutableArray<IAnalysisComponent> Components { get; }

    /// <summary>Runs every component over one article.</summary>
    public ArticleAnalysis Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var document = new ArticleAnalysis(article);
        foreach (var component in Components)
            document = component.Process(document);
        return document;
    }
}

/// <summary>Assembles an <see cref="AnalysisPipeline"/>; components run in the order added.</summary>
public sealed class AnalysisPipelineBuilder
{
    private readonly List<IAnalysisComponent> _components = [];

    /// <summary>The components added so far (mutable until <see cref="Build"/>).</summary>
    public IList<IAnalysisComponent> Components => _components;

    /// <summary>Appends a component.</summary>
    public AnalysisPipelineBuilder Add(IAnalysisComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        _components.Add(component);
        return this;
    }

    /// <summary>Replaces the first component of type <typeparamref name="T"/> (e.g. a trained recogniser for the rule baseline).</summary>
    public AnalysisPipelineBuilder Replace<T>(IAnalysisComponent replacement) where T : IAnalysisComponent
    {
        var index = _components.FindIndex(c => c is T);
        if (index < 0)
            throw new InvalidOperationException($"No component of type {typeof(T).Name} to replace.");
        _components[index] = replacement;
        return this;
    }

    /// <summary>
    /// Freezes the components into a pipeline, once each one's required layers are assigned by a stage before it and no
    /// layer is assigned twice (except by a stage that also requires it); otherwise throws <see cref="InvalidOperationException"/>
    /// naming the stage and the layers.
    /// </summary>
    public AnalysisPipeline Build()
    {
        var assignedBy = new Dictionary<AnalysisLayers, string>();
        foreach (var component in _components)
        {
            var missing = Layers(component.Requires).Where(layer => !assignedBy.ContainsKey(layer)).ToList();
            if (missing.Count > 0)
                throw new InvalidOperationException($"The '{component.Name}' stage requires {Describe(missing)}, which no stage before it assigns.");
            foreach (var layer in Layers(component.Assigns))
            {
                if (assignedBy.TryGetValue(layer, out var earlier) && !component.Requires.HasFlag(layer))
                    throw new InvalidOperationException($"The '{component.Name}' stage assigns {layer}, which the '{earlier}' stage already assigned.");
                assignedBy[layer] = component.Name;
            }
        }
        return new([.. _components]);
    }

    private static IEnumerable<AnalysisLayers> Layers(AnalysisLayers layers)
        => Enum.GetValues<AnalysisLayers>().Where(layer => layer != AnalysisLayers.None && layers.HasFlag(layer));

    private static string Describe(List<AnalysisLayers> layers) => string.Join(" and ", layers);
}
