using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Documents;

namespace Parallax.Tests.Comparison;

public class StoryComparerTests
{
    private static readonly Story Flood = StoryComparer.Compare(FloodStory.Articles());

    private static bool Aligned(Story story, string first, string second)
        => story.Alignments.Any(a => a.Sentences.Select(story.IdOf).ToHashSet().SetEquals([first, second]));

    private static Alignment AlignmentOf(Story story, string first, string second)
        => story.Alignments.Single(a => a.Sentences.Select(story.IdOf).ToHashSet().SetEquals([first, second]));

    /// <summary>The two one-sentence articles compared without the event bonus and with it.</summary>
    private static (Story Without, Story With) WithAndWithoutEventBonus(string first, string second)
    {
        var analyses = new[] { new Article("a1", "First Gazette", first), new Article("a2", "Second Courier", second) }.Select(Analyzer.Analyze).ToList();
        return (StoryComparer.Compare(analyses, ComparisonOptions.Default with { EventBonus = 0 }), StoryComparer.Compare(analyses));
    }

    [Fact]
    public void A_story_compared_again_on_every_core_gives_the_same_comparison()
    {
        var analyses = FloodStory.Articles();
        var stories = Enumerable.Range(0, 4).AsParallel().Select(_ => StoryComparer.Compare(analyses)).ToList();
        foreach (var again in stories)
        {
            Assert.Equal(Describe(Flood), Describe(again));
        }
    }

    private static List<string> Describe(Story story)
        => [
            .. story.Alignments.Select(a => $"{a.Id} {a.Relation} {a.Score} {string.Join(' ', a.Sentences.Select(story.IdOf))} {string.Join(' ', a.Claims)}"),
            .. story.Divergences.Select(d => $"{d.Kind} {d.Confidence} {string.Join(' ', d.Sentences.Select(story.IdOf))}"),
            .. story.Unique.Select(u => string.Join(' ', u)),
            .. story.HeadlineAlignments.Select(h => h.ToString()),
            .. story.Brief.Select(b => b.ToString()),
            .. story.Voices.Select(v => v.ToString()),
            .. story.Syndicated.Select(s => $"{s.Key}>{s.Value}"),
        ];

    [Theory]
    [InlineData("The engineer who kept the boats running was sacked on Wednesday.", true)]
    [InlineData("The engineer who kept the boats running was praised on Wednesday.", false)]
    public void Two_tellings_of_one_event_align_on_fewer_shared_words(string other, bool sameEvent)
    {
        var (without, with) = WithAndWithoutEventBonus("The Brenholm ferry company sacked its chief engineer after the crash.", other);
        Assert.Empty(without.Alignments);
        Assert.Equal(sameEvent, with.Alignments.Length == 1);
    }

    [Theory]
    [InlineData("Relatives said the old ferry captain died after a long illness.", true)]
    [InlineData("Relatives said the old ferry captain could die after a long illness.", false)]
    public void Words_that_tellings_of_one_event_use_for_it_link_claims_stated_alike(string other, bool linked)
    {
        var analyses = new[] { new Article("a1", "First Gazette", "The Brenholm ferry captain passed away at his home on Tuesday."), new Article("a2", "Second Courier", other) }
            .Select(Analyzer.Analyze).ToList();
        Assert.Empty(StoryComparer.Compare(analyses, ComparisonOptions.Default with { CoreferentEventWords = false }).Alignments);
        Assert.Equal(linked, StoryComparer.Compare(analyses).Alignments.Length == 1);
    }

    [Theory]
    [InlineData("Jon Tavik was convicted over the death of Mara Olsen.", true)]
    [InlineData("Jon Tavik was convicted over the death of Anna Berg.", false)]
    public void A_claim_that_names_the_other_claims_doer_tells_the_same_event(string other, bool linked)
    {
        var analyses = new[] { new Article("a1", "First Gazette", "Mara Olsen, a young nurse, was killed near the old ferry pier in Brenholm late on a stormy Friday night."), new Article("a2", "Second Courier", other) }
            .Select(Analyzer.Analyze).ToList();
        var onlyLinked = ComparisonOptions.Default with { EventBonus = 0.5, AlignmentThreshold = 0.6 };
        Assert.Equal(linked, StoryComparer.Compare(analyses, onlyLinked).Alignments.Length == 1);
    }

