using Parallax.Comparison;

namespace Parallax.Tests.Comparison;

public class AlignmentClosureTests
{
    private const double Threshold = 0.25;

    /// <summary>Three articles of two sentences each: global indexes 0–1 (a1), 2–3 (a2), 4–5 (a3).</summary>
    private static SentenceProfile[] Sentences()
        => [.. NearCopyTests.Profiles(
            Documents.Analyze("a1", "The dam burst on Monday. Farmers lost their crops."),
            Documents.Analyze("a2", "Floodwater poured from the broken dam. The river rose fast."),
            Documents.Analyze("a3", "A dam gave way early in the week. Officials opened shelters.")).SelectMany(p => p)];

    /// <summary>The candidates closed among <paramref name="candidates"/>, given in the aligner's order (by first sentence, then second).</summary>
    private static List<int> Closing((int A, int B, double Score, bool Aligned, double Probability)[] candidates, int maxPerArticle = 2)
    {
        var sentences = Sentences();
        return AlignmentClosure.Closing(sentences, [.. candidates.Select(c => new SentenceAligner.Candidate(c.A, c.B, c.Score, 0.5f, (-1, -1), false, c.Score))],
            [.. candidates.Select(c => c.Aligned ? new AlignedPair(sentences[c.A], sentences[c.B], c.Score, 1, 1) : null)], [.. candidates.Select(c => c.Probability)],
            Threshold, maxPerArticle);
    }

    [Fact]
    public void Given_a_sentence_aligned_in_two_other_articles_when_pairs_are_closed_then_its_two_partners_align_with_each_other()
    {
        var closing = Closing([(0, 2, 0.5, true, 0.9), (0, 4, 0.3, false, 0.7), (2, 4, 0.5, true, 0.9)]);

        Assert.Equal([1], closing);
    }

    [Fact]
    public void Given_a_closing_candidate_under_the_threshold_when_pairs_are_closed_then_it_does_not_align()
    {
        var closing = Closing([(0, 2, 0.5, true, 0.9), (0, 4, Threshold - 0.01, false, 0.7), (2, 4, 0.5, true, 0.9)]);

        Assert.Empty(closing);
    }

    [Fact]
    public void Given_no_sentence_bridging_two_articles_when_pairs_are_closed_then_nothing_aligns()
    {
        var closing = Closing([(0, 2, 0.5, true, 0.9), (0, 4, 0.3, false, 0.7), (3, 4, 0.5, true, 0.9)]);

        Assert.Empty(closing);
    }

    [Fact]
    public void Given_more_closing_candidates_than_the_cap_when_pairs_are_closed_then_the_likeliest_align()
    {
        var closing = Closing([(0, 2, 0.5, true, 0.9), (0, 4, 0.3, false, 0.6), (0, 5, 0.3, false, 0.7), (2, 4, 0.5, true, 0.9), (2, 5, 0.5, true, 0.9)], maxPerArticle: 1);

        Assert.Equal([2], closing);
    }

    [Fact]
    public void Given_no_closure_allowed_when_pairs_are_closed_then_nothing_aligns()
    {
        var closing = Closing([(0, 2, 0.5, true, 0.9), (0, 4, 0.3, false, 0.7), (2, 4, 0.5, true, 0.9)], maxPerArticle: 0);

        Assert.Empty(closing);
    }
}
