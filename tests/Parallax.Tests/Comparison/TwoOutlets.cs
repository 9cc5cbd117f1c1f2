using Parallax.Analysis;
using Parallax.Comparison;

namespace Parallax.Tests.Comparison;

/// <summary>A story of two outlets' one-article texts, compared with the default options.</summary>
internal static class TwoOutlets
{
    public static Story Compare(string a, string b) => StoryComparer.Compare(
    [
        Analyzer.Analyze(new Article("a1", "First Gazette", a)),
        Analyzer.Analyze(new Article("a2", "Second Courier", b)),
    ]);

    public static bool Diverge(string a, string b, DivergenceKind kind) => Compare(a, b).Divergences.Any(d => d.Kind == kind);
}
