using Parallax.Documents;
using Parallax.Quotes;
using Parallax.Text;

namespace Parallax.Tests.Quotes;

public class ContinuingPredicateTests
{
    [Fact]
    public void A_labelled_cue_right_after_a_rule_content_past_yet_speaks_as_that_rule_speaker()
    {
        const string sentence = "It is clear that Ruiz demands a full inquiry into the accounts, yet refuses to release her own records.";
        var text = new QuotedText(new SentenceSegmenter().Process(new ArticleAnalysis(new Article("t1", "Gazette", sentence))));
        var rules = new AttributionRules(text).Run();
        var demands = Assert.Single(rules, r => text.Lower[r.CueFirst] == "demands");
        Assert.Equal("a full inquiry into the accounts", text.Text[demands.Content[0].Start..demands.Content[^1].End]);
        int TokenAt(string word) => text.LastTokenBefore(sentence.IndexOf(word, StringComparison.Ordinal)) + 1;
        var start = sentence.IndexOf("to release", StringComparison.Ordinal);
        var labelled = new Candidate(TokenAt("refuses"), TokenAt("refuses"), "refuse", 0, 0, [new Span(start, sentence.Length - 1)], QuoteKind.Indirect, 0.5);

        var continuing = QuoteExtractor.Continuing(text, rules, labelled);

        Assert.Equal(demands.SpeakerFirst, continuing.SpeakerFirst);
        Assert.Equal("Ruiz", text.TextOf(continuing.SpeakerFirst, continuing.SpeakerLast));
    }

    [Fact]
    public void A_labelled_cue_in_another_clause_keeps_its_own_speaker()
    {
        const string sentence = "Ruiz demands a full inquiry into the accounts, and the council refuses to release its records.";
        var text = new QuotedText(new SentenceSegmenter().Process(new ArticleAnalysis(new Article("t1", "Gazette", sentence))));
        var rules = new AttributionRules(text).Run();
        int TokenAt(string word) => text.LastTokenBefore(sentence.IndexOf(word, StringComparison.Ordinal)) + 1;
        var start = sentence.IndexOf("to release", StringComparison.Ordinal);
        var labelled = new Candidate(TokenAt("refuses"), TokenAt("refuses"), "refuse", TokenAt("the council"), TokenAt("council"),
            [new Span(start, sentence.Length - 1)], QuoteKind.Indirect, 0.5);

        var continuing = QuoteExtractor.Continuing(text, rules, labelled);

        Assert.Equal("the council", text.TextOf(continuing.SpeakerFirst, continuing.SpeakerLast));
    }
}
