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
    public void Seed_000_takes_its_outlet_from_the_file_name_and_has_no_dateline()
    {
        var path = SharedData.SeedPath("000");
        var article = Loading.Single(path);
        Assert.Equal(Path.GetFileNameWithoutExtension(path), article.Outlet);
        Assert.Null(article.Dateline);
    }
}
