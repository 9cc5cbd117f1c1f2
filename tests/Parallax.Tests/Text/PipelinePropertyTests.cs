using CsCheck;
using Parallax.Analysis;

namespace Parallax.Tests.Text;

/// <summary>Properties of the one-article pipeline on any text: it never throws, and every span it gives is inside the text, in order.</summary>
public class PipelinePropertyTests
{
    private static readonly string[] Pieces =
    [
        "said", "says", "told", "he", "She", "Who", "the", "Mayor", "Ada", "Lindqvist", "Reuters", "(AP)", "--", "-", ":", ";", ",",
        ".", "?", "!", "...", "\"", "“", "”", "'", "’", "(", ")", "\n", "\n\n", "  ", "\t", "Mr.", "U.S.", "1,200", "3.5",
        "May 1", "Monday", "yesterday", "2024", "percent", "$4m", "not", "may", "will", "According", "to", "officials",
        "\u00A0", "\u200B", "\uFFFD", "é", "😀", "\ud800", "\udc00", "<b>", "&amp;", "#", "*", ">", "WASHINGTON", "said:",
    ];

    private static readonly Gen<string> Newsish = Gen.OneOf(Pieces).Array[0, 120].Select(words => string.Join(' ', words));

    private static readonly Gen<string> AnyText = Gen.OneOf(Newsish, Gen.String);

    private static void CheckSpans(string text)
    {
        var analysis = Analyzer.Analyze(new Article("a1", "Gazette", text));
        var previousEnd = 0;
        foreach (var sentence in analysis.Sentences)
        {
            Assert.InRange(sentence.Start, previousEnd, text.Length);
            Assert.InRange(sentence.End, sentence.Start + 1, text.Length);
            Assert.Equal(text[sentence.Start..sentence.End], sentence.Text);
            previousEnd = sentence.End;
        }
        var tokenEnd = 0;
        foreach (var token in analysis.Tokens)
        {
            Assert.InRange(token.Start, tokenEnd, text.Length);
            Assert.InRange(token.End, token.Start + 1, text.Length);
            tokenEnd = token.End;
        }
        foreach (var mention in analysis.Mentions)
        {
            Assert.InRange(mention.End, mention.Start + 1, text.Length);
            Assert.Equal(text[mention.Start..mention.End], mention.Text);
        }
        foreach (var quote in analysis.Quotes)
        {
            Assert.InRange(quote.Content.Start, 0, text.Length);
            Assert.InRange(quote.Content.End, quote.Content.Start, text.Length);
            Assert.InRange(quote.CueSpan.End, quote.CueSpan.Start, text.Length);
        }
    }

    [Fact]
    public void Analysis_is_total_and_its_spans_lie_inside_the_text_in_order()
        => AnyText.Sample(CheckSpans, iter: 300, threads: 1, seed: "0000000000001");

    [Fact]
    public void Quoted_text_grows_linearly_with_the_input()
        => Gen.OneOf(Pieces).Array[200, 400].Select(words => string.Join(' ', words)).Sample(text =>
        {
            var analysis = Analyzer.Analyze(new Article("a1", "Gazette", text));
            var quoted = analysis.Quotes.Sum(q => (long)q.Content.End - q.Content.Start);
            var spans = analysis.Mentions.Length + analysis.Tokens.Length + analysis.Sentences.Length;
            Assert.InRange(quoted, 0, 300L * text.Length);
            Assert.InRange(spans, 0, 3 * text.Length + 10);
        }, iter: 60, threads: 1, seed: "0000000000002");

    [Fact]
    public void Cleaning_any_text_keeps_no_lone_surrogate_and_never_throws()
        => Gen.String.Sample(text =>
        {
            var cleaned = Parallax.Text.TextCleaner.Clean(text);
            for (var i = 0; i < cleaned.Length; i++)
            {
                if (char.IsHighSurrogate(cleaned[i]) && i + 1 < cleaned.Length && char.IsLowSurrogate(cleaned[i + 1]))
                    i++;
                else
                    Assert.False(char.IsSurrogate(cleaned[i]), $"lone surrogate at {i}");
            }
        }, iter: 500, threads: 1, seed: "0000000000003");
}
