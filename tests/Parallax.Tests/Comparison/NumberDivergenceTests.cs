using Parallax.Analysis;
using Parallax.Comparison;

namespace Parallax.Tests.Comparison;

public class NumberDivergenceTests
{
    private static Story Compare(string a, string b) => TwoOutlets.Compare(a, b);

    [Fact]
    public void Counts_without_a_shared_unit_but_of_the_same_size_diverge()
    {
        var story = Compare(
            "The Miners Guild said 5,400 members joined the stoppage at the Kestrel pits on Monday.",
            "The Miners Guild put the number joining the stoppage at the Kestrel pits on Monday at about 4,900.");
        Assert.Contains(story.Divergences, d => d.Kind == DivergenceKind.Number && d.Detail.Contains("5,400", StringComparison.Ordinal) && d.Detail.Contains("4,900", StringComparison.Ordinal));
    }

    [Fact]
    public void Sentences_aligned_only_near_the_threshold_report_no_divergence()
    {
        const string a = "The Miners Guild said 5,400 members joined the stoppage at the Kestrel pits on Monday.";
        const string b = "The Miners Guild put the number joining the stoppage at the Kestrel pits on Monday at about 4,900.";
        var aligned = Compare(a, b);
        var score = Assert.Single(aligned.Alignments).Score;
        Assert.Contains(aligned.Divergences, d => d.Kind == DivergenceKind.Number);

        var options = ComparisonOptions.Default with { DivergenceAlignmentMargin = score - ComparisonOptions.Default.AlignmentThreshold + 0.01 };
        var story = StoryComparer.Compare([Analyzer.Analyze(new Article("a1", "First Gazette", a)), Analyzer.Analyze(new Article("a2", "Second Courier", b))], options);

        Assert.Single(story.Alignments);
        Assert.DoesNotContain(story.Divergences, d => d.Kind == DivergenceKind.Number);
    }

