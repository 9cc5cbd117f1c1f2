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
    [InlineData("The harbour master had twice been investigated by the port police for taking bribes from the shipping firms.", true)]
    [InlineData("Reportedly, the harbour master had twice been investigated by the port police for taking bribes from the shipping firms.", false)]
    public void A_hedge_opening_the_sentence_stands_over_each_of_its_clauses(string other, bool diverges)
        => Assert.Equal(diverges, HasModality(
            "Reportedly, the harbour master praised the shipping firms at a dinner and had been under investigation by the port police for taking bribes.",
            other));

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

    [Theory]
    [InlineData("The harbour master may face up to 10-years in prison if convicted of the fraud at the Hask port.", false)]
    [InlineData("The harbour master may face up to ten years in prison for the fraud at the Hask port.", true)]
    public void A_hyphen_does_not_end_the_clause_of_a_condition(string hedged, bool diverges)
        => Assert.Equal(diverges, HasModality(hedged, "The harbour master faces up to ten years in prison for the fraud at the Hask port."));

    [Theory]
    [InlineData("If convicted of the fraud, the harbour master may face ten years in prison.", false)]
    [InlineData("The harbour master may face ten years in prison for the fraud.", true)]
    public void A_hedge_after_an_opening_if_clause_is_a_condition(string hedged, bool diverges)
        => Assert.Equal(diverges, HasModality(hedged, "The harbour master faces ten years in prison for the fraud."));

    [Theory]
    [InlineData("Without the update, the flaw could allow thieves to read the passwords of Brenholm bank clients.", false)]
    [InlineData("The flaw could allow thieves to read the passwords of Brenholm bank clients.", true)]
    public void A_hedge_after_an_opening_without_clause_is_a_condition(string hedged, bool diverges)
        => Assert.Equal(diverges, HasModality(hedged, "The flaw allows thieves to read the passwords of Brenholm bank clients."));

    [Theory]
    [InlineData("The port authority announced the departure of its harbour master, saying that Lena Berg had long planned to leave the port board.", false)]
    [InlineData("The port authority announced the departure of its harbour master, saying that Lena Berg planned to leave the port board.", true)]
    public void A_plan_in_the_past_perfect_is_borne_out_by_what_will_be(string hedged, bool diverges)
        => Assert.Equal(diverges, HasModality(hedged, "The port authority announced on Wednesday that Lena Berg, its harbour master, will leave the port board by the end of June."));

    [Theory]
    [InlineData("Retired harbour master Lena Berg has promised “full help” in the port inquiry and, according to a friend, is prepared to testify that the port board hid the leak.", false)]
    [InlineData("Retired harbour master Lena Berg has promised “full help” in the port inquiry and is prepared to testify that the port board hid the leak.", true)]
    public void Hearsay_against_a_claim_told_according_to_someone_is_told_the_same_way(string firm, bool diverges)
        => Assert.Equal(diverges, HasModality("Former harbour master Lena Berg is reportedly prepared to testify that the port board hid the leak.", firm));

    [Theory]
    [InlineData("It was unclear what the shake-up means for Lena Berg, but she retains her title as harbour master.", true)]
    [InlineData("It was unclear what the shake-up means for Lena Berg, but she remains harbour master.", true)]
    [InlineData("It was unclear what the shake-up means for Lena Berg, but she resigns as harbour master.", false)]
    [InlineData("It was unclear what the shake-up means for Lena Berg, but she loses her title as harbour master.", false)]
    public void Staying_on_hedged_against_retaining_the_post_diverges_but_not_against_leaving_it(string firm, bool diverges)
        => Assert.Equal(diverges, HasModality("Lena Berg may stay on as harbour master, but the real power has moved to the port board.", firm));

    [Theory]
    [InlineData("The Brenholm bank said thieves could set up copies of its site to steal the passwords of clients.", false)]
    [InlineData("The Brenholm bank said thieves could set copies of its site to steal the passwords of clients.", true)]
    public void A_verb_with_a_particle_is_another_verb(string hedged, bool diverges)
        => Assert.Equal(diverges, HasModality(hedged, "The Brenholm bank said thieves set copies of its site to steal the passwords of clients."));

    [Fact]
    public void Acts_on_two_different_names_are_two_facts()
        => Assert.False(HasModality(
            "Ana Ruiz, who directed \"Lorn Harbour,\" is negotiating to direct the sequel to \"Brenholm Nights,\" studio sources say.",
            "Lorn Harbour director Ana Ruiz is expected to direct Hask Days, the sequel to the hit film Brenholm Nights."));

    [Theory]
    [InlineData("Some thought the Brenholm yard was waiting so it could launch the new ferry with a cheaper engine.", false)]
    [InlineData("Some thought the Brenholm yard could launch the new ferry with a cheaper engine.", true)]
    public void A_modal_of_purpose_is_no_hedge(string hedged, bool diverges)
        => Assert.Equal(diverges, HasModality(hedged, "The Brenholm yard will launch the new ferry with a cheaper engine at the end of the month."));

    [Theory]
    [InlineData("Two million Brenholm bank clients are at risk of having their passwords stolen by the thieves.", false)]
    [InlineData("The passwords of two million Brenholm bank clients were stolen by the thieves.", true)]
    public void A_fact_told_as_a_risk_is_not_firm(string other, bool diverges)
        => Assert.Equal(diverges, HasModality("The passwords of two million Brenholm bank clients are believed to have been stolen by the thieves.", other));

    [Theory]
    [InlineData("The harbour board could allow the council to close the ferry pier at night.", false)]
    [InlineData("The harbour board could allow the council to review new rules for the Brenholm docks.", true)]
    public void Letting_someone_do_another_thing_is_no_hedge_of_the_same(string hedged, bool diverges)
        => Assert.Equal(diverges, HasModality(hedged, "The harbour board allows the council to review new rules for the Brenholm docks."));

    [Theory]
    [InlineData("A 58-year-old cyclist was hit by a car near the Brenholm market.", false)]
    [InlineData("A 58-year-old cyclist was hit by Berg near the Brenholm market.", true)]
    public void A_doer_that_is_no_one_names_no_doer(string other, bool diverges)
        => Assert.Equal(diverges, HasModality("Berg allegedly hit a 58-year-old cyclist near the Brenholm market and fled the scene.", other));

    [Fact]
    public void An_alleged_act_with_an_object_is_alleged_of_its_doer_whatever_its_tag()
        => Assert.False(HasModality(
            "Berg allegedly struck a 58-year-old cyclist near the Brenholm market as she crossed the street.",
            "When a 58-year-old cyclist crossed the street near the Brenholm market, she was struck by a car."));

    [Fact]
    public void A_verb_on_the_name_of_something_does_not_act_on_the_thing()
        => Assert.False(HasModality(
            "The driver allegedly hit a 58-year-old cyclist near the Brenholm market on Friday.",
            "Police have released the name of a 58-year-old cyclist killed near the Brenholm market on Friday."));
}
