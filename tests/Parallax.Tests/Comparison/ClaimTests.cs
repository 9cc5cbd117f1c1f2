using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Documents;

namespace Parallax.Tests.Comparison;

public class ClaimTests
{
    private static Story Compare(string a, string b) => StoryComparer.Compare(
    [
        Analyzer.Analyze(new Article("a1", "First Gazette", a)),
        Analyzer.Analyze(new Article("a2", "Second Courier", b)),
    ]);

    private static IEnumerable<string> ClaimTexts(Story story, string sentenceId)
        => story.Claims.Where(c => story.IdOf(c.Sentence) == sentenceId).Select(c => story.Articles[c.Sentence.Article].Text[c.Start..c.End]);

    [Fact]
    public void Reported_speech_gives_its_content_as_a_claim_attributed_to_the_speaker()
    {
        var story = Compare(
            "Mayor Elena Ruskin said that the ferry service to Brenholm will resume on Friday.",
            "The ferry service to Brenholm will resume on Friday.");
        var claim = Assert.Single(story.Claims, c => story.IdOf(c.Sentence) == "a1.s1");
        Assert.StartsWith("the ferry service", story.Articles[0].Text[claim.Start..claim.End], StringComparison.Ordinal);
        Assert.Contains("Ruskin", claim.AttributedTo, StringComparison.Ordinal);
        Assert.Null(Assert.Single(story.Claims, c => story.IdOf(c.Sentence) == "a2.s1").AttributedTo);
    }

    [Theory]
    [InlineData("Asked whether the port board had met the union, Mayor Elena Ruskin said the harbour road will stay closed until Friday.", "Asked whether")]
    [InlineData("The strike comes at a time when the port is losing freight to rival harbours in the north.", "comes at a time")]
    [InlineData("Mayor Elena Ruskin declined to say how the talks between the port board and the union had gone on Monday.", "how the talks")]
    public void A_question_put_to_a_speaker_or_a_frame_of_another_clause_is_not_a_claim(string sentence, string notAClaim)
    {
        var story = Compare(sentence, "The harbour road will stay closed until Friday.");
        Assert.DoesNotContain(ClaimTexts(story, "a1.s1"), t => t.StartsWith(notAClaim, StringComparison.Ordinal) || t.EndsWith(notAClaim, StringComparison.Ordinal));
        Assert.NotEmpty(ClaimTexts(story, "a1.s1"));
    }

    [Theory]
    [InlineData("Elena Ruskin, who has backed the ferry plan, was able to raise $3 million for the harbour fund.", "raise")]
    [InlineData("Elena Ruskin, who won Hask, Lorn and Brenholm, raised $3 million for the harbour fund.", "raised")]
    [InlineData("Elena Ruskin, who lives in Hask, opened the harbour fund on Monday.", "opened")]
    public void A_relative_clause_set_off_by_commas_is_not_the_claims_event(string sentence, string expected)
    {
        var story = Compare(sentence, "The harbour fund raised $3 million.");
        Assert.Contains(story.Claims, c => story.IdOf(c.Sentence) == "a1.s1" && c.Event == expected);
    }

    [Fact]
    public void Reported_content_that_states_a_condition_is_still_a_claim()
    {
        var story = Compare(
            "Mayor Elena Ruskin said if the strike goes on past Friday, the harbour will close to freight ships.",
            "The harbour will close to freight ships if the strike goes on past Friday.");
        var claim = Assert.Single(story.Claims, c => story.IdOf(c.Sentence) == "a1.s1" && story.Articles[0].Text[c.Start..c.End].Contains("the harbour will close", StringComparison.Ordinal));
        Assert.Contains("Ruskin", claim.AttributedTo, StringComparison.Ordinal);
    }

