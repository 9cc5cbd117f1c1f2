using Parallax.Documents;
using Parallax.Quotes;
using Parallax.Text;

namespace Parallax.Tests.Quotes;

public class PostposedClauseTests
{
    private static (QuotedText Text, List<Candidate> Found) Read(string article)
    {
        var text = new QuotedText(new SentenceSegmenter().Process(new ArticleAnalysis(new Article("t1", "Gazette", article))));
        return (text, new AttributionRules(text).Run());
    }

    private static string ContentOf(QuotedText text, Candidate c) => string.Join(" | ", c.Content.Select(p => text.Text[p.Start..p.End]));

    [Fact]
    public void A_reporting_clause_after_a_quotation_of_whole_sentences_quotes_it()
    {
        var (text, found) = Read("The council met on Monday.\n\n“Well, yes. We will look at every option.” Berg said.");

        var said = Assert.Single(found);
        Assert.Equal("Berg", text.TextOf(said.SpeakerFirst, said.SpeakerLast));
        Assert.Equal(QuoteKind.Direct, said.Kind);
        Assert.Equal("Well, yes. We will look at every option.", ContentOf(text, said));
    }

    [Fact]
    public void A_quoted_exclamation_is_quoted_by_the_clause_after_it_not_by_an_apposition()
    {
        var (text, found) = Read("“And I am not being paid!” Ruiz declared, a point she makes at every meeting.");

        var declared = Assert.Single(found);
        Assert.Equal("Ruiz", text.TextOf(declared.SpeakerFirst, declared.SpeakerLast));
        Assert.Equal("And I am not being paid!", ContentOf(text, declared));
    }

    [Fact]
    public void A_clause_with_its_own_content_after_a_quoted_sentence_keeps_its_content()
    {
        var (text, found) = Read("“The pier will close.” Berg said the ferry would stop in May.");

        var said = Assert.Single(found);
        Assert.Equal("the ferry would stop in May", ContentOf(text, said));
    }

    [Theory]
    [InlineData("“We have to fix the roads before winter,” Toomey fumed on Tuesday.", "Toomey", "fumed", "We have to fix the roads before winter,")]
    [InlineData("“What was the point of the delay?” Ellis scoffed.", "Ellis", "scoffed", "What was the point of the delay?")]
    [InlineData("“Not again,” groaned the harbour master.", "the harbour master", "groaned", "Not again,")]
    public void A_quotation_takes_the_name_and_verb_after_it_whatever_the_verb(string article, string speaker, string cue, string content)
    {
        var (text, found) = Read(article);

        var quote = Assert.Single(found);
        Assert.Equal(speaker, text.TextOf(quote.SpeakerFirst, quote.SpeakerLast));
        Assert.Equal(cue, text.TextOf(quote.CueFirst, quote.CueLast));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal(content, ContentOf(text, quote));
    }

    [Fact]
    public void A_quoted_sentence_with_a_speaker_clause_of_its_own_does_not_continue_the_quotation_before_it()
    {
        var (text, found) = Read("“We will look at every option,” Berg said. “The harbour?” Ruiz repeated.");

        Assert.Equal(2, found.Count);
        Assert.Equal("Berg", text.TextOf(found[0].SpeakerFirst, found[0].SpeakerLast));
        Assert.Equal("We will look at every option,", ContentOf(text, found[0]));
        Assert.Equal("Ruiz", text.TextOf(found[1].SpeakerFirst, found[1].SpeakerLast));
        Assert.Equal("The harbour?", ContentOf(text, found[1]));
    }

    [Theory]
    [InlineData("“It is over.” Markets fell sharply.")]
    [InlineData("“Hamlet” opened at the Lyric Theatre.")]
    public void A_sentence_after_a_quotation_that_ends_or_names_a_title_quotes_nothing(string article)
    {
        var (_, found) = Read(article);

        Assert.Empty(found);
    }
}
