using Parallax.Analysis;
using Parallax.Documents;
using Parallax.Ingest;

namespace Parallax.Store.Tests;

/// <summary>One article whose analysis throws never sinks its story or the ingest run.</summary>
public abstract class FaultBoundaryTests(StoreKind kind)
{
    private const string Poison = "Kaboom";

    /// <summary>A stage that fails on one marked article, as a bug in any stage would.</summary>
    private sealed class Fragile : IAnalysisComponent
    {
        public string Name => "fragile";

        public AnalysisLayers Requires => AnalysisLayers.None;

        public AnalysisLayers Assigns => AnalysisLayers.None;

        public ArticleAnalysis Process(ArticleAnalysis document)
            => document.Text.Contains(Poison, StringComparison.Ordinal) ? throw new InvalidOperationException("stage broke") : document;
    }

    private static AnalysisPipeline FragilePipeline() => new AnalysisPipelineBuilder().Add(new Fragile()).Build();

    [Fact]
    public void A_story_with_an_article_that_fails_analysis_is_built_from_the_others()
    {
        using var temp = TestStore.Create(kind);
        var original = Invented.Article(9, 0, sentences: 20);
        var file = temp.Write("wire.jsonl", Invented.Lines([
            Invented.Json("Wire story", original, "Agency Test", Invented.Url(1)),
            Invented.Json("Wire story (copy)", original + $" {Poison} said the council.", "Reprint Test", Invented.Url(2)),
            Invented.Json("Wire story (again)", original + " Distributed by an agency.", "Echo Test", Invented.Url(3)),
        ]));
        using var store = temp.Open();
        new CorpusIngestor(store).Run(ArticleLoader.Load(file), cancellation: TestContext.Current.CancellationToken);
        var storyId = Assert.Single(store.Stories()).Id;
        var failed = new List<long>();
        var story = StoredStories.Build(store, storyId, pipeline: FragilePipeline(), onFailure: (article, e) => failed.Add(article.Id));
        Assert.Equal([2L], failed);
        Assert.Equal(["a1", "a3"], story.Articles.Select(a => a.Article.Id));
        Assert.Equal(["Agency Test", "Echo Test"], story.Articles.Select(a => a.Article.Outlet));
    }

    [Fact]
    public void Ingest_stores_the_other_articles_when_one_fails_analysis()
    {
        using var temp = TestStore.Create(kind);
        var file = temp.Write("news.jsonl", Invented.Lines([
            Invented.Json("One", Invented.Article(1, 0), "Daily Test", Invented.Url(1)),
            Invented.Json("Two", Invented.Article(2, 0) + $" {Poison}.", "Daily Test", Invented.Url(2)),
            Invented.Json("Three", Invented.Article(3, 0), "Daily Test", Invented.Url(3)),
        ]));
        using var store = temp.Open();
        var problems = new List<IngestProblem>();
        var summary = new CorpusIngestor(store, new IngestOptions { Pipeline = FragilePipeline(), BatchSize = 2 })
            .Run(ArticleLoader.Load(file), problems.Add, cancellation: TestContext.Current.CancellationToken);
        Assert.Equal(2, summary.Progress.Added);
        Assert.Equal($"{file}:2: analysis failed (InvalidOperationException: stage broke)", Assert.Single(problems).Message);
    }
}

public sealed class FaultBoundaryTestsOnSqlite() : FaultBoundaryTests(StoreKind.Sqlite);

public sealed class FaultBoundaryTestsOnPostgres() : FaultBoundaryTests(StoreKind.Postgres);
