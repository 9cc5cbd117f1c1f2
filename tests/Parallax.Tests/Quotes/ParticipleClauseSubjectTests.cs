using Parallax.Documents;
using Parallax.Quotes;
using Parallax.Text;

namespace Parallax.Tests.Quotes;

public class ParticipleClauseSubjectTests
{
    private static (QuotedText Text, Candidate Labelled) Labelled(string sentence, string source, string cue)
    {
        var text = new QuotedText(new SentenceSegmenter().Process(new ArticleAnalysis(new Article("t1", "Gazette", sentence))));
        int TokenAt(string words) => text.LastTokenBefore(sentence.IndexOf(words, StringComparison.Ordinal)) + 1;
        int LastTokenOf(string words) => text.LastTokenBefore(sentence.IndexOf(words, StringComparison.Ordinal) + words.Length);
        var cueFirst = TokenAt(cue);
        var contentStart = text.Tokens[cueFirst + 1].Start;
        return (text, new Candidate(cueFirst, cueFirst, cue, TokenAt(source), LastTokenOf(source), [new Span(contentStart, sentence.Length - 1)], QuoteKind.Indirect, 0.5));
    }

    [Fact]
    public void A_labelled_participle_whose_source_follows_the_verb_before_it_speaks_as_that_verb_subject()
    {
        var (text, labelled) = Labelled("The governor was at the harbour in Port Ellis, promising to reopen the quay by June.", "Port Ellis", "promising");

        var read = QuoteExtractor.ClauseSubject(text, new AttributionRules(text), labelled);

        Assert.Equal("The governor", text.TextOf(read.SpeakerFirst, read.SpeakerLast));
    }

    [Fact]
    public void A_labelled_participle_whose_source_is_the_subject_keeps_it()
    {
        var (text, labelled) = Labelled("“We will reopen it,” Berg said, promising a vote on the quay.", "Berg", "promising");

        var read = QuoteExtractor.ClauseSubject(text, new AttributionRules(text), labelled);

        Assert.Equal("Berg", text.TextOf(read.SpeakerFirst, read.SpeakerLast));
    }

    [Fact]
    public void A_labelled_participle_whose_source_is_in_an_opening_clause_speaks_as_the_main_subject()
    {
        var (text, labelled) = Labelled("When Ruiz asked the harbour board to vote again, the board declined, citing the costs.", "Ruiz", "citing");

        var read = QuoteExtractor.ClauseSubject(text, new AttributionRules(text), labelled);

        Assert.Equal("the board", text.TextOf(read.SpeakerFirst, read.SpeakerLast));
    }
}
