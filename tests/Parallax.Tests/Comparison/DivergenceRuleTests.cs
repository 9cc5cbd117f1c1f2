using Parallax.Analysis;
using Parallax.Comparison;

namespace Parallax.Tests.Comparison;

/// <summary>The rules that keep divergences to claims stating the same fact.</summary>
public class DivergenceRuleTests
{
    private static Story Compare(string a, string b) => TwoOutlets.Compare(a, b);

    private static bool Has(Story story, DivergenceKind kind) => story.Divergences.Any(d => d.Kind == kind);

    [Theory]
    [InlineData("harbour police officials told the Courier", true)]
    [InlineData("a local newspaper reported", false)]
    [InlineData("sources familiar with the inquiry said", false)]
    public void One_fact_credited_to_unnamed_sources_of_different_kinds_is_an_attribution_divergence(string otherSource, bool diverges)
    {
        var story = Compare(
            "The captain of the Brenholm ferry was arrested on Friday after the crash at the north pier, according to local media.",
            $"The captain of the Brenholm ferry was arrested on Friday after the crash at the north pier, {otherSource}.");
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Attribution && d.Detail.Contains("local media", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Police in Lorn arrested two men on Sunday after a long chase through the old harbour district.", true)]
    [InlineData("Two men were arrested in Lorn on Sunday, and the mayor praised the police for a quick end to the long chase.", false)]
    public void A_place_differs_only_between_claims_worded_closely(string other, bool diverges)
    {
        var story = Compare("Police in Hask arrested two men on Sunday after a long chase through the old harbour district.", other);
        Assert.Equal(diverges, Has(story, DivergenceKind.Place));
    }

    [Theory]
    [InlineData("Piet Lund, 32, of Texas, and Arne Voss, 39, of Georgia", false)]
    [InlineData("Arne Voss, 39, of Ohio, and Piet Lund, 32, of Texas", true)]
    public void Homes_of_two_different_people_are_not_rival_places(string men, bool diverges)
        => Assert.Equal(diverges, Has(Compare(
            "Police arrested Arne Voss, 39, of Atlanta, and Piet Lund, 32, of Houston, on Sunday.",
            $"The two men, {men}, were both arrested on Sunday, the police said."), DivergenceKind.Place));

    [Theory]
    [InlineData("Atlanta", "Georgia", false)]
    [InlineData("Hask", "Pennsylvania", false)]
    [InlineData("Houston", "Ohio", true)]
    [InlineData("Texas", "Ohio", true)]
    [InlineData("Hask", "Lorn", true)]
    public void Places_that_may_lie_one_in_the_other_are_not_rivals(string one, string other, bool diverges)
    {
        Assert.Equal(diverges, Has(Compare(
            $"Police in {one} arrested two men on Sunday after a long chase through the old harbour district.",
            $"Police in {other} arrested two men on Sunday after a long chase through the old harbour district."), DivergenceKind.Place));
        Assert.Equal(diverges, Has(Compare(
            $"Mayor Ilsa Dorn stumbled on the stairs of her plane before a Friday trip to {one}, her aides said.",
            $"Mayor Ilsa Dorn stumbled on the stairs of her plane before a Friday trip to {other}, her aides said."), DivergenceKind.Place));
    }

    [Theory]
    [InlineData("No financial terms of the sale of the Brenholm ferry line were disclosed on Monday.", false)]
    [InlineData("Financial terms of the sale of the Brenholm ferry line were disclosed on Monday.", true)]
    public void Two_negators_of_one_clause_deny_the_same_thing(string other, bool diverges)
        => Assert.Equal(diverges, Has(Compare("Financial terms of the sale of the Brenholm ferry line were not disclosed on Monday.", other), DivergenceKind.Negation));

    [Theory]
    [InlineData("Springfield, Missouri", false)]
    [InlineData("Springfield, Ohio", true)]
    public void A_state_written_as_its_abbreviation_is_the_same_place(string other, bool diverges)
        => Assert.Equal(diverges, Has(Compare(
            "A driver was killed on Sunday when his truck left the highway near the prison in Springfield, Mo., the police said.",
            $"A driver was killed on Sunday when his truck left the highway near the prison in {other}, the police said."), DivergenceKind.Place));

    [Theory]
    [InlineData("The Brenholm Rovers clinched the title with a win over Lorn on Saturday.", false)]
    [InlineData("The Brenholm Rovers will clinch the title with a win over Lorn on Saturday.", true)]
    public void What_could_happen_set_against_what_did_happen_is_no_hedge(string other, bool diverges)
        => Assert.Equal(diverges, Has(Compare("The Brenholm Rovers could clinch the title with a win over Lorn on Saturday.", other), DivergenceKind.Modality));

    [Theory]
    [InlineData("Police allege that Olle Berg set the fire at the Brenholm depot on Friday night.", false)]
    [InlineData("Police said that Olle Berg set the fire at the Brenholm depot on Friday night.", true)]
    public void A_claim_given_as_an_allegation_is_not_firm(string other, bool diverges)
        => Assert.Equal(diverges, Has(Compare("Olle Berg allegedly set the fire at the Brenholm depot on Friday night.", other), DivergenceKind.Modality));

    [Fact]
    public void A_place_that_owns_something_is_compared_whatever_holds_it()
        => Assert.True(Has(Compare(
            "Ohio's top court ordered officials in Brenholm county to count the late ballots, the clerk said.",
            "United States's top court ordered officials in Brenholm county to count the late ballots, the clerk said."), DivergenceKind.Place));

    [Fact]
    public void A_place_that_says_what_a_plan_is_about_is_not_its_author()
    {
        var story = Compare(
            "Governor Alma Reyes unveiled her long-awaited harbour plan on Tuesday.",
            "Governor Alma Reyes unveiled her long-awaited Brenholm harbour plan on Tuesday.");
        Assert.DoesNotContain(story.Divergences, d => d.Kind == DivergenceKind.Attribution);
    }

    [Fact]
    public void A_negation_of_another_event_in_an_aligned_sentence_is_not_a_divergence()
    {
        var story = Compare(
            "The Brenholm council closed the harbour road on Monday and did not say when it would reopen.",
            "The Brenholm council closed the harbour road on Monday because of flooding.");
        Assert.False(Has(story, DivergenceKind.Negation));
    }

    [Fact]
    public void A_negator_governing_the_shared_event_is_a_negation_divergence_showing_both_words()
    {
        var story = Compare(
            "The Brenholm council closed the harbour road on Monday.",
            "The Brenholm council did not close the harbour road on Monday.");
        var divergence = Assert.Single(story.Divergences, d => d.Kind == DivergenceKind.Negation);
        Assert.Contains(divergence.Spans, s => s.Text == "not close");
        Assert.Contains(divergence.Spans, s => s.Text == "closed");
    }

    [Theory]
    [InlineData("reportedly discussing", true)]
    [InlineData("allegedly discussing", true)]
    [InlineData("discussing", false)]
    public void An_alleged_act_and_its_denial_are_a_negation_divergence(string act, bool diverges)
    {
        var story = Compare(
            $"Senator Maren Holt faces calls to resign from her rivals for {act} troop movements with the Veltian foreign minister last year.",
            "Maren Holt said on Monday that she had never discussed secret troop movements with the Veltian foreign minister.");
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Negation && d.Spans.Any(s => s.Text == "never discussed")));
    }

