using System.Globalization;
using Parallax.Analysis;
using Parallax.Corpus.Clustering;
using Parallax.Ingest;

namespace Parallax.Bench.Comparison;

/// <summary>
/// Multi-outlet stories made of PolNeAR's full articles (seven US outlets, left to right, 2016): every text of train
/// and dev is clustered by the corpus stage's story assigner in publication order, and each story told by two or more
/// outlets keeps its earliest article per outlet (at most <see cref="MaxArticles"/>). The grouping is made once and
/// kept beside this file in <c>polnear-stories.tsv</c> (story, file names; no text), so that hand judgements of the
/// divergences reported on these stories stay keyed to the same articles when the clusterer changes. Batch 2
/// (<c>polnear-stories-2.tsv</c>) is made the same way from each outlet's second article of a story: texts no rule
/// was written from, kept to check the rules the first batch taught.
/// </summary>
internal static class PolnearStories
{
    public const string FileName = "polnear-stories.tsv";
    private const int MaxArticles = 7;

    private sealed record Text(string Path, string Name, string Outlet, DateTimeOffset Published);

    public static string DefaultPath => PathOf(1);

    /// <summary>The stories file of a batch: 1 holds each outlet's earliest article of a story, 2 its second.</summary>
    public static string PathOf(int batch)
        => Path.Combine(Path.GetDirectoryName(DivergenceJudgements.DefaultPath)!, batch == 1 ? FileName : $"polnear-stories-{batch}.tsv");

    /// <summary>Clusters every PolNeAR text and writes the stories of two or more outlets to <paramref name="path"/>, each outlet's article number <paramref name="batch"/> of the story; returns how many.</summary>
    public static int Make(string path, int batch = 1)
    {
        var texts = Texts().OrderBy(t => t.Published).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
        var assigner = new StoryAssigner();
        var story = new long[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            var article = Load([texts[i]])[0];
            var features = ArticleFeatures.From(Analyzer.Analyze(article)) with { Time = texts[i].Published.ToUnixTimeSeconds() };
            (story[i], _) = assigner.Place(i + 1, features);
            foreach (var (moved, to) in assigner.TakeMoves())
                story[(int)moved - 1] = to;
        }
        var stories = Enumerable.Range(0, texts.Count)
            .GroupBy(i => story[i])
            .Select(g => g.Select(i => texts[i]).GroupBy(t => t.Outlet).Where(o => o.Count() >= batch).Select(o => o.ElementAt(batch - 1)).Take(MaxArticles).ToList())
            .Where(s => s.Count >= 2)
            .OrderBy(s => s[0].Published).ThenBy(s => s[0].Name, StringComparer.Ordinal)
            .ToList();
        var root = SharedPaths.Data("polnear");
        File.WriteAllLines(path, ["story\tfiles", .. stories.Select((s, k) => k.ToString(CultureInfo.InvariantCulture) + "\t" + string.Join('|', s.Select(t => Path.GetRelativePath(root, t.Path).Replace('\\', '/'))))]);
        return stories.Count;
    }

    /// <summary>The stories of <paramref name="path"/>, each as its articles "a1", "a2", … in the file's order.</summary>
    public static List<Func<List<Article>>> Read(string path)
    {
        if (!File.Exists(path))
            throw new UsageException($"{path}: no such story list (eval-divergences --neus --polnear --make-stories [--batch N] writes it)");
        var root = SharedPaths.Data("polnear");
        var byPath = Texts().ToDictionary(t => Path.GetRelativePath(root, t.Path).Replace('\\', '/'), StringComparer.Ordinal);
        var stories = new List<Func<List<Article>>>();
        foreach (var line in File.ReadLines(path).Skip(1).Where(l => l.Length > 0))
        {
            var files = line.Split('\t')[1].Split('|');
            var texts = files.Select(f => byPath.TryGetValue(f, out var t) ? t : throw new FileNotFoundException($"{path}: {f} is not a PolNeAR text")).ToList();
            stories.Add(() => Load(texts));
        }
        return stories;
    }

    private static List<Article> Load(List<Text> texts)
        => [.. texts.Select((t, k) => ArticleLoader.FromText(File.ReadAllText(t.Path), t.Outlet, $"a{k + 1}") with { Published = t.Published })];

    private static IEnumerable<Text> Texts()
    {
        var root = SharedPaths.Data("polnear");
        foreach (var split in new[] { "train", "dev" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, split, "text"), "*.txt").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                var parts = name.Split('_');
                if (parts.Length < 3 || !DateTimeOffset.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
                    throw new FormatException($"{file}: the name does not read outlet_yyyy-MM-dd_slug");
                yield return new Text(file, name, parts[0], date);
            }
        }
    }
}
