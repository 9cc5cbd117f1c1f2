using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Testing;
using Parallax.Text;

namespace Parallax.Semantics.Tests;

/// <summary>The founding example from ../shared/seeds (Al-Jazeera a1, CNN a2) compared as a user compares it: with the encoder.</summary>
public class SeedStoryTests
{
    private static readonly Lazy<Story> Seeds = new(() => StoryComparer.Compare([Load("a1", "000"), Load("a2", "003")], encoder: MiniLmEncoder.Shared));

    private static ArticleAnalysis Load(string id, string seed)
    {
        var text = TextCleaner.Clean(File.ReadAllText(SharedData.SeedPath(seed)));
        if (Dateline.Find(text) is { } dateline)
            text = text[dateline.Length..];
        return Analyzer.Analyze(new Article(id, "seed " + seed, text));
    }

    private static IEnumerable<string> ClaimsWith(Story story, int article, string words)
        => story.Claims.Where(c => c.Sentence.Article == article && story.Articles[article].Article.Text[c.Start..c.End].Contains(words, StringComparison.Ordinal)).Select(c => c.Id);

    [Theory]
    [InlineData("regional countries", "neighbors")]
    [InlineData("message sent by the US Secretary", "The letter")]
    [InlineData("not completed its review", "continues to review")]
    [InlineData("withdrawing its forces", "whether to withdraw")]
    public void A_fact_both_report_in_other_words_aligns_claim_to_claim(string inAlJazeera, string inCnn)
    {
        var story = Seeds.Value;
        var (first, second) = (ClaimsWith(story, 0, inAlJazeera).ToList(), ClaimsWith(story, 1, inCnn).ToList());
        Assert.NotEmpty(first);
        Assert.NotEmpty(second);
        Assert.Contains(story.Alignments, a => a.Claims.Intersect(first).Any() && a.Claims.Intersect(second).Any());
    }

    [Fact]
    public void The_power_sharing_attribution_conflict_is_the_first_divergence()
    {
        var first = Seeds.Value.Divergences[0];
        Assert.Equal(DivergenceKind.Attribution, first.Kind);
        Assert.Contains("power-sharing", first.Detail, StringComparison.Ordinal);
    }
}
