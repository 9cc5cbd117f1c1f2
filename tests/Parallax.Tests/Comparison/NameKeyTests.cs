using Parallax.Comparison;

namespace Parallax.Tests.Comparison;

public class NameKeyTests
{
    [Theory]
    [InlineData("Gadhafi", "Qaddafi")]
    [InlineData("Gadhafi", "al-Qaddafi")]
    [InlineData("Qadhafi", "Kadafi")]
    [InlineData("Khalilzad", "Khalilizad")]
    [InlineData("Schumer", "Shumer")]
    [InlineData("Mattis", "Matthis")]
    [InlineData("el-Sisi", "Sisi")]
    [InlineData("Anthony", "Antony")]
    [InlineData("Usama", "Osama")]
    public void Transliterations_and_misspellings_are_one_word(string a, string b)
    {
        Assert.True(NameKey.SameWord(a, b));
        Assert.Equal(NameKey.BlockKey(a), NameKey.BlockKey(b));
    }

    [Theory]
    [InlineData("Kahn", "Khan")]
    [InlineData("Bush", "Bash")]
    [InlineData("Gates", "Kates")]
    [InlineData("Obama", "Osama")]
    [InlineData("Morris", "Morrison")]
    [InlineData("Hamid", "Hamidi")]
    [InlineData("Evans", "Owens")]
    [InlineData("Lee", "Li")]
    [InlineData("Alberts", "Albertson")]
    [InlineData("Republicans", "Republican")]
    [InlineData("Saudi", "Saudis")]
    public void Different_names_that_share_letters_stay_different(string a, string b)
        => Assert.False(NameKey.SameWord(a, b));

    [Theory]
    [InlineData("al-Qaddafi", "Qaddafi")]
    [InlineData("Ash-Sharif", "Sharif")]
    [InlineData("Al-Sisi", "Sisi")]
    [InlineData("Alba", "Alba")]
    [InlineData("Al-Ma", "Al-Ma")]
    public void An_arabic_article_joined_by_a_hyphen_is_not_part_of_the_name(string word, string expected)
        => Assert.Equal(expected, NameKey.StripArticle(word));
}
