using Parallax.Entities;

namespace Parallax.Tests.Entities;

public class NumberValueTests
{
    [Theory]
    [InlineData("~2000", 1800, 2200)]
    [InlineData("~$228000000", 223_000_000, 233_000_000)]
    [InlineData("~65", 60, 70)]
    [InlineData("~1950", 1900, 2000)]
    [InlineData("~12.5%", 12, 13)]
    [InlineData("~4", 3.6, 4.4)]
    public void About_allows_a_tenth_but_no_more_than_five_units_of_the_last_digit_written(string value, double low, double high)
    {
        Assert.True(NumberValue.TryParse(value, out var parsed));
        Assert.Equal(low, parsed.Low, 6);
        Assert.Equal(high, parsed.High, 6);
    }

    [Fact]
    public void A_figure_written_to_more_digits_than_about_allows_does_not_agree()
    {
        Assert.True(NumberValue.TryParse("~$228000000", out var about));
        Assert.True(NumberValue.TryParse(">$235000000", out var over));
        Assert.True(NumberValue.TryParse("$231000000", out var close));
        Assert.False(about.Agrees(over));
        Assert.True(about.Agrees(close));
    }
}