    [Fact]
    public void A_claim_does_not_end_on_the_word_that_joins_it_to_the_next_clause()
    {
        var story = Compare(
            "Port radio on Tuesday announced that chairman Pak Sung Chol planned to reopen the harbour, while the United States said it was ready to pay the dockers.",
            "The council said it was ready to pay the dockers.");
        var texts = ClaimTexts(story, "a1.s1").ToList();
        Assert.Contains(texts, t => t.EndsWith("reopen the harbour", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.EndsWith("while", StringComparison.Ordinal));
    }

    [Fact]
    public void Words_quoted_by_someone_else_are_a_claim_of_the_one_quoted()
    {
        var story = Compare(
            "Local officials quoted Mayor Elena Ruskin as saying that the ferry service to Brenholm will resume on Friday.",
            "The ferry service to Brenholm will resume on Friday.");
        var claim = Assert.Single(story.Claims, c => story.IdOf(c.Sentence) == "a1.s1");
        Assert.StartsWith("the ferry service", story.Articles[0].Text[claim.Start..claim.End], StringComparison.Ordinal);
        Assert.Contains("Ruskin", claim.AttributedTo, StringComparison.Ordinal);
    }

    [Fact]
    public void Coordinated_clauses_with_verbs_of_their_own_are_separate_claims()
    {
        var story = Compare(
            "Storms flooded the harbour road on Monday, and the council closed three schools in Brenholm.",
            "The council closed three schools in Brenholm.");
        var texts = ClaimTexts(story, "a1.s1").ToList();
        Assert.Equal(2, texts.Count);
        Assert.StartsWith("Storms flooded", texts[0], StringComparison.Ordinal);
        Assert.StartsWith("the council closed", texts[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_participle_clause_after_a_comma_is_a_claim_of_its_own_but_a_prepositional_participle_is_not()
    {
        var story = Compare(
            "A storm flooded the harbour road in Brenholm on Monday, cutting power to three thousand homes.",
            "The council closed the harbour road in Brenholm, including the ferry ramp near the old pier.");
        var flooded = ClaimTexts(story, "a1.s1").ToList();
        Assert.Equal(2, flooded.Count);
        Assert.StartsWith("cutting power", flooded[1], StringComparison.Ordinal);
        Assert.Single(ClaimTexts(story, "a2.s1"));
    }

    [Fact]
    public void A_second_participle_after_a_comma_splits_from_a_short_participle_clause_after_a_subordinator()
    {
        var story = Compare(
            "The mayor flew to the congress on Monday after winning 22 districts, raising $12 million for the harbour fund.",
            "The mayor raised $12 million.");
        var texts = ClaimTexts(story, "a1.s1").ToList();
        Assert.Equal(["The mayor flew to the congress on Monday", "winning 22 districts", "raising $12 million for the harbour fund"], texts);
    }

    [Fact]
    public void Participles_opening_the_sentence_do_not_split_from_each_other()
    {
        var story = Compare(
            "After winning 22 districts, raising $12 million for the harbour fund, the mayor flew to the congress on Monday.",
            "The mayor raised $12 million.");
        Assert.DoesNotContain(ClaimTexts(story, "a1.s1"), text => text.StartsWith("raising", StringComparison.Ordinal));
    }

    [Fact]
    public void A_coordinated_noun_phrase_does_not_split_a_claim()
    {
        var story = Compare(
            "The council closed the schools and libraries of Brenholm on Monday.",
            "Schools in Brenholm were shut.");
        Assert.Single(ClaimTexts(story, "a1.s1"));
    }

    [Fact]
    public void A_long_sentence_aligns_claim_to_claim_with_the_sentence_stating_one_of_its_facts()
    {
        var story = Compare(
            "Storms flooded the harbour road on Monday, and the council closed three schools in Brenholm.",
            "Three schools in Brenholm were closed by the council.");
        var alignment = Assert.Single(story.Alignments);
        Assert.Equal(AlignmentRelation.Partial, alignment.Relation);
        Assert.Equal(["a1.s1.c2", "a2.s1.c1"], alignment.Claims);
    }

    [Fact]
    public void Claim_ids_and_spans_are_well_formed()
    {
        var story = Compare(
            "Storms flooded the harbour road on Monday, and the council closed three schools in Brenholm. Officials said repairs would take a week.",
            "The council closed three schools in Brenholm after storms flooded the harbour road.");
        foreach (var claim in story.Claims)
        {
            var sentence = story.Articles[claim.Sentence.Article].Sentences[claim.Sentence.Sentence];
            Assert.StartsWith(story.IdOf(claim.Sentence) + ".c", claim.Id, StringComparison.Ordinal);
            Assert.InRange(claim.Start, sentence.Start, claim.End - 1);
            Assert.InRange(claim.End, claim.Start + 1, sentence.End);
        }
        Assert.Equal(story.Claims.Length, story.Claims.Select(c => c.Id).Distinct().Count());
    }
}
