namespace Parallax.Ingest.Tests;

public sealed class ProblemTests
{
    [Fact]
    public void An_unknown_extension_is_a_problem_naming_the_file_and_the_formats()
    {
        using var dir = new TempFolder();
        var path = dir.Write("notes.pdf", "%PDF-1.4");
        var problem = Loading.SingleProblem(path);
        Assert.Equal($"{path}: unsupported format '.pdf' (expected .txt, .md, .html, .jsonl, .json, .rss, .atom)", problem.Message);
        Assert.Null(problem.Line);
    }

    [Fact]
    public void A_missing_file_is_a_problem_not_an_exception()
    {
        var problem = Loading.SingleProblem("/nonexistent/parallax/gone.txt");
        Assert.Equal("/nonexistent/parallax/gone.txt: file not found", problem.Message);
    }

    [Fact]
    public void A_file_with_nul_bytes_is_reported_as_binary()
    {
        using var dir = new TempFolder();
        var path = dir.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]);
        Assert.Contains("binary file", Loading.SingleProblem(path).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_a_problem()
    {
        using var dir = new TempFolder();
        var path = dir.Write("blank.txt", " \n\n ");
        Assert.Equal($"{path}: empty file", Loading.SingleProblem(path).Message);
    }

    [Fact]
    public void A_folder_is_read_recursively_in_path_order_skipping_other_files()
    {
        using var dir = new TempFolder();
        dir.Write("b.txt", "Second.");
        dir.Write("a/inner.md", "First.");
        dir.Write("c.png", "not an article");
        dir.Write(".hidden/x.txt", "Hidden.");
        var results = ArticleLoader.Load(dir.Path).ToList();
        Assert.Equal(["First.", "Second."], results.Select(r => r.Article?.Text));
        Assert.Equal(["a1", "a2"], results.Select(r => r.Article?.Id));
    }

    [Fact]
    public void Ids_continue_across_paths_and_skip_problems()
    {
        using var dir = new TempFolder();
        var first = dir.Write("one.txt", "One.");
        var second = dir.Write("two.txt", "Two.");
        var results = ArticleLoader.Load([first, "/nonexistent/x.txt", second]).ToList();
        Assert.Equal("a1", results[0].Article?.Id);
        Assert.False(results[1].IsArticle);
        Assert.Equal("a2", results[2].Article?.Id);
    }
}
