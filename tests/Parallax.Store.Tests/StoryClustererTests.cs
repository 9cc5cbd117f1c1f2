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

    private static List<long> Place(StoryAssigner assigner, IEnumerable<ArticleFeatures> articles)
    {
        var stories = new List<long>();
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
}
