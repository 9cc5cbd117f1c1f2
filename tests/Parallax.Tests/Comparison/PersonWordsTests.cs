using Parallax.Comparison;
using Parallax.Documents;

namespace Parallax.Tests.Comparison;

public class PersonWordsTests
{
    [Theory]
    [InlineData("Special Counsel Robert Halvorsen", "robert halvorsen")]
    [InlineData("Speaker-to-be Nadia Ferro", "nadia ferro")]
    [InlineData("President-elect Omar Lindqvist", "omar lindqvist")]
    [InlineData("ex-minister Omar Lindqvist", "omar lindqvist")]
    [InlineData("Defense Secretary Jim Kessler", "jim kessler")]
    [InlineData("U.S. Secretary of State Ana Ruiz", "ana ruiz")]
    [InlineData("Former Rep. Liz Varga", "liz varga")]
    [InlineData("Libyan leader Moammar Gadhafi", "moammar gadhafi")]
    [InlineData("Mr. Kessler", "kessler")]
    [InlineData("Kessler's", "kessler")]
    [InlineData("Choosing Halvorsen", "halvorsen")]
    [InlineData("Nadia Ferro Returns", "nadia ferro")]
    [InlineData("6C97\nNadia Ferro", "nadia ferro")]
    public void Titles_roles_and_common_words_around_a_name_are_not_part_of_it(string name, string expected)
        => Assert.Equal(expected, string.Join(' ', EntityProfile.PersonWords(name)));

    [Theory]
    [InlineData("John Major", "john major")]
    [InlineData("General", "general")]
    [InlineData("Bill Ostrander", "bill ostrander")]
    public void Name_words_that_are_also_role_words_stay_when_no_role_precedes_them(string name, string expected)
        => Assert.Equal(expected, string.Join(' ', EntityProfile.PersonWords(name)));
}
