using Microsoft.Data.Sqlite;
using Parallax.Cli;

namespace Parallax.Store.Tests;

/// <summary>What every store does the same way, SQLite or PostgreSQL.</summary>
public abstract class StoreContractTests(StoreKind kind)
{
    private static ArticleRecord Record(long id, long story, string text, DateTimeOffset? published = null, string? title = null, long? syndicatedOf = null)
        => new(id, new Article("x", "Outlet " + (id % 2), text) { Title = title, Published = published, Url = Invented.Url((int)id) }, ContentHash.Of(text), story, syndicatedOf, [1, 2, 3]);

    private static int Migrate(IArticleStore store) => store switch
    {
        SqliteArticleStore sqlite => sqlite.Migrate(),
        PostgresArticleStore postgres => postgres.Migrate(),
        _ => throw new InvalidOperationException("unknown store"),
    };

    private static int SchemaVersion(IArticleStore store) => store switch
    {
        SqliteArticleStore sqlite => sqlite.SchemaVersion,
        PostgresArticleStore postgres => postgres.SchemaVersion,
        _ => throw new InvalidOperationException("unknown store"),
    };

    [Fact]
    public void Migrations_create_the_schema_once_and_running_them_again_changes_nothing()
    {
        using var temp = TestStore.Create(kind);
        using (var first = temp.Open())
        {
            Assert.Equal(4, SchemaVersion(first));
            Assert.Equal(0, first.ArticleCount);
            Assert.Empty(first.Stories());
        }
        using var second = temp.Open(create: false);
        Assert.Equal(0, Migrate(second));
        Assert.Equal(4, SchemaVersion(second));
    }

    [Fact]
    public void Article_ids_are_never_handed_out_twice_even_to_two_stores_open_at_once()
    {
        using var temp = TestStore.Create(kind);
        using var one = temp.Open();
        using var two = temp.Open();
        var blocks = new List<(long First, int Count)>();
        for (var i = 0; i < 5; i++)
        {
            blocks.Add((one.ReserveArticleIds(3), 3));
            blocks.Add((two.ReserveArticleIds(2), 2));
        }
        var ids = blocks.SelectMany(b => Enumerable.Range(0, b.Count).Select(k => b.First + k)).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(1, ids.Min());
    }

    [Fact]
    public void Ids_reserved_after_a_reopen_follow_the_stored_articles()
    {
        using var temp = TestStore.Create(kind);
        using (var store = temp.Open())
        {
            var first = store.ReserveArticleIds(2);
            store.AddBatch([Record(first, 1, "alpha text"), Record(first + 1, 1, "beta text")]);
        }
        using var again = temp.Open();
        Assert.True(again.ReserveArticleIds(1) > again.Stories().SelectMany(s => again.ArticlesOf(s.Id)).Max(a => a.Id));
    }

