using Parallax.Analysis;
using Parallax.Comparison;

namespace Parallax.Tests.Comparison;

/// <summary>Place, person and attribution divergences: one place, person or source named two ways is no rival.</summary>
public class SlotDivergenceTests
{
    private static Story Compare(string a, string b) => TwoOutlets.Compare(a, b);

    private static bool Has(Story story, DivergenceKind kind) => story.Divergences.Any(d => d.Kind == kind);

    [Theory]
    [InlineData("an Oregon", false)]
    [InlineData("a Lorn", true)]
    [InlineData("a Houston", true)]
    public void A_town_someone_is_from_is_no_rival_of_a_state_around_it(string other, bool diverges)
        => Assert.Equal(diverges, Has(Compare(
            "A Hask man was found guilty on Thursday of the shooting death of a Brenholm woman in the parking lot of a grocery store.",
            $"A Hask man was found guilty on Thursday of the shooting death of {other} woman in the parking lot of a grocery store."), DivergenceKind.Place));

    [Theory]
    [InlineData("Oregon", false)]
    [InlineData("Ore.", false)]
    [InlineData("Texas", true)]
    [InlineData("Tex.", true)]
    public void A_town_the_story_puts_in_another_state_is_a_rival_of_the_state(string state, bool diverges)
        => Assert.Equal(diverges, Has(Compare(
            $"A Hask man was found guilty on Thursday of the shooting death of a Brenholm woman in the parking lot of a grocery store. The woman had lived in Brenholm, {state}, with her two sons.",
            "A Hask man was found guilty on Thursday of the shooting death of an Oregon woman in the parking lot of a grocery store."), DivergenceKind.Place));

    [Theory]
    [InlineData("Italy", false)]
    [InlineData("Hask", true)]
    public void A_place_between_two_others_may_lie_in_a_country_between_the_same(string other, bool diverges)
        => Assert.Equal(diverges, Has(Compare(
            "Phone lines were cut on Friday when three undersea cables between Brenholm and Egypt were damaged by a ship's anchor.",
            $"Phone lines were cut on Friday when three undersea cables between {other} and Egypt were damaged by a ship's anchor."), DivergenceKind.Place));

    [Theory]
    [InlineData("Mt Brenholm", false)]
    [InlineData("Mount Lorn", true)]
    public void A_place_name_with_a_word_abbreviated_is_the_same_place(string other, bool diverges)
        => Assert.Equal(diverges, Has(Compare(
            "A 36-year-old climber from Hask is dead after falling about 150 metres at Aoraki Mount Brenholm on Sunday.",
            $"A 36-year-old climber from Hask is dead after falling about 150 metres at {other} on Sunday."), DivergenceKind.Place));

    [Theory]
    [InlineData("Miss Dorn", false)]
    [InlineData("Mr Vane", true)]
    public void A_surname_after_a_courtesy_title_is_the_person_of_that_surname(string other, bool diverges)
        => Assert.Equal(diverges, Has(Compare(
            "The bodies of Olle Berg and Katie Dorn were found in their house in Brenholm Street, Hask, on Saturday morning.",
            $"The bodies of Olle Berg and {other} were found in their house in Brenholm Street, Hask, on Saturday morning."), DivergenceKind.Person));

    [Theory]
    [InlineData("Republican", false)]
    [InlineData("Katie Vane", true)]
    public void The_adjective_of_a_party_names_no_person(string one, bool diverges)
        => Assert.Equal(diverges, Compare(
            $"Six weeks before President-elect Ilsa Dorn takes office, the {one} administration issued new wildlife rules on Thursday.",
            "Six weeks before President-elect Ilsa Dorn takes office, the Olle Berg administration issued new wildlife rules on Thursday.")
            .Divergences.Any(d => d.Detail.Contains(one, StringComparison.Ordinal)));

