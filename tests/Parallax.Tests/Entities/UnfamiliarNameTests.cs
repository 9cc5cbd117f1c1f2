using Parallax.Analysis;
using Parallax.Documents;

namespace Parallax.Tests.Entities;

/// <summary>Names and words the taggers' training text (Reuters news of 1996) never showed them.</summary>
public class UnfamiliarNameTests
{
    private static ArticleAnalysis Analyze(string text) => Analyzer.Analyze(new Article("a1", "Test", text));

    private static IEnumerable<Mention> Names(ArticleAnalysis doc) => doc.Mentions.Where(m => m.Kind == MentionKind.Name);

    [Fact]
    public void A_sports_team_named_after_a_town_is_not_a_person()
    {
        var doc = Analyze("The Bowling Green Falcons beat the visitors 31-24 on Saturday. The Falcons have now won four games in a row.");

        Assert.DoesNotContain(Names(doc), m => m.Text.Contains("Falcons", StringComparison.Ordinal) && m.Type == EntityType.Person);
        Assert.Contains(Names(doc), m => m.Text.Contains("Falcons", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Coach Pieter van der Walt praised his players after the match.", "Pieter van der Walt")]
    [InlineData("The mayor met Ana de la Fuente at the town hall on Monday.", "Ana de la Fuente")]
    public void A_name_with_two_lower_case_particles_is_one_person(string text, string name)
    {
        var doc = Analyze(text);

        Assert.Contains(Names(doc), m => m.Text == name);
    }

    [Theory]
    [InlineData("Prime Minister Tom Major flew to Lagos on Monday.", "Tom Major")]
    [InlineData("Chancellor Anna Bishop said the budget was balanced.", "Anna Bishop")]
    public void A_surname_that_is_also_a_title_stays_in_the_name_after_a_title(string text, string name)
    {
        var doc = Analyze(text);

        Assert.Equal(EntityType.Person, Assert.Single(Names(doc), m => m.Text == name).Type);
    }

    [Fact]
    public void A_county_is_a_place_not_a_person()
    {
        var doc = Analyze("Flooding closed roads across Lincolnshire on Tuesday, and farmers in Lincolnshire counted the losses.");

        Assert.All(Names(doc).Where(m => m.Text == "Lincolnshire"), m => Assert.Contains(m.Type, new[] { EntityType.Gpe, EntityType.Loc }));
        Assert.Contains(Names(doc), m => m.Text == "Lincolnshire");
    }

    [Fact]
    public void A_camp_is_a_place_not_the_person_its_second_word_could_be()
    {
        var doc = Analyze("Volunteers at Camp Merrow cleared the trails before the storm.");

        Assert.DoesNotContain(Names(doc), m => m.Text.Contains("Merrow", StringComparison.Ordinal) && m.Type == EntityType.Person);
        Assert.Contains(Names(doc), m => m.Text == "Camp Merrow");
    }

    [Fact]
    public void A_name_the_tagger_reads_whole_as_a_place_is_not_an_organisation_for_its_last_word()
    {
        var doc = Analyze("Soviet Union troops left Afghanistan in 1989, and the Soviet Union itself fell two years later.");

        Assert.All(Names(doc).Where(m => m.Text == "Soviet Union"), m => Assert.NotEqual(EntityType.Org, m.Type));
        Assert.Contains(Names(doc), m => m.Text == "Soviet Union");
    }

    [Theory]
    [InlineData("Facebook said it would remove the posts within a day.", "Facebook")]
    [InlineData("The company has since deleted the video, and Twitter said it was reviewing the account.", "Twitter")]
    public void Social_networks_that_speak_are_organisations_not_people_though_the_1996_training_text_never_named_them(string text, string name)
    {
        var doc = Analyze(text);

        Assert.Equal(EntityType.Org, Assert.Single(Names(doc), m => m.Text == name).Type);
    }

    [Theory]
    [InlineData("Needless to say, the vote was delayed again.", "Needless")]
    [InlineData("Frankly, nobody expected the bridge to open this year.", "Frankly")]
    [InlineData("Meanwhile, the council met behind closed doors.", "Meanwhile")]
    public void A_sentence_initial_adverb_is_not_a_name(string text, string word)
        => Assert.DoesNotContain(Analyze(text).Mentions, m => m.Text.Contains(word, StringComparison.Ordinal) && m.Type == EntityType.Person);

    [Theory]
    [InlineData("Residents queued for water outside the depot on Sunday.", "Residents")]
    [InlineData("Officials closed the bridge after the crash.", "Officials")]
    [InlineData("Traffic was heavy near the harbour all morning.", "Traffic")]
    [InlineData("Volunteers handed out blankets at the station.", "Volunteers")]
    [InlineData("Officials said the bridge would stay shut until Friday.", "Officials")]
    [InlineData("Witnesses said the van did not stop.", "Witnesses")]
    public void A_capitalised_common_word_opening_a_sentence_is_not_a_name(string text, string word)
        => Assert.DoesNotContain(Names(Analyze(text)), m => m.Text.Contains(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("The Harlow Transit Agency said fares would rise in March.", "Agency", EntityType.Org)]
    [InlineData("Hikers crossed the Brellin River at dawn.", "Brellin", EntityType.Loc)]
    [InlineData("Dunmore Rovers beat Kelso Athletic 2-1 in the cup on Saturday.", "Rovers", EntityType.Org)]
    public void An_unknown_name_takes_the_type_its_own_words_support(string text, string word, EntityType type)
        => Assert.Equal(type, Assert.Single(Names(Analyze(text)), m => m.Text.Contains(word, StringComparison.Ordinal)).Type);

    [Theory]
    [InlineData("Shoppers returned to Pellingford after the storm.", "Pellingford")]
    [InlineData("Families moved back to Dunsmouth after the floods.", "Dunsmouth")]
    [InlineData("The bus from Hollinwick was late again.", "Hollinwick")]
    [InlineData("I love Tadcaster in the summer.", "Tadcaster")]
    public void An_unfamiliar_word_ending_as_english_places_do_is_a_place_not_a_person(string text, string word)
    {
        var doc = Analyze(text);

        Assert.Equal(EntityType.Gpe, Assert.Single(Names(doc), m => m.Text == word).Type);
    }

    [Fact]
    public void A_surname_ending_as_places_do_stays_the_person_named_in_full_earlier()
    {
        var doc = Analyze("Margaret Pellingford chairs the harbour board. On Monday Pellingford said the quay would reopen.");

        Assert.All(Names(doc).Where(m => m.Text.Contains("Pellingford", StringComparison.Ordinal)), m => Assert.Equal(EntityType.Person, m.Type));
        Assert.Contains(Names(doc), m => m.Text == "Pellingford");
    }

    [Fact]
    public void A_group_letter_in_a_results_table_is_not_a_name()
        => Assert.DoesNotContain(Names(Analyze("Standings in Group C after Sunday's matches: Kelso 4 points, Dunmore 3.")), m => m.Text is "C" or "Group C");

    [Fact]
    public void A_player_read_whole_does_not_take_the_position_before_his_name()
    {
        var doc = Analyze("Centre Mikael Ostrander scored twice for the visitors.");

        Assert.DoesNotContain(Names(doc), m => m.Text.StartsWith("Centre", StringComparison.Ordinal) && m.Type == EntityType.Person);
    }

    [Fact]
    public void A_television_show_called_today_is_not_a_date()
    {
        var doc = Analyze("The senator told NBC's Today show on Monday that she would run again.");

        Assert.DoesNotContain(doc.Mentions, m => m.Kind == MentionKind.Date && m.Text.Contains("Today", StringComparison.Ordinal));
        Assert.Contains(doc.Mentions, m => m.Kind == MentionKind.Date && m.Text == "Monday");
    }

    [Fact]
    public void Today_opening_a_sentence_is_still_a_date()
        => Assert.Contains(Analyze("Today the council will vote on the budget.").Mentions, m => m.Kind == MentionKind.Date && m.Text == "Today");

    [Fact]
    public void The_part_of_speech_tags_reach_the_analysis_once_per_token()
    {
        var doc = Analyze("The minister arrived in Paris. She spoke briefly.");

        Assert.Equal(doc.Tokens.Length, doc.PartsOfSpeech.Length);
        Assert.Equal(["DT", "NN", "VBD", "IN", "NNP", "."], doc.PartsOfSpeech[..6]);
    }

    [Theory]
    [InlineData("Thornbury is a market town. It lies on the River Lune, north of Camp Harlow, a former army base.", "River Lune", EntityType.Loc)]
    [InlineData("Edwin Sallow is a retired judge. He studied at Fenwick College and served in the Harlow Regiment.", "Harlow Regiment", EntityType.Org)]
    [InlineData("Thornbury is a market town in Kestrelshire, England. It lies on the River Lune.", "River Lune", EntityType.Loc)]
    public void A_name_that_designates_a_place_or_a_body_keeps_that_type_whatever_the_tagger_reads(string text, string name, EntityType type)
        => Assert.Equal(type, Assert.Single(Names(Analyze(text)), m => m.Text == name).Type);

    [Theory]
    [InlineData("Margaret Court won the final in three sets on Sunday.", "Margaret Court")]
    [InlineData("Billy Ocean sang his old hits at the harbour festival on Saturday.", "Billy Ocean")]
    [InlineData("Tyrone Post, 34, said he would appeal the ban.", "Tyrone Post")]
    public void A_given_name_keeps_a_person_whose_surname_is_a_cue_word(string text, string name)
        => Assert.Equal(EntityType.Person, Assert.Single(Names(Analyze(text)), m => m.Text == name).Type);
}
