using Parallax.Analysis;
using Parallax.Documents;
using Parallax.Quotes;
using Parallax.Text;

namespace Parallax.Tests.Quotes;

public class ReceivedCuesTests
{
    private static ArticleAnalysis Analyze(string text) => Analyzer.Analyze(new Article("t1", "Gazette", text));

    // A candidate as a labeller would read it: the sentence's subject as the source of the noun cue, the rest as content.
    private static (QuotedText Text, Candidate Candidate) Labelled(string sentence, string speaker, string cue, string content)
    {
        var text = new QuotedText(new SentenceSegmenter().Process(new ArticleAnalysis(new Article("t1", "Gazette", sentence))));
        int TokenAt(string word) => text.LastTokenBefore(sentence.IndexOf(word, StringComparison.Ordinal)) + 1;
        int LastTokenOf(string words) => text.LastTokenBefore(sentence.IndexOf(words, StringComparison.Ordinal) + words.Length - 1) + 1;
        var start = sentence.IndexOf(content, StringComparison.Ordinal);
        var candidate = new Candidate(TokenAt(cue), LastTokenOf(cue), "call", TokenAt(speaker), LastTokenOf(speaker),
            [new Span(start, start + content.Length)], QuoteKind.Indirect, 0.5);
        return (text, candidate);
    }

    [Theory]
    [InlineData("Ekberg is facing calls to resign over the dredging contract.", "calls")]
    [InlineData("Ekberg faced growing calls for his resignation after the flood.", "calls")]
    [InlineData("Ekberg has ignored repeated demands that he resign.", "demands")]
    public void A_noun_cue_after_a_receiving_verb_without_a_from_phrase_has_no_source(string sentence, string cue)
    {
        var (text, candidate) = Labelled(sentence, "Ekberg", cue, sentence[(sentence.IndexOf(cue, StringComparison.Ordinal) + cue.Length + 1)..^1]);
        Assert.Null(ReceivedCues.Redirect(text, candidate));
    }

    [Fact]
    public void A_from_phrase_after_the_received_noun_is_the_source()
    {
        const string sentence = "Ekberg faced sharp warnings from the dockers' union that the new cranes were unsafe.";
        var (text, candidate) = Labelled(sentence, "Ekberg", "warnings", "that the new cranes were unsafe");
        var redirected = ReceivedCues.Redirect(text, candidate);
        Assert.NotNull(redirected);
        Assert.Equal("the dockers' union", text.TextOf(redirected.SpeakerFirst, redirected.SpeakerLast));
        Assert.Equal("warnings", text.TextOf(redirected.CueFirst, redirected.CueLast));
    }

    [Fact]
    public void A_speaker_who_makes_the_calls_keeps_them()
    {
        const string sentence = "Ekberg renewed his calls for a new dredging contract.";
        var (text, candidate) = Labelled(sentence, "Ekberg", "calls", "for a new dredging contract");
        Assert.Same(candidate, ReceivedCues.Redirect(text, candidate));
    }

    [Fact]
    public void The_analysis_does_not_make_the_one_who_comes_under_criticism_its_source()
        => Assert.DoesNotContain(Analyze("The port director has come under criticism that the quay was never inspected.").Quotes,
            q => q.Speaker.Text.Contains("director", StringComparison.Ordinal));

    [Fact]
    public void The_analysis_gives_warnings_drawn_from_allies_to_the_allies()
    {
        var q = Assert.Single(Analyze("The senator drew warnings from allies that the plan would fail.").Quotes);
        Assert.Equal("allies", q.Speaker.Text);
    }
}
