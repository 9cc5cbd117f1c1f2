using Parallax.Analysis;
using Parallax.Documents;

namespace Parallax.Tests.Entities;

public class CoreferenceTests
{
    private static ArticleAnalysis Analyze(string text) => Analyzer.Analyze(new Article("a1", "Test", text));

    private static DocumentEntity EntityNamed(ArticleAnalysis doc, string name) => doc.Entities.Single(e => e.Name == name);

    private static IEnumerable<string> MentionTexts(ArticleAnalysis doc, DocumentEntity entity) => entity.Mentions.Select(i => doc.Mentions[i].Text);

    [Fact]
    public void Full_name_surname_and_pronoun_form_one_chain()
    {
        var doc = Analyze("Ministry spokesman Ivo Brandt spoke on Tuesday. Brandt said talks would resume. He declined to give a date.");
        var texts = MentionTexts(doc, EntityNamed(doc, "Ivo Brandt")).ToList();
        Assert.Contains("Brandt", texts);
        Assert.Contains("He", texts);
    }

    [Fact]
    public void A_role_introduced_with_a_name_later_stands_for_that_person()
    {
        var doc = Analyze("The UN envoy to Sudan Marta Quell met rebels. Later the UN envoy flew home.");
        var quell = EntityNamed(doc, "Marta Quell");
        Assert.Contains(quell.Mentions, i => doc.Mentions[i].Kind == MentionKind.Role);
    }

    [Fact]
    public void A_misspelt_surname_joins_the_person()
    {
        var doc = Analyze("Negotiator Rahim Khoshnevis arrived. Khoshnevis met officials, and Khoshnevies left on Friday.");
        var texts = MentionTexts(doc, EntityNamed(doc, "Rahim Khoshnevis")).ToList();
        Assert.Contains("Khoshnevies", texts);
    }

    [Fact]
    public void Two_people_with_different_names_stay_apart()
    {
        var doc = Analyze("President Lena Ortiz met Governor Paul Ortiz-Vega. Ortiz said the meeting went well.");
        Assert.NotEqual(EntityNamed(doc, "Lena Ortiz").Index, EntityNamed(doc, "Paul Ortiz-Vega").Index);
    }

    [Fact]
    public void A_pronoun_after_a_quote_goes_to_the_last_speaker_not_the_last_name()
    {
        var doc = Analyze("Aide Nora Falk told reporters that Jon Weir was in Oslo. She declined to say more.");
        var falk = MentionTexts(doc, EntityNamed(doc, "Nora Falk")).ToList();
        Assert.Contains("She", falk);
        Assert.DoesNotContain("She", MentionTexts(doc, EntityNamed(doc, "Jon Weir")));
    }

    [Fact]
    public void A_pronoun_within_a_sentence_goes_to_the_subject_of_its_clause()
    {
        var doc = Analyze("The memo, carried by envoy Sam Odell, showed that Minister Kai Rusk wrote that he wanted speed.");
        Assert.Contains("he", MentionTexts(doc, EntityNamed(doc, "Kai Rusk")));
    }

    [Fact]
    public void Places_join_on_their_canonical_name()
    {
        var doc = Analyze("The US said America would help. The United States sent aid.");
        var us = Assert.Single(doc.Entities, e => e.Type == EntityType.Gpe);
        Assert.Equal(3, us.Mentions.Length);
    }

    private static IEnumerable<string> RoleTexts(ArticleAnalysis doc, DocumentEntity entity)
        => entity.Mentions.Select(i => doc.Mentions[i]).Where(m => m.Kind == MentionKind.Role).Select(m => m.Text);

    [Fact]
    public void The_vice_president_stands_for_the_vice_president_and_the_president_does_not()
    {
        var doc = Analyze("Vice President Ana Ruiz met the president on Monday. Later the vice president spoke to reporters.");
        var ruiz = RoleTexts(doc, EntityNamed(doc, "Ana Ruiz")).ToList();
        Assert.Contains("vice president", ruiz);
        Assert.DoesNotContain("president", ruiz);
    }

    [Fact]
    public void A_role_stands_for_its_holder_even_when_the_article_names_the_holder_later()
    {
        var doc = Analyze("The governor signed the bill on Friday. Governor Lena Marsh said it would help farmers.");
        Assert.Contains("governor", RoleTexts(doc, EntityNamed(doc, "Lena Marsh")));
    }

    [Fact]
    public void A_role_no_named_person_holds_stays_an_entity_of_its_own()
    {
        var doc = Analyze("Senator Ana Ruiz met farmers in Ostrava. The president said the talks went well.");
        Assert.DoesNotContain("president", RoleTexts(doc, EntityNamed(doc, "Ana Ruiz")));
        var role = Assert.Single(doc.Entities, e => e.Name == "president");
        Assert.Equal(EntityType.Person, role.Type);
    }

    [Fact]
    public void A_role_two_named_people_hold_stands_for_neither()
    {
        var doc = Analyze("President Tom Weller met President Abdul Karimi in Ostrava. The president said the talks went well.");
        Assert.DoesNotContain("president", RoleTexts(doc, EntityNamed(doc, "Tom Weller")));
        Assert.DoesNotContain("president", RoleTexts(doc, EntityNamed(doc, "Abdul Karimi")));
    }

    [Fact]
    public void A_given_name_and_its_short_form_with_one_surname_form_one_chain()
    {
        var doc = Analyze("Defense Secretary James Kessler flew to Oslo. Jim Kessler met his counterpart there.");
        Assert.Contains("Jim Kessler", MentionTexts(doc, EntityNamed(doc, "James Kessler")));
    }

    [Theory]
    [InlineData("Speaker-to-be Nadia Ferro said the House would vote.", "Nadia Ferro", "Speaker-to-be")]
    [InlineData("President-elect Omar Lindqvist spoke on Friday.", "Omar Lindqvist", "President-elect")]
    [InlineData("Special Counsel Robert Halvorsen filed the report.", "Robert Halvorsen", "Special Counsel")]
    public void A_title_before_a_name_is_its_role_not_part_of_the_name(string text, string name, string role)
    {
        var doc = Analyze(text);
        var person = EntityNamed(doc, name);
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Contains(role, person.Roles);
    }

    [Fact]
    public void A_surname_written_without_its_arabic_article_joins_the_person()
    {
        var doc = Analyze("The envoy met Rashid al-Tamimi in Doha. Tamimi said the talks were useful.");
        Assert.Contains("Tamimi", MentionTexts(doc, EntityNamed(doc, "Rashid al-Tamimi")));
    }
}
