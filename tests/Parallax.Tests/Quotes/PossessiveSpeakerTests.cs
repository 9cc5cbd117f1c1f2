using System.Collections.Immutable;
using Parallax.Documents;
using Parallax.Quotes;
using Parallax.Text;

namespace Parallax.Tests.Quotes;

public class PossessiveSpeakerTests
{
    // Segments the text, adds one person mention as an entity, then extracts quotes.
    private static ArticleAnalysis Analyze(string text, string person)
    {
        var document = new SentenceSegmenter().Process(new ArticleAnalysis(new Article("t1", "Test", text)));
        var start = text.IndexOf(person, StringComparison.Ordinal);
        var mention = new Mention(start, start + person.Length, person, EntityType.Person, MentionKind.Name, document.SentenceAt(start));
        document = document with { Mentions = [mention], Entities = [new DocumentEntity(0, person, EntityType.Person, ImmutableArray.Create(0))] };
        return new QuoteExtractor().Process(document);
    }

    [Fact]
    public void Given_a_possessive_before_a_word_of_speech_When_it_reports_Then_the_owner_speaks()
    {
        const string text = "Harbour master Ana Ruiz toured the quay on Monday. Her claim that the breakwater would hold through the winter was met with doubt.";
        var quote = Assert.Single(Analyze(text, "Ana Ruiz").Quotes);
        Assert.Equal("Her", quote.Speaker.Text);
        Assert.Equal("Ana Ruiz", quote.Speaker.Antecedent);
        Assert.Equal(0, quote.Speaker.Entity);
        Assert.StartsWith("that the breakwater would hold", quote.Content.Of(text), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_possessive_of_the_wrong_gender_When_it_reports_Then_it_is_not_bound_to_that_person()
    {
        const string text = "Harbour master Karl Dale toured the quay on Monday. Her claim that the breakwater would hold through the winter was met with doubt.";
        var quote = Assert.Single(Analyze(text, "Karl Dale").Quotes);
        Assert.Null(quote.Speaker.Entity);
        Assert.Null(quote.Speaker.Antecedent);
    }

    [Fact]
    public void Given_a_possessive_before_a_noun_that_is_no_speech_When_the_phrase_reports_Then_the_whole_phrase_speaks()
    {
        const string text = "Karl Dale opened the meeting. His supporters asked the board to keep the ferry running.";
        Assert.All(Analyze(text, "Karl Dale").Quotes, q => Assert.NotEqual("His", q.Speaker.Text));
    }
}
