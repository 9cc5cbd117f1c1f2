using Parallax.Documents;
using Parallax.Entities;
using Parallax.Testing;
using Parallax.Text;

namespace Parallax.Tests.Seeds;

/// <summary>The founding example (../shared/seeds): what one-article analysis must get right.</summary>
public class SeedAnalysisTests
{
    private static void AssertEveryMentionIs(ArticleAnalysis doc, string text, EntityType type)
    {
        var occurrences = WholeWordOccurrences(doc.Text, text).ToList();
        Assert.True(occurrences.Count > 0, $"'{text}' does not occur in the article");
        foreach (var at in occurrences)
        {
            var covering = doc.Mentions.Where(m => m.Kind == MentionKind.Name || m.Kind == MentionKind.Date).Where(m => m.Start <= at && at + text.Length <= m.End).ToList();
            Assert.True(covering.Count > 0, $"'{text}' at {at} is not inside any mention");
            Assert.All(covering, m => Assert.Equal(type, m.Type));
        }
    }

    private static IEnumerable<int> WholeWordOccurrences(string text, string word)
    {
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            var before = i == 0 || !char.IsLetter(text[i - 1]);
            var after = i + word.Length >= text.Length || !char.IsLetter(text[i + word.Length]);
            if (before && after)
                yield return i;
        }
    }

    [Fact]
    public void Cnn_dateline_gives_outlet_and_place_and_is_not_in_the_first_sentence()
    {
        var article = SeedArticles.Load("003");
        Assert.Equal("CNN", article.Outlet);
        Assert.Equal("Washington", article.Dateline);
        var first = SeedArticles.Cnn.Sentences[0].Text;
        Assert.StartsWith("The Biden administration", first, StringComparison.Ordinal);
        Assert.DoesNotContain("(CNN)", first, StringComparison.Ordinal);
    }

    [Fact]
    public void AlJazeera_subheading_is_a_heading_not_a_sentence()
    {
        var doc = SeedArticles.AlJazeera;
        var heading = Assert.Single(doc.Headings);
        Assert.Equal(3, heading.Text.Split(' ').Length);
        Assert.DoesNotContain(doc.Sentences, s => s.Text == heading.Text);
    }

    [Theory]
    [InlineData("000", "Anthony Blinken")]
    [InlineData("000", "Blinken")]
    [InlineData("000", "Ashraf Ghani")]
    [InlineData("000", "Zalmay Khalilzad")]
    [InlineData("000", "Khalilzad")]
    [InlineData("000", "Hamdallah Moheb")]
    [InlineData("000", "Moheb")]
    [InlineData("000", "Nader Naderi")]
    [InlineData("000", "Joe Biden")]
    [InlineData("003", "Antony Blinken")]
    [InlineData("003", "Blinken")]
    [InlineData("003", "Ashraf Ghani")]
    [InlineData("003", "Ghani")]
    [InlineData("003", "Zalmay Khalilzad")]
    [InlineData("003", "Khalilzad")]
    [InlineData("003", "Khalilizad")]
    [InlineData("003", "Ned Price")]
    [InlineData("003", "Price")]
    [InlineData("003", "Biden")]
    public void People_are_PERSON(string seed, string name)
        => AssertEveryMentionIs(seed == "000" ? SeedArticles.AlJazeera : SeedArticles.Cnn, name, EntityType.Person);

    [Theory]
    [InlineData("000", "Taliban")]
    [InlineData("000", "United Nations")]
    [InlineData("003", "Taliban")]
    [InlineData("003", "State Department")]
    [InlineData("003", "Tolo News")]
    public void Organisations_are_ORG(string seed, string name)
        => AssertEveryMentionIs(seed == "000" ? SeedArticles.AlJazeera : SeedArticles.Cnn, name, EntityType.Org);

    [Theory]
    [InlineData("000", "Afghanistan")]
    [InlineData("000", "Turkey")]
    [InlineData("000", "Doha")]
    [InlineData("003", "Afghanistan")]
    [InlineData("003", "Iran")]
    [InlineData("003", "Pakistan")]
    public void Places_are_GPE(string seed, string name)
        => AssertEveryMentionIs(seed == "000" ? SeedArticles.AlJazeera : SeedArticles.Cnn, name, EntityType.Gpe);

    [Theory]
    [InlineData("000", "May 1")]
    [InlineData("000", "January 20")]
    [InlineData("003", "May 1")]
    public void Dates_are_DATE(string seed, string text)
        => AssertEveryMentionIs(seed == "000" ? SeedArticles.AlJazeera : SeedArticles.Cnn, text, EntityType.Date);

    [Theory]
    [InlineData("000", "Blinken")]
    [InlineData("000", "Khalilzad")]
    [InlineData("000", "Moheb")]
    [InlineData("003", "Blinken")]
    [InlineData("003", "Khalilzad")]
    [InlineData("003", "Price")]
    [InlineData("003", "Biden")]
    public void Every_name_form_of_a_person_is_one_entity(string seed, string surname)
    {
        var doc = seed == "000" ? SeedArticles.AlJazeera : SeedArticles.Cnn;
        var entities = doc.Mentions
            .Select((m, i) => (m, i))
            .Where(x => x.m.Kind == MentionKind.Name && (x.m.Text.EndsWith(surname, StringComparison.Ordinal) || NameSimilarity.IsVariant(x.m.Text.Split(' ')[^1], surname)))
            .Select(x => doc.EntityOf(x.i)?.Index)
            .Distinct()
            .ToList();
        Assert.Single(entities);
        Assert.NotNull(entities[0]);
    }

    [Fact]
    public void Roles_stand_for_the_person_they_introduced()
    {
        var doc = SeedArticles.AlJazeera;
        var khalilzad = doc.Entities.Single(e => e.Name == "Zalmay Khalilzad");
        Assert.Contains(khalilzad.Mentions, i => doc.Mentions[i].Kind == MentionKind.Role);
        var blinken = doc.Entities.Single(e => e.Name.EndsWith("Blinken", StringComparison.Ordinal));
        Assert.Contains(blinken.Mentions, i => doc.Mentions[i].Kind == MentionKind.Role);
    }
}
