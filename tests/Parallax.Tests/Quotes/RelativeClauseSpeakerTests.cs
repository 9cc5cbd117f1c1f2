using Parallax.Analysis;
using Parallax.Documents;

namespace Parallax.Tests.Quotes;

/// <summary>A speaker reached through a relative pronoun ("the director, who said"): the speaker is the antecedent, the pronoun is kept beside it.</summary>
public class RelativeClauseSpeakerTests
{
    private static ArticleAnalysis Analyze(string text) => Analyzer.Analyze(new Article("t1", "Gazette", text));

    private static Quote QuoteOf(ArticleAnalysis analysis, string content)
        => Assert.Single(analysis.Quotes, q => analysis.Text[q.Content.Start..q.Content.End].Contains(content, StringComparison.Ordinal));

    [Fact]
    public void Given_a_name_and_who_said_the_name_speaks_and_who_is_kept_as_the_relative_pronoun()
    {
        var analysis = Analyze("The ferry was cancelled by Ana Ruiz, who said the harbour was too shallow for it.");
        var q = QuoteOf(analysis, "the harbour was too shallow");
        Assert.Equal("Ana Ruiz", q.Speaker.Text);
        Assert.NotNull(q.Speaker.Relative);
        Assert.Equal("who", q.Speaker.Relative!.Value.Of(analysis.Text));
    }

    [Fact]
    public void Given_a_phrase_ending_with_for_a_name_the_relative_pronoun_refers_to_the_name()
    {
        var analysis = Analyze("The closure is a blow for Karl Berg, who has said that the port must stay open all year.");
        var q = QuoteOf(analysis, "the port must stay open");
        Assert.Equal("Karl Berg", q.Speaker.Text);
    }

    [Fact]
    public void Given_a_cue_coordinated_inside_a_relative_clause_the_antecedent_speaks_not_the_sentence_subject()
    {
        var analysis = Analyze("The harbour dispute is a hard test for Karl Berg, who opposed the last dredging plan and has said the port must stay open all year.");
        var q = QuoteOf(analysis, "the port must stay open");
        Assert.Equal("Karl Berg", q.Speaker.Text);
        Assert.Equal("who", q.Speaker.Relative?.Of(analysis.Text));
    }

    [Fact]
    public void Given_a_relative_clause_closed_by_a_comma_a_later_coordinated_cue_keeps_the_sentence_subject()
    {
        var analysis = Analyze("Ana Ruiz met Karl Berg, who runs the ferry line, on Monday and said the cranes were safe.");
        var q = QuoteOf(analysis, "the cranes were safe");
        Assert.Equal("Ana Ruiz", q.Speaker.Text);
    }

    [Fact]
    public void Given_a_speaker_of_its_own_no_relative_pronoun_is_kept()
    {
        var analysis = Analyze("Ana Ruiz said the harbour was too shallow for the ferry.");
        var q = QuoteOf(analysis, "the harbour was too shallow");
        Assert.Null(q.Speaker.Relative);
    }
}