    [Theory]
    [InlineData("Officers detained 15 demonstrators outside the Hask town hall on Saturday.", true)]
    [InlineData("Officers detained 15 marchers outside the Hask town hall on Saturday.", true)]
    [InlineData("Officers detained 15 journalists outside the Hask town hall on Saturday.", false)]
    public void Counts_of_one_group_under_synonyms_diverge(string other, bool diverges)
    {
        var story = Compare("Police arrested 12 protesters outside the Hask town hall on Saturday.", other);
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Number));
    }

    [Theory]
    [InlineData("The council sought €3 million to repair the harbour walls.", "The council has requested €3.6 million from the ministry for repairing the harbour walls.", true)]
    [InlineData("The council sought €3 million for the harbour walls.", "The council sought €3.6 million to repair the harbour walls.", true)]
    [InlineData("The council sought €3 million in grants to repair the harbour walls.", "The council sought €3.6 million in loans to repair the harbour walls.", false)]
    [InlineData("The council sought €3 million to repair the harbour walls.", "The council sought a €3.6 million grant to repair the harbour walls.", false)]
    public void A_preposition_after_a_sum_opens_its_purpose_not_its_unit(string one, string other, bool diverges)
    {
        var story = Compare(one, other);
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Number && d.Detail.Contains("3.6", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Marta Ruiz has 151 delegates", true)]
    [InlineData("Olle Berg has 151 delegates", false)]
    [InlineData("the count gives Olle Berg's 151 delegates", false)]
    public void Figures_held_by_different_people_are_not_one_count(string clause, bool diverges)
    {
        var story = Compare(
            "After the Hask primary, Marta Ruiz has 163 delegates and Olle Berg has 63, the party said.",
            $"After the Hask primary, {clause}, the party said.");
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Number && d.Detail.Contains("163", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Marta Ruiz scored 21 points", true)]
    [InlineData("Olle Berg scored 21 points", false)]
    [InlineData("Olle Berg led all players with 21 points", false)]
    public void Figures_of_different_doers_are_not_one_count(string clause, bool diverges)
    {
        var story = Compare(
            "The Brenholm Rovers beat Lorn 71-60 in the cup final on Friday as Marta Ruiz scored 26 points.",
            $"The Brenholm Rovers beat Lorn 71-60 in the cup final on Friday as {clause}.");
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Number && d.Detail.Contains("26", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("a 31-year-old woman", true)]
    [InlineData("a 31-year-old man", false)]
    public void Ages_of_different_people_are_not_one_age(string other, bool diverges)
    {
        var story = Compare(
            "Police in Brenholm arrested a 27-year-old woman after the fire at the ferry depot on Friday.",
            $"Police in Brenholm arrested {other} after the fire at the ferry depot on Friday.");
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Number));
    }

    [Theory]
    [InlineData("the 12 states that voted on Tuesday", true)]
    [InlineData("the 12 states that have voted so far", false)]
    [InlineData("the 12 states that voted on Saturday", false)]
    public void Counts_over_different_times_are_not_one_count(string other, bool diverges)
    {
        var story = Compare(
            "Turnout in the Hask party primaries fell in the 15 states that voted on Tuesday, the party said.",
            $"Turnout in the Hask party primaries fell in {other}, the party said.");
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Number));
    }

    [Theory]
    [InlineData("A flood in the Hask valley killed 12 people on Tuesday, rescuers said.", true)]
    [InlineData("In 1998, a flood in the Hask valley killed 12 people, rescuers said.", false)]
    [InlineData("Two years ago, a flood in the Hask valley killed 12 people, rescuers said.", false)]
    [InlineData("A flood in the Hask valley killed 12 people on Tuesday, as many as 1998's flood, rescuers said.", true)]
    public void A_figure_of_a_dated_past_event_is_not_set_against_the_story_s_own(string other, bool diverges)
    {
        var story = Compare(
            "A flood in the Hask valley killed 19 people on Tuesday, rescuers said.",
            other);
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Number));
    }

    [Theory]
    [InlineData("In March, a flood in the Hask valley killed 12 people, rescuers said.", false)]
    [InlineData("That flood in the Hask valley killed 12 people in March, rescuers said.", false)]
    [InlineData("A flood in the Hask valley killed 12 people, rescuers said.", true)]
    public void A_figure_of_an_event_dated_by_its_month_alone_is_not_set_against_the_story_s_own(string other, bool diverges)
    {
        var story = Compare(
            "A flood in the Hask valley killed 19 people on Tuesday, rescuers said.",
            other);
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Number));
    }

    [Theory]
    [InlineData("That compared with 16 people killed in the Hask valley in March, rescuers said.")]
    [InlineData("That flood killed 16 people in the Hask valley, down from 30 in March, rescuers said.")]
    public void A_month_after_a_pronoun_or_in_a_point_of_comparison_does_not_set_the_sentence_in_the_past(string other)
        => Assert.True(HasNumberDivergence(Compare("A flood in the Hask valley killed 19 people, rescuers said.", other)));

    [Theory]
    [InlineData("Olle Berg also missed the final four games of the 2007 season with a knee injury.", false)]
    [InlineData("Last season, Olle Berg missed the final four games of the season with a knee injury.", false)]
    [InlineData("Olle Berg will miss the final four games of the season with a knee injury.", true)]
    public void Figures_of_another_season_are_not_set_against_this_one(string other, bool diverges)
    {
        var story = Compare(
            "Olle Berg will miss the final two games of the season with a knee injury.",
            other);
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Number));
    }

    [Theory]
    [InlineData("The 36-year-old fell about 400 metres while climbing to a hut on Mount Hask.", false)]
    [InlineData("The 32-year-old fell about 400 metres while climbing to a hut on Mount Hask.", true)]
    public void Figures_of_people_of_different_ages_are_not_one_count(string other, bool diverges)
    {
        var story = Compare(
            "Olle Berg, 32, fell about 600 metres while climbing to a hut on Mount Hask.",
            other);
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Number && d.Detail.Contains("metres", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_age_bound_is_not_an_age()
    {
        var story = Compare(
            "Ada Venn, 52, was the first woman to chair the Brenholm board.",
            "Ada Venn was the first person under age 50 to chair the Brenholm board.");
        Assert.DoesNotContain(story.Divergences, d => d.Kind == DivergenceKind.Number);
    }

    [Theory]
    [InlineData("Olle Berg spent four seasons as the Brenholm Rovers' scout, the club said.", false)]
    [InlineData("Olle Berg has spent 14 seasons with the Brenholm Rovers, the club said.", true)]
    public void A_span_in_one_capacity_is_not_set_against_a_whole_stay(string other, bool diverges)
    {
        var story = Compare(
            "Olle Berg has spent 19 seasons with the Brenholm Rovers, the club said.",
            other);
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Number));
    }

    [Theory]
    [InlineData("Hask Foods will pay $281 million in cash for Lorn Mills, the company said.", false)]
    [InlineData("Hask Foods said $281 million of the price for Lorn Mills will be in stock.", false)]
    [InlineData("Hask Foods will pay $281 million for Lorn Mills, the company said.", true)]
    public void A_sum_paid_in_one_form_is_not_set_against_the_whole_price(string other, bool diverges)
    {
        var story = Compare(
            "Hask Foods will pay $334 million for Lorn Mills, the company said.",
            other);
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Number));
    }

    [Theory]
    [InlineData("The Lorn tablet will sell for $449, with the larger model at $599 and the pro model at $799, the company said.", false)]
    [InlineData("The Lorn tablet will sell for $449, the company said.", true)]
    public void A_price_among_a_list_of_models_is_not_set_against_one_price(string other, bool diverges)
    {
        var story = Compare(
            "The Lorn tablet will sell for $499, the company said.",
            other);
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Number));
    }

    [Fact]
    public void Two_price_lists_that_differ_in_one_price_diverge()
    {
        var story = Compare(
            "The Lorn tablet will sell for $449, with the larger model at $599 and the pro model at $799, the company said.",
            "The Lorn tablet will sell for $449, with the larger model at $649 and the pro model at $799, the company said.");
        Assert.Contains(story.Divergences, d => d.Kind == DivergenceKind.Number && d.Detail.Contains("$599", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Lorn council bought 10 buses for the Vexa line, the mayor said.", true)]
    [InlineData("The Lorn council bought buses for the lines VX8 to 10, the mayor said.", false)]
    [InlineData("The Lorn council bought buses for the lines Vexa, Tarn and 10, the mayor said.", false)]
    public void Numbers_that_name_a_model_or_a_version_are_not_counts(string other, bool diverges)
    {
        var story = Compare(
            "The Lorn council bought 12 buses for the Vexa line, the mayor said.",
            other);
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Number));
    }

    [Theory]
    [InlineData("The Lorn council runs the Vexa® 10 lines, the mayor said.", false)]
    [InlineData("The Lorn council runs the Vexa\uFFFD 10 lines, the mayor said.", false)]
    [InlineData("The Lorn council runs 10 lines with the Vexa buses, the mayor said.", true)]
    public void A_number_after_a_name_and_its_trademark_sign_names_a_model(string other, bool diverges)
        => Assert.Equal(diverges, HasNumberDivergence(Compare("The Lorn council runs 12 lines with the Vexa buses, the mayor said.", other)));

    [Theory]
    [InlineData("The Lorn phone has 4G and a keyboard, the company said.", false)]
    [InlineData("The Lorn phone has 4 lenses and a keyboard, the company said.", true)]
    public void A_number_written_against_capitals_is_a_code(string other, bool diverges)
        => Assert.Equal(diverges, HasNumberDivergence(Compare("The Lorn phone has 6 lenses and a keyboard, the company said.", other)));

    [Theory]
    [InlineData("Twenty people also died in a strike on another school in the Hask camp.", false)]
    [InlineData("Twenty people died in a strike on a school in the Hask camp.", true)]
    public void A_figure_of_another_place_of_the_same_kind_is_no_rival(string other, bool diverges)
        => Assert.Equal(diverges, HasNumberDivergence(Compare("Some 25 people died when shells hit a school in the Hask camp.", other)));

    [Theory]
    [InlineData("The 1998 quake that struck the Hask coast had a magnitude of 6.4, officials said.", false)]
    [InlineData("The quake that struck the Hask coast had a magnitude of 6.4, officials said.", true)]
    public void A_sentence_about_a_thing_named_by_its_year_tells_of_the_past(string other, bool diverges)
        => Assert.Equal(diverges, HasNumberDivergence(Compare("A 6.1-magnitude quake struck the Hask coast, officials said.", other)));

    [Theory]
    [InlineData("The 6.1-magnitude quake rocked a coast devastated by the flood of 1998.", false)]
    [InlineData("The 6.1-magnitude quake rocked a coast devastated by the flood in 1998.", true)]
    public void A_year_that_names_a_thing_does_not_date_the_sentence(string story1, bool diverges)
        => Assert.Equal(diverges, HasNumberDivergence(Compare(story1, "Last year, a 6.4-magnitude quake rocked the coast of Hask.")));

    [Fact]
    public void Figures_of_sentences_naming_different_years_are_not_one_count()
    {
        var story = Compare(
            "Olle Berg served a 12-year term in Brenholm prison after his conviction in 1997.",
            "Olle Berg served a five-year term in Brenholm prison after his conviction in 1979.");
        Assert.DoesNotContain(story.Divergences, d => d.Kind == DivergenceKind.Number);
    }

    [Theory]
    [InlineData("in the province", true)]
    [InlineData("in Norland province", true)]
    [InlineData("in 14 countries", false)]
    [InlineData("across Asia", false)]
    public void Counts_over_different_places_are_not_one_count(string place, bool diverges)
    {
        var story = Compare(
            "The great flood of the Hask killed 170,000 people in the province, the agency said.",
            $"The great flood of the Hask killed 230,000 people {place}, the agency said.");
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Number));
    }

    [Theory]
    [InlineData("14 miles north of Denver", true)]
    [InlineData("20 miles north of Boulder", false)]
    public void Distances_from_different_towns_are_not_one_distance(string where, bool diverges)
    {
        var story = Compare(
            "The quake was centred 18 miles north of Denver, the survey said.",
            $"The quake was centred {where}, the survey said.");
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Number));
    }

    [Theory]
    [InlineData(40, true)]
    [InlineData(240, false)]
    public void Small_counts_ten_times_apart_are_counts_of_different_things(int other, bool diverges)
    {
        var story = Compare(
            "The Brenholm coast guard said 23 smugglers were arrested on the Hask coast on Monday.",
            $"The Brenholm coast guard said {other} smugglers were arrested on the Hask coast on Monday.");
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Number));
    }

    [Theory]
    [InlineData("2.1 million", false)]
    [InlineData("2.4 million", true)]
    public void A_figure_rounded_to_fewer_decimals_agrees_with_the_exact_one(string other, bool diverges)
    {
        var story = Compare(
            "The port of Brenholm handled 2.123 million containers last year, the harbour board said.",
            $"The port of Brenholm handled {other} containers last year, the harbour board said.");
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Number));
    }

    [Fact]
    public void The_figure_a_change_starts_from_is_not_set_against_the_figure_it_reaches()
    {
        var story = Compare(
            "Claims for harbour relief in Brenholm fell by 900 to 6,100 last week, the board said.",
            "Claims for harbour relief in Brenholm fell from 7,000 last week, the board said.");
        Assert.DoesNotContain(story.Divergences, d => d.Kind == DivergenceKind.Number);
    }

    [Fact]
    public void Shares_far_apart_are_shares_of_different_things()
    {
        var story = Compare(
            "Harbour fees in Brenholm rose 0.9% in June and 5.4% over the past year, the board said.",
            "Harbour fees in Brenholm rose 0.9% in June, faster than the 0.6% rise in May, the board said.");
        Assert.DoesNotContain(story.Divergences, d => d.Kind == DivergenceKind.Number);
    }

    [Fact]
    public void Numbers_of_different_sizes_are_not_taken_for_the_same_count()
    {
        var story = Compare(
            "The Miners Guild said 5,400 members joined the stoppage at the Kestrel pits on Monday.",
            "The Miners Guild said the stoppage at the Kestrel pits on Monday was its 3rd this year.");
        Assert.DoesNotContain(story.Divergences, d => d.Kind == DivergenceKind.Number);
    }

    private static bool HasNumberDivergence(Story story) => story.Divergences.Any(d => d.Kind == DivergenceKind.Number);

    [Fact]
    public void A_figure_that_differs_beside_one_both_give_diverges()
    {
        var story = Compare(
            "The Brenholm council voted to pay $2,000 grants to shop owners instead of $600 grants.",
            "The Brenholm council voted to pay $2,000 grants to shop owners instead of $400 grants.");
        var divergence = Assert.Single(story.Divergences, d => d.Kind == DivergenceKind.Number);
        Assert.Contains("$600", divergence.Detail, StringComparison.Ordinal);
        Assert.Contains("$400", divergence.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sum_does_not_take_the_unit_of_a_later_figure()
    {
        var story = Compare(
            "The harbour board says the levy would eventually raise $84 million over 10 years.",
            "The harbour board says the levy would eventually raise $97 million over 10 years.");
        Assert.Contains(story.Divergences, d => d.Kind == DivergenceKind.Number && d.Detail.Contains("$84 million", StringComparison.Ordinal));
    }

    [Fact]
    public void Figures_of_a_statement_that_differ_only_in_its_values_diverge()
    {
        var story = Compare(
            "The jobless rate in Brenholm was 4.4 percent in March, the harbour board said.",
            "The jobless rate in Brenholm was 6.5 percent in March, the harbour board said.");
        Assert.True(HasNumberDivergence(story));
    }

    [Fact]
    public void A_count_of_the_speakers_is_compared()
    {
        var story = Compare(
            "Another 19 percent of Brenholm voters said they would not pick either candidate.",
            "Another 27 percent of Brenholm voters said they would not pick either candidate.");
        Assert.Contains(story.Divergences, d => d.Kind == DivergenceKind.Number && d.Detail.Contains("19", StringComparison.Ordinal));
    }

    [Fact]
    public void A_figure_both_give_among_others_is_not_a_divergence()
    {
        var story = Compare(
            "The Brenholm council voted to pay $2,000 grants to shop owners and $600 grants to stall holders.",
            "The Brenholm council voted to pay $2,000 grants to shop owners.");
        Assert.False(HasNumberDivergence(story));
    }

    [Fact]
    public void A_number_that_labels_a_clause_is_not_a_count()
    {
        var story = Compare(
            "The Kestrel council passed the mining bill on Monday after striking Section 230.",
            "The Kestrel council passed the mining bill on Monday with about 310 votes.");
        Assert.False(HasNumberDivergence(story));
    }

    [Fact]
    public void One_side_of_a_vote_tally_is_not_a_count()
    {
        var story = Compare(
            "The Kestrel council voted 371-18 on Monday to condemn the mining bill.",
            "The Kestrel council condemned the mining bill on Monday, though 17 members voted against.");
        Assert.False(HasNumberDivergence(story));
    }

    [Fact]
    public void A_spelled_count_and_a_different_count_in_digits_diverge()
    {
        var story = Compare(
            "Officials said two thousand people were evacuated from the Lorn valley on Friday.",
            "Officials said 2,500 people were evacuated from the Lorn valley on Friday.");
        Assert.Contains(story.Divergences, d => d.Kind == DivergenceKind.Number && d.Detail.Contains("two thousand", StringComparison.Ordinal) && d.Detail.Contains("2,500", StringComparison.Ordinal));
    }

    [Fact]
    public void A_spelled_count_and_the_same_count_in_digits_agree()
        => Assert.False(HasNumberDivergence(Compare(
            "Officials said two thousand five hundred people were evacuated from the Lorn valley on Friday.",
            "Officials said 2,500 people were evacuated from the Lorn valley on Friday.")));

    [Fact]
    public void An_approximate_count_agrees_with_a_close_exact_one()
        => Assert.False(HasNumberDivergence(Compare(
            "Officials said about 2,000 people were evacuated from the Lorn valley on Friday.",
            "Officials said 1,950 people were evacuated from the Lorn valley on Friday.")));

    [Fact]
    public void An_approximate_count_diverges_from_a_distant_exact_one()
        => Assert.True(HasNumberDivergence(Compare(
            "Officials said about 2,000 people were evacuated from the Lorn valley on Friday.",
            "Officials said 1,500 people were evacuated from the Lorn valley on Friday.")));

    [Fact]
    public void A_lower_bound_agrees_with_a_count_above_it()
        => Assert.False(HasNumberDivergence(Compare(
            "Officials said more than 1,000 people were evacuated from the Lorn valley on Friday.",
            "Officials said 1,200 people were evacuated from the Lorn valley on Friday.")));

    [Fact]
    public void Numbers_are_compared_by_the_value_the_entity_stage_gives_them()
        => Assert.False(HasNumberDivergence(Compare(
            "The Lorn council approved 1.5 million euros for repairs to the Hask bridge on Friday.",
            "The Lorn council approved 1,500,000 euros for repairs to the Hask bridge on Friday.")));

    [Fact]
    public void Different_percentages_diverge()
        => Assert.True(HasNumberDivergence(Compare(
            "Turnout in the Lorn council election fell to 41% on Sunday.",
            "Turnout in the Lorn council election fell to 46 percent on Sunday.")));

    [Theory]
    [InlineData("The Lorn council set a goal of vaccinating 70 percent of adults in the valley by July 4.", false)]
    [InlineData("The Lorn council says 40 percent of adults in the valley will be vaccinated by July 4.", true)]
    public void A_goal_is_not_set_against_the_share_already_reached(string other, bool diverges)
        => Assert.Equal(diverges, HasNumberDivergence(Compare(
            "The Lorn council says 32 percent of adults in the valley will be vaccinated by July 4.",
            other)));

    [Fact]
    public void Votes_needed_are_not_set_against_the_votes_cast()
        => Assert.False(HasNumberDivergence(Compare(
            "The Lorn assembly voted to clear the harbour master, with 53 members backing him.",
            "The Lorn assembly fell short of the needed 67 members to remove the harbour master.")));

    [Theory]
    [InlineData("Marta Ruiz needs 12 more delegates to reach the 1,991 needed to win the party's nomination.", true)]
    [InlineData("Marta Ruiz needs 12 delegates to reach the 1,991 needed to win the party's nomination.", true)]
    [InlineData("Marta Ruiz is 12 delegates shy of the 1,991 needed to win the party's nomination.", true)]
    [InlineData("Marta Ruiz is 15 delegates short of the 1,991 needed to clinch the party's nomination.", false)]
    public void What_is_left_to_one_mark_is_one_count_however_the_goal_is_worded(string other, bool diverges)
        => Assert.Equal(diverges, HasNumberDivergence(Compare(
            "Counting her party's leaders, Marta Ruiz is 15 delegates short of the magic number of 1,991 needed to clinch the nomination.",
            other)));

    [Fact]
    public void What_is_left_to_a_mark_is_not_set_against_the_mark()
        => Assert.False(HasNumberDivergence(Compare(
            "The Lorn assembly bill needs 60 votes to pass, the speaker said.",
            "The Lorn assembly bill needs 58 more votes to pass, the speaker said.")));

    [Theory]
    [InlineData("more than $235 million", true)]
    [InlineData("$231 million", false)]
    [InlineData("more than $220 million", false)]
    public void About_holds_a_figure_to_the_digits_it_is_written_with(string other, bool diverges)
        => Assert.Equal(diverges, HasNumberDivergence(Compare(
            "Marta Ruiz raised about $228 million for her campaign in the primary race, filings show.",
            $"Marta Ruiz raised {other} for her campaign in the primary race, filings show.")));

    [Fact]
    public void What_was_expected_is_not_set_against_the_count()
        => Assert.False(HasNumberDivergence(Compare(
            "The Brenholm port board said 3.2 million new permit claims were filed last week.",
            "Analysts had expected 3.1 million new permit claims at the Brenholm port last week.")));

    [Fact]
    public void An_age_is_not_set_against_years_of_marriage()
        => Assert.False(HasNumberDivergence(Compare(
            "Ellis Varn, the Brenholm harbour master's husband of 73 years, died on Friday at Kestrel Hall.",
            "Ellis Varn, the husband of the Brenholm harbour master, has died aged 99 at Kestrel Hall, the board said on Friday.")));

    [Fact]
    public void A_sum_given_in_two_currencies_is_one_sum()
        => Assert.False(HasNumberDivergence(Compare(
            "The Lorn council handed the harbour board $221 million (£177 million) on Friday, officials say.",
            "The Lorn council sent $221 million to the harbour board on Friday, officials say.")));

    [Theory]
    [InlineData("40 months", false)]
    [InlineData("46 months", true)]
    public void A_term_in_years_and_months_is_compared_in_months(string other, bool diverges)
        => Assert.Equal(diverges, HasNumberDivergence(Compare(
            "Ellis Varn was sentenced to three years and four months in prison on Thursday for lying to the Lorn council.",
            $"Ellis Varn was sentenced to {other} in prison on Thursday for lying to the Lorn council.")));

    [Fact]
    public void A_figure_with_something_taken_out_measures_another_thing()
        => Assert.False(HasNumberDivergence(Compare(
            "Excluding fuel, harbour fees in Brenholm rose 4.5% over the past year, the board said.",
            "Harbour fees in Brenholm rose 5.4% over the past year, the board said.")));

    [Fact]
    public void A_peak_a_change_starts_from_is_not_compared()
        => Assert.False(HasNumberDivergence(Compare(
            "Cargo at the Brenholm docks fell from a peak of 88,000 tons in March to 47,000 tons in June.",
            "Cargo at the Brenholm docks fell to 47,000 tons in June.")));

    [Theory]
    [InlineData("The Brenholm port handled 48,200 containers on Tuesday, the harbour board said.", true)]
    [InlineData("Tuesday's count at the Brenholm port broke Monday's record high of 48,200 containers, the harbour board said.", false)]
    public void A_record_that_was_broken_is_an_earlier_value(string other, bool diverges)
        => Assert.Equal(diverges, HasNumberDivergence(Compare(
            "The Brenholm port handled 52,000 containers on Tuesday, a record, the harbour board said.",
            other)));

    [Theory]
    [InlineData("Councillor Ada Venn and three of her colleagues voted against the Brenholm harbour plan on Tuesday.", false)]
    [InlineData("Councillor Ada Venn and three others voted against the Brenholm harbour plan on Tuesday.", false)]
    [InlineData("Three councillors voted against the Brenholm harbour plan on Tuesday.", true)]
    public void A_count_of_others_besides_someone_named_leaves_that_one_out(string other, bool diverges)
        => Assert.Equal(diverges, HasNumberDivergence(Compare(
            "Four councillors voted against the Brenholm harbour plan on Tuesday.",
            other)));

    [Theory]
    [InlineData("36 million", "36.4 million", false)]
    [InlineData("two dozen", "23", false)]
    [InlineData("5 million", "5.7 million", true)]
    [InlineData("36 million", "38.5 million", true)]
    [InlineData("250,000", "250,180", false)]
    [InlineData("250,000", "262,400", true)]
    public void Whole_figures_in_millions_and_dozens_are_rounded(string one, string other, bool diverges)
        => Assert.Equal(diverges, HasNumberDivergence(Compare(
            $"Claims for harbour flood aid in Brenholm have reached {one} since the storm, the board said on Monday.",
            $"Claims for harbour flood aid in Brenholm have reached {other} since the storm, the board said on Monday.")));

    [Fact]
    public void A_figure_the_other_sentence_also_gives_in_another_clause_is_not_a_rival()
        => Assert.False(HasNumberDivergence(Compare(
            "Mayor Ilsa Dorn lent her campaign $2.2 million in May and collected $3.1 million in donations, filings show.",
            "Mayor Ilsa Dorn raised $3.1 million for her campaign in May, filings show.")));

    [Theory]
    [InlineData("By a vote of 12 to 5, the Brenholm council voted Tuesday to confirm Ada Venn as the new harbour master.", false)]
    [InlineData("The Brenholm council voted Tuesday to confirm Ada Venn as harbour master, nearly five months after the mayor fired the old harbour master.", true)]
    public void A_span_of_time_is_no_rival_of_a_plain_count(string other, bool diverges)
        => Assert.Equal(diverges, HasNumberDivergence(Compare(
            "The Brenholm council voted Tuesday to confirm Ada Venn as harbour master, nearly three months after the mayor fired the old harbour master.",
            other)));

    [Fact]
    public void A_count_of_people_of_a_nation_has_its_own_unit()
        => Assert.False(HasNumberDivergence(Compare(
            "Four Americans were among 19 people killed in a bombing in Tarsel on Wednesday.",
            "A bombing in Tarsel killed two troops and two civilians on Wednesday.")));

    [Theory]
    [InlineData("More than 11,200 people have been wounded in the clashes in Tarsel since March 30, officials said.", "1,300 people were wounded in the clashes in Tarsel, officials said.", false)]
    [InlineData("Two harbour officers were wounded in the clashes in Tarsel, officials said.", "Ten harbour officers were wounded in the clashes in Tarsel, officials said.", true)]
    public void Large_counts_far_apart_count_different_things_but_small_ones_still_rival(string a, string b, bool diverges)
        => Assert.Equal(diverges, HasNumberDivergence(Compare(a, b)));

    [Theory]
    [InlineData("Officials said 40 people marched through Tarsel as protests over the shooting went on Monday.", false)]
    [InlineData("Officials said 45 people have been arrested in Tarsel as protests over the shooting went on Monday.", true)]
    public void Counts_of_what_different_events_did_are_not_rivals(string other, bool diverges)
        => Assert.Equal(diverges, HasNumberDivergence(Compare(
            "Officials said 33 people have been arrested in Tarsel as protests over the shooting went on Monday.",
            other)));

    [Fact]
    public void A_mark_passed_is_not_a_rival_figure()
        => Assert.False(HasNumberDivergence(Compare(
            "The Brenholm share index rose 640 points to 25112 on Friday.",
            "The Brenholm share index rose nearly 600 points on Friday, past the 25,000 mark.")));

    [Theory]
    [InlineData("among voters over 60", "among voters over 60", true)]
    [InlineData("among voters over 60", "", false)]
    [InlineData("among voters over 60", "among voters under 30", false)]
    public void Shares_of_different_groups_are_different_facts(string group, string otherGroup, bool diverges)
    {
        var story = Compare(
            $"Mayor Ana Lund leads Tom Brisk by 52 percent to 40 percent {group} in Brenholm.",
            $"Mayor Ana Lund leads Tom Brisk by 47 percent to 40 percent {otherGroup} in Brenholm.");
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Number));
    }

    [Theory]
    [InlineData("Harbor Herald", true)]
    [InlineData("Coastline Research", false)]
    public void Shares_from_polls_of_different_makers_are_different_facts(string pollster, bool diverges)
    {
        var story = Compare(
            "Mayor Ana Lund leads Tom Brisk by 48 percent to 43 percent in a Harbor Herald poll of Brenholm voters.",
            $"Mayor Ana Lund leads Tom Brisk by 51 percent to 43 percent in a {pollster} poll of Brenholm voters.");
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Number));
    }

    [Fact]
    public void A_share_is_no_rival_of_a_plain_count()
    {
        var story = Compare(
            "In Brenholm, Ana Lund won the harbour vote on Tuesday with the backing of those 45 and over.",
            "In Brenholm, Ana Lund won the harbour vote on Tuesday with the backing of 40 percent of voters.");
        Assert.DoesNotContain(story.Divergences, d => d.Kind == DivergenceKind.Number);
    }

    [Theory]
    [InlineData("Tom Brisk", true)]
    [InlineData("Carl Dunmore", false)]
    public void A_figure_done_by_he_or_she_belongs_to_the_person_the_pronoun_names(string spoke, bool diverges)
    {
        var story = Compare(
            $"{spoke} spoke in Brenholm on Monday. He raised $5.7 million in February, according to campaign filings.",
            "Tom Brisk raised $8 million in February, according to campaign filings.");
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Number));
    }

    [Theory]
    [InlineData("The coastguard seized nine rifles, 40 magazines and 800 rounds from the Tarsel smugglers on Monday.", true)]
    [InlineData("The coastguard seized 21 rifles, 70 magazines and 1,900 rounds from the Tarsel smugglers on Monday.", false)]
    public void Tallies_that_differ_in_every_count_are_of_different_scopes(string other, bool diverges)
        => Assert.Equal(diverges, HasNumberDivergence(Compare(
            "The coastguard seized six rifles, 40 magazines and 800 rounds from the Tarsel smugglers on Monday.",
            other)));

    [Theory]
    [InlineData("Tom Brisk, 31, was shot near the Tarsel ferry on Monday, police said.", true)]
    [InlineData("Tom Brisk was shot 31 times near the Tarsel ferry on Monday, police said.", false)]
    public void A_figure_between_commas_after_a_name_is_an_age(string other, bool diverges)
        => Assert.Equal(diverges, HasNumberDivergence(Compare("Tom Brisk, 34, was shot near the Tarsel ferry on Monday, police said.", other)));

    [Theory]
    [InlineData("The Brenholm ferry left at 10 a.m. on Monday, the harbour board said.", true)]
    [InlineData("The Brenholm ferry left on Monday with a crew of 10, the harbour board said.", false)]
    public void A_time_of_day_is_no_rival_of_a_count(string other, bool diverges)
        => Assert.Equal(diverges, HasNumberDivergence(Compare("The Brenholm ferry left at 9 a.m. on Monday, the harbour board said.", other)));

    [Theory]
    [InlineData("Commandos seized 12 rifles as well as arms, the statement said.", true)]
    [InlineData("Commandos seized 12 Lorn and 11 Hask sailors as well as arms, the statement said.", false)]
    public void A_figure_whose_noun_is_not_read_is_no_rival_of_a_count_of_something(string a, bool diverges)
        => Assert.Equal(diverges, HasNumberDivergence(Compare(a, "Commandos seized nine rifles as well as other arms, the statement said.")));

    [Fact]
    public void A_sum_of_money_before_a_name_is_still_a_rival_sum()
        => Assert.True(HasNumberDivergence(Compare(
            "Four council members took loans under the $670 million Harbour Relief Fund, filings show.",
            "Four council members took loans under the Harbour Relief Fund, the nearly $500 million package, filings show.")));

    [Theory]
    [InlineData("The quake that struck Tarsel on Sunday killed 12 people, officials said.", true)]
    [InlineData("The quake that struck Tarsel on Sunday measured 9.6, officials said.", false)]
    public void A_measure_with_decimals_is_no_rival_of_a_count_of_things(string other, bool diverges)
        => Assert.Equal(diverges, HasNumberDivergence(Compare("The quake that struck Tarsel on Sunday killed 10 people, officials said.", other)));

    [Theory]
    [InlineData("Ilsa Dorn has been married three times, her agent said.", true)]
    [InlineData("Ilsa Dorn has been married two more times since, her agent said.", false)]
    public void A_count_added_to_another_is_no_rival_of_the_whole(string other, bool diverges)
        => Assert.Equal(diverges, HasNumberDivergence(Compare("Ilsa Dorn has been married four times, her agent said.", other)));

    [Theory]
    [InlineData("Ada Venn completed 17 passes as Brenholm beat Lorn on Sunday.", true)]
    [InlineData("Ada Venn completed her first 17 passes as Brenholm beat Lorn on Sunday.", false)]
    public void A_run_within_a_whole_is_no_rival_of_the_whole(string other, bool diverges)
        => Assert.Equal(diverges, HasNumberDivergence(Compare("Ada Venn completed 24 passes as Brenholm beat Lorn on Sunday.", other)));

    [Theory]
    [InlineData("The navy said it captured 12 Lorn and 14 Hask smugglers in the Tarsel gulf on Saturday.", true)]
    [InlineData("The navy said it captured 12 Lorn and 11 Hask smugglers in the Tarsel gulf on Saturday.", false)]
    public void Counts_given_in_parts_that_add_up_are_one_count(string other, bool diverges)
        => Assert.Equal(diverges, HasNumberDivergence(Compare("The navy said it captured 23 smugglers in the Tarsel gulf on Saturday.", other)));

    [Theory]
    [InlineData("Damage to the Brenholm library was put at $US2 million ($3.1 million), the council said.", false)]
    [InlineData("Damage to the Brenholm library was put at $3.1 million, the council said.", true)]
    public void A_figure_converted_in_brackets_is_no_rival(string other, bool diverges)
        => Assert.Equal(diverges, HasNumberDivergence(Compare("Damage to the Brenholm library was put at $2 million, the council said.", other)));

    [Theory]
    [InlineData("An 8.6-magnitude quake struck Tarsel province in April, officials said.", true)]
    [InlineData("A 5.8-magnitude quake struck Tarsel province, officials said. An 8.6-magnitude quake struck Tarsel province in April, officials said.", false)]
    public void A_figure_the_other_article_gives_where_it_tells_the_same_fact_is_not_a_rival(string other, bool diverges)
        => Assert.Equal(diverges, HasNumberDivergence(Compare(other, "A 5.8-magnitude quake struck Tarsel province, killing three people, officials said.")));

    [Theory]
    [InlineData("Last year, a 6.4-magnitude quake rocked the coast of Hask, the agency said.", false)]
    [InlineData("A 6.4-magnitude quake rocked the coast of Hask, the agency said.", true)]
    public void A_figure_set_in_a_named_past_is_not_the_rival_of_one_that_names_no_time(string other, bool diverges)
    {
        var story = Compare("A 6.1-magnitude quake rocked the coast of Hask, the agency said.", other);
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Number));
    }

    [Theory]
    [InlineData("The Herons have offered Tarik Vell an eight-year deal worth $160 million.", false)]
    [InlineData("Reports say the Otters have offered Tarik Vell an eight-year deal worth $160 million.", true)]
    public void Figures_of_two_named_doers_the_tagger_does_not_know_are_not_one_count(string other, bool diverges)
    {
        var story = Compare("The Otters have offered Tarik Vell an eight-year deal worth $150 million.", other);
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Number));
    }

    [Theory]
    [InlineData("Ana Berg threw for 364 yards and three touchdowns this season.", false)]
    [InlineData("Tom Ruiz caught passes for 364 yards and three touchdowns this season.", true)]
    public void A_pronoun_doer_resolved_to_someone_else_holds_figures_of_their_own(string other, bool diverges)
    {
        var story = Compare("Tom Ruiz joined the Gulls in March. He has 53 catches for 605 yards and five touchdowns this season.", other);
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Number && d.Detail.Contains("605", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Tom Ruiz scored 24 points in the 108-70 win over Hask on Thursday.", false)]
    [InlineData("Tom Ruiz scored 24 points in the 91-73 win over Hask on Thursday.", true)]
    public void Figures_of_sentences_with_different_scores_are_of_different_games(string other, bool diverges)
    {
        var story = Compare("Tom Ruiz scored 20 points in the 91-73 win over Hask on Thursday.", other);
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Number));
    }

    [Theory]
    [InlineData("assists", false)]
    [InlineData("points", true)]
    public void A_bare_figure_counts_what_the_figure_before_it_counts(string counted, bool diverges)
    {
        var story = Compare(
            "Tom Ruiz added 16 points for the Gulls in the win over Hask, and Ana Berg had 14.",
            $"Ana Berg had 18 {counted} for the Gulls in the win over Hask.");
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Number));
    }
}

