using Parallax.Analysis;
using Parallax.Text;

namespace Parallax.Tests.Text;

public class LongSentenceTests
{
    private static string Run(string phrase, int times) => "The mayor said " + string.Join(' ', Enumerable.Repeat(phrase, times)) + ".";

    [Fact]
    public void A_run_of_words_without_a_sentence_end_is_cut_into_sentences_of_the_maximum_length()
    {
        var text = Run("ferry tolls rose", 400);
        var analysis = Analyzer.Analyze(new Article("a1", "Gazette", text));
        var max = new SentenceSegmenter().MaxSentenceTokens;
        Assert.All(analysis.Sentences, s => Assert.InRange(s.TokenCount, 1, max));
        Assert.Equal(analysis.Tokens.Length, analysis.Sentences.Sum(s => s.TokenCount));
        Assert.Equal(0, analysis.Sentences[0].Start);
        Assert.Equal(text.Length, analysis.Sentences[^1].End);
    }

    [Fact]
    public void Quotes_of_a_long_sentence_full_of_cues_grow_linearly_with_it()
    {
        static long QuotedChars(int n) => Analyzer.Analyze(new Article("a1", "Gazette", Run("he said it", n))).Quotes.Sum(q => (long)q.Content.End - q.Content.Start);
        var small = QuotedChars(1_000);
        var large = QuotedChars(4_000);
        Assert.InRange(large, 1, small * 5);
    }

    [Fact]
    public void Ordinary_sentences_are_not_cut()
    {
        var text = "The council met on Monday, and the mayor, who had returned from the capital, said the ferry would resume. Tolls rose.";
        Assert.Equal(2, Analyzer.Analyze(new Article("a1", "Gazette", text)).Sentences.Length);
    }
}
