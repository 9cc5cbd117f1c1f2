using Parallax.Ingest;

namespace Parallax.Store.Tests;

public abstract class IngestTests(StoreKind kind)
{
    private static IngestSummary Ingest(IArticleStore store, string path, List<IngestProblem>? problems = null)
        => new CorpusIngestor(store, new IngestOptions { BatchSize = 2 }).Run(ArticleLoader.Load(path), p => problems?.Add(p), cancellation: TestContext.Current.CancellationToken);

    [Fact]
    public void The_summary_only_flag_of_a_feed_item_survives_the_store()
    {
        using var temp = TestStore.Create(kind);
        var file = temp.Write("wire.rss", $"""
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire Test</title>
              <item><title>Full</title><link>{Invented.Url(1)}</link><content:encoded><![CDATA[{Invented.Article(1, 0)}]]></content:encoded></item>
              <item><title>Teaser</title><link>{Invented.Url(2)}</link><description><![CDATA[{Invented.Article(2, 0, sentences: 2)}]]></description></item>
            </channel></rss>
            """);
        using var store = temp.Open();
        Ingest(store, file);
        var stored = store.Stories().SelectMany(s => store.ArticlesOf(s.Id)).ToDictionary(a => a.Article.Title!, a => a.Article.SummaryOnly);
        Assert.Equal(new Dictionary<string, bool> { ["Full"] = false, ["Teaser"] = true }, stored);
    }

    [Fact]
    public void Ingesting_the_same_file_twice_adds_nothing_the_second_time()
    {
        using var temp = TestStore.Create(kind);
        var file = temp.Write("news.jsonl", Invented.Lines(Enumerable.Range(1, 5).Select(i => Invented.Json($"Story {i}", Invented.Article(i, 0), "Daily Test", Invented.Url(i)))));
        using var store = temp.Open();
        var first = Ingest(store, file);
        var second = Ingest(store, file);
        Assert.Equal(5, first.Progress.Added);
        Assert.Equal(0, second.Progress.Added);
        Assert.Equal(5, second.Progress.Duplicates);
        Assert.Equal(5, store.ArticleCount);
    }

    [Fact]
    public void An_article_with_a_stored_url_is_a_duplicate_even_when_its_text_changed()
    {
        using var temp = TestStore.Create(kind);
        var a = temp.Write("a.jsonl", Invented.Lines([Invented.Json("First", Invented.Article(1, 0), "Daily Test", Invented.Url(1))]));
        var b = temp.Write("b.jsonl", Invented.Lines([Invented.Json("First, updated", Invented.Article(1, 1), "Daily Test", Invented.Url(1))]));
        using var store = temp.Open();
        Ingest(store, a);
        var second = Ingest(store, b);
        Assert.Equal(1, second.Progress.Duplicates);
        Assert.Equal(1, store.ArticleCount);
    }

    [Fact]
    public void The_same_text_twice_in_one_run_is_stored_once()
    {
        using var temp = TestStore.Create(kind);
        var text = Invented.Article(3, 0);
        var file = temp.Write("twice.jsonl", Invented.Lines([Invented.Json("One", text, "Daily Test", Invented.Url(1)), Invented.Json("Two", text, "Other Test", Invented.Url(2))]));
        using var store = temp.Open();
        var summary = Ingest(store, file);
        Assert.Equal(1, summary.Progress.Added);
        Assert.Equal(1, summary.Progress.Duplicates);
    }

