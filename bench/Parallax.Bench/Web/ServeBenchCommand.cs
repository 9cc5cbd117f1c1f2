using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Parallax.Corpus;
using Parallax.Store;
using Parallax.Web;
using static Parallax.Bench.CommandLine;

namespace Parallax.Bench.Web;

/// <summary>
/// Time to first byte of the web UI on a stored corpus: the story list, the largest story's report and a median
/// story's report, each on its first request (cold: the report is built) and its second (warm: from the cache).
/// </summary>
internal sealed class ServeBenchCommand : IBenchCommand
{
    public string Name => "bench-serve";

    public string Description => "time to first byte of parallax serve pages, cold and warm (--db PATH, e.g. a 'bench-ingest --keep' database; --rounds N, default 3)";

    public int Run(string[] args)
    {
        var db = Option(args, "--db") ?? throw new ArgumentException("--db PATH is required (e.g. the database kept by 'bench-ingest --count 2000 --keep')");
        var rounds = int.Parse(Option(args, "--rounds") ?? "3", CultureInfo.InvariantCulture);
        long largest, median;
        using (var store = SqliteArticleStore.Open(db, create: false))
        {
            var stories = store.Stories(limit: int.MaxValue).OrderBy(s => s.Size).ToList();
            Console.WriteLine($"{db}: {store.ArticleCount:N0} articles, {stories.Count:N0} stories");
            largest = stories[^1].Id;
            median = stories[stories.Count / 2].Id;
            Console.WriteLine($"largest story s{largest} ({stories[^1].Size} articles), median story s{median} ({stories[stories.Count / 2].Size} articles)");
        }
        for (var round = 1; round <= rounds; round++)
            Round(db, round, largest, median).GetAwaiter().GetResult();
        return 0;
    }

    private static async Task Round(string db, int round, long largest, long median)
    {
        var start = Stopwatch.StartNew();
        await using var app = ParallaxWeb.Build(new ServeOptions { Port = 0 }, () => SqliteArticleStore.Open(db, create: false));
        await app.StartAsync();
        var ready = start.Elapsed.TotalMilliseconds;
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()), Timeout = TimeSpan.FromMinutes(5) };
        var line = new List<string> { $"round {round}: ready {ready:F0} ms" };
        foreach (var (label, path) in new[] { ("/", "/"), ("largest", $"/stories/{largest}"), ("median", $"/stories/{median}"), ("search", "/?q=bridge") })
            line.Add($"{label} {await FirstByte(client, path):F0} / {await FirstByte(client, path):F0} ms");
        Console.WriteLine(string.Join(" | ", line) + "  (first / second request)");
        await app.StopAsync();
    }

    private static async Task<double> FirstByte(HttpClient client, string path)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        _ = body.ReadByte();
        return watch.Elapsed.TotalMilliseconds;
    }
}
