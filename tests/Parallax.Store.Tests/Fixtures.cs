using System.Globalization;
using System.Text;
using System.Text.Json;
using Parallax.Ingest;

namespace Parallax.Store.Tests;

/// <summary>A temporary folder (database and inputs), deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "parallax-store-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Db => System.IO.Path.Combine(Path, "test.db");

    public string Write(string name, string content)
    {
        var full = System.IO.Path.Combine(Path, name);
        File.WriteAllText(full, content);
        return full;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Invented articles: each event has its own place, people, numbers and made-up topic words.</summary>
internal static class Invented
{
    private static readonly string[] Syllables = ["ka", "lo", "mi", "ra", "ven", "tor", "shi", "du", "pel", "an", "or", "bra", "go", "ne", "zu", "fa", "rin", "mo", "tes", "qui"];

    public static string Json(string title, string text, string outlet, string url, string? published = "2024-03-01T10:00:00Z")
        => JsonSerializer.Serialize(new { title, text, outlet, url, published });

    /// <summary>An article of about <paramref name="sentences"/> sentences about event <paramref name="seed"/>, worded differently per <paramref name="variant"/>.</summary>
    public static string Article(int seed, int variant, int sentences = 12)
    {
        var e = new Random(seed);
        string Word(Random r, int n) => string.Concat(Enumerable.Range(0, n).Select(_ => Syllables[r.Next(Syllables.Length)]));
        string Cap(string w) => char.ToUpperInvariant(w[0]) + w[1..];
        var place = Cap(Word(e, 3));
        var person = Cap(Word(e, 2)) + " " + Cap(Word(e, 3));
        var org = "the " + Cap(Word(e, 3)) + " Council";
        var topic = Enumerable.Range(0, 12).Select(_ => Word(e, 3)).ToArray();
        var count = e.Next(100, 999);
        var r = new Random(seed * 7919 + variant);
        var sb = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            string T() => topic[r.Next(topic.Length)];
            sb.Append(r.Next(4) switch
            {
                0 => $"{person} said the {T()} in {place} had reached {count} {T()} by Monday. ",
                1 => $"Officials of {org} confirmed that the {T()} {T()} near {place} would continue. ",
                2 => $"\"The {T()} is {T()},\" {person.Split(' ')[1]} told reporters in {place}. ",
                _ => $"Residents of {place} asked {org} about the {T()} and the {T()}. ",
            });
        }
        return sb.ToString().TrimEnd();
    }

    public static IEnumerable<IngestResult> Load(string path) => ArticleLoader.Load(path);

    public static string Lines(IEnumerable<string> lines) => string.Join('\n', lines) + "\n";

    public static string Url(int i) => "https://example.test/" + i.ToString(CultureInfo.InvariantCulture);
}
