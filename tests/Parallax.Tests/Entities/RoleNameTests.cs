using Parallax.Entities;

namespace Parallax.Tests.Entities;

public class RoleNameTests
{
    private static RoleName Parse(string role) => RoleName.Parse(role) ?? throw new InvalidOperationException(role);

    [Theory]
    [InlineData("vice president", "Vice President")]
    [InlineData("president", "President")]
    [InlineData("US envoy", "US envoy to Afghanistan")]
    [InlineData("envoy", "US envoy to Afghanistan")]
    [InlineData("secretary", "Secretary of State")]
    [InlineData("secretary of state", "US Secretary of State")]
    [InlineData("senator", "Sen.")]
    [InlineData("spokeswoman", "ministry spokesperson")]
    [InlineData("president-elect", "President-elect")]
    [InlineData("prime minister", "Prime Minister")]
    public void A_bare_role_fits_a_title_of_the_same_office(string mention, string holder)
        => Assert.True(Parse(mention).Fits(Parse(holder)));

    [Theory]
    [InlineData("president", "Vice President")]
    [InlineData("vice president", "President")]
    [InlineData("president", "President-elect")]
    [InlineData("president", "former President")]
    [InlineData("prime minister", "Deputy Prime Minister")]
    [InlineData("defense secretary", "Secretary of State")]
    [InlineData("US envoy", "UN envoy")]
    [InlineData("Afghan president", "US President")]
    [InlineData("minister", "Prime Minister")]
    public void A_bare_role_does_not_fit_another_office(string mention, string holder)
        => Assert.False(Parse(mention).Fits(Parse(holder)));

    [Fact]
    public void Words_that_name_no_office_are_no_role()
        => Assert.Null(RoleName.Parse("the farmers"));
}
