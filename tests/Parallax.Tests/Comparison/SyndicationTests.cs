using Parallax.Comparison;
using Parallax.Documents;

namespace Parallax.Tests.Comparison;

/// <summary>An invented wire story, a lightly edited copy of it, and an independent report of the same fire.</summary>
public class SyndicationTests
{
    private const string Wire =
        "Firefighters contained a large forest fire near the town of Brevik on Saturday after three days of work, the regional fire service said. " +
        "The fire burned about 1,200 hectares of pine forest and destroyed four holiday cabins, but no one was hurt. " +
        "Around 300 residents of two villages were allowed to return home on Saturday evening. " +
        "Fire chief Anna Solberg said dry weather and strong winds had made the blaze hard to fight. " +
        "Police are investigating whether a barbecue left burning at a campsite started the fire. " +
        "The regional government said it would pay for the repair of damaged roads and power lines.";

    /// <summary>The wire story with a dateline of its own, one word changed and the police paragraph dropped.</summary>
    private const string Copy =
        "BREVIK, Norway — Firefighters contained a large forest fire near the town of Brevik on Saturday after three days of work, the regional fire service said. " +
        "The fire burned about 1,200 hectares of pine forest and destroyed four holiday cabins, but no one was hurt. " +
        "About 300 residents of two villages were allowed to return home on Saturday evening. " +
        "Fire chief Anna Solberg said dry weather and strong winds had made the blaze hard to fight. " +
        "The regional government said it would pay for the repair of damaged roads and power lines.";

    private const string Independent =
        "A forest fire that had burned since Wednesday near Brevik was brought under control on Saturday. " +
        "Officials put the damage at 1,200 hectares, and four cabins were lost. " +
        "Anna Solberg, who leads the fire service, blamed the dry summer and the wind. " +
        "Families from the evacuated villages went back to their homes in the evening. " +
        "Investigators suspect that a barbecue at a campsite started the blaze.";

    private static ArticleAnalysis Article(string id, string text, DateTimeOffset? published = null, string? title = null)
    {
        var document = Documents.AnalyzeWithValues(id, text, published);
        return document with { Article = document.Article with { Title = title } };
    }

    [Fact]
    public void A_lightly_edited_wire_copy_is_a_syndicated_copy_of_the_wire_story()
    {
        var story = StoryComparer.Compare([Article("a1", Wire, title: "Brevik fire contained"), Article("a2", Copy, title: "Firefighters win three-day battle near Brevik")]);
        Assert.Equal(0, story.Syndicated[1]);
    }

    [Fact]
    public void Two_independent_reports_of_the_same_event_are_not_syndicated()
        => Assert.Empty(StoryComparer.Compare([Article("a1", Wire), Article("a2", Independent)]).Syndicated);

    [Fact]
    public void The_earliest_published_article_is_the_original_whatever_the_input_order()
    {
        var story = StoryComparer.Compare([Article("a1", Wire, new DateTimeOffset(2025, 7, 6, 9, 0, 0, TimeSpan.Zero)), Article("a2", Copy, new DateTimeOffset(2025, 7, 5, 18, 0, 0, TimeSpan.Zero))]);
        Assert.Equal(1, story.Syndicated[0]);
        Assert.False(story.Syndicated.ContainsKey(1));
    }

    [Fact]
    public void A_known_publication_date_comes_before_an_unknown_one()
    {
        var story = StoryComparer.Compare([Article("a1", Wire), Article("a2", Copy, new DateTimeOffset(2025, 7, 6, 9, 0, 0, TimeSpan.Zero))]);
        Assert.Equal(1, story.Syndicated[0]);
    }

    [Fact]
    public void Copies_of_one_story_share_one_original_and_count_as_one_outlet()
    {
        var story = StoryComparer.Compare([Article("a1", Wire), Article("a2", Copy), Article("a3", Wire), Article("a4", Independent)]);
        Assert.Equal(0, story.Syndicated[1]);
        Assert.Equal(0, story.Syndicated[2]);
        Assert.False(story.Syndicated.ContainsKey(3));
        Assert.Equal(2, story.OutletsOf([new SentenceRef(0, 0), new SentenceRef(1, 0), new SentenceRef(2, 0), new SentenceRef(3, 0)]));
    }

    [Fact]
    public void A_link_found_elsewhere_makes_a_copy_of_articles_the_text_does_not_tie()
        => Assert.Equal(0, StoryComparer.Compare([Article("a1", Wire), Article("a2", Independent)], knownCopies: new Dictionary<int, int> { [1] = 0 }).Syndicated[1]);

    [Fact]
    public void A_fact_only_a_wire_story_and_its_copy_report_is_unique_once_under_the_original()
    {
        var story = StoryComparer.Compare([Article("a1", Wire), Article("a2", Copy), Article("a3", Independent)]);
        Assert.Contains(5, story.Unique[0]);
        Assert.Empty(story.Unique[1]);
    }

    [Fact]
    public void A_story_told_by_one_source_has_no_unique_facts()
    {
        var story = StoryComparer.Compare([Article("a1", Wire), Article("a2", Copy)]);
        Assert.All(story.Unique, u => Assert.Empty(u));
    }

    [Fact]
    public void A_copy_repeating_its_original_is_no_independent_confirmation_in_the_brief()
    {
        var story = StoryComparer.Compare([Article("a1", Wire), Article("a2", Copy)]);
        Assert.All(story.Brief, b => Assert.Equal(1, story.OutletsOf(b.Sources)));
    }
}
