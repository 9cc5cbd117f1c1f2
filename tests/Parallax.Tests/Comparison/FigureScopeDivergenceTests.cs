using Parallax.Comparison;

namespace Parallax.Tests.Comparison;

/// <summary>Figures of different stretches, parts or holders: counts of different things, not rival figures for one.</summary>
public class FigureScopeDivergenceTests
{
    private static bool HasNumber(string a, string b) => TwoOutlets.Diverge(a, b, DivergenceKind.Number);

    [Theory]
    [InlineData(" during the round", false)]
    [InlineData("", true)]
    public void A_count_in_one_part_of_a_fight_is_no_rival_of_the_whole(string part, bool diverges)
        => Assert.Equal(diverges, HasNumber(
            $"Lena Dorr threw 90 punches{part} in her title fight against Ada Venn in Brenholm on Saturday.",
            "Lena Dorr threw 70 punches in her title fight against Ada Venn in Brenholm on Saturday."));

    [Theory]
    [InlineData(" in all", false)]
    [InlineData("", true)]
    public void A_running_total_is_no_rival_of_one_day(string running, bool diverges)
        => Assert.Equal(diverges, HasNumber(
            $"The Brenholm ferry line has lost seven boats in the storms{running}, the harbour office said.",
            "The Brenholm ferry line lost five boats in the storms on Wednesday, the harbour office said."));

    [Theory]
    [InlineData(" over her career", false)]
    [InlineData("", true)]
    public void A_career_figure_is_no_rival_of_one_over_a_span_of_games(string career, bool diverges)
        => Assert.Equal(diverges, HasNumber(
            "In the five games she played before the final, Lena Dorr averaged 22.8 points.",
            $"Lena Dorr averaged 20.2 points{career}."));

    [Theory]
    [InlineData(" on the ground", false)]
    [InlineData("", true)]
    public void Counts_on_different_things_are_not_one_count(string on, bool diverges)
        => Assert.Equal(diverges, HasNumber(
            "Tomas Brenn scored six touchdowns on punt returns for the Lorn Rams.",
            $"Tomas Brenn scored four touchdowns{on} for the Lorn Rams."));

    [Theory]
    [InlineData("the other three", false)]
    [InlineData("three", true)]
    public void The_rest_of_a_group_is_no_rival_of_a_part_of_it(string who, bool diverges)
        => Assert.Equal(diverges, HasNumber(
            $"The guard shot {who} inside the Brenholm depot, police said.",
            "The guard shot two inside the Brenholm depot, police said."));

    [Theory]
    [InlineData("including", false)]
    [InlineData("with", true)]
    public void A_part_a_sentence_counts_within_a_larger_figure_is_no_rival(string joiner, bool diverges)
        => Assert.Equal(diverges, HasNumber(
            $"Ada Venn ran for 226 yards in the Lorn cup final, {joiner} 80 on the opening play.",
            "Ada Venn ran for 226 yards in the Lorn cup final, with 95 on the opening play."));

    [Theory]
    [InlineData("better than", false)]
    [InlineData("worth", true)]
    public void A_figure_something_is_judged_against_is_not_its_value(string comparison, bool diverges)
        => Assert.Equal(diverges, HasNumber(
            "Tomas Brenn has an offer from the Lorn Rams worth $160 million, his agent said.",
            $"Tomas Brenn has an offer from the Lorn Rams {comparison} $184 million, his agent said."));

    [Theory]
    [InlineData("The Lorn Rams", "The Brenholm Bears team of owner Ada Venn", false)]
    [InlineData("Last week, the Lorn Rams", "The Brenholm Bears", false)]
    [InlineData("Last week, the Lorn Rams", "The Lorn Rams", true)]
    public void Offers_of_two_bidders_are_not_one_offer(string one, string other, bool diverges)
        => Assert.Equal(diverges, HasNumber(
            $"{one} offered Tomas Brenn an eight-year deal worth $160 million.",
            $"{other} offered Tomas Brenn an eight-year deal worth $184 million."));

    [Theory]
    [InlineData("31 catches", false)]
    [InlineData("31 carries", true)]
    public void Yields_of_different_tallies_are_not_one_count(string tally, bool diverges)
        => Assert.Equal(diverges, HasNumber(
            "Ada Venn had 31 carries for 210 yards in the Lorn cup final on Sunday.",
            $"Ada Venn had {tally} for 260 yards in the Lorn cup final on Sunday."));

    [Theory]
    [InlineData("8800000000", false)]
    [InlineData("8,800,000,000", true)]
    public void A_long_run_of_digits_without_separators_is_an_identifier(string figure, bool diverges)
        => Assert.Equal(diverges, HasNumber(
            $"The Brenholm port counted {figure} visitors last year, the harbour office said.",
            "The Brenholm port counted 9,900,000,000 visitors last year, the harbour office said."));
}
