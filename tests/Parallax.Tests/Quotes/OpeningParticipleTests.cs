using Parallax.Analysis;
using Parallax.Documents;

namespace Parallax.Tests.Quotes;

public class OpeningParticipleTests
{
    private static ArticleAnalysis Analyze(string text) => Analyzer.Analyze(new Article("t1", "Gazette", text));

    private static Quote QuoteOf(ArticleAnalysis analysis, string content)
        => Assert.Single(analysis.Quotes, q => analysis.Text[q.Content.Start..q.Content.End].Contains(content, StringComparison.Ordinal));

    [Fact]
    public void Given_a_sentence_opening_with_having_and_a_cue_Then_the_main_subject_speaks_and_the_content_ends_at_the_clause()
    {
        var analysis = Analyze("Having argued for years that the harbour tax was unfair, Berg voted for it on Monday.");
        var argued = QuoteOf(analysis, "the harbour tax was unfair");
        Assert.Equal("Berg", argued.Speaker.Text);
        Assert.DoesNotContain("voted", argued.Content.Of(analysis.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_sentence_opening_with_a_participle_cue_Then_the_main_subject_speaks()
    {
        var analysis = Analyze("Noting that the vote on the quay was close, Ruiz said the council would meet again.");
        var noting = QuoteOf(analysis, "the vote on the quay was close");
        Assert.Equal("Ruiz", noting.Speaker.Text);
        Assert.DoesNotContain("council", noting.Content.Of(analysis.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_subject_that_issued_a_statement_saying_Then_the_subject_speaks_not_the_statement()
    {
        var analysis = Analyze("The harbour board met on Friday. Ruiz released a statement saying that the vote was unfair.");
        Assert.Equal("Ruiz", QuoteOf(analysis, "the vote was unfair").Speaker.Text);
    }
}
