using Parallax.Analysis;
using Parallax.Comparison;

namespace Parallax.Tests.Comparison;

public class CountSlotDivergenceTests
{
    private const string Moved =
        "Families in hamlets below the Pelling Reservoir were told to leave on Friday after divers found a leak in the spillway. "
        + "Mayor Ines Kowal said roughly 900 people had been moved to churches and a school gym in Ostrow. "
        + "The operator said the leak was first spotted during a routine check on Wednesday.";

    private static Story Compare(params string[] texts) => StoryComparer.Compare(
        [.. texts.Select((text, i) => Analyzer.Analyze(new Article($"a{i + 1}", $"Outlet {i + 1}", text)))]);

    private static List<Divergence> Numbers(Story story) => [.. story.Divergences.Where(d => d.Kind == DivergenceKind.Number)];

    private static string Evacuated(string count) =>
        $"Officials evacuated about {count} people from hamlets near the dam on Friday as water seeped through the spillway. "
        + "Mayor Ines Kowal called the operation a precaution. "
        + "Engineers are pumping water out of the reservoir around the clock.";

    [Theory]
    [InlineData("the last 1,300", false)]
    [InlineData("1,300", true)]
    public void A_run_within_a_group_is_no_rival_count_across_unaligned_sentences(string count, bool diverges)
    {
        var evacuated =
            $"Officials evacuated {count} people from hamlets near the dam on Friday as water seeped through the spillway. "
            + "Mayor Ines Kowal called the operation a precaution. "
            + "Engineers are pumping water out of the reservoir around the clock.";
        Assert.Equal(diverges, Numbers(Compare(Moved, evacuated)).Count > 0);
    }

    [Fact]
    public void Different_counts_of_people_moved_and_evacuated_diverge_across_unaligned_sentences()
    {
        var found = Numbers(Compare(Moved, Evacuated("1,300")));
        var divergence = Assert.Single(found);
        Assert.Equal("900 people (a1) vs 1,300 people (a2)", divergence.Detail);
    }

    [Fact]
    public void A_count_that_opens_its_clause_is_tied_to_the_verb_after_its_description()
    {
        var described =
            "Rain kept falling over the valley on Friday. "
            + "Some 2,000 people living in hamlets below the dam were evacuated to schools in Ostrow, the mayor said. "
            + "Engineers are pumping water out of the reservoir.";

        var divergence = Assert.Single(Numbers(Compare(described, Evacuated("1,300"))));
        Assert.Equal("2,000 people (a1) vs 1,300 people (a2)", divergence.Detail);
    }

    [Fact]
    public void A_count_whose_clause_ends_before_a_verb_group_is_not_tied_to_a_later_verb()
    {
        var attended =
            "Rain kept falling over the valley on Friday. "
            + "Some 2,000 people came to the autumn fair in Ostrow and stalls were evacuated by noon. "
            + "Engineers are pumping water out of the reservoir.";

        Assert.Empty(Numbers(Compare(attended, Evacuated("1,300"))));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(4, 0)]
    public void Counts_below_the_first_sentences_of_an_article_are_not_set_against_unaligned_ones(int fillers, int expected)
    {
        var background = string.Concat(Enumerable.Range(1, fillers).Select(i => $"Fishing boat {i} stayed in the Ostrow harbour all week. "));
        var moved = "Families in hamlets below the Pelling Reservoir were told to leave on Friday after divers found a leak in the spillway. "
            + "The operator said the leak was first spotted during a routine check on Wednesday. "
            + background
            + "Mayor Ines Kowal said roughly 900 people had been moved to churches and a school gym in Ostrow.";

        Assert.Equal(expected, Numbers(Compare(moved, Evacuated("1,300"))).Count);
    }

    [Fact]
    public void A_count_slot_divergence_has_lower_confidence_than_an_aligned_number_divergence()
    {
        var divergence = Assert.Single(Numbers(Compare(Moved, Evacuated("1,300"))));
        Assert.True(divergence.Confidence < 0.85);
    }

    [Fact]
    public void With_three_outlets_only_the_pairs_that_disagree_diverge()
    {
        var third = "Police relocated about 900 people from the valley overnight. Pumps were brought in from Ostrow.";
        var found = Numbers(Compare(Moved, Evacuated("1,300"), third));
        Assert.Equal(2, found.Count);
        Assert.DoesNotContain(found, d => d.Sentences.All(s => s.Article != 1));
    }

    [Fact]
    public void Equal_counts_do_not_diverge()
    {
        Assert.Empty(Numbers(Compare(Moved, Evacuated("900"))));
    }

    [Fact]
    public void Counts_more_than_three_times_apart_are_not_taken_for_the_same_quantity()
    {
        Assert.Empty(Numbers(Compare(Moved, Evacuated("4,000"))));
    }

    [Fact]
    public void People_at_a_funeral_and_people_evacuated_are_different_counts()
    {
        var funeral =
            "The dam keeper who raised the alarm at the Pelling Reservoir died on Friday. "
            + "About 2,000 people attended his funeral in Ostrow on Sunday, near the dam.";
        var evacuated =
            "Officials evacuated about 1,500 people from hamlets near the dam on Friday. "
            + "Engineers are pumping water out of the reservoir.";
        Assert.Empty(Numbers(Compare(funeral, evacuated)));
    }

    [Fact]
    public void Counts_of_different_units_do_not_diverge()
    {
        var cattle = "Farmers moved about 1,300 cattle to higher fields before the water rose. Engineers inspected the dam.";
        Assert.Empty(Numbers(Compare(Moved, cattle)));
    }

    [Fact]
    public void A_further_batch_is_not_a_rival_count()
    {
        var batch = "Officials later evacuated another 1,300 people from farms further down the valley. Engineers inspected the dam.";
        Assert.Empty(Numbers(Compare(Moved, batch)));
    }

    [Fact]
    public void An_article_giving_two_similar_counts_of_the_unit_has_no_clear_rival()
    {
        var two = Moved + " Later that day officials said some 1,100 people had been moved to a sports hall.";
        Assert.Empty(Numbers(Compare(two, Evacuated("1,300"))));
    }

    [Fact]
    public void A_sentence_with_another_bare_number_of_the_same_size_has_no_clear_rival()
    {
        var bare = "Officials evacuated 1,300 people from hamlets near the dam, and 1,250 were told to be ready to leave. Engineers inspected the dam.";
        Assert.Empty(Numbers(Compare(Moved, bare)));
    }
}
