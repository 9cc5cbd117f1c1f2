using System.Collections.Immutable;

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

    /// <summary>Freezes the components into a pipeline.</summary>
    public AnalysisPipeline Build() => new([.. _components]);
}
