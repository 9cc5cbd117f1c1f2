using Parallax.Analysis;
using Parallax.Comparison;

namespace Parallax.Tests.Comparison;

public class EntityResolverTests
{
    private static Story Compare(params ArticleAnalysis[] articles) => StoryComparer.Compare(articles);

    private static StoryEntity Named(Story story, string name) => story.Entities.Single(e => e.Aliases.Contains(name));

    [Fact]
    public void A_surname_alone_joins_the_full_name_in_another_article()
    {
        var story = Compare(
            Documents.Analyze("a1", "Foreign Minister Lena Okafor arrived in Rome.").WithEntities((EntityType.Person, ["Lena Okafor"])),
            Documents.Analyze("a2", "Okafor met the pope.").WithEntities((EntityType.Person, ["Okafor"])));
        Assert.Same(Named(story, "Lena Okafor"), Named(story, "Okafor"));
        Assert.Equal("Lena Okafor", Named(story, "Okafor").Name);
    }

    [Fact]
    public void Transliteration_variants_of_a_surname_join()
    {
        var story = Compare(
            Documents.Analyze("a1", "Envoy Zalmay Khalilzad flew to Doha.").WithEntities((EntityType.Person, ["Zalmay Khalilzad"])),
            Documents.Analyze("a2", "Khalilizad met both sides.").WithEntities((EntityType.Person, ["Khalilizad"])));
        Assert.Single(story.Entities);
    }

    [Fact]
    public void Two_people_with_one_surname_and_different_first_names_stay_apart()
    {
        var story = Compare(
            Documents.Analyze("a1", "Senator Maria Keller spoke first.").WithEntities((EntityType.Person, ["Maria Keller"])),
            Documents.Analyze("a2", "Judge Paul Keller spoke later.").WithEntities((EntityType.Person, ["Paul Keller"])));
        Assert.Equal(2, story.Entities.Length);
    }

    [Fact]
    public void A_bare_surname_shared_by_two_people_joins_only_one_of_them()
    {
        var story = Compare(
            Documents.Analyze("a1", "Maria Keller and Paul Keller spoke.").WithEntities((EntityType.Person, ["Maria Keller"]), (EntityType.Person, ["Paul Keller"])),
            Documents.Analyze("a2", "Keller spoke.").WithEntities((EntityType.Person, ["Keller"])));
        Assert.NotSame(Named(story, "Maria Keller"), Named(story, "Paul Keller"));
    }

    [Fact]
    public void Different_surnames_stay_apart()
    {
        var story = Compare(
            Documents.Analyze("a1", "Antony Blinken wrote.").WithEntities((EntityType.Person, ["Antony Blinken"])),
            Documents.Analyze("a2", "Joe Biden spoke.").WithEntities((EntityType.Person, ["Joe Biden"])));
        Assert.Equal(2, story.Entities.Length);
    }

    [Fact]
    public void An_organisation_and_a_country_stay_apart()
    {
        var story = Compare(
            Documents.Analyze("a1", "The Taliban rejected the offer.").WithEntities((EntityType.Org, ["Taliban"])),
            Documents.Analyze("a2", "Afghanistan rejected the offer.").WithEntities((EntityType.Gpe, ["Afghanistan"])));
        Assert.Equal(2, story.Entities.Length);
    }

    [Fact]
    public void A_capital_acting_for_its_government_joins_the_country()
    {
        var story = Compare(
            Documents.Analyze("a1", "Washington will ask the council for a vote.").WithEntities((EntityType.Gpe, ["Washington"])),
            Documents.Analyze("a2", "The United States will ask the council for a vote.").WithEntities((EntityType.Gpe, ["United States"])));
        var entity = Assert.Single(story.Entities);
        Assert.Equal("United States", entity.Name);
    }

    [Fact]
    public void A_capital_named_as_a_place_does_not_join_the_country()
    {
        var story = Compare(
            Documents.Analyze("a1", "The talks were held in Washington on Monday.").WithEntities((EntityType.Gpe, ["Washington"])),
            Documents.Analyze("a2", "The United States hosted the talks.").WithEntities((EntityType.Gpe, ["United States"])));
        Assert.Equal(2, story.Entities.Length);
    }

    [Fact]
    public void Country_abbreviations_join_the_full_name()
    {
        var story = Compare(
            Documents.Analyze("a1", "The US sent aid.").WithEntities((EntityType.Gpe, ["US"])),
            Documents.Analyze("a2", "The United States sent aid.").WithEntities((EntityType.Gpe, ["United States"])));
        Assert.Single(story.Entities);
    }

    [Fact]
    public void An_acronym_joins_the_organisation_it_abbreviates()
    {
        var story = Compare(
            Documents.Analyze("a1", "The United Nations will meet.").WithEntities((EntityType.Org, ["United Nations"])),
            Documents.Analyze("a2", "The UN will meet.").WithEntities((EntityType.Org, ["UN"])));
        Assert.Single(story.Entities);
    }

    [Fact]
    public void A_person_known_only_by_role_joins_the_named_holder_of_that_role()
    {
        var a1 = Documents.Analyze("a1", "The chief negotiator left early.").WithEntities((EntityType.Person, ["@chief negotiator"]));
        var a2 = Documents.Analyze("a2", "Omar Said, the chief negotiator, left early.").WithEntities((EntityType.Person, ["Omar Said"]));
        a2 = a2 with { Entities = [a2.Entities[0] with { Roles = ["chief negotiator"] }] };
        var story = Compare(a1, a2);
        var entity = Assert.Single(story.Entities);
        Assert.Equal("Omar Said", entity.Name);
    }

    [Fact]
    public void Story_entity_ids_follow_first_appearance_and_mentions_cover_every_article()
    {
        var story = Compare(
            Documents.Analyze("a1", "Rome welcomed Lena Okafor.").WithEntities((EntityType.Gpe, ["Rome"]), (EntityType.Person, ["Lena Okafor"])),
            Documents.Analyze("a2", "Okafor left Rome.").WithEntities((EntityType.Person, ["Okafor"]), (EntityType.Gpe, ["Rome"])));
        Assert.Equal(["e1", "e2"], story.Entities.Select(e => e.Id));
        Assert.Equal("Rome", story.Entities[0].Name);
        Assert.Equal([0, 1], story.Entities[1].Mentions.Select(m => m.Article));
        Assert.Same(story.Entities[1], story.EntityOf(1, 0));
    }
}
