using Parallax.Analysis;
using Parallax.Documents;

namespace Parallax.Tests.Quotes;

public class OpeningParticipleTests
{
    private static ArticleAnalysis Analyze(string text) => Analyzer.Analyze(new Article("t1", "Gazette", text));

    private static Quote QuoteOf(ArticleAnalysis analysis, string content)
        => Assert.Single(analysis.Quotes, q => analysis.Text[q.Content.Start..q.Content.End].Contains(content, StringComparison.Ordinal));

    [Theory]
    [InlineData("Having argued for years that the harbour tax was unfair, Berg voted for it on Monday.", "the harbour tax was unfair", "Berg", "voted")]
    [InlineData("Noting that the vote on the quay was close, Ruiz said the council would meet again.", "the vote on the quay was close", "Ruiz", "council")]
    public void Given_a_sentence_opening_with_a_participle_cue_Then_the_main_subject_speaks_and_the_content_ends_at_the_clause(
        string text, string content, string speaker, string mainClauseWord)
    {
        var analysis = Analyze(text);
        var quote = QuoteOf(analysis, content);
        Assert.Equal(speaker, quote.Speaker.Text);
        Assert.DoesNotContain(mainClauseWord, quote.Content.Of(analysis.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_subject_that_issued_a_statement_saying_Then_the_subject_speaks_not_the_statement()
    {
        var analysis = Analyze("The harbour board met on Friday. Ruiz released a statement saying that the vote was unfair.");
        Assert.Equal("Ruiz", QuoteOf(analysis, "the vote was unfair").Speaker.Text);
    }
}