    [Fact]
    public void A_stored_article_comes_back_with_its_fields_and_its_name()
    {
        using var temp = TestStore.Create(kind);
        using var store = temp.Open();
        var published = new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.FromHours(2));
        var article = new Article("ignored", "Harbour Watch", "The ferry sailed late.")
        {
            Title = "Ferry late",
            Url = "https://example.test/ferry",
            Author = "Ana Reporter",
            Language = "en",
            Dateline = "PORTLAND",
            Source = "ferry.md",
            Published = published,
            SummaryOnly = true,
        };
        store.AddBatch([new ArticleRecord(7, article, "hash7", 3, null, [9])]);
        var stored = store.Article(7)!;
        Assert.Equal(article with { Id = "a7" }, stored.Article);
        Assert.Equal(("hash7", 3L, (long?)null), (stored.ContentHash, stored.Story, stored.SyndicatedOf));
        Assert.Equal(7, store.FindExisting("hash7", null));
        Assert.Equal(7, store.FindExisting("other", "https://example.test/ferry"));
        Assert.Null(store.FindExisting("other", "https://example.test/other"));
    }

    [Fact]
    public void An_untitled_story_is_listed_under_its_first_paragraph_cut_at_a_word()
    {
        using var temp = TestStore.Create(kind);
        using var store = temp.Open();
        var lead = string.Join(' ', Enumerable.Range(1, 30).Select(i => $"word{i}"));
        store.AddBatch([
            Record(1, 10, "The weir was opened at dawn.\nA second paragraph follows."),
            Record(2, 20, lead + "\nNothing from here."),
            Record(3, 30, "\n\nA note after blank lines"),
        ]);

        Assert.Equal("The weir was opened at dawn.", store.Story(10)!.Title);
        Assert.Equal("A note after blank lines", store.Story(30)!.Title);
        var cut = store.Story(20)!.Title;
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
        Assert.True(cut.Length <= 120, cut);
        Assert.StartsWith(cut[..^1] + " ", lead + " ", StringComparison.Ordinal);
    }

    [Fact]
    public void Stories_are_listed_most_recently_active_first_paged_and_filtered_by_date()
    {
        using var temp = TestStore.Create(kind);
        using var store = temp.Open();
        var day = new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);
        store.AddBatch([
            Record(1, 10, "old news about the mill", day, "Mill"),
            Record(2, 20, "new news about the bridge", day.AddDays(10), "Bridge"),
            Record(3, 20, "more about the bridge", day.AddDays(11), syndicatedOf: 2),
            Record(4, 30, "undated note on the weir"),
        ]);
        Assert.Equal([20L, 10L, 30L], store.Stories().Select(s => s.Id));
        Assert.Equal([10L], store.Stories(limit: 1, offset: 1).Select(s => s.Id));
        Assert.Equal([20L, 30L], store.Stories(since: day.AddDays(5)).Select(s => s.Id));
        var bridge = store.Story(20)!;
        Assert.Equal(("Bridge", 2, 1, day.AddDays(10), day.AddDays(11)), (bridge.Title, bridge.Size, bridge.Syndicated, bridge.First, bridge.Last));
        Assert.Equal(["Outlet 0", "Outlet 1"], bridge.Outlets.Order(StringComparer.Ordinal));
        Assert.Equal("undated note on the weir", store.Story(30)!.Title);
    }

    [Fact]
    public void Moving_articles_refreshes_both_stories_and_removes_an_emptied_one()
    {
        using var temp = TestStore.Create(kind);
        using var store = temp.Open();
        store.AddBatch([Record(1, 1, "first text"), Record(2, 1, "second text"), Record(3, 2, "third text")]);
        store.AddBatch([Record(4, 2, "fourth text")], [(1, 2), (2, 3)]);
        Assert.Null(store.Story(1));
        Assert.Equal(3, store.Story(2)!.Size);
        Assert.Equal([2L], store.ArticlesOf(3).Select(a => a.Id));
        Assert.Equal([1L, 3L, 4L], store.ArticlesOf(2).Select(a => a.Id));
        Assert.Equal([1L, 2L, 3L, 4L], store.Features().Select(f => f.Id));
        Assert.Equal(3, store.LastStoryId);
    }

    [Fact]
    public void Article_headers_of_a_story_are_its_articles_in_stored_order_without_their_texts()
    {
        using var temp = TestStore.Create(kind);
        using var store = temp.Open();
        var day = new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.FromHours(2));
        store.AddBatch([
            Record(3, 7, "the weir was opened at dawn", day, "Weir"),
            Record(1, 7, "the weir opened early", syndicatedOf: 3),
            Record(2, 8, "another story about a mill"),
        ]);
        var headers = store.ArticleHeadersOf(7);
        var expected = store.ArticlesOf(7).Select(a => new StoredArticleHeader(a.Id, a.ContentHash, a.SyndicatedOf, a.Article.Outlet, a.Article.Title, a.Article.Url, a.Article.Published));
        Assert.Equal(expected, headers);
        Assert.Equal([1L, 3L], headers.Select(h => h.Id));
        Assert.Equal((3L, "Outlet 1", (string?)null, (DateTimeOffset?)null), (headers[0].SyndicatedOf!.Value, headers[0].Outlet, headers[0].Title, headers[0].Published));
        Assert.Equal(("Weir", day, ContentHash.Of("the weir was opened at dawn")), (headers[1].Title, headers[1].Published, headers[1].ContentHash));
        Assert.Empty(store.ArticleHeadersOf(99));
    }

    [Fact]
    public void Full_text_search_matches_every_word_and_takes_punctuation_as_text()
    {
        using var temp = TestStore.Create(kind);
        using var store = temp.Open();
        store.AddBatch([
            Record(1, 1, "The pelican stole a hat at the harbour.", title: "Harbour"),
            Record(2, 2, "The pelican flew over the market.", title: "Market"),
        ]);
        Assert.Equal([1L, 2L], store.Search("pelican").Select(a => a.Id).Order());
        Assert.Equal([1L], store.Search("pelican harbour").Select(a => a.Id));
        Assert.Empty(store.Search("\"unbalanced (quote AND"));
        Assert.Equal([2L], store.Stories(search: "market").Select(s => s.Id));
        var page = store.SearchPage("pelican", limit: 1, offset: 1);
        Assert.Equal(2, page.Total);
        var hit = Assert.Single(page.Hits);
        Assert.Contains($"{SearchHit.MarkStart}pelican{SearchHit.MarkEnd}", hit.Snippet, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(store.SearchPage("pelican", limit: 5, offset: 2).Hits);
    }

    [Fact]
    public void Cached_analyses_are_found_by_hash_and_pipeline_and_replaced()
    {
        using var temp = TestStore.Create(kind);
        using var store = temp.Open();
        store.CacheAnalyses([new CachedAnalysis("h", "p1", [1]), new CachedAnalysis("h", "p2", [2])]);
        store.CacheAnalyses([new CachedAnalysis("h", "p1", [3])]);
        Assert.Equal([3], store.CachedAnalysis("h", "p1"));
        Assert.Equal([2], store.CachedAnalysis("h", "p2"));
        Assert.Null(store.CachedAnalysis("other", "p1"));
    }

    [Fact]
    public void A_database_of_another_application_is_refused_and_left_unchanged()
    {
        using var temp = TestStore.Create(kind);
        if (kind == StoreKind.Sqlite)
        {
            using var connection = new SqliteConnection($"Data Source={temp.Location};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE invoices(id INTEGER)";
            command.ExecuteNonQuery();
        }
        else
        {
            temp.Execute("CREATE TABLE invoices(id INTEGER)");
        }
        var e = Assert.Throws<InvalidOperationException>(() => temp.Open());
        Assert.Contains("not a Parallax database", e.Message, StringComparison.Ordinal);
        Assert.Contains("invoices", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_ingest_lock_on_one_database_fails_until_the_first_is_released()
    {
        using var temp = TestStore.Create(kind);
        using (temp.Open())
        {
        }
        using (ArticleStores.LockForIngest(temp.Location))
        {
            var e = Assert.Throws<IOException>(() => ArticleStores.LockForIngest(temp.Location));
            Assert.Contains("another 'parallax ingest'", e.Message, StringComparison.Ordinal);
        }
        using var next = ArticleStores.LockForIngest(temp.Location);
    }

    [Fact]
    public void The_cli_ingests_into_the_store_named_by_db_and_lists_its_stories()
    {
        using var temp = TestStore.Create(kind);
        var file = temp.Write("news.jsonl", Invented.Lines([
            Invented.Json("Council vote", Invented.Article(21, 0), "Daily Test", Invented.Url(1)),
            Invented.Json("Council vote, again", Invented.Article(21, 1), "Weekly Test", Invented.Url(2)),
        ]));
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, ParallaxCommandLine.Run(["ingest", file, "--db", temp.Location, "--quiet"], output, error));
        Assert.Equal(0, ParallaxCommandLine.Run(["ingest", file, "--db", temp.Location, "--quiet"], output, error));
        using var listed = new StringWriter();
        Assert.Equal(0, ParallaxCommandLine.Run(["stories", "--db", temp.Location, "--json"], listed, error));
        Assert.Contains("Council vote", listed.ToString(), StringComparison.Ordinal);
        using var store = temp.Open(create: false);
        Assert.Equal(2, store.ArticleCount);
    }

    [Fact]
    public void A_band_key_keeps_the_first_article_stored_with_it()
    {
        using var temp = TestStore.Create(kind);
        using var store = temp.Open();
        const ulong high = 0xF000_0000_0000_0001UL;
        store.AddBatch([Record(1, 1, "first text") with { Bands = [10, high] }, Record(2, 2, "second text") with { Bands = [high, 30] }]);

        Assert.Equal([1, 1, 2, 0], store.BandHolders([10, high, 30, 40]));
        Assert.Equal(2, store.FeaturesOf(2)!.Story);
        Assert.Null(store.FeaturesOf(3));
        Assert.Equal([2], store.Features(afterId: 1).Select(f => f.Id));
        Assert.False(store.BandsMissing);
    }
}

public sealed class StoreContractTestsOnSqlite() : StoreContractTests(StoreKind.Sqlite);

public sealed class StoreContractTestsOnPostgres() : StoreContractTests(StoreKind.Postgres);
