using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Parallax.Bench.Throughput;

/// <summary>
/// Real news text for throughput benchmarks, written as one <c>.txt</c> per article so that every tool reads the same files:
/// PolNeAR train then dev (924 political news articles of 2016), then the gold bodies of the article-extraction benchmark.
/// </summary>
internal static class RealArticles
{
    /// <summary>Writes the first <paramref name="count"/> articles into <paramref name="folder"/> as <c>0001-NAME.txt</c> …; returns how many.</summary>
    public static int Export(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var written = 0;
        foreach (var (name, text) in Texts().Take(count))
            File.WriteAllText(Path.Combine(folder, $"{++written:D4}-{name}.txt"), text);
        return written;
    }

    /// <summary>The <c>.txt</c> files of a folder in name order.</summary>
    public static string[] Files(string folder)
    {
        var files = Directory.GetFiles(folder, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    /// <summary>Words as runs of non-space characters, the count the wink-nlp script makes too.</summary>
    public static long Words(string text)
    {
        long words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
                words++;
            inWord = !space;
        }
        return words;
    }

    private static IEnumerable<(string Name, string Text)> Texts()
    {
        foreach (var split in new[] { "train", "dev" })
        {
            var files = Directory.GetFiles(SharedPaths.Data("polnear", split, "text"), "*.txt");
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
                yield return (Path.GetFileNameWithoutExtension(file), File.ReadAllText(file, Encoding.UTF8));
        }
        using var gold = JsonDocument.Parse(File.ReadAllText(SharedPaths.Data("article-extraction", "ground-truth.json")));
        var pages = gold.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var body = page.Value.GetProperty("articleBody").GetString();
            if (!string.IsNullOrWhiteSpace(body))
                yield return ("extraction-" + page.Name.ToString(CultureInfo.InvariantCulture), body);
        }
    }
}
