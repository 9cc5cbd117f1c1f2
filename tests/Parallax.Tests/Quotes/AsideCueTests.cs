using Parallax.Analysis;
using Parallax.Documents;

namespace Parallax.Tests.Quotes;

/// <summary>
/// Words of speech that report nothing: asides ("to, say, single digits", "(think Berg in 2010)") and contents that are one
/// pronoun or complementiser ("Ruiz has never said that.").
/// </summary>
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

    [Theory]
    [InlineData("Ruiz has never said that.")]
    [InlineData("Few harbour pilots would argue this.")]
    [InlineData("The council, which Berg once warned about, met on Monday.")]
    public void A_content_that_is_one_pronoun_or_complementiser_reports_nothing(string sentence)
    {
        var analysis = Analyze(sentence + " Ruiz said the port would reopen on Monday.");
        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal("the port would reopen on Monday", analysis.Text[quote.Content.Start..quote.Content.End]);
    }
}
