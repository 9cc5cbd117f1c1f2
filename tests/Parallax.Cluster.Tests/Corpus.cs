using Parallax.Ingest;
using Parallax.Store.Tests;

namespace Parallax.Cluster.Tests;

/// <summary>A generated corpus: several invented events, each told by a few outlets in their own words, one dated day each.</summary>
internal static class Corpus
{
    public static string Write(TempFolder folder, int events, int outlets, int sentences = 6)
    {
        var lines = new List<string>();
        for (var variant = 0; variant < outlets; variant++)
        {
            for (var e = 0; e < events; e++)
            {
                var i = e * outlets + variant;
                var day = 1 + e % 20;
                lines.Add(Invented.Json($"Report {i}", Invented.Article(1000 + e, variant, sentences), $"Outlet {variant}", Invented.Url(i), $"2024-03-{day:D2}T{8 + variant}:00:00Z"));
            }
        }
        return folder.Write("corpus.jsonl", Invented.Lines(lines));
    }

    public static IEnumerable<IngestResult> Read(string file) => ArticleLoader.Load(file);

    /// <summary>The stories of a store as sets of article URLs, in a form two stores can be compared by.</summary>
    public static IReadOnlyList<string> Stories(IArticleReader store)
        => [.. store.Stories(limit: int.MaxValue)
            .Select(story => string.Join(' ', store.ArticlesOf(story.Id).Select(a => a.Article.Url).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)];
}