    [Theory]
    [InlineData("The mayor issued a fresh denial Sunday that she sold the harbour land to her brother.")]
    [InlineData("The mayor faced criticism for not having sold the harbour land to her brother.")]
    public void A_denial_reported_two_ways_or_a_negation_inside_a_reason_is_not_a_negation_divergence(string other)
    {
        var story = Compare("The mayor said on Sunday that she never sold the harbour land to her brother.", other);
        Assert.False(Has(story, DivergenceKind.Negation));
    }

    [Fact]
    public void A_verb_with_a_denied_object_is_not_set_against_its_negation()
    {
        var story = Compare(
            "The judge said the charter grants the harbour board no power to seize the ferry.",
            "The judge said the charter does not grant the harbour board power to seize the ferry.");
        Assert.False(Has(story, DivergenceKind.Negation));
    }

    [Fact]
    public void A_hedge_on_another_event_is_not_a_modality_divergence()
    {
        var story = Compare(
            "The Brenholm council closed the harbour road on Monday and may review its budget.",
            "The Brenholm council closed the harbour road on Monday.");
        Assert.False(Has(story, DivergenceKind.Modality));
    }

    [Fact]
    public void A_hedge_governing_the_shared_event_is_a_modality_divergence()
    {
        var story = Compare(
            "The Brenholm council is considering closing the harbour road for a month.",
            "The Brenholm council will close the harbour road for a month.");
        var divergence = Assert.Single(story.Divergences, d => d.Kind == DivergenceKind.Modality);
        Assert.Contains("considering", divergence.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_negation_punctuated_apart_is_not_a_negation_divergence()
    {
        var story = Compare(
            "“The council is not now, nor will it be supporting a toll on the harbour road,” the mayor of Brenholm said.",
            "“The council is not now, nor will it be, supporting a toll on the harbour road,” the mayor of Brenholm said.");
        Assert.DoesNotContain(story.Divergences, d => d.Kind == DivergenceKind.Negation);
    }

    [Fact]
    public void A_people_and_its_adjective_are_not_two_spellings()
    {
        var story = Compare(
            "Veldrian forces agreed to a five-day truce to let Kurdish fighters leave the border zone.",
            "Veldria agreed to a five-day truce with the Kurds to let fighters leave the border zone.");
        Assert.DoesNotContain(story.Divergences, d => d.Kind == DivergenceKind.NameVariant && d.Detail.Contains("Kurd", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Talks on the Israeli-Palestinian dispute resumed in Oslo on Monday, officials said.", false)]
    [InlineData("Talks on the Israel-Palestinean dispute resumed in Oslo on Monday, officials said.", true)]
    public void Compounds_are_compared_part_by_part_and_an_adjective_part_is_no_spelling(string other, bool variant)
    {
        var story = Compare("Talks on the Israel-Palestinian dispute resumed in Oslo on Monday, officials said.", other);
        Assert.Equal(variant, Has(story, DivergenceKind.NameVariant));
    }

    [Theory]
    [InlineData("Ohio", "Texas", true)]
    [InlineData("Virginia, Georgia, Alabama and Ohio", "Virginia, Georgia, Alabama and Texas", true)]
    [InlineData("Virginia, Georgia, Alabama and Ohio", "Georgia, Alabama, Texas and Florida", false)]
    public void A_list_of_places_that_leaves_out_members_of_the_other_does_not_contradict_it_but_one_swapped_does(string places, string others, bool diverges)
    {
        var story = Compare(
            $"Ana Lund held rallies in {places} on Sunday before the vote, her campaign said.",
            $"Ana Lund held rallies in {others} on Sunday before the vote, her campaign said.");
        Assert.Equal(diverges, Has(story, DivergenceKind.Place));
    }

    [Theory]
    [InlineData("not only finished third in the Brenholm race but also won")]
    [InlineData("not just finished third in the Brenholm race but won")]
    [InlineData("didn't just finish third in the Brenholm race, she won")]
    public void Not_only_adds_to_what_it_governs_instead_of_denying_it(string finished)
    {
        var story = Compare(
            $"Mayor Ana Lund {finished} the harbour vote on Tuesday, her campaign said.",
            "Mayor Ana Lund finished third in the Brenholm race and won the harbour vote on Tuesday, her campaign said.");
        Assert.False(Has(story, DivergenceKind.Negation));
    }

    [Theory]
    [InlineData("The Brenholm council has no plans to close the harbour road for a month.")]
    [InlineData("The Brenholm council is not considering closing the harbour road for a month.")]
    public void A_plan_denied_is_no_hedge(string denied)
        => Assert.False(Has(Compare(denied, "The Brenholm council will close the harbour road for a month."), DivergenceKind.Modality));

    [Theory]
    [InlineData("The Lorn Ledger reported that the harbour master still owns shares in a dredging firm.", false)]
    [InlineData("The harbour master still owns shares in a dredging firm.", true)]
    public void A_claim_told_as_reported_is_not_firmer_than_one_marked_reportedly(string other, bool diverges)
        => Assert.Equal(diverges, Has(Compare("The harbour master reportedly still owns shares in a dredging firm.", other), DivergenceKind.Modality));

    [Theory]
    [InlineData("Harbour master Tomas Weld was among the officials who listened in on the call with the Lorn mayor, a senior port official said Monday, a disclosure that ties the port board to the inquiry.", false)]
    [InlineData("Harbour master Tomas Weld listened in on the call with the Lorn mayor.", true)]
    public void A_claim_an_unnamed_official_gives_is_not_firmer_than_one_marked_reportedly(string other, bool diverges)
        => Assert.Equal(diverges, Has(Compare(
            "Harbour master Tomas Weld reportedly listened in on the call with the Lorn mayor.", other), DivergenceKind.Modality));

    [Fact]
    public void A_report_that_tells_the_claim_is_no_firmer_than_reportedly_however_far_its_verb()
        => Assert.False(Has(Compare(
            "A storm in Brenholm reportedly killed more than 20 people early Wednesday.",
            "A storm swept through Brenholm early Wednesday, with reports that as many as 20 people were killed in the harbour towns."), DivergenceKind.Modality));

    [Theory]
    [InlineData("The harbour chief said the flooding could have been avoided if the Brenholm council had closed the harbour road sooner.")]
    [InlineData("Councillor Ada Venn said closing the harbour road sooner would only have divided Brenholm.")]
    public void A_verb_in_a_condition_or_a_gerund_subject_is_not_stated_firmly(string other)
        => Assert.False(Has(Compare(
            "Mayor Ilsa Dorn pushed back on a report that the Brenholm council could have closed the harbour road sooner.", other), DivergenceKind.Modality));

    [Fact]
    public void A_hedged_verb_and_another_verb_doing_the_same_to_the_same_things_are_a_modality_divergence()
    {
        var story = Compare(
            "The port board is mixing two kinds of cargo counts, raising fears among traders that it could be giving a false picture of the trade in Brenholm.",
            "The port board is mixing two kinds of cargo counts, providing traders with a false picture of the trade in Brenholm.");
        var divergence = Assert.Single(story.Divergences, d => d.Kind == DivergenceKind.Modality);
        Assert.Contains(divergence.Spans, s => s.Text == "could be giving");
        Assert.Contains(divergence.Spans, s => s.Text.EndsWith("providing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_participle_clause_after_a_conjunction_is_stated()
    {
        var story = Compare(
            "The port board is mixing two kinds of cargo counts, raising fears among traders that it could be giving a false picture of the trade in Brenholm.",
            "The port board is conflating two kinds of cargo counts, distorting several important tallies and providing traders with a false picture of the trade in Brenholm.");
        Assert.True(Has(story, DivergenceKind.Modality));
    }

    [Fact]
    public void A_hedge_governs_the_verb_past_an_adverb_on_it()
    {
        var story = Compare(
            "The Brenholm council plans to formally close the harbour road for a month, its chair said.",
            "The Brenholm council has closed the harbour road for a month, its chair said.");
        var divergence = Assert.Single(story.Divergences, d => d.Kind == DivergenceKind.Modality);
        Assert.Contains(divergence.Spans, s => s.Text == "plans to formally close");
    }

    [Theory]
    [InlineData("The Brenholm council drew up a plan to sell the old ferry and reopen the harbour road in May.", false)]
    [InlineData("The Brenholm council will reopen the harbour road in May.", true)]
    public void A_bare_verb_is_firm_only_after_an_auxiliary_that_states_it(string other, bool diverges)
    {
        var story = Compare("The Brenholm council may reopen the harbour road in May.", other);
        Assert.Equal(diverges, Has(story, DivergenceKind.Modality));
    }

    [Theory]
    [InlineData("for allegedly hiding the accounts of the harbour fund from auditors")]
    [InlineData("over accusations that he hid the accounts of the harbour fund from auditors")]
    public void An_act_both_tell_as_alleged_is_not_hedged_in_one_of_them(string telling)
    {
        var story = Compare(
            "Councillor Ivo Brand has been charged for allegedly hiding the accounts of the harbour fund from auditors, prosecutors said.",
            $"Councillor Ivo Brand faces calls to resign {telling}.");
        Assert.False(Has(story, DivergenceKind.Modality));
    }

    [Fact]
    public void An_adverb_after_the_hedged_verb_is_not_its_object()
    {
        var story = Compare(
            "The Brenholm council will vote as early as Friday on the plan to close the harbour road, its chair said.",
            "The Brenholm council may vote as soon as Friday on a motion that would shut the harbour road, its chair said.");
        var divergence = Assert.Single(story.Divergences, d => d.Kind == DivergenceKind.Modality);
        Assert.Contains("may vote", divergence.Detail, StringComparison.Ordinal);

        var otherThing = Compare(
            "The Brenholm council will vote on the budget, its chair said.",
            "The Brenholm council may vote on the ferry, its chair said.");
        Assert.False(Has(otherThing, DivergenceKind.Modality));
    }

    [Fact]
    public void Sentences_one_hedge_apart_are_a_modality_divergence()
    {
        var inserted = Compare(
            "The port board concluded on Tuesday that the fuel contracts broke no rule.",
            "The port board reportedly concluded on Tuesday that the fuel contracts broke no rule.");
        Assert.Contains(inserted.Divergences, d => d.Kind == DivergenceKind.Modality && d.Detail.Contains("reportedly", StringComparison.Ordinal));
        var swapped = Compare(
            "The mayor said the new levy will bring the ferry back by June.",
            "The mayor said the new levy could bring the ferry back by June.");
        Assert.Contains(swapped.Divergences, d => d.Kind == DivergenceKind.Modality && d.Detail.Contains("could", StringComparison.Ordinal));
        var bothHedged = Compare(
            "The mayor said the new levy may bring the ferry back by June.",
            "The mayor said the new levy might bring the ferry back by June.");
        Assert.False(Has(bothHedged, DivergenceKind.Modality));
    }

    [Theory]
    [InlineData("The Brenholm port board fired its harbour master, his lawyer said Monday.", false)]
    [InlineData("The Brenholm port board fired its harbour master and the ruling will take effect on Monday.", false)]
    [InlineData("The Brenholm port board fired its harbour master on Monday.", true)]
    public void A_date_of_the_report_or_of_another_verb_is_not_the_date_of_the_event(string other, bool diverges)
    {
        var story = Compare("The Brenholm port board fired its harbour master on Friday.", other);
        Assert.Equal(diverges, Has(story, DivergenceKind.Date));
    }

    [Fact]
    public void A_number_that_is_part_of_a_name_is_never_compared()
    {
        var story = Compare(
            "The agency said the Kestrel 17 pilots were trained in Brenholm.",
            "The agency said 12 pilots were trained in Brenholm.");
        Assert.False(Has(story, DivergenceKind.Number));
    }

    [Fact]
    public void A_date_word_taken_for_a_speaker_gives_no_attribution_divergence()
    {
        var first = Analyzer.Analyze(new Article("a1", "First Gazette", "The harbour road will reopen next week, Tuesday said."));
        var second = Analyzer.Analyze(new Article("a2", "Second Courier", "The harbour road will reopen next week, Mayor Elena Ruskin said."));
        var story = StoryComparer.Compare([first, second]);
        Assert.DoesNotContain(story.Divergences, d => d.Kind == DivergenceKind.Attribution && d.Detail.Contains("Tuesday", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_statement_from_different_named_speakers_is_an_attribution_divergence()
    {
        var story = Compare(
            "Mayor Elena Ruskin said the harbour road will reopen next week.",
            "Harbour master Tomas Vell said the harbour road will reopen next week.");
        var divergence = Assert.Single(story.Divergences, d => d.Kind == DivergenceKind.Attribution);
        Assert.Equal(2, divergence.Spans.Length);
    }

    [Fact]
    public void A_report_inside_another_report_is_credited_to_its_own_speaker()
    {
        var story = Compare(
            "Back when he wrote his memoir, Mayor Elena Ruskin said that she considered the harbour levy a last resort.",
            "Back when he wrote his memoir, Harbour master Tomas Vell said that she considered the harbour levy a last resort.");
        var divergence = Assert.Single(story.Divergences, d => d.Kind == DivergenceKind.Attribution);
        Assert.Contains("Ruskin", divergence.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(story.Divergences, d => d.Kind == DivergenceKind.Person);
    }

    [Fact]
    public void Different_people_warning_the_same_thing_is_an_attribution_divergence()
    {
        var story = Compare(
            "Mayor Elena Ruskin warned that the harbour road would stay shut until the summer.",
            "Governor Tomas Vell warned that the harbour road would stay shut until the summer.");
        Assert.Contains(story.Divergences, d => d.Kind == DivergenceKind.Attribution && d.Detail.Contains("Vell", StringComparison.Ordinal));
    }

    [Fact]
    public void Divergences_are_ranked_with_a_number_conflict_before_a_name_variant()
    {
        var story = Compare(
            "Mayor Elena Ruskin said 4,200 residents were evacuated from Brenholm.",
            "Mayor Elena Ruskina said 3,800 residents were evacuated from Brenholm.");
        var kinds = story.Divergences.Select(d => d.Kind).ToList();
        Assert.Contains(DivergenceKind.Number, kinds);
        Assert.Equal(DivergenceKind.Number, kinds[0]);
    }

    [Fact]
    public void A_file_compared_with_its_own_copy_has_no_divergence()
    {
        const string text = "Mayor Elena Ruskin said 4,200 residents were evacuated from Brenholm on Monday. "
            + "The council is considering closing the harbour road, and it did not say when schools would reopen. "
            + "Officials said the dam could fail within days.";
        var story = Compare(text, text);
        Assert.Empty(story.Divergences);
    }

    [Fact]
    public void Dates_hanging_on_different_verbs_are_not_rivals()
    {
        var story = Compare(
            "The Ostrava assembly hopes to prevent a strike on Thursday at midnight, as unions wait for the pay offer.",
            "The Ostrava assembly may vote as soon as Wednesday on an offer that would prevent a strike, the speaker said.");
        Assert.False(Has(story, DivergenceKind.Date));
    }

    [Theory]
    [InlineData("Mayor Elena Ruskin on Wednesday invited the harbour leaders to a briefing on the dam at the town hall.", true)]
    [InlineData("Mayor Elena Ruskin has invited the harbour leaders to a briefing Wednesday on the dam at the town hall.", false)]
    public void A_weekday_after_what_an_act_leads_to_dates_that_thing(string other, bool diverges)
    {
        var story = Compare("Mayor Elena Ruskin on Tuesday invited the harbour leaders to a briefing on the dam at the town hall.", other);
        Assert.Equal(diverges, Has(story, DivergenceKind.Date));
    }

    [Theory]
    [InlineData("The harbour master Ivo Tarn stepped down on Friday, the port authority said.", true)]
    [InlineData("The harbour master Ivo Tarn was stepping down from the board on Friday, the port authority said.", true)]
    [InlineData("The harbour master Ivo Tarn stepped out of the meeting on Friday, the port authority said.", false)]
    public void A_phrase_of_a_synonym_group_is_read_in_every_form_of_its_verb(string other, bool diverges)
    {
        var story = Compare("The harbour master Ivo Tarn resigned on Thursday, the port authority said.", other);
        Assert.Equal(diverges, Has(story, DivergenceKind.Date));
    }

    [Theory]
    [InlineData("The Hask bottling plant is set to close in June.", "The Hask bottling plant is set to shut down in August.", true)]
    [InlineData("The Hask bottling plant is set to close in June.", "The Hask bottling plant is set to hire staff in August.", false)]
    [InlineData("The trial of the Hask bottlers is set to begin in Lorn on Monday.", "The trial of the Hask bottlers is set to start in Lorn on Tuesday.", true)]
    public void A_date_hangs_on_the_synonym_group_of_its_verb(string one, string other, bool diverges)
    {
        var story = Compare(one, other);
        Assert.Equal(diverges, Has(story, DivergenceKind.Date));
    }

    [Theory]
    [InlineData("A man was charged with murder Saturday after a shooting at an office party in Hask.", true)]
    [InlineData("A man has been charged with murder after a shooting at an office party in Hask Saturday.", false)]
    public void A_date_after_an_earlier_event_dates_that_event(string other, bool diverges)
    {
        var story = Compare("A man was charged with murder Friday after a shooting at an office party in Hask.", other);
        Assert.Equal(diverges, Has(story, DivergenceKind.Date));
    }

    [Theory]
    [InlineData("Lorn will play the winner of Friday's second semifinal between Hask and Tarn.", false)]
    [InlineData("Lorn will play the winner of the second semifinal between Hask and Tarn on Friday.", true)]
    public void A_weekday_with_a_possessive_dates_the_thing_it_names(string other, bool diverges)
    {
        var story = Compare("Lorn will play the winner of the second semifinal between Hask and Tarn on Saturday.", other);
        Assert.Equal(diverges, Has(story, DivergenceKind.Date));
    }

    [Theory]
    [InlineData("The Hask Rovers signed Ivo Tarn on Tuesday and Ada Lind today from the Lorn reserve squad.", false)]
    [InlineData("The Hask Rovers signed Ivo Tarn and Ada Lind on Tuesday from the Lorn reserve squad.", true)]
    public void A_claim_that_also_dates_the_act_from_its_own_day_is_no_rival(string other, bool diverges)
    {
        var story = Compare("On Wednesday afternoon, the Hask Rovers signed Ada Lind from the Lorn reserve squad.", other);
        Assert.Equal(diverges, Has(story, DivergenceKind.Date));
    }

    [Fact]
    public void A_reporting_frame_dated_from_its_own_day_is_no_rival()
    {
        var story = Compare(
            "Ferry operator Hask Lines announced on Twitter today (14 March 2011) that they have restored all their business customers on other routes following an outage expected to last into next week.",
            "Ferry operator Hask Lines announced on Twitter today (20 March 2011) that they have restored services to all customers using other routes, following an outage that was first expected to take 12 days to repair.");
        Assert.False(Has(story, DivergenceKind.Date));
    }

    [Theory]
    [InlineData("In Saturday's semifinal, Lorn will play Hask, which beat Tarn 51-50 on Friday.", false)]
    [InlineData("In Saturday's semifinal, Lorn will play Hask, the coach said on Friday.", true)]
    public void A_claim_that_dates_another_event_on_the_other_day_tells_of_two_events(string other, bool diverges)
    {
        var story = Compare("In Friday's semifinal, Lorn will play Hask, which beat Tarn 51-50.", other);
        Assert.Equal(diverges, Has(story, DivergenceKind.Date));
    }

    [Fact]
    public void Different_months_for_the_same_event_are_a_date_divergence()
    {
        var story = Compare(
            "Mirela Dovan became head of the Ostrava port authority in June, replacing a caretaker.",
            "Mirela Dovan became head of the Ostrava port authority in April, replacing a caretaker.");
        var divergence = Assert.Single(story.Divergences, d => d.Kind == DivergenceKind.Date);
        Assert.Contains(divergence.Spans, s => s.Text == "June");
        Assert.Contains(divergence.Spans, s => s.Text == "April");
    }

    [Fact]
    public void A_year_naming_a_thing_is_compared_only_with_a_year_naming_the_same_thing()
    {
        var changed = Compare(
            "The minister praised the 2011 treaty that ended the Ostrava dispute, officials said on Tuesday.",
            "The minister praised the 2014 treaty that ended the Ostrava dispute, officials said on Tuesday.");
        Assert.Contains(changed.Divergences, d => d.Kind == DivergenceKind.Date && d.Detail.Contains("2011", StringComparison.Ordinal));

        var other = Compare(
            "The Ostrava assembly made progress on the port talks Tuesday but still has to agree on pay before the 2026 election.",
            "The Ostrava assembly made progress on the port talks Tuesday but still has to agree on pay before the 2027 budget vote.");
        Assert.False(Has(other, DivergenceKind.Date));
    }

    [Fact]
    public void The_date_of_a_statement_is_compared_when_both_give_one()
    {
        var story = Compare(
            "\u201cThe harbour will stay closed,\u201d Mirela Dovan said Monday.",
            "\u201cThe harbour will stay closed,\u201d Mirela Dovan said Saturday.");
        Assert.Contains(story.Divergences, d => d.Kind == DivergenceKind.Date);
    }

    [Fact]
    public void A_date_after_since_is_a_point_of_comparison_not_the_date_of_the_event()
    {
        var story = Compare(
            "As of September 6, the port is handling 1,200 ships a week, its busiest pace since March.",
            "The port is handling 1,200 ships a week for the first time since May, the authority said.");
        Assert.False(Has(story, DivergenceKind.Date));
    }

    [Fact]
    public void A_toll_that_counts_the_attacker_agrees_with_one_that_does_not()
    {
        var story = Compare(
            "The attack outside the Ostrava town hall left four people dead, including the assailant and a guard.",
            "The assailant killed three people in an attack outside the Ostrava town hall, the police said.");
        Assert.False(Has(story, DivergenceKind.Number));

        var rival = Compare(
            "The attack outside the Ostrava town hall left five people dead, the police said.",
            "The attack outside the Ostrava town hall left three people dead, the police said.");
        Assert.True(Has(rival, DivergenceKind.Number));
    }

    [Fact]
    public void A_building_and_the_hall_inside_it_are_not_rival_places()
    {
        var story = Compare(
            "On Monday the statue was removed from the Marble Hall of the Ostrava Capitol.",
            "On Monday the statue was removed from the Ostrava Capitol.");
        Assert.False(Has(story, DivergenceKind.Place));
    }

    [Fact]
    public void A_title_beside_two_names_does_not_make_them_rivals()
    {
        var story = Compare(
            "The assembly passed the port budget on Friday in a 51-50 vote, with Vice President Mirela Dovan casting the deciding vote.",
            "The assembly passed the port budget on Friday, a key step for President Tomas Halvorsen's plan to rebuild the harbour.");
        Assert.False(Has(story, DivergenceKind.Person));
    }

    [Fact]
    public void Places_after_the_same_preposition_and_before_the_same_word_are_rivals()
    {
        var story = Compare(
            "Back in Lisbon, Mirela Dovan said, she decided to take aim at the port's fuel bill.",
            "Back in Vienna, Mirela Dovan said, she decided to take aim at the port's fuel bill.");
        var divergence = Assert.Single(story.Divergences, d => d.Kind == DivergenceKind.Place);
        Assert.Contains(divergence.Spans, s => s.Text == "Lisbon");
    }

    [Fact]
    public void Places_between_the_same_two_words_are_rivals()
    {
        var story = Compare(
            "The mayor said a bridge between Ostrava and Lisbon had not been planned.",
            "The mayor said a bridge between Ostrava and Vienna had not been planned.");
        var divergence = Assert.Single(story.Divergences, d => d.Kind == DivergenceKind.Place);
        Assert.Contains(divergence.Spans, s => s.Text == "Vienna");
    }

    [Fact]
    public void A_place_named_twice_in_one_sentence_and_once_in_the_other_can_be_the_rival()
    {
        var story = Compare(
            "Lisbon will send fuel to Porto and Braga, while pressing Porto to cut its port fees.",
            "Lisbon will send fuel to Vienna and Braga, while pressing Porto to cut its port fees.");
        var divergence = Assert.Single(story.Divergences, d => d.Kind == DivergenceKind.Place);
        Assert.Contains(divergence.Spans, s => s.Text == "Vienna");
    }

    [Fact]
    public void Places_in_different_roles_of_the_same_event_are_not_rivals()
    {
        var story = Compare(
            "The navy said the drone was shot down by Ostrava last week.",
            "The navy said Ostravan gunners shot down a Lisbon drone last week.");
        Assert.False(Has(story, DivergenceKind.Place));
    }

    [Fact]
    public void A_person_whose_name_words_are_all_in_the_other_sentence_is_not_a_rival()
    {
        var story = Compare(
            "The governor has signed a pardon for Scooter Dovan, the former harbour chief who was convicted in 2007 of fraud.",
            "The governor has signed a pardon for I. Marek “Scooter” Dovan, the former harbour chief who was convicted in 2007 of fraud.");
        Assert.False(Has(story, DivergenceKind.Person));
    }

    [Theory]
    [InlineData("William", false)]
    [InlineData("Wilhelm", true)]
    public void A_person_whose_given_name_is_in_the_other_sentence_in_another_form_is_not_a_rival(string given, bool diverges)
    {
        var story = Compare(
            "The governor has signed a pardon for Bill Dovan, the former harbour chief who was convicted in 2007 of fraud.",
            $"The governor has signed a pardon for I. {given} “Scooter” Dovan, the former harbour chief who was convicted in 2007 of fraud.");
        Assert.Equal(diverges, Has(story, DivergenceKind.Person));
    }

    [Theory]
    [InlineData("Harbour master Tomas Weld told reporters at the Brenholm port office on Monday that the ferry will sail to Lorn.", false)]
    [InlineData("Harbour master Tomas Weld said the ferry will sail to Lorn on Monday.", true)]
    public void A_date_between_a_reporting_verb_and_its_that_dates_the_telling(string other, bool diverges)
        => Assert.Equal(diverges, Has(Compare("Harbour master Tomas Weld said the ferry will sail to Lorn on Wednesday.", other), DivergenceKind.Date));

    [Fact]
    public void A_place_after_the_doers_name_does_not_make_it_another_doer()
    {
        var story = Compare(
            "Former mayor Elena Ruskin of Brenholm died early Tuesday after a long illness, her family said.",
            "Brenholm's former mayor Elena Ruskin died early Thursday at the harbour hospital, her family said.");
        Assert.Contains(story.Divergences, d => d.Kind == DivergenceKind.Date && d.Detail.Contains("Thursday", StringComparison.Ordinal));
    }

    [Fact]
    public void A_negation_of_the_same_event_on_a_different_object_is_not_a_divergence()
    {
        var story = Compare(
            "Inspector Mirela Dovan did not find evidence that the port board hid its fuel contracts to win the 2024 tender, according to a summary sent to the council.",
            "Yet Dovan did find actions by the board after the tender that could be seen as efforts to obstruct the inquiry.");
        Assert.False(Has(story, DivergenceKind.Negation));
    }

    [Fact]
    public void A_figure_added_to_another_is_not_its_rival()
    {
        var story = Compare(
            "Ostrava hit back at the port board by imposing new fees on $60 million of imported goods.",
            "Then the board hit an additional $16 million in goods with fees in August.");
        Assert.False(Has(story, DivergenceKind.Number));
    }

    [Fact]
    public void A_modal_verb_beside_two_places_does_not_make_them_rivals()
    {
        var story = Compare(
            "Power in Lisbon will shift further to the southern districts, the census office said Monday.",
            "Porto, Braga and Coimbra will all lose council seats after the census, the office said Monday.");
        Assert.False(Has(story, DivergenceKind.Place));
    }

    [Fact]
    public void Close_counts_of_one_unit_in_aligned_sentences_are_rivals_unless_one_sentence_gives_both()
    {
        var story = Compare(
            "A storm that killed 50 people wrecked the Ostrava docks on Sunday.",
            "The storm, which left 48 people dead, wrecked the Ostrava docks on Sunday.");
        Assert.Contains(story.Divergences, d => d.Kind == DivergenceKind.Number && d.Detail.Contains("48", StringComparison.Ordinal));

        var both = Compare(
            "On Tuesday night, Jon Brevik allegedly shot three people in Ostrava with a hunting rifle, killing two.",
            "Jon Brevik was charged on Thursday with murder following shootings in Ostrava where two people died and another was wounded.");
        Assert.False(Has(both, DivergenceKind.Number));
    }

    [Fact]
    public void A_hedge_that_is_the_only_difference_is_a_modality_divergence()
    {
        var story = Compare(
            "The report details how the smugglers had contact with port officials in the run-up to the raid.",
            "The report details how the smugglers reportedly had contact with port officials in the run-up to the raid.");
        var divergence = Assert.Single(story.Divergences, d => d.Kind == DivergenceKind.Modality);
        Assert.Contains(divergence.Spans, s => s.Text.StartsWith("reportedly", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_in_the_reporting_frame_is_compared()
    {
        var story = Compare(
            "Mirela Dovan says in Lisbon that she is glad to have the harbour workers' support.",
            "Mirela Dovan says in Vienna that she is glad to have the harbour workers' support.");
        Assert.Contains(story.Divergences, d => d.Kind == DivergenceKind.Place && d.Detail.Contains("Lisbon", StringComparison.Ordinal));
    }

    [Fact]
    public void Places_after_the_same_town_are_rivals()
    {
        var story = Compare(
            "The girl is from Springfield, Oregon, according to the harbour police.",
            "The girl is from Springfield, Ohio, according to the harbour police.");
        Assert.Contains(story.Divergences, d => d.Kind == DivergenceKind.Place && d.Detail.Contains("Oregon", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_spelled_so_the_tagger_misses_it_is_a_name_variant()
    {
        var story = Compare(
            "Mirela Dovan met the harbour workers on Monday. Dovan has called the strike a warning to the port board.",
            "Mirela Dovan met the harbour workers on Monday. Dovvan has called the strike a warning to the port board.");
        Assert.Contains(story.Divergences, d => d.Kind == DivergenceKind.NameVariant && d.Detail.Contains("Dovvan", StringComparison.Ordinal));
    }

    [Fact]
    public void A_vowel_changed_inside_a_full_name_is_one_person_spelled_two_ways()
    {
        var story = Compare(
            "Port chairman Pak Sung Chol said on Monday that the harbour would stay closed until Friday.",
            "Port chairman Pak Song Chol said on Monday that the harbour would stay closed until Friday.");
        var pak = Assert.Single(story.Entities, e => e.Name.StartsWith("Pak", StringComparison.Ordinal));
        Assert.Equal(2, pak.Mentions.Select(m => m.Article).Distinct().Count());
        Assert.Contains(story.Divergences, d => d.Kind == DivergenceKind.NameVariant
            && d.Detail.Contains("Sung", StringComparison.Ordinal) && d.Detail.Contains("Song", StringComparison.Ordinal));

        var hyphen = Compare(
            "Port chairman Pak Sung-chol said on Monday that the harbour would stay closed until Friday.",
            "Port chairman Pak Sung Chol said on Monday that the harbour would stay closed until Friday.");
        Assert.Single(hyphen.Entities, e => e.Name.StartsWith("Pak", StringComparison.Ordinal));

        var brothers = Compare(
            "Port chairman Pak Sung Chol said on Monday that the harbour would stay closed until Friday.",
            "Port chairman Pak Sung Min said on Monday that the harbour would stay closed until Friday.");
        Assert.DoesNotContain(brothers.Divergences, d => d.Kind == DivergenceKind.NameVariant);
    }

    [Fact]
    public void A_day_one_named_doer_s_event_is_given_is_a_rival_however_the_rest_is_worded()
    {
        var story = Compare(
            "Liberal harbour master Oskar Lind of Tidewater died early Tuesday in his sleep after years of heart trouble, the Liberal leader's office announced.",
            "Tidewater's longest-serving harbour master, Oskar E. Lind, died early Thursday at Harbour General Hospital following a long illness, his family said.");
        var date = Assert.Single(story.Divergences, d => d.Kind == DivergenceKind.Date);
        Assert.Contains("Tuesday", date.Detail, StringComparison.Ordinal);
        Assert.Contains("Thursday", date.Detail, StringComparison.Ordinal);

        var twoPeople = Compare(
            "Liberal harbour master Oskar Lind of Tidewater died early Tuesday in his sleep after years of heart trouble, the Liberal leader's office announced.",
            "Tidewater's longest-serving harbour pilot, Mirela Dovan, died early Thursday at Harbour General Hospital following a long illness, her family said.");
        Assert.DoesNotContain(twoPeople.Divergences, d => d.Kind == DivergenceKind.Date);
    }

    [Fact]
    public void Two_floors_set_far_apart_are_rival_figures_and_close_ones_are_one()
    {
        var apart = Compare(
            "The mayor signed an order on Wednesday to help the more than 30,000 residents who suffer from asthma.",
            "On Wednesday, the mayor signed an order to help the more than 37,000 residents with asthma.");
        var number = Assert.Single(apart.Divergences, d => d.Kind == DivergenceKind.Number);
        Assert.Contains("37,000", number.Detail, StringComparison.Ordinal);

        var close = Compare(
            "The mayor signed an order on Wednesday to help the more than 30,000 residents who suffer from asthma.",
            "On Wednesday, the mayor signed an order to help the more than 31,000 residents with asthma.");
        Assert.DoesNotContain(close.Divergences, d => d.Kind == DivergenceKind.Number);

        var floorAndFigure = Compare(
            "The mayor signed an order on Wednesday to help the more than 30,000 residents who suffer from asthma.",
            "On Wednesday, the mayor signed an order to help the 37,000 residents with asthma.");
        Assert.DoesNotContain(floorAndFigure.Divergences, d => d.Kind == DivergenceKind.Number);

        var orderOfSize = Compare(
            "Hundreds of dock workers walked off the job on Monday in Port Ellis, the union said.",
            "More than 300 dock workers walked off the job on Monday in Port Ellis, the union said.");
        Assert.DoesNotContain(orderOfSize.Divergences, d => d.Kind == DivergenceKind.Number);
    }

    [Fact]
    public void Words_one_outlet_quotes_and_another_says_were_reportedly_said_are_hedged_in_one()
    {
        var hedged = Compare(
            "When a reporter asked the mayor whether the port would close, Ruiz shrugged. “You tell me,” he said.",
            "When asked by a reporter whether the port would close, Mayor Ruiz reportedly said, “You tell me,” before he walked away.");
        var modality = Assert.Single(hedged.Divergences, d => d.Kind == DivergenceKind.Modality);
        Assert.Contains("reportedly said", modality.Detail, StringComparison.Ordinal);

        var both = Compare(
            "When a reporter asked the mayor whether the port would close, Ruiz shrugged. “You tell me,” he said.",
            "When asked by a reporter whether the port would close, Mayor Ruiz said, “You tell me,” before he walked away.");
        Assert.DoesNotContain(both.Divergences, d => d.Kind == DivergenceKind.Modality);

        var otherSpeaker = Compare(
            "When a reporter asked the mayor whether the port would close, Ruiz shrugged. “You tell me,” he said.",
            "When asked by a reporter whether the port would close, harbour master Oskar Lind reportedly said, “You tell me,” before he walked away.");
        Assert.DoesNotContain(otherSpeaker.Divergences, d => d.Kind == DivergenceKind.Modality);
    }

    [Fact]
    public void A_plan_and_the_same_act_in_the_progressive_tell_one_intention()
    {
        var underWay = Compare(
            "The port board is now turning its attention toward a deal with the smaller ferry operators.",
            "Talks with the dock union have broken down, and the port board now plans to turn its attention toward a deal with the smaller ferry operators, officials said.");
        Assert.DoesNotContain(underWay.Divergences, d => d.Kind == DivergenceKind.Modality);

        var done = Compare(
            "The port board turned its attention toward a deal with the smaller ferry operators.",
            "Talks with the dock union have broken down, and the port board now plans to turn its attention toward a deal with the smaller ferry operators, officials said.");
        Assert.Contains(done.Divergences, d => d.Kind == DivergenceKind.Modality);
    }

    [Fact]
    public void A_sum_raised_within_days_is_no_rival_of_the_total()
    {
        var story = Compare(
            "The Harbour Relief Fund pulled in more than $30 million in donations after the storm, the fund said on Tuesday.",
            "Within days, the Harbour Relief Fund announced that it had raised $20 million in donations after the storm.");
        Assert.DoesNotContain(story.Divergences, d => d.Kind == DivergenceKind.Number);

        var same = Compare(
            "The Harbour Relief Fund pulled in more than $30 million in donations after the storm, the fund said on Tuesday.",
            "The Harbour Relief Fund announced that it had raised $20 million in donations after the storm.");
        Assert.Contains(same.Divergences, d => d.Kind == DivergenceKind.Number);
    }

    [Fact]
    public void A_name_whose_words_outlets_put_in_another_order_is_a_name_variant()
    {
        var story = Compare(
            "The harbour pilot Dorin Vasile Pop was charged on Monday with entering the port's computers.",
            "As part of the deal, Dorin Pop Vasile, 44, admitted entering the port's computers from his home.");
        var pilot = Assert.Single(story.Entities, e => e.Name.StartsWith("Dorin", StringComparison.Ordinal));
        Assert.Equal(2, pilot.Mentions.Select(m => m.Article).Distinct().Count());
        var variant = Assert.Single(story.Divergences, d => d.Kind == DivergenceKind.NameVariant);
        Assert.Contains("Dorin Vasile Pop", variant.Detail, StringComparison.Ordinal);
        Assert.Contains("Dorin Pop Vasile", variant.Detail, StringComparison.Ordinal);

        var sameOrder = Compare(
            "The harbour pilot Dorin Vasile Pop was charged on Monday with entering the port's computers.",
            "As part of the deal, Dorin Vasile Pop, 44, admitted entering the port's computers from his home.");
        Assert.DoesNotContain(sameOrder.Divergences, d => d.Kind == DivergenceKind.NameVariant);

        var bothOrders = Compare(
            "The harbour pilot Dorin Vasile Pop was charged on Monday. Dorin Pop Vasile, as his papers call him, denies it.",
            "As part of the deal, Dorin Pop Vasile, 44, admitted entering the port's computers from his home.");
        Assert.DoesNotContain(bothOrders.Divergences, d => d.Kind == DivergenceKind.NameVariant);
    }

    [Fact]
    public void Figures_of_the_same_standing_are_rivals_and_of_different_standing_are_not()
    {
        var added = Compare(
            "Another 6,600 workers filed for strike pay last week, according to the Ostrava port union.",
            "Another 4,400 workers filed for strike pay last week, according to the Ostrava port union.");
        Assert.Contains(added.Divergences, d => d.Kind == DivergenceKind.Number);

        var revised = Compare(
            "The March figures were revised to be not as bad as the 8.7% drop in cargo initially reported.",
            "Cargo also sank by a revised 8.3% in March, the worst drop in the port's history.");
        Assert.DoesNotContain(revised.Divergences, d => d.Kind == DivergenceKind.Number);
    }
}

public class EventValueDivergenceTests
{
    /// <summary>Options under which no sentences align, so that only the detectors that do not need an alignment run.</summary>
    private static readonly ComparisonOptions Unaligned = new() { AlignmentThreshold = 2 };

    private static Story Compare(string a, string b) => TwoOutlets.Compare(a, b);

    [Theory]
    [InlineData("Dock workers at Kestrel harbour went on strike on Monday, and 4,200 union members walked off the job, the union said.",
        "Dock workers at Kestrel harbour went on strike on Monday. The union said 3,800 members walked off the job.", "4,200")]
    [InlineData("The coastguard said the smugglers arrived in two speed boats before dawn on Friday.",
        "The coastguard said the smugglers arrived in three boats before dawn on Friday.", "two")]
    public void A_count_under_a_compound_noun_diverges_from_a_count_of_its_head(string a, string b, string figure)
    {
        var divergence = Assert.Single(Compare(a, b).Divergences, d => d.Kind == DivergenceKind.Number);
        Assert.Contains(divergence.Spans, s => s.Text == figure);
    }

    [Fact]
    public void The_same_count_under_a_compound_noun_and_its_head_does_not_diverge()
        => Assert.DoesNotContain(Compare(
            "Dock workers at Kestrel harbour went on strike on Monday, and 4,200 union members walked off the job, the union said.",
            "Dock workers at Kestrel harbour went on strike on Monday. The union said 4,200 members walked off the job.").Divergences, d => d.Kind == DivergenceKind.Number);

    [Fact]
    public void Different_dates_for_one_event_diverge_even_when_one_gives_only_a_month()
    {
        var story = Compare(
            "Defence Minister Aldo Ferrante will leave the government on January 1, his office said. The ministry also ordered two submarines.",
            "The ministry ordered two submarines last year. Aldo Ferrante is expected to leave the government at the end of February.");
        var divergence = Assert.Single(story.Divergences, d => d.Kind == DivergenceKind.Date);
        Assert.Contains(divergence.Spans, s => s.Text == "January 1");
        Assert.Contains(divergence.Spans, s => s.Text == "February");
    }

    [Fact]
    public void A_month_given_for_another_event_does_not_diverge()
    {
        var story = Compare(
            "Defence Minister Aldo Ferrante will leave the government on January 1, his office said.",
            "Aldo Ferrante joined the government in February after a row over submarine orders.");
        Assert.DoesNotContain(story.Divergences, d => d.Kind == DivergenceKind.Date);
    }

    [Fact]
    public void Different_sums_requested_for_one_thing_diverge()
    {
        var story = Compare(
            "The Brenholm council requested $5 billion from the federal government for the sea wall, the mayor said.",
            "Mayor Elena Ruskin wants the federal government to fund the sea wall. The Brenholm council requested $5.7 billion, she said.");
        Assert.Contains(story.Divergences, d => d.Kind == DivergenceKind.Number && d.Detail.Contains("5.7 billion", StringComparison.Ordinal));
    }

    [Fact]
    public void Different_sums_before_one_named_thing_diverge_in_sentences_that_tell_different_facts()
    {
        var story = StoryComparer.Compare(
        [
            Analyzer.Analyze(new Article("a1", "First Gazette", "The council's bipartisan $2.4 billion harbour bill and Mayor Ruskin's $6.5 billion housing package could live or die this week, and take the coalition's fortunes with them.")),
            Analyzer.Analyze(new Article("a2", "Second Courier", "Councillor Ines Varga told colleagues in a letter on Sunday night that the $2 billion harbour bill will be voted on Thursday after guaranteeing that the bill will be passed.")),
        ]);
        var divergence = Assert.Single(story.Divergences, d => d.Kind == DivergenceKind.Number);
        Assert.Contains("for the harbour bill", divergence.Detail, StringComparison.Ordinal);
        Assert.Contains(divergence.Spans, s => s.Text == "2.4 billion harbour bill");
        Assert.Contains(divergence.Spans, s => s.Text == "2 billion harbour bill");
    }

    [Fact]
    public void Sentences_a_divergence_sets_against_each_other_are_a_conflict_alignment_not_unique_facts()
    {
        var story = StoryComparer.Compare(
        [
            Analyzer.Analyze(new Article("a1", "First Gazette", "The council's bipartisan $2.4 billion harbour bill and Mayor Ruskin's $6.5 billion housing package could live or die this week.")),
            Analyzer.Analyze(new Article("a2", "Second Courier", "Councillor Ines Varga told colleagues in a letter that the $2 billion harbour bill will be voted on Thursday.")),
        ], Unaligned);
        var divergence = Assert.Single(story.Divergences, d => d.Kind == DivergenceKind.Number);
        var alignment = Assert.Single(story.Alignments);
        Assert.Equal(AlignmentRelation.Conflict, alignment.Relation);
        Assert.Equal(divergence.Sentences, alignment.Sentences);
        Assert.All(story.Unique, u => Assert.Empty(u));
    }

    [Theory]
    [InlineData("Elena Ruskin, who has backed the ferry plan, was able to raise more than $235 million during her long race against the far better known Olle Berg.", true)]
    [InlineData("Olle Berg, who has backed the ferry plan, was able to raise more than $235 million during his long race against the far better known Elena Ruskin.", false)]
    public void Sums_one_named_doer_raised_diverge_however_the_rest_is_worded(string other, bool diverges)
    {
        var story = StoryComparer.Compare(
        [
            Analyzer.Analyze(new Article("a1", "First Gazette", "Elena Ruskin heads to the party congress with a key speaking slot, raising about $228 million and becoming the unlikely darling of young voters.")),
            Analyzer.Analyze(new Article("a2", "Second Courier", other)),
        ], Unaligned);
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Number && d.Detail.Contains("228 million", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("She heads to the party congress with a key speaking slot on Monday after winning 22 districts, raising about $228 million and becoming the darling of young voters.", true)]
    [InlineData("She heads to the party congress with a key speaking slot on Monday after Olle Berg won 22 districts, raising about $228 million and becoming the darling of young voters.", false)]
    public void A_participle_after_a_subordinator_is_done_by_the_subject_of_the_clause_before_it(string sentence, bool diverges)
    {
        var story = StoryComparer.Compare(
        [
            Analyzer.Analyze(new Article("a1", "First Gazette", "Elena Ruskin won the vote in the harbour towns. " + sentence)),
            Analyzer.Analyze(new Article("a2", "Second Courier", "Elena Ruskin, who has backed the ferry plan, was able to raise more than $235 million during her long race against the far better known Olle Berg.")),
        ], Unaligned);
        Assert.Equal(diverges, story.Divergences.Any(d => d.Kind == DivergenceKind.Number && d.Detail.Contains("228 million", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Councillor Ines Varga said the $2.4 billion harbour tunnel would be approved by Friday.", "the same sum")]
    [InlineData("Councillor Ines Varga said a $2 billion tunnel would be approved by Friday.", "a one-word phrase")]
    [InlineData("Councillor Ines Varga said the $2 billion harbour tunnel, or $2.4 billion with interest, would be approved.", "the other sum given too")]
    [InlineData("Councillor Ines Varga said a $600 million harbour tunnel was never the plan.", "too far apart to be one sum")]
    public void Sums_that_may_name_different_things_or_agree_do_not_diverge(string other, string why)
    {
        var story = StoryComparer.Compare(
        [
            Analyzer.Analyze(new Article("a1", "First Gazette", "The $2.4 billion harbour tunnel faces a vote in Brenholm this week.")),
            Analyzer.Analyze(new Article("a2", "Second Courier", other)),
        ], Unaligned);
        Assert.True(!story.Divergences.Any(d => d.Kind == DivergenceKind.Number), why);
    }
}