    [Theory]
    [InlineData("The Ruskin administration continues its review of the Nordline deal, a spokesman said.", true)]
    [InlineData("The Ruskin administration continues its audit of the Nordline deal, a spokesman said.", false)]
    public void A_review_not_completed_and_a_review_that_continues_are_one_event_of_one_doer(string other, bool sameEvent)
    {
        var (without, with) = WithAndWithoutEventBonus("Brenholm has not completed its review of the ferry contract with Nordline.", other);
        Assert.Empty(without.Alignments);
        Assert.Equal(sameEvent, with.Alignments.Length == 1);
        Assert.Equal("review", with.Claims.Single(c => c.Sentence.Article == 0).Event);
    }

    [Fact]
    public void A_fact_three_outlets_report_aligns_across_all_three()
    {
        Assert.True(Aligned(Flood, "a1.s1", "a2.s1"));
        Assert.True(Aligned(Flood, "a1.s1", "a3.s1"));
        Assert.True(Aligned(Flood, "a2.s1", "a3.s1"));
    }

    [Fact]
    public void A_sentence_no_other_outlet_reports_is_unique()
    {
        Assert.Contains(4, Flood.Unique[0]);
        Assert.Contains(4, Flood.Unique[1]);
        Assert.Contains(1, Flood.Unique[2]);
    }

    [Fact]
    public void Aligned_sentences_are_not_unique()
        => Assert.DoesNotContain(0, Flood.Unique[0]);

    [Fact]
    public void Different_counts_of_the_same_thing_are_a_number_divergence_and_a_conflict()
    {
        var divergence = Assert.Single(Flood.Divergences, d => d.Kind == DivergenceKind.Number);
        Assert.Equal("1,200 residents (a1) vs 1,500 residents (a2)", divergence.Detail);
        Assert.Equal(AlignmentRelation.Conflict, AlignmentOf(Flood, "a1.s2", "a2.s2").Relation);
    }

    [Fact]
    public void Different_dates_for_the_same_event_are_a_date_divergence()
    {
        var divergence = Assert.Single(Flood.Divergences, d => d.Kind == DivergenceKind.Date);
        Assert.Equal("June 3 (a1) vs July 3 (a2)", divergence.Detail);
        Assert.Equal(["a1.s3", "a2.s3"], divergence.Sentences.Select(Flood.IdOf));
    }

