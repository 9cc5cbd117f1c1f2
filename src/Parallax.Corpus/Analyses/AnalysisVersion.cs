using System.Globalization;
using Parallax.Analysis;

namespace Parallax.Corpus;

/// <summary>
/// The version key of cached analyses: the pipeline's components and the build of the core assembly
/// (deterministic builds give the same id for the same code), so a changed analyser never serves stale layers.
/// </summary>
public static class AnalysisVersion
{
    /// <summary>The key for the default pipeline of this build.</summary>
    public static string Current { get; } = Of(Analyzer.Default);

    /// <summary>The key for <paramref name="pipeline"/>.</summary>
    public static string Of(AnalysisPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var module = typeof(Analyzer).Assembly.ManifestModule.ModuleVersionId.ToString("N", CultureInfo.InvariantCulture)[..12];
        return string.Join('+', pipeline.Components.Select(c => c.Name)) + "@" + module;
    }
}
