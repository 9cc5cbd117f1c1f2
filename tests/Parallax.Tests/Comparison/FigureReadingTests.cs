using Parallax.Analysis;
using Parallax.Comparison;

namespace Parallax.Tests.Comparison;

/// <summary>Figures that are not counts another outlet could contradict: fractions, garbled text, cut decimals, labels.</summary>
public class FigureReadingTests
{
    private static bool HasNumber(string a, string b) => TwoOutlets.Diverge(a, b, DivergenceKind.Number);

    private static string Served(string figure) => $"The Brenholm harbour master served {figure} months in prison for taking bribes from the dredging firm.";

    [Theory]
    [InlineData("41 / 2", false)]
    [InlineData("4 1/2", false)]
    [InlineData("2", true)]
    public void A_fraction_written_out_is_no_count(string written, bool diverges)
        => Assert.Equal(diverges, HasNumber(Served(written), Served("five")));

    [Theory]
    [InlineData("4\uFFFD", false)]
    [InlineData("4", true)]
    public void A_figure_touching_a_lost_character_is_not_read(string written, bool diverges)
        => Assert.Equal(diverges, HasNumber(Served(written), Served("five")));

    [Theory]
    [InlineData("The survey put the strength of the Lorn quake at magnitude-6. 9 quake struck at a depth of 10 kilometres near the Brenholm coast.", false)]
    [InlineData("The survey put the strength of the Lorn quake at magnitude 6.1 on Sunday. The 9 quake struck at a depth of 10 kilometres near the Brenholm coast.", true)]
    public void A_figure_opening_a_sentence_after_a_figure_and_its_point_is_a_cut_decimal(string one, bool diverges)
        => Assert.Equal(diverges, HasNumber(one, "The 6.1 quake struck at a depth of 10 kilometres near the Brenholm coast."));

    [Theory]
    [InlineData("The Brenholm flaw affects versions 6, 7, 8 and 9 of the harbour software, the vendor said.", false)]
    [InlineData("The Brenholm flaw affects 9 of the harbour software's modules, the vendor said.", true)]
    public void Every_figure_of_a_list_after_a_label_is_a_label(string one, bool diverges)
        => Assert.Equal(diverges, HasNumber(one, "The Brenholm flaw affects 11 of the harbour software's modules, the vendor said."));

    [Theory]
    [InlineData("eLorn 09", false)]
    [InlineData("about 09", true)]
    public void A_figure_after_a_name_with_an_inner_capital_is_part_of_the_name(string words, bool diverges)
        => Assert.Equal(diverges, HasNumber(
            $"Priced at 30 crowns for one user, {words} units will ship from the Brenholm depot at the end of January.",
            "Priced at 30 crowns for one user, 12 units will ship from the Brenholm depot at the end of January."));

    [Theory]
    [InlineData("two of whom", false)]
    [InlineData("all but two of them", false)]
    public void A_share_of_a_set_is_no_rival_of_the_whole(string share, bool diverges)
        => Assert.Equal(diverges, HasNumber(
            $"The four robbers, {share} were disguised as women, stole nearly all the rings on display at the Brenholm jewellers on Thursday.",
            "Three or four robbers stole nearly all the rings on display at the Brenholm jewellers on Thursday."));
}
