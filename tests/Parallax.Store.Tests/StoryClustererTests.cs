using Parallax.Corpus;
using Parallax.Corpus.Clustering;

namespace Parallax.Store.Tests;

public sealed class StoryClustererTests
{
    private static readonly long Monday = new DateTimeOffset(2024, 3, 4, 9, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();

    /// <summary>Features of an article made of the given words and names (each named once per word, twice per name).</summary>
    private static ArticleFeatures Article(IEnumerable<string> words, IEnumerable<string> names, long? time, params string[] main)
    {
        var terms = words.Select(w => StableHash.Of("w:" + w)).Distinct().ToArray();
        var entities = names.Select(n => StableHash.Of("e:" + n)).Distinct().ToArray();
        return new ArticleFeatures(terms, [.. terms.Select(_ => 1f)], entities, [.. entities.Select(_ => 2f)], time)
        {
            Main = [.. main.Select(n => StableHash.Of("e:" + n))],
        };
    }

    private static IEnumerable<string> Words(string stem, int from, int count) => Enumerable.Range(from, count).Select(i => $"{stem}{i}");

    /// <summary>Places the articles in order after those of <paramref name="placed"/> (ids 1, 2, ...); returns every article's story after the moves.</summary>
    private static List<long> Place(StoryAssigner assigner, IEnumerable<ArticleFeatures> articles, List<long>? placed = null)
    {
        var stories = placed is null ? [] : new List<long>(placed);
        foreach (var features in articles)
        {
            stories.Add(assigner.Place(stories.Count + 1, features).Story);
            foreach (var (article, story) in assigner.TakeMoves())
                stories[(int)article - 1] = story;
        }
        return stories;
    }

    [Fact]
    public void Given_undated_articles_of_two_events_and_one_article_about_both_when_clustered_then_the_events_are_not_chained_into_one_story()
    {
        var first = Enumerable.Range(0, 4).Select(k => Article(Words("flood", k, 9), [], null));
        var bridge = Article(Words("flood", 0, 6).Concat(Words("strike", 0, 9)), [], null);
        var second = Enumerable.Range(0, 4).Select(k => Article(Words("strike", k, 9), [], null));

        var stories = Place(new StoryAssigner(), [.. first, bridge, .. second]);

        Assert.Single(stories.Take(4).Distinct());
        Assert.Single(stories.Skip(5).Distinct());
        Assert.NotEqual(stories[0], stories[5]);
    }

    [Fact]
    public void Given_undated_articles_of_one_event_when_clustered_then_they_share_one_story()
    {
        var articles = Enumerable.Range(0, 6).Select(k => Article(Words("flood", k, 9), ["riverton"], null));

        var stories = Place(new StoryAssigner(), articles);

        Assert.Single(stories.Distinct());
    }

    [Fact]
    public void Given_a_new_corpus_whose_first_articles_all_report_one_event_when_the_third_shares_only_the_words_all_three_use_then_it_joins_their_story()
    {
        var shared = Words("strike", 0, 6).ToArray();
        var first = Article(shared.Concat(Words("pair", 0, 6)).Concat(Words("courier", 0, 4)), [], Monday);
        var second = Article(shared.Concat(Words("pair", 0, 6)).Concat(Words("watch", 0, 4)), [], Monday + 3600);
        var third = Article(shared.Concat(Words("daily", 0, 6)), [], Monday + 86400);

        var stories = Place(new StoryAssigner(), [first, second, third]);

        Assert.Single(stories.Distinct());
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NaN)]
    public void Given_a_negative_or_unbounded_number_of_prior_articles_when_options_are_made_then_they_are_refused(double prior)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ClusteringOptions.Default with { PriorDocuments = prior });
    }

    [Fact]
    public void Given_two_events_of_the_same_week_alike_in_words_but_with_other_places_and_people_when_clustered_then_they_stay_apart()
    {
        var common = Words("bill", 0, 8).ToArray();
        var ohio = Enumerable.Range(0, 4).Select(k => Article(common.Concat(Words("ohio", k, 3)), ["ohio", "smith"], Monday + k * 3600, "ohio", "smith"));
        var texas = Enumerable.Range(0, 4).Select(k => Article(common.Concat(Words("texas", k, 3)), ["texas", "jones"], Monday + 2 * 86400 + k * 3600, "texas", "jones"));

        var stories = Place(new StoryAssigner(), [.. ohio.Zip(texas).SelectMany(p => new[] { p.First, p.Second })]);

        var ohioStories = stories.Where((_, i) => i % 2 == 0).Distinct().ToList();
        var texasStories = stories.Where((_, i) => i % 2 == 1).Distinct().ToList();
        Assert.Single(ohioStories);
        Assert.Single(texasStories);
        Assert.NotEqual(ohioStories[0], texasStories[0]);
    }

    [Fact]
    public void Given_two_events_of_one_topic_three_days_apart_told_apart_only_by_a_place_and_a_person_when_the_second_begins_in_the_first_story_then_they_end_apart()
    {
        var other = Enumerable.Range(0, 30).Select(k => Article(Words($"misc{k}x", 0, 10), [], Monday - 86400 + k * 60));
        var topic = Words("quake", 0, 14).ToArray();
        ArticleFeatures Report(int k, string place, string actor, long time)
            => Article(topic.Where((_, i) => (i + k) % 14 != 0).Append(place).Append(actor), [], time);
        var first = Enumerable.Range(0, 8).Select(k => Report(k, "lima", "ortega", Monday + k * 3600)).ToList();
        var second = Enumerable.Range(0, 8).Select(k => Report(k + 3, "cusco", "quispe", Monday + 3 * 86400 + k * 3600)).ToList();

        var stories = Place(new StoryAssigner(), [.. other, .. first.Take(3), .. second.Take(1), .. first.Skip(3), .. second.Skip(1)]).Skip(30).ToList();

        var firstStories = stories.Take(3).Concat(stories.Skip(4).Take(5)).Distinct().ToList();
        var secondStories = stories.Skip(3).Take(1).Concat(stories.Skip(9)).Distinct().ToList();
        Assert.Single(firstStories);
        Assert.Single(secondStories);
        Assert.NotEqual(firstStories[0], secondStories[0]);
    }

    [Fact]
    public void Given_a_story_of_sixteen_articles_when_five_of_a_second_event_of_its_topic_join_it_then_they_split_off_without_waiting_for_a_twentieth_or_later_member()
    {
        var other = Enumerable.Range(0, 30).Select(k => Article(Words($"misc{k}x", 0, 10), [], Monday - 86400 + k * 60));
        var topic = Words("quake", 0, 14).ToArray();
        ArticleFeatures Report(int k, string place, string actor, long time)
            => Article(topic.Where((_, i) => (i + k) % 14 != 0).Append(place).Append(actor), [], time);
        var first = Enumerable.Range(0, 16).Select(k => Report(k, "lima", "ortega", Monday + k * 3600)).ToList();
        var second = Enumerable.Range(0, 5).Select(k => Report(k + 3, "cusco", "quispe", Monday + 3 * 86400 + k * 3600)).ToList();

        var stories = Place(new StoryAssigner(), [.. other, .. first, .. second]).Skip(30).ToList();

        Assert.Single(stories.Take(16).Distinct());
        Assert.Single(stories.Skip(16).Distinct());
        Assert.NotEqual(stories[0], stories[16]);
    }

    [Fact]
    public void Given_one_event_begun_as_two_stories_when_later_articles_resemble_both_then_the_stories_merge()
    {
        var early = Article(Words("fire", 0, 8), [], null);
        var other = Article(Words("fire", 8, 8), [], null);
        var later = Enumerable.Range(0, 5).Select(k => Article(Words("fire", k, 4).Concat(Words("fire", 8 + k, 4)), [], null));

        var assigner = new StoryAssigner();
        var begun = Place(assigner, [early, other]);
        var stories = Place(assigner, later, begun);

        Assert.NotEqual(begun[0], begun[1]);
        Assert.Single(stories.Distinct());
    }

    [Fact]
    public void Given_two_undated_stories_and_an_article_resembling_both_when_clustered_then_the_stories_are_not_merged()
    {
        var floods = Enumerable.Range(0, 4).Select(k => Article(Words("flood", k, 9), ["riverton"], null));
        var strikes = Enumerable.Range(0, 4).Select(k => Article(Words("strike", k, 9), ["portside"], null));
        var bridge = Article(Words("flood", 0, 8).Concat(Words("strike", 0, 8)), ["riverton", "portside"], null);

        var stories = Place(new StoryAssigner(), [.. floods, .. strikes, bridge]);

        Assert.Single(stories.Take(4).Distinct());
        Assert.Single(stories.Skip(4).Take(4).Distinct());
        Assert.NotEqual(stories[0], stories[4]);
    }

    [Fact]
    public void Given_the_same_articles_in_the_same_order_when_clustered_twice_then_the_stories_are_the_same()
    {
        var topic = Words("vote", 0, 12).ToArray();
        var articles = Enumerable.Range(0, 24).Select(k => Article(topic.Where((_, i) => (i + k) % 5 != 0).Concat(Words(k % 3 == 0 ? "ohio" : k % 3 == 1 ? "texas" : "maine", k % 4, 3)), [k % 3 == 0 ? "ohio" : k % 3 == 1 ? "texas" : "maine"], null)).ToList();

        Assert.Equal(Place(new StoryAssigner(), articles), Place(new StoryAssigner(), articles));
    }

    [Fact]
    public void Given_two_dated_stories_months_apart_and_an_undated_article_like_both_when_clustered_then_the_stories_are_not_merged()
    {
        var june = Monday + 90 * 86400L;
        var early = Enumerable.Range(0, 3).Select(k => Article(Words("storm", k, 9), ["bayside"], Monday + k * 3600));
        var late = Enumerable.Range(0, 3).Select(k => Article(Words("storm", k, 9), ["bayside"], june + k * 3600));
        var undated = Article(Words("storm", 0, 10), ["bayside"], null);

        var stories = Place(new StoryAssigner(), [.. early, .. late, undated]);

        Assert.Single(stories.Take(3).Distinct());
        Assert.Single(stories.Skip(3).Take(3).Distinct());
        Assert.NotEqual(stories[0], stories[3]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Given_two_events_of_one_topic_whose_articles_each_use_their_own_share_of_the_topics_words_when_they_arrive_interleaved_then_each_event_ends_in_a_story_of_its_own(int seed)
    {
        var random = new Random(seed);
        var other = Enumerable.Range(0, 30).Select(k => Article(Words($"misc{k}x", 0, 10), [], Monday - 86400 + k * 60));
        var topic = Words("vote", 0, 20).ToArray();
        var reports = Enumerable.Range(0, 16).Select(k => Article(
            topic.OrderBy(_ => random.Next()).Take(14).Concat(k % 2 == 0 ? ["ohio", "smith"] : ["texas", "jones"]).Append($"own{k}"),
            [],
            Monday + k * 3600));

        var stories = Place(new StoryAssigner(), [.. other, .. reports]).Skip(30).ToList();

        var ohio = stories.Where((_, i) => i % 2 == 0).Distinct().ToList();
        var texas = stories.Where((_, i) => i % 2 == 1).Distinct().ToList();
        Assert.Single(ohio);
        Assert.Single(texas);
        Assert.NotEqual(ohio[0], texas[0]);
    }
}
