using Parallax.Analysis;
using Parallax.Comparison;

namespace Parallax.Tests.Comparison;

/// <summary>When a hedge in one claim against the same fact stated firmly in the other is a modality divergence, and when it only looks like one.</summary>
public class ModalityDivergenceTests
{
    private static bool HasModality(string a, string b) => TwoOutlets.Diverge(a, b, DivergenceKind.Modality);

    [Theory]
    [InlineData("the gunman appeared and shot", false)]
    [InlineData("the gunman appeared to have shot", true)]
    public void Appeared_telling_that_someone_came_into_view_is_no_hedge(string act, bool diverges)
        => Assert.Equal(diverges, HasModality(
            $"As the guard spoke to the woman at the gate of the Brenholm depot, {act} him in the leg.",
            "Witnesses said the gunman hid behind the gate and shot the guard in the leg as he spoke with the woman."));

    [Theory]
    [InlineData("It is thought the three ferry cables near the Lorn station have all been cut.", false)]
    [InlineData("The three ferry cables near the Lorn station have all been cut.", true)]
    public void A_fact_told_after_it_is_thought_is_hedged_as_well(string other, bool diverges)
        => Assert.Equal(diverges, HasModality(other, "The three ferry cables near the Lorn station were reportedly cut by trawlers."));

    [Theory]
    [InlineData("A 58-year-old cyclist was hit near the Brenholm market and the driver fled the scene.", false)]
    [InlineData("A 58-year-old cyclist was hit by the driver near the Brenholm market, who then fled the scene.", true)]
    [InlineData("The driver hit a 58-year-old cyclist near the Brenholm market and fled the scene.", true)]
    public void A_hedge_on_who_did_it_is_no_divergence_from_a_claim_that_names_no_doer(string other, bool diverges)
        => Assert.Equal(diverges, HasModality("The driver allegedly hit a 58-year-old cyclist near the Brenholm market and fled the scene.", other));

    [Fact]
    public void A_plan_against_an_act_told_without_its_doer_is_still_a_hedge()
        => Assert.True(HasModality(
            "The Brenholm shipyard plans to cut 300 jobs at its north dock by the end of the year.",
            "Three hundred jobs will be cut at the north dock of the Brenholm shipyard by the end of the year."));

    [Theory]
    [InlineData("seven", false)]
    [InlineData("nine", false)]
    [InlineData("at least five", true)]
    [InlineData("five", true)]
    public void Claims_that_count_the_hedged_fact_differently_are_different_tallies(string count, bool diverges)
        => Assert.Equal(diverges, HasModality(
            "At least five people were reportedly injured in Hask, the capital of the district.",
            $"Five people died and {count} were injured in Hask in the quake."));

    [Theory]
    [InlineData("The trial resumes with a dock worker who purportedly told prosecutors he has been threatened with death by the brother.", false)]
    [InlineData("The trial resumes with a dock worker who told prosecutors he has been threatened with death by the brother.", true)]
    public void A_fact_in_the_clause_of_an_earlier_hedge_is_not_firm(string other, bool diverges)
        => Assert.Equal(diverges, HasModality(other, "The second witness, a dock worker, was allegedly threatened with death by the brother of the gunman."));

    [Theory]
    [InlineData("Whether he knew Orm was a federal agent before he killed her could make a difference on whether prosecutors seek a death penalty.", false)]
    [InlineData("In the Hask neighborhood, he reportedly shot and killed federal agent Ada Orm at a house the agent was renovating.", true)]
    public void A_hedge_on_knowing_a_name_is_no_hedge_on_what_was_done_to_it(string other, bool diverges)
        => Assert.Equal(diverges, HasModality("In the Hask neighborhood, he shot and killed federal agent Ada Orm at a house the agent was renovating.", other));

    [Theory]
    [InlineData("The harbour master may face ten years in prison if convicted of the fraud.", false)]
    [InlineData("Does anyone doubt the harbour master may face ten years in prison for the fraud?", false)]
    [InlineData("The harbour master may face ten years in prison for the fraud.", true)]
    public void A_hedge_under_a_condition_or_in_a_question_is_no_divergence(string hedged, bool diverges)
        => Assert.Equal(diverges, HasModality(hedged, "The harbour master faces ten years in prison for the fraud."));

    [Theory]
    [InlineData("Ana Ruiz may be best known for her work on the Brenholm harbour bridge.", false)]
    [InlineData("Ana Ruiz may be known for her work on the Brenholm harbour bridge.", true)]
    public void A_hedge_on_a_superlative_hedges_the_ranking_not_the_fact(string hedged, bool diverges)
        => Assert.Equal(diverges, HasModality(hedged, "Ana Ruiz is known for her work on the Brenholm harbour bridge."));

    [Theory]
    [InlineData("The Brenholm chapel was burned on Saturday by suspected arson, firefighters said.", false)]
    [InlineData("The Brenholm chapel was burned on Saturday by arson, firefighters said.", true)]
    public void A_firm_claim_with_the_same_hedge_elsewhere_is_hedged_too(string firm, bool diverges)
        => Assert.Equal(diverges, HasModality("Arson is suspected in the burning of the Brenholm chapel on Saturday, firefighters said.", firm));

    [Theory]
    [InlineData("The guard probably died instantly in the blast at the Brenholm depot.", false)]
    [InlineData("The guard probably died in the blast at the Brenholm depot.", true)]
    public void A_hedge_on_a_manner_adverb_is_on_how_not_whether(string hedged, bool diverges)
        => Assert.Equal(diverges, HasModality(hedged, "The guard died in the blast at the Brenholm depot."));
}
