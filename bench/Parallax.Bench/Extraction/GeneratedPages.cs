using System.Globalization;
using System.Text;

namespace Parallax.Bench.Extraction;

/// <summary>One generated page: its bytes as saved and the article text a perfect extractor returns.</summary>
internal sealed record GeneratedPage(string Id, string Template, string Encoding, byte[] Bytes, string Gold);

/// <summary>
/// A second extraction set, not tuned on: PolNeAR articles (../shared/data/polnear, title + paragraphs + metadata)
/// wrapped in the <see cref="PageTemplates"/> and saved in the encodings real pages come in, declared or not.
/// Built in memory at each run; nothing of it is stored.
/// </summary>
internal static class GeneratedPages
{
    /// <summary>How a page is saved: the encoding, whether it starts with a byte-order mark, and the declaration in its head.</summary>
    private sealed record Saving(string Name, string EncodingName, bool Bom, string Head);

    private static readonly Saving[] Savings =
    [
        new("utf-8 declared", "utf-8", false, """<meta charset="utf-8">"""),
        new("utf-8 undeclared", "utf-8", false, ""),
        new("windows-1252 declared", "windows-1252", false, """<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">"""),
        new("windows-1252 undeclared", "windows-1252", false, ""),
        new("iso-8859-1 declared", "iso-8859-1", false, """<meta charset="ISO-8859-1">"""),
        new("iso-8859-2 declared", "iso-8859-2", false, """<meta http-equiv="content-type" content="text/html;charset=iso-8859-2">"""),
        new("shift_jis declared", "shift_jis", false, """<meta charset="Shift_JIS">"""),
        new("utf-16 bom", "utf-16", true, """<meta charset="utf-16">"""),
        new("utf-16 no bom", "utf-16", false, ""),
    ];

    private static readonly string[] Splits = ["dev", "train"];

    public static IReadOnlyList<GeneratedPage> Build(int count, int seed)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var root = SharedPaths.Data("polnear");
        var metadata = ReadMetadata(Path.Combine(root, "metadata.tsv"));
        var files = Splits
            .SelectMany(split => Directory.EnumerateFiles(Path.Combine(root, split, "text"), "*.txt").Order(StringComparer.Ordinal))
            .ToList();
        var random = new Random(seed);
        var chosen = files.OrderBy(_ => random.Next()).Take(count).ToList();
        var articles = chosen.Select(f => Read(f, metadata)).Where(a => a is not null).Select(a => a!).ToList();
        var pages = new List<GeneratedPage>(articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            var others = Enumerable.Range(1, 6).Select(k => articles[(i + k * 7) % articles.Count].Title).ToList();
            var leads = Enumerable.Range(1, 6).Select(k => Lead(articles[(i + k * 7) % articles.Count].Paragraphs[0])).ToList();
            var content = article with { OtherTitles = others, OtherLeads = leads };
            var (template, build) = PageTemplates.All[i % PageTemplates.All.Count];
            var saving = Savings[i % Savings.Length];
            var encoding = Encoding.GetEncoding(saving.EncodingName, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
            var html = build(content, saving.Head);
            byte[] bytes = saving.Bom ? [.. encoding.GetPreamble(), .. encoding.GetBytes(html)] : encoding.GetBytes(html);
            var gold = encoding.GetString(encoding.GetBytes(string.Join("\n\n", content.Paragraphs)));
            pages.Add(new GeneratedPage(string.Create(CultureInfo.InvariantCulture, $"g{i + 1:D4}"), template, saving.Name, bytes, gold));
        }
        return pages;
    }

    private static string Lead(string paragraph)
    {
        var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 30 ? paragraph : string.Join(' ', words[..30]) + " ...";
    }

    private static PageContent? Read(string file, Dictionary<string, string[]> metadata)
    {
        var blocks = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (blocks.Length < 3)
            return null;
        var stem = Path.GetFileNameWithoutExtension(file);
        var key = metadata.Keys.FirstOrDefault(k => stem.StartsWith(k, StringComparison.Ordinal));
        var row = key is null ? null : metadata[key];
        return new PageContent(
            Title: blocks[0],
            Paragraphs: blocks[1..],
            Outlet: Capitalise(row?[4] ?? "Daily Herald"),
            Author: row is null || row[6] is "None" or "" ? null : row[6],
            Date: row?[5] ?? "2016-10-01",
            OtherTitles: []);
    }

    private static Dictionary<string, string[]> ReadMetadata(string path)
    {
        var rows = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var cells = line.Split('\t');
            if (cells.Length > 7)
                rows.TryAdd(cells[1], cells);
        }
        return rows;
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
