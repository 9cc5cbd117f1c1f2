namespace Parallax.Ingest.Tests;

/// <summary>What reading a file gave, and how many of its bytes had been read when each result came.</summary>
internal sealed record ReadProgress(IReadOnlyList<IngestResult> Results, IReadOnlyList<long> BytesRead, long TotalBytes)
{
    public static ReadProgress Of(string path)
    {
        var input = ArticleLoader.Open([path]);
        var results = new List<IngestResult>();
        var read = new List<long>();
        foreach (var result in input)
        {
            results.Add(result);
            read.Add(input.BytesRead);
        }
        return new ReadProgress(results, read, input.TotalBytes);
    }

    public IEnumerable<Article> Articles => Results.Where(r => r.IsArticle).Select(r => r.Article!);

    /// <summary>True when the first result came after some of the file was read and before all of it was.</summary>
    public bool FirstCameBeforeTheEnd => BytesRead.Count > 0 && BytesRead[0] > 0 && BytesRead[0] < TotalBytes;
}
