using Parallax.Analysis;
using Parallax.Comparison;

namespace Parallax.Tests.Comparison;

/// <summary>When a negated claim against the same fact stated plainly is a negation divergence, and when both deny it or deny different things.</summary>
public class NegationDivergenceTests
{
    private static bool HasNegation(string a, string b) => TwoOutlets.Diverge(a, b, DivergenceKind.Negation);

    [Theory]
    [InlineData("The Brenholm harbour board hadn't approved the dredging contract as of Tuesday, its clerk said.", false)]
    [InlineData("The Brenholm harbour board approved the dredging contract on Tuesday, its clerk said.", true)]
    public void A_contraction_written_apart_is_a_negation(string other, bool diverges)
        => Assert.Equal(diverges, HasNegation("The Brenholm harbour board hadn ’ t approved the dredging contract as of Tuesday, its clerk said.", other));

    [Theory]
    [InlineData("The skipper didn't sign the new lease for the Brenholm slipway.", false)]
    [InlineData("The skipper signed the new lease for the Brenholm slipway.", true)]
    public void A_contraction_written_without_its_apostrophe_is_a_negation(string other, bool diverges)
        => Assert.Equal(diverges, HasNegation("The skipper didnt sign the new lease for the Brenholm slipway.", other));

    [Fact]
    public void Failed_negates_only_what_it_failed_to_do()
        => Assert.False(HasNegation(
            "Ferry links to Lorn were cut on Friday after the three cables failed in the strait.",
            "Ferry links to Lorn were cut on Friday after the three cables in the strait failed."));

    [Fact]
    public void Neither_and_nor_before_a_noun_do_not_negate_the_noun()
        => Assert.False(HasNegation(
            "Neither Olle Berg nor his co-counsel, Ilsa Dorn, ever claimed the skipper's innocence at the Brenholm trial.",
            "Olle Berg and his co-counsel, Ilsa Dorn, approached the skipper's case at the Brenholm trial from an odd angle."));

    [Theory]
    [InlineData("The flare gun has not been recovered from the Brenholm harbour.", false)]
    [InlineData("The flare gun has been recovered from the Brenholm harbour.", true)]
    public void A_subject_whose_verb_is_negated_is_denied_as_well(string other, bool diverges)
        => Assert.Equal(diverges, HasNegation("No flare gun has been recovered from the Brenholm harbour.", other));

    [Theory]
    [InlineData("The harbour master ordered an inquiry into the leak of the Brenholm memo.", false)]
    [InlineData("The harbour master leaked the Brenholm memo.", true)]
    public void A_denied_act_does_not_deny_a_noun_of_the_same_stem(string other, bool diverges)
        => Assert.Equal(diverges, HasNegation("The harbour master didn't leak the Brenholm memo.", other));

    [Theory]
    [InlineData("A Lorn man has pleaded not guilty to two charges of arson at the Brenholm depot.", false)]
    [InlineData("A Lorn man was found not guilty on two charges of arson at the Brenholm depot.", true)]
    public void A_plea_is_no_denial_of_a_verdict(string one, bool diverges)
        => Assert.Equal(diverges, HasNegation(one, "A Lorn man was found guilty on two charges of arson at the Brenholm depot."));

    [Fact]
    public void A_word_that_only_shares_its_stem_with_a_synonym_does_not_take_its_meaning()
        => Assert.False(HasNegation(
            "The gunman, whom police did not identify, was not in the office suite at the time of the shooting.",
            "The gunman, whom police did not identify, was not in the office at the time of the shooting."));

    [Theory]
    [InlineData("Police say the shootings at the Brenholm depot happened minutes after Berg was suspended.", false)]
    [InlineData("The shootings at the Brenholm depot happened minutes after Berg was suspended.", true)]
    public void Two_sources_that_disagree_are_no_outlet_denying_the_other(string other, bool diverges)
        => Assert.Equal(diverges, HasNegation("Berg claimed the shootings at the Brenholm depot didn't happen.", other));

    [Theory]
    [InlineData("Harbour president Ana Ruiz said she met with Hal Berg at the Hask harbour office, calling him a gentleman.", false)]
    [InlineData("Harbour president Ana Ruiz said Hal Berg met with them at the Hask harbour office, calling him a gentleman.", true)]
    public void The_doer_of_a_denied_act_done_to_him_in_the_other_claim_is_another_act(string other, bool diverges)
        => Assert.Equal(diverges, TwoOutlets.Diverge("Hal Berg did not meet them at the Hask harbour office.", other, DivergenceKind.Negation));
}
