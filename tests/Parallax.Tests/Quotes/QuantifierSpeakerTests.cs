using Parallax.Analysis;
using Parallax.Documents;
using Parallax.Quotes;
using Parallax.Text;

namespace Parallax.Tests.Quotes;

public class QuantifierSpeakerTests
{
    private static readonly AnalysisPipeline Pipeline = new AnalysisPipelineBuilder().Add(new SentenceSegmenter()).Add(new QuoteExtractor()).Build();

    private static ArticleAnalysis Analyze(string text) => Pipeline.Analyze(new Article("t1", "Test", text));

    [Theory]
    [InlineData("Harbour pilots met on Tuesday. Some warned that the breakwater would not hold another winter.", "Some")]
    [InlineData("The pilots were polled twice. All agreed that the breakwater needed repairs before winter.", "All")]
    [InlineData("The ferry crews were asked about the breakwater. Many said that the old wall would not hold.", "Many")]
    [InlineData("One pilot stayed at home on Tuesday. Another warned that the old breakwater would not hold.", "Another")]
    public void Given_a_quantifier_standing_alone_as_subject_When_it_reports_Then_it_is_an_unnamed_speaker(string text, string speaker)
    {
        var quote = Assert.Single(Analyze(text).Quotes);
        Assert.Equal(speaker, quote.Speaker.Text);
        Assert.False(quote.Named);
        Assert.Null(quote.Speaker.Entity);
    }

    [Theory]
    [InlineData("In the harbour survey, 74 percent of residents said the quay should reopen.", "74 percent of residents")]
    [InlineData("In the harbour survey, 6 in 10 residents said the quay should reopen.", "6 in 10 residents")]
    [InlineData("In the harbour survey, 74 percent said the quay should reopen.", "74 percent")]
    [InlineData("Harbour polls show 74 percent of residents say the quay should reopen.", "74 percent of residents")]
    public void Given_a_number_counting_the_speakers_When_they_report_Then_the_number_stays_in_the_speaker(string text, string speaker)
    {
        var quote = Assert.Single(Analyze(text).Quotes);
        Assert.Equal(speaker, quote.Speaker.Text);
    }

    [Theory]
    [InlineData("Six in 10 residents said the quay should reopen before the summer.", "Six in 10 residents")]
    [InlineData("The harbour board met. Two of the pilots said the quay should reopen before the summer.", "Two of the pilots")]
    public void Given_a_count_opening_the_speaker_When_it_reports_Then_the_speaker_is_unnamed(string text, string speaker)
    {
        var quote = Assert.Single(Analyze(text).Quotes);
        Assert.Equal(speaker, quote.Speaker.Text);
        Assert.False(quote.Named);
    }

    [Fact]
    public void Given_a_quantifier_opening_a_noun_When_the_noun_reports_Then_the_whole_phrase_speaks()
    {
        var quote = Assert.Single(Analyze("Several harbour pilots said that the breakwater would not hold.").Quotes);
        Assert.Equal("Several harbour pilots", quote.Speaker.Text);
    }
}
