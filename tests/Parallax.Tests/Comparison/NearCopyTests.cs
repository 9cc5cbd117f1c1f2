using Parallax.Comparison;
using Parallax.Documents;

namespace Parallax.Tests.Comparison;

public class NearCopyTests
{
    /// <summary>
    /// Two near-twin sentences (a sentence's copy competes with its twin's), a sentence of stop words only, and a
    /// date and number in most sentences.
    /// </summary>
    private const string Council =
        "Minister Lena Dahl said the Kvarn bridge will reopen to traffic on Monday after repairs. " +
        "Minister Lena Dahl said the Kvarn tunnel will reopen to traffic on Friday after repairs. " +
        "It was not. " +
        "The council voted 7-2 on Tuesday to spend 4 million crowns on both projects. " +
        "Residents had waited three years for the work to begin, the council said.";

    private static Story SelfCopy(string text)
        => StoryComparer.Compare([Documents.AnalyzeWithValues("a1", text), Documents.AnalyzeWithValues("a2", text)]);

    [Fact]
    public void Every_sentence_of_an_article_compared_with_its_copy_aligns_with_its_copy_and_agrees()
    {
        var story = SelfCopy(Council);
        var n = story.Articles[0].Sentences.Length;
        Assert.Equal(n, story.Alignments.Length);
        Assert.All(story.Alignments, a =>
        {
            Assert.Equal(a.Sentences[0].Sentence, a.Sentences[1].Sentence);
            Assert.Equal(AlignmentRelation.Agree, a.Relation);
        });
    }

    [Fact]
    public void An_article_compared_with_its_copy_has_nothing_unique_and_no_divergence()
    {
        var story = SelfCopy(Council);
        Assert.All(story.Unique, u => Assert.Empty(u));
        Assert.Empty(story.Divergences);
    }

    [Fact]
    public void A_sentence_with_one_word_changed_still_aligns_with_its_copy()
    {
        var edited = Council.Replace("Residents had waited", "Residents have waited", StringComparison.Ordinal);
        var story = StoryComparer.Compare([Documents.AnalyzeWithValues("a1", Council), Documents.AnalyzeWithValues("a2", edited)]);
        var alignment = Assert.Single(story.Alignments, a => a.Sentences.All(s => s.Sentence == 4));
        Assert.Equal(AlignmentRelation.Agree, alignment.Relation);
    }

    [Fact]
    public void A_copy_that_changes_a_number_aligns_as_a_conflict()
    {
        var edited = Council.Replace("4 million crowns", "5 million crowns", StringComparison.Ordinal);
        var story = StoryComparer.Compare([Documents.AnalyzeWithValues("a1", Council), Documents.AnalyzeWithValues("a2", edited)]);
        var alignment = Assert.Single(story.Alignments, a => a.Sentences.All(s => s.Sentence == 3));
        Assert.Equal(AlignmentRelation.Conflict, alignment.Relation);
        Assert.Contains(story.Divergences, d => d.Kind == DivergenceKind.Number);
    }

    [Fact]
    public void Near_copies_pair_each_sentence_with_its_own_copy_not_its_twin()
    {
        var a = Documents.Analyze("a1", Council);
        var profiles = Profiles(a, Documents.Analyze("a2", Council));
        var copies = NearCopies.Find(profiles);
        Assert.Equal(a.Sentences.Length, copies.Count);
        Assert.All(copies, c => Assert.Equal(c.A.Ref.Sentence, c.B.Ref.Sentence));
    }

    [Fact]
    public void Between_two_equal_copies_as_near_to_its_place_a_sentence_takes_the_earlier()
    {
        const string line = "Minister Lena Dahl said the Kvarn bridge will reopen to traffic on Monday after repairs.";
        var profiles = Profiles(
            Documents.Analyze("a1", "The council met on Tuesday. " + line + " Residents had waited three years."),
            Documents.Analyze("a2", line + " The council met on Tuesday. " + line));
        var copy = Assert.Single(NearCopies.Find(profiles), c => c.A.Ref.Sentence == 1);
        Assert.Equal(0, copy.B.Ref.Sentence);
    }

    [Fact]
    public void Sentences_that_only_share_a_topic_are_not_near_copies()
    {
        var profiles = Profiles(
            Documents.Analyze("a1", "Minister Lena Dahl said the Kvarn bridge will reopen to traffic on Monday after repairs."),
            Documents.Analyze("a2", "The Kvarn bridge reopens on Monday, the transport ministry announced after the repairs."));
        Assert.Empty(NearCopies.Find(profiles));
    }

    [Fact]
    public void A_pair_between_two_sentences_with_copies_of_their_own_is_dropped_but_not_a_pair_with_a_sentence_without_one()
    {
        var longer = Council + " Minister Lena Dahl said the bridge repairs cost 4 million crowns.";
        var profiles = Profiles(Documents.Analyze("a1", Council), Documents.Analyze("a2", longer));
        var (a, b) = (profiles[0], profiles[1]);
        List<AlignedPair> pairs = [new(a[0], b[1], 0.6, 0.6, 0.6), new(a[0], b[5], 0.4, 0.4, 0.4)];
        var merged = NearCopies.Merge(pairs, NearCopies.Find(profiles));
        Assert.DoesNotContain(merged, p => p.A == a[0] && p.B == b[1]);
        Assert.Contains(merged, p => p.A == a[0] && p.B == b[5]);
        Assert.Contains(merged, p => p.A == a[0] && p.B == b[0]);
    }

    internal static SentenceProfile[][] Profiles(params ArticleAnalysis[] articles)
        => new SentenceProfiler().Profile(articles, new EntityResolver(ComparisonOptions.Default).Resolve(articles));
}
