using Parallax.Analysis;
using Parallax.Entities;

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
}
