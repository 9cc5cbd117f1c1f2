using Parallax.Analysis;
using Parallax.Comparison;

namespace Parallax.Tests.Comparison;

public class NumberDivergenceTests
{
    private static Story Compare(string a, string b) => StoryComparer.Compare(
    [
        Analyzer.Analyze(new Article("a1", "First Gazette", a)),
        Analyzer.Analyze(new Article("a2", "Second Courier", b)),
    ]);

    [Fact]
    public void Counts_without_a_shared_unit_but_of_the_same_size_diverge()
    {
        var story = Compare(
            "The Miners Guild said 5,400 members joined the stoppage at the Kestrel pits on Monday.",
            "The Miners Guild put the number joining the stoppage at the Kestrel pits on Monday at about 4,900.");
        Assert.Contains(story.Divergences, d => d.Kind == DivergenceKind.Number && d.Detail.Contains("5,400", StringComparison.Ordinal) && d.Detail.Contains("4,900", StringComparison.Ordinal));
    }

    [Fact]
    public void Numbers_of_different_sizes_are_not_taken_for_the_same_count()
    {
        var story = Compare(
            "The Miners Guild said 5,400 members joined the stoppage at the Kestrel pits on Monday.",
            "The Miners Guild said the stoppage at the Kestrel pits on Monday was its 3rd this year.");
        Assert.DoesNotContain(story.Divergences, d => d.Kind == DivergenceKind.Number);
    }
}
