using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Text;

namespace Parallax.Semantics.Tests;

public class SemanticAlignmentTests
{
    private static readonly AnalysisPipeline Sentences = new AnalysisPipelineBuilder().Add(new SentenceSegmenter()).Build();

    private static Story Compare(ISentenceEncoder? encoder, string first, string second)
        => StoryComparer.Compare([Sentences.Analyze(new Article("a1", "Outlet one", first)), Sentences.Analyze(new Article("a2", "Outlet two", second))], encoder: encoder);

    private const string Ledger = "The airline cancelled all flights because of the storm. The bakery on Mill Street reopened after a long renovation.";
    private const string Courier = "Every plane was grounded by the carrier as the hurricane hit. The council elected a new chair on Monday.";

    [Fact]
    public void A_paraphrase_with_no_shared_content_word_aligns_with_the_encoder_and_not_without()
    {
        Assert.Empty(Compare(null, Ledger, Courier).Alignments);

        var story = Compare(MiniLmEncoder.Shared, Ledger, Courier);
        var alignment = Assert.Single(story.Alignments);
        Assert.Equal(["a1.s1", "a2.s1"], alignment.Sentences.Select(story.IdOf));
    }

    [Fact]
    public void Two_sentences_of_one_story_about_different_things_do_not_align()
    {
        var story = Compare(MiniLmEncoder.Shared,
            "Firefighters contained the blaze at the paper mill on Friday.",
            "The paper mill employs about 300 people and has been owned by the same family since 1951.");
        Assert.Empty(story.Alignments);
    }
}