    [Fact]
    public void A_malformed_jsonl_line_is_reported_with_its_line_number_and_skipped()
    {
        using var temp = TestStore.Create(kind);
        var file = temp.Write("bad.jsonl", Invented.Lines([
            Invented.Json("Good one", Invented.Article(1, 0), "Daily Test", Invented.Url(1)),
            "{\"title\": \"broken\", \"text\": ",
            Invented.Json("Good two", Invented.Article(2, 0), "Daily Test", Invented.Url(2)),
        ]));
        var problems = new List<IngestProblem>();
        using var store = temp.Open();
        var summary = Ingest(store, file, problems);
        var problem = Assert.Single(problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains("bad.jsonl:2", problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, summary.Progress.Skipped);
        Assert.Equal(2, store.ArticleCount);
    }

    [Fact]
    public void Full_text_search_finds_an_article_by_a_word_of_its_text()
    {
        using var temp = TestStore.Create(kind);
        var file = temp.Write("news.jsonl", Invented.Lines([
            Invented.Json("Harbour news", "The quarrelsome pelican stole the harbour master's hat on Tuesday, witnesses said.", "Daily Test", Invented.Url(1)),
            Invented.Json("Market news", Invented.Article(5, 0), "Daily Test", Invented.Url(2)),
        ]));
        using var store = temp.Open();
        Ingest(store, file);
        var found = Assert.Single(store.Search("pelican"));
        Assert.Equal("Harbour news", found.Article.Title);
        Assert.Single(store.Stories(search: "quarrelsome pelican"));
    }

    [Fact]
    public void A_syndicated_copy_is_linked_to_its_original_and_shares_its_story()
    {
        using var temp = TestStore.Create(kind);
        var original = Invented.Article(9, 0, sentences: 20);
        var copy = original.Replace(" by Monday.", " by Monday morning.", StringComparison.Ordinal) + " Distributed by a news agency.";
        var file = temp.Write("wire.jsonl", Invented.Lines([
            Invented.Json("Wire story", original, "Agency Test", Invented.Url(1)),
            Invented.Json("Wire story (copy)", copy, "Reprint Test", Invented.Url(2)),
        ]));
        using var store = temp.Open();
        var summary = Ingest(store, file);
        Assert.Equal(1, summary.Progress.Syndicated);
        var stored = store.Search("distributed");
        var reprint = Assert.Single(stored);
        Assert.NotNull(reprint.SyndicatedOf);
        var story = StoredStories.Build(store, reprint.Story);
        Assert.Equal(0, story.Syndicated[1]);
    }

    [Fact]
    public void A_copy_of_an_article_stored_by_an_earlier_run_is_linked_to_it()
    {
        using var temp = TestStore.Create(kind);
        var original = Invented.Article(9, 0, sentences: 20);
        var copy = original.Replace(" by Monday.", " by Monday morning.", StringComparison.Ordinal) + " Distributed by a news agency.";
        var first = temp.Write("wire.jsonl", Invented.Lines([Invented.Json("Wire story", original, "Agency Test", Invented.Url(1))]));
        var second = temp.Write("reprint.jsonl", Invented.Lines([Invented.Json("Wire story (copy)", copy, "Reprint Test", Invented.Url(2))]));
        using (var store = temp.Open())
            Ingest(store, first);
        using (var store = temp.Open())
        {
            Assert.Equal(1, Ingest(store, second).Progress.Syndicated);
            var reprint = Assert.Single(store.Search("distributed"));
            Assert.NotNull(reprint.SyndicatedOf);
            Assert.Equal(store.Article(reprint.SyndicatedOf!.Value)!.Story, reprint.Story);
        }
    }

    [Fact]
    public void Show_builds_the_story_from_cached_analyses()
    {
        using var temp = TestStore.Create(kind);
        var file = temp.Write("news.jsonl", Invented.Lines([Invented.Json("Only", Invented.Article(4, 0), "Daily Test", Invented.Url(1))]));
        using var store = temp.Open();
        Ingest(store, file);
        var article = Assert.Single(store.Search("Council"));
        Assert.NotNull(store.CachedAnalysis(article.ContentHash, AnalysisVersion.Current));
        var story = StoredStories.Build(store, article.Story);
        Assert.Equal("a1", story.Articles[0].Article.Id);
        Assert.Equal(Parallax.Analysis.Analyzer.Analyze(article.Article).Sentences.Length, story.Articles[0].Sentences.Length);
    }
}

public sealed class IngestTestsOnSqlite() : IngestTests(StoreKind.Sqlite);

public sealed class IngestTestsOnPostgres() : IngestTests(StoreKind.Postgres);
