using Parallax.Cli;
using Parallax.Store.Tests;

namespace Parallax.Cluster.Tests;

/// <summary>What <c>parallax worker</c> and <c>ingest --cluster</c> say when they cannot run.</summary>
public sealed class ClusterCommandTests
{
    [Fact]
    public void A_worker_on_an_sqlite_corpus_is_a_usage_error_naming_postgresql()
    {
        using var folder = new TempFolder();
        var (code, error) = Run("worker", "--db", folder.Db);
        Assert.Equal(2, code);
        Assert.Contains("a worker needs a PostgreSQL corpus", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_with_cluster_on_an_sqlite_corpus_is_a_usage_error()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.txt", "The council of Verrin met on Monday.");
        var (code, error) = Run("ingest", file, "--db", folder.Db, "--cluster");
        Assert.Equal(2, code);
        Assert.Contains("--cluster needs a PostgreSQL corpus", error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Db), "nothing is written");
    }

    [Fact]
    public void Ingest_with_cluster_and_no_worker_running_fails_in_one_line_and_stores_nothing()
    {
        using var store = TestStore.Create(StoreKind.Postgres);
        var file = store.Write("a.txt", "The council of Verrin met on Monday.");
        var (code, error) = Run("ingest", file, "--db", store.Location, "--cluster", "--quiet");
        Assert.Equal(74, code);
        Assert.Contains("no parallax worker is running", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        using var opened = store.Open(create: false);
        Assert.Equal(0, opened.ArticleCount);
    }

    private static (int Code, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ParallaxCommandLine.Run(args, output, error);
        return (code, error.ToString());
    }
}
