using Parallax.Analysis;
using Parallax.Documents;

namespace Parallax.Tests.Quotes;

public class SpeakerAgreementTests
{
    private static ArticleAnalysis Analyze(string text) => Analyzer.Analyze(new Article("t1", "Gazette", text));

    private static string? Resolved(ArticleAnalysis analysis, Quote quote)
        => quote.Speaker.Antecedent ?? (quote.Speaker.Entity is { } e ? analysis.Entities[e].Name : null);

    [Fact]
    public void She_is_never_resolved_to_the_last_named_man()
    {
        var analysis = Analyze("Judge Ruth Olsen criticised Donald Berg in an interview. Berg called on her to resign. She doubled down on Monday, telling the radio: \"He is a faker.\"");
        var q = Assert.Single(analysis.Quotes, q => q.Speaker.Text == "She");
        Assert.Equal("Ruth Olsen", Resolved(analysis, q));
    }

    [Fact]
    public void He_skips_the_woman_speaking_last_for_the_man_named_before()
    {
        var analysis = Analyze("Mary Olsen said the port would close. John Berg met her later. \"We will reopen it,\" he said.");
        var q = analysis.Quotes[^1];
        Assert.Equal("John Berg", Resolved(analysis, q));
    }

    [Fact]
    public void A_name_the_article_calls_she_is_not_taken_for_he()
    {
        var analysis = Analyze("Kestrel Vane runs the harbour board. She said the strike was over. Tomas Ekberg disagreed with the board. \"It is not over,\" he said.");
        var q = analysis.Quotes[^1];
        Assert.Equal("Tomas Ekberg", Resolved(analysis, q));
    }

    [Fact]
    public void A_role_noun_binds_to_the_holder_the_article_names()
    {
        var analysis = Analyze("Vice President Ana Ruiz spoke in Vale on Tuesday. President Karl Berg stayed in the capital. \"We will win,\" the president said.");
        var q = Assert.Single(analysis.Quotes);
        Assert.Equal("Karl Berg", Resolved(analysis, q));
    }

    [Theory]
    [InlineData("Karl Berg met voters in Vale on Monday. Vice President Ana Ruiz spoke in Lund on Tuesday. \"We will win,\" the president said.")]
    [InlineData("Vice President Ana Ruiz spoke in Lund on Tuesday. She said the farms were strong. \"We will win,\" the president told reporters.")]
    public void A_role_noun_never_binds_to_a_vice_president_named_more_recently(string text)
    {
        var analysis = Analyze(text);
        var q = Assert.Single(analysis.Quotes, q => q.Speaker.Text == "the president");
        Assert.NotEqual("Ana Ruiz", Resolved(analysis, q));
    }

    [Fact]
    public void A_role_noun_with_no_holder_in_the_article_is_not_a_named_speaker()
    {
        var analysis = Analyze("The dam above Vale held through the night. \"We will rebuild the road,\" the president said on Tuesday.");
        var q = Assert.Single(analysis.Quotes);
        Assert.Equal("the president", q.Speaker.Text);
        Assert.False(q.Named);
    }

    [Fact]
    public void A_pronoun_for_a_role_noun_with_no_holder_is_not_a_named_speaker()
    {
        var analysis = Analyze("The president toured the flooded valley on Monday. \"We will rebuild the road,\" he said.");
        var q = Assert.Single(analysis.Quotes, q => q.Speaker.Text == "he");
        Assert.False(q.Named);
    }

    [Fact]
    public void A_role_noun_bound_to_its_named_holder_is_a_named_speaker()
    {
        var analysis = Analyze("President Karl Berg toured the flooded valley on Monday. \"We will rebuild the road,\" the president said.");
        var q = Assert.Single(analysis.Quotes);
        Assert.True(q.Named);
        Assert.Equal("Karl Berg", Resolved(analysis, q));
    }

    [Fact]
    public void Her_office_is_the_office_of_the_person_not_the_person()
    {
        var analysis = Analyze("Mayor Ana Ruiz left for Oslo on Monday. \"We are studying the letter,\" her office said in a statement.");
        var q = Assert.Single(analysis.Quotes);
        Assert.Null(q.Speaker.Entity);
        Assert.Equal("office of Ana Ruiz", q.Speaker.Antecedent);
    }

    [Fact]
    public void An_administration_named_for_a_person_is_a_named_voice_but_not_the_person()
    {
        var analysis = Analyze("The Berg administration said it would respond to the letter.");
        var q = Assert.Single(analysis.Quotes);
        Assert.Null(q.Speaker.Entity);
        Assert.True(q.Named);
    }

    [Theory]
    [InlineData("A shipping executive, who asked not to be named, said the port was closed.")]
    [InlineData("A port manager, speaking on condition of anonymity, said the port was closed.")]
    [InlineData("A person familiar with the talks said the port was closed.")]
    public void A_source_who_withholds_the_name_is_anonymous(string text)
    {
        var q = Assert.Single(Analyze(text).Quotes);
        Assert.False(q.Named);
        Assert.Null(q.Speaker.Entity);
    }

    [Fact]
    public void A_common_noun_for_an_organisation_the_article_names_is_that_organisation()
    {
        var analysis = Analyze("The Vale Port Authority closed the quay on Monday. The authority said the dam was safe.");
        var q = Assert.Single(analysis.Quotes);
        Assert.True(q.Named);
        Assert.Equal("Vale Port Authority", Resolved(analysis, q));
    }

    [Theory]
    [InlineData("Last year Berg said the port would reopen.", "Berg")]
    [InlineData("Berg this week said the port would reopen.", "Berg")]
    public void Time_words_around_a_speaker_are_not_part_of_it(string text, string speaker)
        => Assert.Equal(speaker, Assert.Single(Analyze(text).Quotes).Speaker.Text);

    [Fact]
    public void A_date_is_never_a_speaker()
        => Assert.DoesNotContain(Analyze("\"The port is closed,\" said Tuesday's notice. Last year said nothing new.").Quotes, q => q.Speaker.Text is "Tuesday" or "Last year");
}
