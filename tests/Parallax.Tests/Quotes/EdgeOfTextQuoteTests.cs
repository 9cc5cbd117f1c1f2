using Parallax.Analysis;

namespace Parallax.Tests.Quotes;

public class EdgeOfTextQuoteTests
{
    [Theory]
    [InlineData("Hello there. She said:")]
    [InlineData("Who says the harbour will reopen? The mayor does not know.")]
    [InlineData("said:")]
    [InlineData("\"")]
    [InlineData("Ada said the harbour will reopen, officials say")]
    [InlineData("The mayor says the plan works, the union says")]
    [InlineData("Who said the port will close, Reuters reported")]
    public void A_cue_or_question_at_the_edge_of_the_text_does_not_stop_the_analysis(string text)
    {
        var analysis = Analyzer.Analyze(new Article("a1", "Gazette", text));
        Assert.NotEmpty(analysis.Sentences);
        Assert.All(analysis.Quotes, q => Assert.InRange(q.Content.End, q.Content.Start, text.Length));
    }
}
