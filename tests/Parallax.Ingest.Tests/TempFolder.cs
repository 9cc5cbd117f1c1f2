namespace Parallax.Ingest.Tests;

/// <summary>A temporary folder for test input files, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "parallax-ingest-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, string content)
    {
        var full = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public string WriteBytes(string name, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(full, content);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

internal static class Loading
{
    public static Article Single(string path)
    {
        var results = ArticleLoader.Load(path).ToList();
        var result = Assert.Single(results);
        Assert.True(result.IsArticle, result.ToString());
        return result.Article;
    }

    public static IngestProblem SingleProblem(string path)
    {
        var result = Assert.Single(ArticleLoader.Load(path));
        Assert.False(result.IsArticle, result.ToString());
        return result.Problem;
    }
}
