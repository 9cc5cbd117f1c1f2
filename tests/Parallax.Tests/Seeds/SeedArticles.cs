using Parallax.Analysis;
using Parallax.Documents;
using Parallax.Testing;
using Parallax.Text;

namespace Parallax.Tests.Seeds;

/// <summary>The two founding articles from ../shared/seeds, prepared as the ingest stage does for plain text.</summary>
internal static class SeedArticles
{
    public static Article Load(string prefix, string id = "a1")
    {
        var path = SharedData.SeedPath(prefix);
        var text = TextCleaner.Clean(File.ReadAllText(path));
        var dateline = Dateline.Find(text);
        if (dateline is not null)
            text = text[dateline.Length..];
        return new Article(id, dateline?.Outlet ?? Path.GetFileNameWithoutExtension(path), text) { Dateline = dateline?.Place };
    }

    public static ArticleAnalysis AlJazeera => LazyAlJazeera.Value;

    public static ArticleAnalysis Cnn => LazyCnn.Value;

    private static readonly Lazy<ArticleAnalysis> LazyAlJazeera = new(() => Analyzer.Analyze(Load("000", "a1")));
    private static readonly Lazy<ArticleAnalysis> LazyCnn = new(() => Analyzer.Analyze(Load("003", "a2")));
}
