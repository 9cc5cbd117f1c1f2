using Parallax.Analysis;
using Parallax.Documents;

namespace Parallax.Tests.Quotes;

public class ReportingClauseTests
{
    private static ArticleAnalysis Analyze(string text) => Analyzer.Analyze(new Article("t1", "Gazette", text));

    private static Quote QuoteOf(ArticleAnalysis analysis, string content)
        => Assert.Single(analysis.Quotes, q => analysis.Text[q.Content.Start..q.Content.End].Contains(content, StringComparison.Ordinal));

    [Fact]
    public void Given_a_quote_then_a_name_told_an_outlet_the_name_is_the_speaker_and_the_outlet_is_not()
    {
        var analysis = Analyze("\"The port will reopen in May,\" Ana Ruiz, the harbour director, told the Vale Gazette.");
        var q = QuoteOf(analysis, "The port will reopen");
        Assert.Equal("Ana Ruiz", q.Speaker.Text);
    }

    [Fact]
    public void Given_a_verb_and_said_the_subject_of_that_verb_speaks_not_the_subject_of_an_earlier_clause()
    {
        var analysis = Analyze("When my brother mentioned the storm, I laughed and said, \"There is no storm.\"");
        var q = QuoteOf(analysis, "There is no storm");
        Assert.Equal("I", q.Speaker.Text);
    }

    [Fact]
    public void Given_to_which_she_said_she_is_the_speaker()
    {
        var analysis = Analyze("The mayor asked whether the bridge was safe. To which she said, \"Nobody should cross it.\"");
        var q = QuoteOf(analysis, "Nobody should cross it");
        Assert.Equal("she", q.Speaker.Text);
    }

    [Fact]
    public void Given_a_relative_clause_with_its_own_cue_the_participle_goes_with_the_main_subject()
    {
        var analysis = Analyze("Berg refused to pay a builder who said he was cheated, saying, \"He did poor work.\"");
        Assert.Equal("Berg", QuoteOf(analysis, "He did poor work").Speaker.Text);
        Assert.Equal("a builder", QuoteOf(analysis, "he was cheated").Speaker.Text);
    }

    [Fact]
    public void Given_a_relative_pronoun_with_its_own_subject_the_pronoun_is_not_the_speaker()
    {
        var analysis = Analyze("The report, which Olsen said was late, reached the council. The board, which she chairs, said, \"We will read it.\"");
        var q = QuoteOf(analysis, "We will read it");
        Assert.Equal("The board", q.Speaker.Text);
    }

    [Fact]
    public void Given_a_clause_ending_in_a_colon_before_a_quotation_its_subject_is_quoted()
    {
        var analysis = Analyze("On May 3, Olsen made the following remark:\n\n\"Every harbour worker deserves a raise this year.\"");
        var q = QuoteOf(analysis, "Every harbour worker deserves");
        Assert.Equal("Olsen", q.Speaker.Text);
        Assert.Equal(QuoteKind.Direct, q.Kind);
    }

    [Fact]
    public void Given_a_colon_without_a_subject_before_it_no_one_is_quoted()
    {
        var analysis = Analyze("Here is the list: \"bread, milk, eggs, butter and tea.\"");
        Assert.Empty(analysis.Quotes);
    }

    [Fact]
    public void Given_a_progressive_cue_the_subject_is_the_source_but_a_passive_subject_is_not()
    {
        var analysis = Analyze("Mayor Ana Ruiz is promising lower harbour fees for the fishing fleet. The harbour board is expected to approve the plan on Friday.");
        var q = Assert.Single(analysis.Quotes);
        Assert.Equal("Mayor Ana Ruiz", q.Speaker.Text);
    }

    [Theory]
    [InlineData("Mayor Ana Ruiz isn't saying whether the harbour will reopen before the summer.")]
    [InlineData("Mayor Ana Ruiz is once again questioning the cost of the new quay for the fishing fleet.")]
    public void Given_a_negation_or_an_adverb_inside_a_progressive_cue_the_subject_is_still_the_source(string text)
    {
        var q = Assert.Single(Analyze(text).Quotes);
        Assert.Equal("Mayor Ana Ruiz", q.Speaker.Text);
    }

    [Fact]
    public void Given_two_clauses_before_a_colon_the_one_nearest_the_colon_is_quoted()
    {
        var analysis = Analyze("My aunt grew so upset that I had to change my answer: \"Of course the storm is coming.\"");
        var q = QuoteOf(analysis, "Of course the storm");
        Assert.Equal("I", q.Speaker.Text);
    }

    [Fact]
    public void Given_a_verb_then_and_said_with_no_quote_before_it_the_sentence_subject_speaks()
    {
        var analysis = Analyze("Tomas Ekberg, the harbour master, toured the quay on Monday and said the cranes were safe.");
        var q = QuoteOf(analysis, "the cranes were safe");
        Assert.Equal("Tomas Ekberg", q.Speaker.Text);
    }

    [Fact]
    public void Given_noted_without_that_the_clause_after_it_is_the_content()
    {
        var analysis = Analyze("The fees will rise next year, though Ruiz noted most boats are exempt.");
        var q = QuoteOf(analysis, "most boats are exempt");
        Assert.Equal("Ruiz", q.Speaker.Text);
    }