    [Theory]
    [InlineData("The Hask Rovers", false)]
    [InlineData("The Vane Wanderers", true)]
    public void One_club_under_its_long_and_short_name_is_one_proposer(string other, bool diverges)
        => Assert.Equal(diverges, Has(Compare(
            "The Hask Rovers of Brenholm offered the striker Olle Berg an eight-year contract at the winter meetings in Lorn.",
            $"{other} offered the striker Olle Berg an eight-year contract at the winter meetings in Lorn."), DivergenceKind.Attribution));

    [Theory]
    [InlineData("HB", false)]
    [InlineData("Lorn Mills Inc", true)]
    public void A_company_and_its_initials_are_one_source(string other, bool diverges)
        => Assert.Equal(diverges, Has(Compare(
            "Hask-Brenholm said on Monday that it has agreed to buy the Dorn consulting firm for an undisclosed sum.",
            $"{other} said on Monday that it has agreed to buy the Dorn consulting firm for an undisclosed sum."), DivergenceKind.Attribution));

    [Theory]
    [InlineData("Olle Berg was a second-round draft choice of the Hask Rovers in 1978.", false)]
    [InlineData("The Vane Wanderers made a second-round draft choice of Olle Berg in 1978.", true)]
    public void Who_a_proposal_word_describes_is_not_its_author(string other, bool diverges)
        => Assert.Equal(diverges, Has(Compare("The Hask Rovers made a second-round draft choice of Olle Berg in 1978.", other), DivergenceKind.Attribution));

    [Theory]
    [InlineData("The Hask Rovers and Lorn Wanderers have offers on the table, though neither is making a firm one yet.", false)]
    [InlineData("The Lorn Wanderers have offers on the table, though they are not making a firm one yet.", true)]
    public void A_proposal_credited_to_two_actors_one_of_them_the_others_is_no_divergence(string other, bool diverges)
        => Assert.Equal(diverges, Has(Compare(
            "With ticket prices frozen you have to wonder how the Hask Rovers plan on making this kind of pledge for the long term.", other), DivergenceKind.Attribution));

    [Theory]
    [InlineData("our", false)]
    [InlineData("the", true)]
    public void A_name_between_a_possessive_and_a_plan_says_what_the_plan_is_about(string determiner, bool diverges)
        => Assert.Equal(diverges, Has(Compare(
            "On the other hand, Hask Devices Inc plans to keep selling servers to existing customers for the foreseeable future, Ilsa Dorn said.",
            $"We have new technology that we can add to {determiner} existing Brenholm roadmap to set us apart in the market, Dorn said."), DivergenceKind.Attribution));

    [Theory]
    [InlineData("Olle Dorne", true)]
    [InlineData("Ilsa Dorne", false)]
    public void A_surname_with_and_without_a_silent_e_after_one_given_name_is_one_person_spelled_two_ways(string other, bool rivals)
    {
        var story = Compare(
            "On Friday, 36-year-old Ilsa Dorn died after slipping and falling about 60 metres from a ridge near the Hask glacier.",
            $"On Friday, 36-year-old {other} died after slipping and falling about 60 metres from a ridge near the Hask glacier.");
        Assert.Equal(rivals, Has(story, DivergenceKind.Person));
        Assert.Equal(!rivals, Has(story, DivergenceKind.NameVariant));
    }

    [Fact]
    public void Lower_case_words_a_hyphen_joins_to_a_name_are_no_spelling()
        => Assert.False(Has(Compare(
            "Castaldi-a long-time fan of the show-revealed that he discovered that he had been cast as the 12th captain while filming in Hask. Peter Castaldi is the new star.",
            "Peter Castaldi is the new star. Castaldi said he discovered that he had been cast as the 12th captain while filming in Hask."), DivergenceKind.NameVariant));

    [Fact]
    public void A_title_with_or_without_its_full_stop_is_no_spelling()
        => Assert.False(Has(Compare(
            "\"When my son and I were on the floor, I saw Mrs. Dorn fall down,\" the clerk told the Hask court.",
            "\"When my son and I were on the floor, I saw Mrs Dorn fall down,\" the clerk told the Hask court."), DivergenceKind.NameVariant));
}