    [Fact]
    public void A_hedged_claim_against_a_firm_one_is_a_modality_divergence()
    {
        var divergence = Assert.Single(Flood.Divergences, d => d.Kind == DivergenceKind.Modality);
        Assert.Equal(["a1.s4", "a2.s4"], divergence.Sentences.Select(Flood.IdOf));
        Assert.Contains("considering", divergence.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void One_outlet_denying_what_another_asserts_is_a_negation_divergence_and_a_conflict()
    {
        var divergence = Assert.Single(Flood.Divergences, d => d.Kind == DivergenceKind.Negation);
        Assert.Equal(["a1.s6", "a2.s6"], divergence.Sentences.Select(Flood.IdOf));
        Assert.Equal(AlignmentRelation.Conflict, AlignmentOf(Flood, "a1.s6", "a2.s6").Relation);
    }

    [Fact]
    public void A_name_spelled_two_ways_is_one_entity_and_a_name_variant_divergence()
    {
        var person = Assert.Single(Flood.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(3, person.Members.Length);
        var divergence = Assert.Single(Flood.Divergences, d => d.Kind == DivergenceKind.NameVariant);
        Assert.Equal("Katarina Voslova (a1) vs Katerina Voslova (a2)", divergence.Detail);
    }

    /// <summary>Two outlets' board story naming one member two ways; the member is one story entity across both.</summary>
    private static Story BoardMember(string first, string second)
    {
        var story = StoryComparer.Compare([
            Analyzer.Analyze(new Article("a1", "First Gazette", $"The harbour board suspended its chair on Monday. Board member {first} said the vote was unanimous.")),
            Analyzer.Analyze(new Article("a2", "Second Courier", $"The harbour board suspended its chair on Monday, and board member {second} called the vote unanimous."))]);
        var member = Assert.Single(story.Entities, e => e.Type == EntityType.Person && e.Name.Contains("Castell", StringComparison.Ordinal));
        Assert.Equal(2, member.Members.Select(m => m.Article).Distinct().Count());
        return story;
    }

    [Fact]
    public void A_given_name_with_a_letter_more_under_one_surname_is_one_person_and_a_name_variant()
    {
        var divergence = Assert.Single(BoardMember("Rima Castell", "Riman Castell").Divergences, d => d.Kind == DivergenceKind.NameVariant);
        Assert.Contains("Rima Castell (a1)", divergence.Detail, StringComparison.Ordinal);
        Assert.Contains("Riman Castell (a2)", divergence.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_familiar_given_name_is_one_person_but_no_name_variant()
        => Assert.DoesNotContain(BoardMember("Steve Castell", "Steven Castell").Divergences, d => d.Kind == DivergenceKind.NameVariant);

    [Fact]
    public void A_name_of_three_words_in_another_order_is_one_person()
    {
        var story = StoryComparer.Compare([
            Analyzer.Analyze(new Article("a1", "First Gazette", "The hacker Marcel Lazăr Lehel pleaded guilty in Brenholm on Monday.")),
            Analyzer.Analyze(new Article("a2", "Second Courier", "As part of his plea, Marcel Lehel Lazar said he had guessed the passwords."))]);
        var person = Assert.Single(story.Entities, e => e.Type == EntityType.Person && e.Name.Contains("Marcel", StringComparison.Ordinal));
        Assert.Equal(2, person.Members.Select(m => m.Article).Distinct().Count());
    }

    [Theory]
    [InlineData("Paul", "Paula")]
    [InlineData("Tim", "Tom")]
    [InlineData("Emil", "Emily")]
    [InlineData("Dana", "Diana")]
    public void Two_given_names_of_their_own_a_letter_apart_under_one_surname_are_two_people(string first, string second)
    {
        var story = StoryComparer.Compare([
            Analyzer.Analyze(new Article("a1", "First Gazette", $"{first} Vance, the harbour master, closed the pier on Monday.")),
            Analyzer.Analyze(new Article("a2", "Second Courier", $"{second} Vance, who runs the ferry company, said the pier had been closed on Monday."))]);
        Assert.Equal(2, story.Entities.Count(e => e.Type == EntityType.Person && e.Name.Contains("Vance", StringComparison.Ordinal)));
        Assert.DoesNotContain(story.Divergences, d => d.Kind == DivergenceKind.NameVariant);
    }

    [Fact]
    public void Sentences_reporting_the_same_fact_agree_when_nothing_differs()
        => Assert.Equal(AlignmentRelation.Agree, AlignmentOf(Flood, "a1.s1", "a2.s1").Relation);

    [Fact]
    public void A_sentence_with_much_the_other_lacks_is_a_partial_alignment()
        => Assert.Equal(AlignmentRelation.Partial, AlignmentOf(Flood, "a1.s1", "a3.s1").Relation);

    [Fact]
    public void A_long_sentence_aligns_with_two_short_ones_that_split_its_facts()
    {
        var story = StoryComparer.Compare([Documents.Analyze("a1", PortStory.Wire), Documents.Analyze("a2", PortStory.Broadcast)]);
        Assert.True(Aligned(story, "a1.s2", "a2.s3"));
        Assert.True(Aligned(story, "a1.s2", "a2.s4"));
    }

    [Fact]
    public void Paraphrases_with_synonyms_align()
    {
        var story = StoryComparer.Compare([Documents.Analyze("a1", PortStory.Wire), Documents.Analyze("a2", PortStory.Broadcast)]);
        Assert.True(Aligned(story, "a1.s1", "a2.s1"));
    }

    [Fact]
    public void Unrelated_sentences_about_the_same_place_do_not_align()
    {
        var story = StoryComparer.Compare([Documents.Analyze("a1", PortStory.Wire), Documents.Analyze("a2", PortStory.Broadcast)]);
        Assert.DoesNotContain(story.Alignments, a => a.Sentences.Select(story.IdOf).Contains("a2.s6"));
        Assert.DoesNotContain(story.Alignments, a => a.Sentences.Select(story.IdOf).Contains("a1.s4"));
    }

    [Fact]
    public void Alignment_ids_and_scores_are_well_formed()
    {
        Assert.Equal(Flood.Alignments.Select((_, i) => $"al{i + 1}"), Flood.Alignments.Select(a => a.Id));
        Assert.All(Flood.Alignments, a =>
        {
            Assert.InRange(a.Score, 0, 1);
            Assert.NotEqual(a.Sentences[0].Article, a.Sentences[1].Article);
        });
    }

    [Fact]
    public void The_brief_has_three_to_eight_sentences_each_taken_from_a_cited_sentence()
    {
        Assert.InRange(Flood.Brief.Length, 3, 8);
        Assert.All(Flood.Brief, b =>
        {
            Assert.NotEmpty(b.Sources);
            Assert.Contains(b.Sources, s => Flood.Articles[s.Article].Sentences[s.Sentence].Text.EndsWith(b.Text, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void The_brief_opens_with_the_fact_every_outlet_reports()
    {
        var first = Flood.Brief[0];
        Assert.Equal(3, first.Sources.Select(s => s.Article).Distinct().Count());
    }

    [Fact]
    public void The_brief_does_not_repeat_a_fact()
    {
        var cited = Flood.Brief.SelectMany(b => b.Sources).ToList();
        Assert.Equal(cited.Count, cited.Distinct().Count());
    }

    [Fact]
    public void A_syndicated_copy_is_recognised_and_does_not_confirm_its_original()
    {
        var copy = FloodStory.Ledger.Replace("Local farmers", "Some farmers", StringComparison.Ordinal);
        var story = StoryComparer.Compare([Documents.Analyze("a1", FloodStory.Ledger), Documents.Analyze("a2", FloodStory.Times), Documents.Analyze("a3", copy)]);
        Assert.Equal(0, story.Syndicated[2]);
        Assert.Contains(4, story.Unique[0]);
        Assert.DoesNotContain(0, story.Unique[0]);
    }

    [Fact]
    public void Articles_that_only_share_a_topic_are_not_syndicated()
        => Assert.Empty(Flood.Syndicated);

    [Fact]
    public void Voices_group_quotes_by_speaker_and_count_direct_and_indirect()
    {
        var a1 = Documents.Analyze("a1", "A dam engineer said the crack was old. \"It is getting wider,\" the engineer added. Voslova said help was coming.")
            .WithEntities((EntityType.Person, ["Voslova"]))
            .WithQuote(0, "A dam engineer", QuoteKind.Indirect, named: false)
            .WithQuote(1, "the engineer", QuoteKind.Direct, named: false)
            .WithQuote(2, "Voslova", QuoteKind.Indirect, named: true, entity: 0);
        var story = StoryComparer.Compare([a1, Documents.Analyze("a2", "Voslova visited the dam.").WithEntities((EntityType.Person, ["Voslova"]))]);
        Assert.Equal(2, story.Voices.Length);
        var engineer = Assert.Single(story.Voices, v => v.Entity is null);
        Assert.Equal((2, 1, 1, false), (engineer.Quotes, engineer.Direct, engineer.Indirect, engineer.Named));
        var named = Assert.Single(story.Voices, v => v.Entity is not null);
        Assert.Equal(("Voslova", true, 1), (named.Speaker, named.Named, named.Quotes));
    }

    [Fact]
    public void A_voice_carries_the_quotes_it_is_made_of()
    {
        var a1 = Documents.Analyze("a1", "A dam engineer said the crack was old. Voslova said help was coming. \"It is getting wider,\" the engineer added.")
            .WithEntities((EntityType.Person, ["Voslova"]))
            .WithQuote(0, "A dam engineer", QuoteKind.Indirect, named: false)
            .WithQuote(1, "Voslova", QuoteKind.Indirect, named: true, entity: 0)
            .WithQuote(2, "the engineer", QuoteKind.Direct, named: false);
        var story = StoryComparer.Compare([a1]);
        Assert.Equal([0, 2], Assert.Single(story.Voices, v => v.Entity is null).QuoteIndexes);
        Assert.Equal([1], Assert.Single(story.Voices, v => v.Entity is not null).QuoteIndexes);
    }

    [Fact]
    public void The_story_maps_each_document_entity_to_its_story_entity()
    {
        var story = StoryComparer.Compare([
            Documents.Analyze("a1", "Voslova met Ilse Brandt.").WithEntities((EntityType.Person, ["Voslova"]), (EntityType.Person, ["Ilse Brandt"])),
            Documents.Analyze("a2", "Brandt thanked Voslova.").WithEntities((EntityType.Person, ["Brandt"]), (EntityType.Person, ["Voslova"]))]);
        Assert.Same(story.EntityOf(0, 0), story.EntityOf(1, 1));
        Assert.Same(story.EntityOf(0, 1), story.EntityOf(1, 0));
        Assert.NotSame(story.EntityOf(0, 0), story.EntityOf(0, 1));
        Assert.Null(story.EntityOf(1, 7));
    }

    [Fact]
    public void A_copy_of_a_story_with_other_entities_maps_to_those()
    {
        var story = StoryComparer.Compare([Documents.Analyze("a1", "Voslova spoke.").WithEntities((EntityType.Person, ["Voslova"]))]);
        var renamed = story.Entities[0] with { Name = "Hana Voslova" };
        Assert.Equal("Voslova", story.EntityOf(0, 0)?.Name);
        Assert.Equal("Hana Voslova", (story with { Entities = [renamed] }).EntityOf(0, 0)?.Name);
    }

    [Fact]
    public void The_same_statement_from_different_named_speakers_is_an_attribution_divergence()
    {
        var a1 = Documents.Analyze("a1", "Minister Ilse Brandt said the bridge will reopen next week after repairs.")
            .WithEntities((EntityType.Person, ["Ilse Brandt"]))
            .WithQuote(0, "Ilse Brandt", QuoteKind.Indirect, named: true, entity: 0);
        var a2 = Documents.Analyze("a2", "Mayor Jon Halvard said the bridge will reopen next week after repairs.")
            .WithEntities((EntityType.Person, ["Jon Halvard"]))
            .WithQuote(0, "Jon Halvard", QuoteKind.Indirect, named: true, entity: 0);
        var story = StoryComparer.Compare([a1, a2]);
        var divergence = Assert.Single(story.Divergences, d => d.Kind == DivergenceKind.Attribution);
        Assert.Equal("attributed to Ilse Brandt (a1) vs Jon Halvard (a2)", divergence.Detail);
    }

    [Fact]
    public void A_named_speaker_against_an_anonymous_source_for_the_same_statement_is_not_an_attribution_divergence()
    {
        var a1 = Documents.Analyze("a1", "Minister Ilse Brandt said the bridge will reopen next week after repairs.")
            .WithEntities((EntityType.Person, ["Ilse Brandt"]))
            .WithQuote(0, "Ilse Brandt", QuoteKind.Indirect, named: true, entity: 0);
        var a2 = Documents.Analyze("a2", "A police source said the bridge will reopen next week after repairs.")
            .WithQuote(0, "A police source", QuoteKind.Indirect, named: false);
        var story = StoryComparer.Compare([a1, a2]);
        Assert.DoesNotContain(story.Divergences, d => d.Kind == DivergenceKind.Attribution);
    }

    [Fact]
    public void A_proposal_credited_to_a_government_and_denied_as_its_own_is_an_attribution_divergence()
    {
        var a1 = Documents.Analyze("a1", "The Norland government proposed a ceasefire plan to both parties in the border talks.")
            .WithEntities((EntityType.Org, ["Norland government"]));
        var a2 = Documents.Analyze("a2", "Envoy Pia Lund presented a ceasefire plan to both parties in the border talks, saying it is her own vision and not the Norland government's plan.")
            .WithEntities((EntityType.Person, ["Pia Lund", "~her"]), (EntityType.Org, ["Norland government"]));
        var story = StoryComparer.Compare([a1, a2]);
        var divergence = Assert.Single(story.Divergences, d => d.Kind == DivergenceKind.Attribution);
        Assert.Equal("ceasefire proposal: credited to the Norland government (a1) vs Pia Lund's own vision, not the Norland government's (a2)", divergence.Detail);
    }

    [Fact]
    public void Different_places_in_the_same_role_are_a_place_divergence()
    {
        var a1 = Documents.Analyze("a1", "Officials said Turkey will host the peace conference for the warring parties next month.")
            .WithEntities((EntityType.Gpe, ["Turkey"]));
        var a2 = Documents.Analyze("a2", "Officials said Qatar will host the peace conference for the warring parties next month.")
            .WithEntities((EntityType.Gpe, ["Qatar"]));
        var story = StoryComparer.Compare([a1, a2]);
        var divergence = Assert.Single(story.Divergences, d => d.Kind == DivergenceKind.Place);
        Assert.Equal("Turkey (a1) vs Qatar (a2)", divergence.Detail);
    }

    [Theory]
    [InlineData("The port  closed\n at noon.", " The port closed at noon. ", true)]
    [InlineData("The port closed", "The port closed at noon.", false)]
    [InlineData("The port closed at noon.", "The portclosed at noon.", false)]
    [InlineData("The port closed at noon.", "The port closed at noon!", false)]
    [InlineData("", "   ", true)]
    public void Texts_are_the_same_words_whatever_the_white_space(string x, string y, bool same)
    {
        Assert.Equal(same, StoryComparer.SameWords(x, y));
        Assert.Equal(same, StoryComparer.SameWords(y, x));
    }
}
