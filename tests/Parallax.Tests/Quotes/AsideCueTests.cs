using Parallax.Analysis;
using Parallax.Documents;

namespace Parallax.Tests.Quotes;

/// <summary>Words of speech used as asides ("to, say, single digits", "(think Berg in 2010)") report nobody.</summary>
public class AsideCueTests
{
    private static ArticleAnalysis Analyze(string text) => Analyzer.Analyze(new Article("t1", "Test", text));

    [Fact]
    public void Say_set_off_by_commas_is_for_example_not_a_report()
    {
        var analysis = Analyze("Even if the mayor simply narrows the gap with Ruiz to, say, single digits, she could limit his gains. Ruiz said the port would reopen on Monday.");
        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal("Ruiz", quote.Speaker.Text);
    }

    [Fact]
    public void A_cue_inside_brackets_opened_after_a_phrase_is_no_report_by_that_phrase()
    {
        var analysis = Analyze("With an early win, a long-shot candidate (think Ada Berg in Port Ellis in 2010) can catch fire. Rep. Ada Berg (D-Ore.) said the port would reopen on Monday.");
        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal("Rep. Ada Berg (D-Ore.)", quote.Speaker.Text);
    }
}
