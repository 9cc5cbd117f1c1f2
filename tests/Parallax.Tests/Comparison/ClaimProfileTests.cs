using Parallax.Comparison;

namespace Parallax.Tests.Comparison;

public class ClaimProfileTests
{
    private static SentenceProfile Sentence(string text)
    {
        var article = Documents.AnalyzeWithValues("a1", text);
        return new SentenceProfiler().Profile([article], new EntityResolver(ComparisonOptions.Default).Resolve([article]))[0][0];
    }

    private static ClaimProfile Claim(SentenceProfile sentence, int first)
        => new()
        {
            Claim = new Claim("c1", sentence.Ref, 0, 0),
            Sentence = sentence,
            First = first,
            End = sentence.Words.Length,
            Vector = [],
            EventToken = -1,
            EventConcept = null,
            Tags = [.. sentence.Words.Select(_ => "NN")],
            Agent = -1,
            Source = null,
            SourceEntity = -1,
        };

    [Fact]
    public void A_copy_with_another_frame_reads_the_frame_s_dates_and_figures_though_the_original_was_read_first()
    {
        var sentence = Sentence("The council said on Monday 12 streets that 40 homes and 9 shops flooded.");
        var claim = Claim(sentence, Array.IndexOf(sentence.Words, "that") + 1);
        Assert.Empty(claim.Dates);
        Assert.Equal([40.0, 9.0], claim.NumbersWithFrame.Select(n => n.Value));

        var frame = new HashSet<int> { Assert.Single(sentence.Dates).Token, Array.IndexOf(sentence.Words, "12") };
        var framed = claim with { Frame = frame };
        Assert.Single(framed.Dates);
        Assert.Equal([12.0, 40.0, 9.0], framed.NumbersWithFrame.Select(n => n.Value));
        Assert.Equal([40.0, 9.0], framed.Numbers.Select(n => n.Value));
    }

    [Fact]
    public void A_copy_over_another_span_reads_that_span_s_figures()
    {
        var sentence = Sentence("Officials counted 40 homes and 9 shops under water.");
        var claim = Claim(sentence, 0);
        Assert.Equal(2, claim.Numbers.Length);
        var shorter = claim with { First = Array.IndexOf(sentence.Words, "and") };
        Assert.Equal([9.0], shorter.Numbers.Select(n => n.Value));
    }
}
