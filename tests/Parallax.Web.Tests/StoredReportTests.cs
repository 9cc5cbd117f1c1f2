using Parallax.Corpus;
using Parallax.Ingest;
using Parallax.Store;

namespace Parallax.Web.Tests;

/// <summary>A story's report is kept in the database once built, read back after a restart, and built again when the story changes.</summary>
public sealed class StoredReportTests : IDisposable
{
    private const string Text = "The council of Brennmoor approved the new harbour bridge on Tuesday. Mayor Ilse Varnhagen said work would begin in May. The bridge will cost 40 million euros.";

    private readonly string _dir = Directory.CreateTempSubdirectory("parallax-web-reports-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task A_report_built_once_is_served_from_the_database_after_a_restart_and_built_again_when_its_story_grows()
    {
        var db = Path.Combine(_dir, "corpus.db");
        long story;
        using (var store = SqliteArticleStore.Open(db, create: true))
        {
            new CorpusIngestor(store).Run([IngestResult.Of(new Article("x", "Harbour Gazette", Text)), IngestResult.Of(new Article("y", "Tidewater Daily", Text + " Traders welcomed the decision."))], cancellation: Token);
            story = Assert.Single(store.Stories()).Id;
        }
        var options = new ServeOptions { Port = 0, LogRequests = false };

        var first = await Page(db, options, story);
        using (var store = SqliteArticleStore.Open(db, create: false))
            Assert.Equal(new StoryReportsBuilt(0, 1, 0), ParallaxWeb.BuildReports(store, options));
        Assert.Equal(first, await Page(db, options, story));

        using (var store = SqliteArticleStore.Open(db, create: false))
        {
            new CorpusIngestor(store).Run([IngestResult.Of(new Article("z", "Coastal Courier", Text + " Ferries will run as usual."))], cancellation: Token);
            Assert.Equal(story, Assert.Single(store.Stories()).Id);
            Assert.Equal(new StoryReportsBuilt(1, 0, 0), ParallaxWeb.BuildReports(store, options));
            Assert.Equal(new StoryReportsBuilt(0, 1, 0), ParallaxWeb.BuildReports(store, options));
        }
        var grown = await Page(db, options, story);
        Assert.Contains("Coastal Courier", grown, StringComparison.Ordinal);
        Assert.DoesNotContain("Coastal Courier", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_built_with_other_options_do_not_match()
    {
        var db = Path.Combine(_dir, "corpus.db");
        using (var store = SqliteArticleStore.Open(db, create: true))
            new CorpusIngestor(store).Run([IngestResult.Of(new Article("x", "Harbour Gazette", Text)), IngestResult.Of(new Article("y", "Tidewater Daily", Text + " Traders welcomed it."))], cancellation: Token);
        var options = new ServeOptions { Port = 0, LogRequests = false };
        using (var store = SqliteArticleStore.Open(db, create: false))
        {
            Assert.Equal(new StoryReportsBuilt(1, 0, 0), ParallaxWeb.BuildReports(store, options));
            Assert.Equal(new StoryReportsBuilt(1, 0, 0), ParallaxWeb.BuildReports(store, options with { MaxArticles = 1 }));
        }
    }

    private static async Task<string> Page(string db, ServeOptions options, long story)
    {
        await using var app = ParallaxWeb.Build(options, () => SqliteArticleStore.Open(db, create: false));
        await app.StartAsync(Token);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        var html = await client.GetStringAsync(new Uri($"/stories/{story}", UriKind.Relative), Token);
        await app.StopAsync(Token);
        return html;
    }
}
