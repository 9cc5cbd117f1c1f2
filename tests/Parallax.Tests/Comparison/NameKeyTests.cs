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
    [InlineData("Kim Jung Un", "Kim Jong Un", true)]
    [InlineData("Pak Sung Chol", "Pak Song Chol", true)]
    [InlineData("Mohammed Hamid", "Mohamed Hamid", true)]
    [InlineData("Kim Jong Un", "Kim Jong Il", false)]
    [InlineData("Pak Sung Chol", "Pik Song Chol", false)]
    [InlineData("Bush", "Bash", false)]
    [InlineData("George Bush", "George Bash", true)]
    [InlineData("Laura Bush", "George Bush", false)]
    [InlineData("Jung Un", "Jong Un Kim", false)]
    [InlineData("Rima Castell", "Riman Castell", true)]
    [InlineData("Rima Castell", "Riema Castell", true)]
    [InlineData("Paul Vance", "Paula Vance", false)]
    [InlineData("Eric Vance", "Erica Vance", false)]
    [InlineData("Emil Vance", "Emily Vance", false)]
    [InlineData("Rima Castell", "Brima Castell", false)]
    [InlineData("Rima Castell", "Rimas Castell", false)]
    [InlineData("Riman Castells", "Rima Castell", false)]
    public void A_full_name_vouches_for_one_vowel_or_one_letter_more_in_one_word(string a, string b, bool same)
        => Assert.Equal(same, NameKey.SameFullName(a.Split(' '), b.Split(' ')));

    [Theory]
    [InlineData("al-Qaddafi", "Qaddafi")]
    [InlineData("Ash-Sharif", "Sharif")]
    [InlineData("Al-Sisi", "Sisi")]
    [InlineData("Alba", "Alba")]
    [InlineData("Al-Ma", "Al-Ma")]
    public void An_arabic_article_joined_by_a_hyphen_is_not_part_of_the_name(string word, string expected)
        => Assert.Equal(expected, NameKey.StripArticle(word));
}
