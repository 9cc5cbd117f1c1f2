namespace Parallax.Ingest.Tests;

public sealed class MarkdownTests
{
    private const string WithFrontMatter = """
        ---
        title: Bridge closes for repairs
        source: Riverside Post
        url: https://example.org/bridge
        date: 2024-05-02T08:30:00Z
        author: [Ana Ruiz, Tom Lee]
        lang: en
        ---
        The **old bridge** will close on [Monday](https://example.org/monday).

        ## What changes

        Buses take the *long* route.
        """;

    [Fact]
    public void Front_matter_fills_the_metadata()
    {
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("post.md", WithFrontMatter));
        Assert.Equal("Bridge closes for repairs", article.Title);
        Assert.Equal("Riverside Post", article.Outlet);
        Assert.Equal("https://example.org/bridge", article.Url);
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 8, 30, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("Ana Ruiz, Tom Lee", article.Author);
        Assert.Equal("en", article.Language);
    }

    [Fact]
    public void Markup_is_removed_and_headings_keep_their_own_line()
    {
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("post.md", WithFrontMatter));
        Assert.Equal("The old bridge will close on Monday.\n\nWhat changes\n\nBuses take the long route.", article.Text);
    }

    [Fact]
    public void Without_front_matter_a_leading_h1_becomes_the_title_and_outlet_is_the_file_name()
    {
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("notes.md", "# Harbour reopens\n\nShips returned\nat dawn."));
        Assert.Equal("Harbour reopens", article.Title);
        Assert.Equal("notes", article.Outlet);
        Assert.Equal("Ships returned at dawn.", article.Text);
    }

    [Fact]
    public void List_items_are_kept_one_per_line()
    {
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("list.md", "Demands:\n\n- higher pay\n- shorter hours\n"));
        Assert.Equal("Demands:\n\nhigher pay\nshorter hours", article.Text);
    }

    [Fact]
    public void A_dateline_after_front_matter_is_recognised()
    {
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("wire.md", "---\ntitle: Rates\n---\nLONDON (Reuters) - The bank held rates."));
        Assert.Equal("London", article.Dateline);
        Assert.Equal("Reuters", article.Outlet);
        Assert.Equal("The bank held rates.", article.Text);
    }

    [Fact]
    public void Invalid_front_matter_is_a_problem_naming_the_file()
    {
        using var dir = new TempFolder();
        var problem = Loading.SingleProblem(dir.Write("bad.md", "---\ntitle: [unclosed\n---\nBody."));
        Assert.StartsWith(Path.Combine(dir.Path, "bad.md") + ": invalid YAML front matter", problem.Message, StringComparison.Ordinal);
    }
}
