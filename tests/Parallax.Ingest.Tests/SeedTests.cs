using Parallax.Testing;

namespace Parallax.Ingest.Tests;

public sealed class SeedTests
{
    [Fact]
    public void Seed_003_is_a_cnn_article_from_washington()
    {
        var article = Loading.Single(SharedData.SeedPath("003"));
        Assert.Equal("CNN", article.Outlet);
        Assert.Equal("Washington", article.Dateline);
        Assert.StartsWith("The Biden", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_000_names_its_outlet_only_in_the_third_person_and_has_no_dateline()
    {
        var article = Loading.Single(SharedData.SeedPath("000"));
        Assert.Equal("Al Jazeera", article.Outlet);
        Assert.Null(article.Dateline);
    }
}

public sealed class SelfReferencedOutletTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parallax-outlet-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Plain_text_without_an_outlet_takes_the_one_it_reports_to()
    {
        var path = Path.Combine(_dir, "copy-17.txt");
        File.WriteAllText(path, "A port official told Reuters the berth was closed. Dock workers told Reuters they would strike on Monday.");
        Assert.Equal("Reuters", Loading.Single(path).Outlet);
    }

    [Fact]
    public void A_dateline_outlet_wins_over_third_person_mentions()
    {
        var path = Path.Combine(_dir, "copy-18.txt");
        File.WriteAllText(path, "OSLO (AP) — A port official told Reuters the berth was closed. Dock workers told Reuters they would strike.");
        Assert.Equal("AP", Loading.Single(path).Outlet);
    }
}
