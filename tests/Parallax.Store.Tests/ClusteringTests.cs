using Parallax.Ingest;

namespace Parallax.Store.Tests;

public abstract class ClusteringTests(StoreKind kind)
{
    [Fact]
    public void Articles_about_the_same_event_share_a_story_and_other_events_get_their_own()
    {
        using var temp = TestStore.Create(kind);
        var lines = new List<string>();
        var url = 0;
        for (var variant = 0; variant < 4; variant++)
        {
            foreach (var e in new[] { 11, 22, 33 })
                lines.Add(Invented.Json($"Event {e} report {variant}", Invented.Article(e, variant), $"Outlet {variant}", Invented.Url(++url)));
        }
        var file = temp.Write("events.jsonl", Invented.Lines(lines));
        using var store = temp.Open();
        new CorpusIngestor(store, new IngestOptions { BatchSize = 5 }).Run(ArticleLoader.Load(file), cancellation: TestContext.Current.CancellationToken);

        var stories = store.Stories();
        Assert.Equal(3, stories.Count);
        Assert.All(stories, s => Assert.Equal(4, s.Size));
        foreach (var story in stories)
            Assert.Single(store.ArticlesOf(story.Id).Select(a => a.Article.Title!.Split(' ')[1]).Distinct());
    }

    [Fact]
    public void Articles_published_far_apart_do_not_share_a_story()
    {
        using var temp = TestStore.Create(kind);
        var file = temp.Write("apart.jsonl", Invented.Lines([
            Invented.Json("Early", Invented.Article(44, 0), "Outlet A", Invented.Url(1), "2024-01-01T08:00:00Z"),
            Invented.Json("Late", Invented.Article(44, 1), "Outlet B", Invented.Url(2), "2024-06-01T08:00:00Z"),
            Invented.Json("Undated", Invented.Article(44, 2), "Outlet C", Invented.Url(3), null),
        ]));
        using var store = temp.Open();
        new CorpusIngestor(store).Run(ArticleLoader.Load(file), cancellation: TestContext.Current.CancellationToken);
        var stories = store.Stories();
        Assert.Equal(2, stories.Count);
        Assert.Contains(stories, s => s.Size == 2);
    }

    [Fact]
    public void A_later_run_adds_to_the_stories_of_an_earlier_one()
    {
        using var temp = TestStore.Create(kind);
        var first = temp.Write("one.jsonl", Invented.Lines([Invented.Json("Monday", Invented.Article(55, 0), "Outlet A", Invented.Url(1))]));
        var second = temp.Write("two.jsonl", Invented.Lines([Invented.Json("Tuesday", Invented.Article(55, 1), "Outlet B", Invented.Url(2))]));
        using (var store = temp.Open())
            new CorpusIngestor(store).Run(ArticleLoader.Load(first), cancellation: TestContext.Current.CancellationToken);
        using (var store = temp.Open())
        {
            new CorpusIngestor(store).Run(ArticleLoader.Load(second), cancellation: TestContext.Current.CancellationToken);
            var story = Assert.Single(store.Stories());
            Assert.Equal(2, story.Size);
            Assert.Equal(["Outlet A", "Outlet B"], story.Outlets.Order(StringComparer.Ordinal));
        }
    }
}

public sealed class ClusteringTestsOnSqlite() : ClusteringTests(StoreKind.Sqlite);

public sealed class ClusteringTestsOnPostgres() : ClusteringTests(StoreKind.Postgres);
