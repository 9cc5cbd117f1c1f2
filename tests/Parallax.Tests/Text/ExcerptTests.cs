using Parallax.Text;

namespace Parallax.Tests.Text;

public class ExcerptTests
{
    [Theory]
    [InlineData("A short title", 20, "A short title")]
    [InlineData("  A  title\non two lines ", 40, "A title on two lines")]
    [InlineData("The ferry to Marrowby left at dawn, carrying forty passengers", 30, "The ferry to Marrowby left at…")]
    [InlineData("Supercalifragilisticexpialidocious words", 12, "Supercalifr…")]
    public void A_long_text_is_cut_at_a_word_within_the_limit(string text, int max, string excerpt)
    {
        Assert.Equal(excerpt, TextCleaner.Excerpt(text, max));
        Assert.True(TextCleaner.Excerpt(text, max).Length <= max);
    }

    [Fact]
    public void A_hard_cut_never_splits_a_surrogate_pair()
    {
        var excerpt = TextCleaner.Excerpt("abcdefghi\U0001F600xyz", 11);
        Assert.Equal("abcdefghi…", excerpt);
    }
}
