using Parallax.Analysis;
using Parallax.Documents;

namespace Parallax.Tests.Entities;

public class EntityRecognizerTests
{
    private static ArticleAnalysis Analyze(string text, DateTimeOffset? published = null)
        => Analyzer.Analyze(new Article("a1", "Test", text) { Published = published });

    private static Mention Find(ArticleAnalysis doc, string text) => doc.Mentions.First(m => m.Text == text);

    [Fact]
    public void A_title_makes_the_following_name_a_person_and_becomes_its_role()
    {
        var doc = Analyze("Finance Minister Orla Venn announced the budget.");
        var venn = Find(doc, "Orla Venn");
        Assert.Equal(EntityType.Person, venn.Type);
        Assert.Equal("Finance Minister", venn.Role);
    }

    [Theory]
    [InlineData("The envoy met Rashid al-Tamimi in Doha.", "Rashid al-Tamimi")]
    [InlineData("Later al-Tamimi met the envoy in Doha.", "al-Tamimi")]
    public void A_lower_case_arabic_article_does_not_cut_a_name(string text, string name)
        => Assert.Contains(Analyze(text).Mentions, m => m.Text == name && m.Kind == MentionKind.Name);

    [Fact]
    public void An_affixed_title_is_a_role_not_part_of_the_name()
    {
        var doc = Analyze("President-elect Orla Venn named her cabinet.");
        Assert.Equal(EntityType.Person, Find(doc, "Orla Venn").Type);
        Assert.Equal("President-elect", Find(doc, "Orla Venn").Role);
    }

    [Fact]
    public void A_lower_case_role_before_a_name_is_kept_as_its_role()
    {
        var doc = Analyze("Ministry spokeswoman Dara Quill declined to comment.");
        Assert.Equal(EntityType.Person, Find(doc, "Dara Quill").Type);
        Assert.Equal("Ministry spokeswoman", Find(doc, "Dara Quill").Role);
    }

    [Fact]
    public void Secretary_of_X_is_part_of_the_role_not_the_name()
    {
        var doc = Analyze("Secretary of Commerce Ivo Marek spoke first.");
        Assert.Equal(EntityType.Person, Find(doc, "Ivo Marek").Type);
        Assert.DoesNotContain(doc.Mentions, m => m.Text.Contains("Commerce Ivo", StringComparison.Ordinal));
    }

    [Fact]
    public void Countries_cities_and_demonyms_come_from_the_gazetteer()
    {
        var doc = Analyze("Officials met in Nairobi to discuss Kenya and Ethiopian trade.");
        Assert.Equal(EntityType.Gpe, Find(doc, "Nairobi").Type);
        Assert.Equal(EntityType.Gpe, Find(doc, "Kenya").Type);
        Assert.Equal(EntityType.Misc, Find(doc, "Ethiopian").Type);
    }

    [Fact]
    public void Country_aliases_share_a_canonical_value()
    {
        var doc = Analyze("The U.S. envoy said the United States would act.");
        Assert.Equal("United States", Find(doc, "U.S.").Value);
        Assert.Equal("United States", Find(doc, "United States").Value);
    }

    [Fact]
    public void A_name_ending_in_an_organisation_cue_is_an_organisation()
    {
        var doc = Analyze("The report was first aired by Harbour Light News on Friday.");
        Assert.Equal(EntityType.Org, Find(doc, "Harbour Light News").Type);
    }

