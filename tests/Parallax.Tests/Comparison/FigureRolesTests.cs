using Parallax.Comparison;

namespace Parallax.Tests.Comparison;

public class FigureRolesTests
{
    /// <summary>The role of the figure <paramref name="figure"/> in the sentence, its words lower-cased and split on spaces.</summary>
    private static FigureRole RoleOf(string sentence, string figure)
    {
        var words = sentence.ToLowerInvariant().Split(' ');
        var at = Array.IndexOf(words, figure);
        return FigureRoles.Of(words, at, at);
    }

    [Theory]
    [InlineData("ruiz is 71 delegates short of the 2,383 needed", "71")]
    [InlineData("ruiz is two votes shy of a majority", "two")]
    [InlineData("ruiz still needs 67 more delegates", "67")]
    [InlineData("ruiz needs 67 delegates to reach the 2,383 needed to win", "67")]
    [InlineData("ruiz needs 67 delegates to reach the magic number of 2,383", "67")]
    public void What_is_still_to_go_before_a_mark_is_remaining(string sentence, string figure)
        => Assert.Equal(FigureRole.Remaining, RoleOf(sentence, figure));

    [Theory]
    [InlineData("the bill needs 60 votes to pass", "60")]
    [InlineData("democrats need 218 votes to pass the bill in the 435-seat house", "218")]
    [InlineData("ruiz needs 1,237 delegates to win the nomination at the july 18 convention", "1,237")]
    [InlineData("ruiz needs 3 or more votes to pass", "3")]
    public void A_figure_needed_alone_is_a_goal(string sentence, string figure)
        => Assert.Equal(FigureRole.Goal, RoleOf(sentence, figure));

    [Theory]
    [InlineData("the camp took in children under age 12", "12", "Goal")]
    [InlineData("the camp took in children as young as 12", "12", "Goal")]
    [InlineData("the camp took in children as old as 17", "17", "Goal")]
    [InlineData("the camp took in children aged 12", "12", "Age")]
    [InlineData("the camp took in as many as 120 children", "120", "Stated")]
    public void An_age_that_bounds_a_group_is_no_age_nor_count(string sentence, string figure, string role)
        => Assert.Equal(Enum.Parse<FigureRole>(role), RoleOf(sentence, figure));

    [Theory]
    [InlineData("the toll passed the spring prediction that the country would confirm 240,000 deaths", "240,000")]
    [InlineData("the toll passed the board's projections of 240,000 deaths", "240,000")]
    [InlineData("economists had expected 3.1 million claims", "3.1")]
    public void A_figure_someone_foretold_is_a_forecast(string sentence, string figure)
        => Assert.Equal(FigureRole.Forecast, RoleOf(sentence, figure));

    [Theory]
    [InlineData("the toll beat predictions and reached 250,000 deaths", "250,000")]
    [InlineData("despite grim projections the city recorded 120 deaths", "120")]
    [InlineData("sales topped projections with revenue of 5.2 billion", "5.2")]
    public void A_figure_after_a_forecast_it_passes_is_stated(string sentence, string figure)
        => Assert.Equal(FigureRole.Stated, RoleOf(sentence, figure));

    [Fact]
    public void A_distance_away_from_a_place_is_stated()
        => Assert.Equal(FigureRole.Stated, RoleOf("the boat was found 200 yards away from the pier", "200"));
}