    [Theory]
    [InlineData("Prosecutors allege Ana Berg, 61, set the boathouse on fire on Friday.", "Prosecutors", "Ana Berg, 61, set the boathouse")]
    [InlineData("Police allege the harbour master took the money.", "Police", "the harbour master took the money")]
    [InlineData("Dockers claim the cranes were never inspected.", "Dockers", "the cranes were never inspected")]
    public void Given_a_plural_subject_and_a_base_form_cue_without_that_the_clause_after_it_is_the_content(string text, string speaker, string content)
    {
        var q = QuoteOf(Analyze(text), content);
        Assert.Equal(speaker, q.Speaker.Text);
    }

    [Fact]
    public void Given_a_base_form_cue_after_to_it_takes_no_clause_without_that()
    {
        var analysis = Analyze("The board wants to claim the cranes for the port.");
        Assert.DoesNotContain(analysis.Quotes, q => analysis.Text[q.Content.Start..q.Content.End].Contains("the cranes", StringComparison.Ordinal) && q.Cue == "claim");
    }

    [Fact]
    public void Given_a_paragraph_ending_in_added_colon_the_next_paragraph_is_the_content()
    {
        var analysis = Analyze("Ekberg spoke to the dockers on Friday. The harbour master added:\n\nThe cranes are old. We will buy new ones before the winter storms.");
        var q = QuoteOf(analysis, "We will buy new ones");
        Assert.Equal("The harbour master", q.Speaker.Text);
        Assert.StartsWith("The cranes are old.", analysis.Text[q.Content.Start..q.Content.End], StringComparison.Ordinal);
    }

    [Fact]
    public void Given_said_and_a_name_before_a_colon_inside_a_paragraph_the_name_is_quoted()
    {
        var analysis = Analyze("The fee plan would make the harbour code more complicated. Said Ekberg: \"I don't think the board wants reform.\"");
        var q = QuoteOf(analysis, "the board wants reform");
        Assert.Equal("Ekberg", q.Speaker.Text);
        Assert.Equal(QuoteKind.Direct, q.Kind);
    }
    [Fact]
    public void Given_a_cue_in_an_opening_when_clause_Then_its_content_ends_where_the_main_clause_begins()
    {
        const string text = "When Ruiz said that the port would close, Berg called the plan a mistake.";
        var analysis = Analyze(text);
        var q = QuoteOf(analysis, "the port would close");
        Assert.Equal("Ruiz", q.Speaker.Text);
        Assert.Equal("that the port would close", text[q.Content.Start..q.Content.End]);
    }

    [Fact]
    public void Given_two_introductory_phrases_before_the_subject_Then_a_participle_cue_takes_that_subject()
    {
        var analysis = Analyze("On Friday, after a long silence, Ana Ruiz endorsed the plan, saying, \"The harbour needs it.\"");
        var q = QuoteOf(analysis, "The harbour needs it");
        Assert.Equal("Ana Ruiz", q.Speaker.Text);
    }

    [Fact]
    public void Given_an_adverb_between_the_subject_and_said_Then_the_subject_speaks()
    {
        var analysis = Analyze("Nearly half of the dock workers overall said they would strike in May.");
        var q = QuoteOf(analysis, "they would strike");
        Assert.Equal("Nearly half of the dock workers", q.Speaker.Text);
    }

    [Fact]
    public void Given_a_participle_after_a_quotation_Then_the_participle_reports_the_same_speaker_apart()
    {
        var analysis = Analyze("In a statement, Ruiz said: \"The port will close in May,\" adding that the workers would be paid.");
        var said = QuoteOf(analysis, "The port will close");
        Assert.DoesNotContain("workers", said.Content.Of(analysis.Text), StringComparison.Ordinal);
        var adding = QuoteOf(analysis, "the workers would be paid");
        Assert.Equal("Ruiz", adding.Speaker.Text);
        Assert.Equal("adding", adding.Cue);
    }

    [Fact]
    public void Given_an_object_content_Then_a_participle_clause_after_a_comma_is_not_part_of_it()
    {
        var analysis = Analyze("Ruiz cited the cost of the new quay, raising doubts about the whole plan.");
        var cited = Assert.Single(analysis.Quotes, q => q.Cue == "cited");
        Assert.DoesNotContain("doubts", cited.Content.Of(analysis.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_object_content_Then_a_coordinated_verb_of_the_subject_is_not_part_of_it()
    {
        var analysis = Analyze("Ruiz described the closure as a grave mistake, but stopped short of calling for a vote.");
        var described = Assert.Single(analysis.Quotes, q => q.Cue == "described");
        Assert.DoesNotContain("stopped", described.Content.Of(analysis.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_content_with_its_own_verb_Then_a_coordinated_verb_stays_in_it()
    {
        var analysis = Analyze("Ruiz said the old quay flooded and closed in May.");
        var said = QuoteOf(analysis, "the old quay flooded");
        Assert.Contains("closed in May", said.Content.Of(analysis.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_postposed_speaker_and_a_participle_clause_Then_the_clause_is_not_the_content()
    {
        var analysis = Analyze("The port will close in May, Berg said, referencing the floods of last winter.");
        var said = QuoteOf(analysis, "The port will close");
        Assert.DoesNotContain("floods", string.Concat(said.ContentParts.Select(p => p.Of(analysis.Text))), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_object_content_Then_a_participle_clause_after_while_is_not_part_of_it()
    {
        var analysis = Analyze("The dockers' union criticized the harbour proposal, while insisting that talks should continue.");
        var criticized = Assert.Single(analysis.Quotes, q => q.Cue == "criticized");
        Assert.DoesNotContain("insisting", criticized.Content.Of(analysis.Text), StringComparison.Ordinal);
    }
}