    [Fact]
    public void A_surname_used_alone_is_the_person_named_earlier()
    {
        var doc = Analyze("Mayor Tomas Reyel opened the bridge. Reyel said it was overdue.");
        var reyel = doc.Mentions.Where(m => m.Text.Contains("Reyel", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, reyel.Count);
        Assert.All(reyel, m => Assert.Equal(EntityType.Person, m.Type));
    }

    [Fact]
    public void A_sentence_initial_common_word_is_not_a_name()
    {
        var doc = Analyze("Despite the rain, crowds gathered. Crowds are common here.");
        Assert.DoesNotContain(doc.Mentions, m => m.Text.StartsWith("Despite", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Mentions, m => m.Text == "Crowds");
    }

    [Fact]
    public void A_name_before_administration_is_a_person()
    {
        var doc = Analyze("The policy began under the Halvorsen administration.");
        Assert.Equal(EntityType.Person, Find(doc, "Halvorsen").Type);
    }

    [Fact]
    public void Two_capitalised_unknown_words_followed_by_said_are_a_person()
    {
        var doc = Analyze("In the end, Pella Oduya said the vote would go ahead.");
        Assert.Equal(EntityType.Person, Find(doc, "Pella Oduya").Type);
    }
}

public class TemporalRecognizerTests
{
    private static readonly DateTimeOffset Published = new(2024, 3, 14, 9, 0, 0, TimeSpan.Zero); // a Thursday

    private static Mention Find(string text, string mention, DateTimeOffset? published = null)
        => Analyzer.Analyze(new Article("a1", "Test", text) { Published = published }).Mentions.First(m => m.Text == mention);

    [Fact]
    public void Month_and_day_without_a_year_take_the_year_closest_to_publication()
        => Assert.Equal("2024-05-01", Find("Troops leave by May 1 at the latest.", "May 1", Published).Value);

    [Fact]
    public void Month_and_day_without_a_known_publication_date_keep_the_year_unknown()
        => Assert.Equal("--05-01", Find("Troops leave by May 1 at the latest.", "May 1").Value);

    [Fact]
    public void A_full_date_is_normalised()
        => Assert.Equal("2021-01-20", Find("He took office on January 20, 2021, in the capital.", "January 20, 2021").Value);

    [Fact]
    public void A_weekday_is_the_most_recent_one_before_publication()
        => Assert.Equal("2024-03-11", Find("The envoy arrived on Monday.", "Monday", Published).Value);

    [Fact]
    public void Yesterday_is_relative_to_publication()
        => Assert.Equal("2024-03-13", Find("The vote was held yesterday.", "yesterday", Published).Value);

    [Fact]
    public void May_as_a_modal_verb_is_not_a_date()
        => Assert.DoesNotContain(Analyzer.Analyze(new Article("a1", "T", "Officials say talks May resume soon.")).Mentions, m => m.Type == EntityType.Date);

    [Fact]
    public void Numbers_with_scale_words_are_normalised()
        => Assert.Equal("2500000", Find("The fund holds 2.5 million dollars.", "2.5 million").Value);

    [Fact]
    public void Percentages_include_their_sign()
        => Assert.Equal("40%", Find("Turnout fell to 40 percent this year.", "40 percent").Value);

    [Theory]
    [InlineData("About 2,000 people left.", "2,000", "~2000")]
    [InlineData("They found more than 300 boxes.", "300", ">300")]
    [InlineData("They found more than a million boxes.", "million", ">1000000")]
    [InlineData("Up to 40 percent of roads closed.", "40 percent", "<=40%")]
    [InlineData("Between 1,000 and 1,500 people left.", "1,000 and 1,500", "1000..1500")]
    [InlineData("Some 1,000-1,500 people left.", "1,000-1,500", "1000..1500")]
    [InlineData("Some 2-3 million homes lost power.", "2-3 million", "2000000..3000000")]
    [InlineData("Between 2 and 3 million homes lost power.", "2 and 3 million", "2000000..3000000")]
    [InlineData("It will cost $1-2 billion.", "$1-2 billion", "$1000000000..2000000000")]
    [InlineData("Between 500 and 3 million people left.", "500 and 3 million", "500..3000000")]
    [InlineData("The plan costs $5 million.", "$5 million", "$5000000")]
    [InlineData("Two thousand five hundred people left.", "Two thousand five hundred", "2500")]
    [InlineData("Twenty-five people left.", "Twenty-five", "25")]
    [InlineData("Two dozen people left.", "Two dozen", "24")]
    [InlineData("Hundreds of people left.", "Hundreds", ">=200")]
    [InlineData("Tens of thousands of people left.", "Tens of thousands", ">=20000")]
    [InlineData("It was the 3rd strike this year.", "3rd", "#3")]
    public void Number_values_carry_qualifier_currency_percent_range_and_ordinal(string text, string mention, string value)
        => Assert.Equal(value, Find(text, mention).Value);

    [Fact]
    public void Spelled_numbers_are_numbers()
        => Assert.Equal("3", Find("Three ships and three planes were sent.", "three").Value);
}

public class PlaceCueTests
{
    private static Mention Find(string text, string mention) => Analyzer.Analyze(new Article("a1", "T", text)).Mentions.First(m => m.Text == mention);

    [Fact]
    public void A_name_ending_in_a_landmark_word_is_a_location()
        => Assert.Equal(EntityType.Loc, Find("Engineers inspected the Varrow Dam again.", "Varrow Dam").Type);

    [Fact]
    public void A_name_opening_with_a_place_prefix_is_a_place()
        => Assert.Equal(EntityType.Gpe, Find("Ships were diverted from Port Quenby overnight.", "Port Quenby").Type);
}
