using Parallax.Documents;

namespace Parallax.Reports.Tests;

public class SampleStoryTests
{
    [Fact]
    public void The_segmenter_gives_the_sample_articles_the_expected_shape()
    {
        var a = SampleStory.A();
        var b = SampleStory.B();
        Assert.Equal(["Letter to Kabul"], a.Headings.Select(h => h.Text));
        Assert.Equal(4, a.Sentences.Length);
        Assert.Equal(4, b.Sentences.Length);
        Assert.Equal(2, a.Quotes[0].Sentence);
    }
}