public class DateDivergenceTests
{
    private static readonly DateTimeOffset Thursday = new(2024, 3, 14, 9, 0, 0, TimeSpan.Zero);

    private static Story Compare(string a, string b) => StoryComparer.Compare(
    [
        Analyzer.Analyze(new Article("a1", "First Gazette", a) { Published = Thursday }),
        Analyzer.Analyze(new Article("a2", "Second Courier", b) { Published = Thursday }),
    ]);

    [Fact]
    public void A_weekday_and_the_explicit_date_it_names_do_not_diverge()
    {
        var story = Compare(
            "The Lorn council voted on Monday to close the Hask bridge for repairs.",
            "The Lorn council voted on March 11 to close the Hask bridge for repairs.");
        Assert.DoesNotContain(story.Divergences, d => d.Kind == DivergenceKind.Date);
    }

    [Fact]
    public void Different_explicit_dates_diverge()
    {
        var story = Compare(
            "The Lorn council voted on March 11 to close the Hask bridge for repairs.",
            "The Lorn council voted on March 4 to close the Hask bridge for repairs.");
        Assert.Contains(story.Divergences, d => d.Kind == DivergenceKind.Date && d.Detail == "March 11 (a1) vs March 4 (a2)");
    }

    [Fact]
    public void A_month_named_as_a_point_of_comparison_is_not_a_rival_date()
    {
        var story = Compare(
            "Traffic on the Hask bridge rose 20 percent from February, the Lorn council said.",
            "Traffic on the Hask bridge rose 20 percent in March, the Lorn council said.");
        Assert.DoesNotContain(story.Divergences, d => d.Kind == DivergenceKind.Date);
    }
}
