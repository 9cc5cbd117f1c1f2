using Parallax.Comparison;
using Parallax.Documents;

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
        var a2 = Documents.Analyze("a2", "Omar Said, the chief negotiator, left early.").WithEntities((EntityType.Person, ["Omar Said"])).WithRoles(0, "chief negotiator");
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

    [Theory]
    [InlineData("Jim Kessler", "James Kessler")]
    [InlineData("Bill Ostrander", "William Ostrander")]
    [InlineData("Chuck Delaney", "Charles Delaney")]
    [InlineData("Liz Varga", "Elizabeth Varga")]
    [InlineData("Bob Tamsin", "Robert Tamsin")]
    public void A_given_name_and_its_short_form_with_one_surname_are_one_person(string first, string second)
    {
        var story = Compare(
            Documents.Analyze("a1", first + " spoke first.").WithEntities((EntityType.Person, [first])),
            Documents.Analyze("a2", second + " spoke later.").WithEntities((EntityType.Person, [second])));
        Assert.Single(story.Entities);
    }

    [Theory]
    [InlineData("Jim Kessler", "John Kessler")]
    [InlineData("Bill Ostrander", "Robert Ostrander")]
    [InlineData("Liz Varga", "Margaret Varga")]
    public void A_short_form_of_another_given_name_stays_apart(string first, string second)
    {
        var story = Compare(
            Documents.Analyze("a1", first + " spoke first.").WithEntities((EntityType.Person, [first])),
            Documents.Analyze("a2", second + " spoke later.").WithEntities((EntityType.Person, [second])));
        Assert.Equal(2, story.Entities.Length);
    }

    [Theory]
    [InlineData("Special Counsel Robert Halvorsen", "Robert Halvorsen")]
    [InlineData("Counsel Robert Halvorsen", "Robert Halvorsen")]
    [InlineData("Speaker-to-be Nadia Ferro", "Nadia Ferro")]
    [InlineData("President-elect Omar Lindqvist", "Omar Lindqvist")]
    [InlineData("Defense Secretary Jim Kessler", "James Kessler")]
    [InlineData("Former Rep. Liz Varga", "Elizabeth Varga")]
    [InlineData("Sen. Chuck Delaney", "Charles Delaney")]
    public void A_name_written_with_its_title_joins_the_bare_name(string titled, string bare)
    {
        var story = Compare(
            Documents.Analyze("a1", titled + " said no.").WithEntities((EntityType.Person, [titled])),
            Documents.Analyze("a2", bare + " said no.").WithEntities((EntityType.Person, [bare])));
        var entity = Assert.Single(story.Entities);
        Assert.Equal(bare, entity.Name);
    }

    [Fact]
    public void A_title_is_not_taken_for_a_given_name_of_another_person()
    {
        var story = Compare(
            Documents.Analyze("a1", "Special Counsel Robert Halvorsen said no.").WithEntities((EntityType.Person, ["Special Counsel Robert Halvorsen"])),
            Documents.Analyze("a2", "Judge Anne Halvorsen said yes.").WithEntities((EntityType.Person, ["Judge Anne Halvorsen"])));
        Assert.Equal(2, story.Entities.Length);
    }

    [Theory]
    [InlineData("Moammar Gadhafi", "Muammar al-Qaddafi")]
    [InlineData("Moammar Gadhafi", "Muammar Kadafi")]
    [InlineData("Zalmay Khalilzad", "Zalmay Khalilizad")]
    [InlineData("Chuck Schumer", "Charles Shumer")]
    public void Transliterations_of_one_name_join(string first, string second)
    {
        var story = Compare(
            Documents.Analyze("a1", first + " spoke.").WithEntities((EntityType.Person, [first])),
            Documents.Analyze("a2", second + " spoke.").WithEntities((EntityType.Person, [second])));
        Assert.Single(story.Entities);
    }

    [Theory]
    [InlineData("Kahn", "Khan")]
    [InlineData("Gates", "Kates")]
    [InlineData("Morris", "Morrison")]
    [InlineData("Obama", "Osama")]
    [InlineData("Hamid", "Hamidi")]
    public void Different_surnames_that_fold_alike_stay_apart(string first, string second)
    {
        var story = Compare(
            Documents.Analyze("a1", first + " spoke.").WithEntities((EntityType.Person, [first])),
            Documents.Analyze("a2", second + " spoke.").WithEntities((EntityType.Person, [second])));
        Assert.Equal(2, story.Entities.Length);
    }

    [Fact]
    public void A_role_alone_joins_the_person_another_article_names_with_that_office()
    {
        var story = Compare(
            Documents.Analyze("a1", "The vice president left early.").WithEntities((EntityType.Person, ["@vice president"])),
            Documents.Analyze("a2", "Vice President Ana Ruiz and President Tom Weller left.")
                .WithEntities((EntityType.Person, ["Ana Ruiz"]), (EntityType.Person, ["Tom Weller"]))
                .WithRoles(0, "Vice President").WithRoles(1, "President"));
        Assert.Equal(2, story.Entities.Length);
        Assert.Contains(story.Entities, e => e.Name == "Ana Ruiz" && e.Mentions.Any(m => m.Article == 0));
    }

    [Fact]
    public void The_president_never_joins_the_vice_president()
    {
        var story = Compare(
            Documents.Analyze("a1", "The president left early.").WithEntities((EntityType.Person, ["@president"])),
            Documents.Analyze("a2", "Vice President Ana Ruiz left.").WithEntities((EntityType.Person, ["Ana Ruiz"])).WithRoles(0, "Vice President"));
        Assert.Equal(2, story.Entities.Length);
    }

    [Fact]
    public void A_role_two_named_people_fit_joins_neither()
    {
        var story = Compare(
            Documents.Analyze("a1", "The president left early.").WithEntities((EntityType.Person, ["@president"])),
            Documents.Analyze("a2", "President Ana Ruiz met President Tom Weller.")
                .WithEntities((EntityType.Person, ["Ana Ruiz"]), (EntityType.Person, ["Tom Weller"]))
                .WithRoles(0, "President").WithRoles(1, "President"));
        Assert.Equal(3, story.Entities.Length);
    }

    [Fact]
    public void A_name_one_outlet_left_untyped_joins_the_typed_entity_of_that_name()
    {
        var story = Compare(
            Documents.Analyze("a1", "Corvan raised its prices.").WithEntities((EntityType.Misc, ["Corvan"])),
            Documents.Analyze("a2", "Corvan raised prices again.").WithEntities((EntityType.Org, ["Corvan"])));
        var entity = Assert.Single(story.Entities);
        Assert.Equal(EntityType.Org, entity.Type);
    }

    [Fact]
    public void One_name_with_two_different_types_stays_two_entities()
    {
        var story = Compare(
            Documents.Analyze("a1", "Ford cut jobs.").WithEntities((EntityType.Org, ["Ford"])),
            Documents.Analyze("a2", "Ford spoke.").WithEntities((EntityType.Person, ["Ford"])));
        Assert.Equal(2, story.Entities.Length);
    }

    [Fact]
    public void An_untyped_name_does_not_join_a_longer_name_that_contains_it()
    {
        var story = Compare(
            Documents.Analyze("a1", "Jordan won.").WithEntities((EntityType.Misc, ["Jordan"])),
            Documents.Analyze("a2", "Michael Jordan won.").WithEntities((EntityType.Person, ["Michael Jordan"])));
        Assert.Equal(2, story.Entities.Length);
    }

    [Fact]
    public void A_role_alone_joins_the_holder_whose_title_names_the_same_country()
    {
        var story = Compare(
            Documents.Analyze("a1", "The US envoy left early.").WithEntities((EntityType.Person, ["@US envoy"])),
            Documents.Analyze("a2", "US envoy Omar Said met UN envoy Lena Okafor.")
                .WithEntities((EntityType.Person, ["Omar Said"]), (EntityType.Person, ["Lena Okafor"]))
                .WithRoles(0, "US envoy").WithRoles(1, "UN envoy"));
        Assert.Contains(story.Entities, e => e.Name == "Omar Said" && e.Mentions.Any(m => m.Article == 0));
        Assert.DoesNotContain(story.Entities, e => e.Name == "Lena Okafor" && e.Mentions.Any(m => m.Article == 0));
    }
}
