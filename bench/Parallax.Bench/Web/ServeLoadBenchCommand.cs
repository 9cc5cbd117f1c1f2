using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Parallax.Bench.Throughput;
using Parallax.Store;
using Parallax.Web;
using static Parallax.Bench.CommandLine;

namespace Parallax.Bench.Web;

/// <summary>
/// Load on a fresh <c>parallax serve</c> (in this process, with the sentence encoder as <c>serve</c> has it unless <c>--lexical</c>) over a stored corpus:
/// several connections ask for story pages for a fixed time, random stories or the largest ones in turn, and the
/// requests per second, latency percentiles and the process's peak resident memory are printed.
/// </summary>
internal sealed class ServeLoadBenchCommand : IBenchCommand
{
    public string Name => "bench-serve-load";

    public string Description => "requests/s and latency of story pages on a fresh serve (--db PATH; --mode random|largest; --largest N, default 40; --connections N, default 16; --seconds S, default 20; --lexical; --seed N; --accept-encoding VALUE, e.g. br as a browser asks)";

    public int Run(string[] args)
    {
        var db = Option(args, "--db") ?? throw new ArgumentException("--db PATH is required (e.g. the database kept by 'bench-ingest --count 2000 --keep')");
        var mode = Option(args, "--mode") ?? "random";
        var connections = int.Parse(Option(args, "--connections") ?? "16", CultureInfo.InvariantCulture);
        var seconds = double.Parse(Option(args, "--seconds") ?? "20", CultureInfo.InvariantCulture);
        var largest = int.Parse(Option(args, "--largest") ?? "40", CultureInfo.InvariantCulture);
        var seed = int.Parse(Option(args, "--seed") ?? "1", CultureInfo.InvariantCulture);
        var acceptEncoding = Option(args, "--accept-encoding");
        List<long> ids;
        using (var store = SqliteArticleStore.Open(db, create: false))
        {
            var stories = store.Stories(limit: int.MaxValue);
            ids = mode switch
            {
                "random" => [.. stories.Select(s => s.Id)],
                "largest" => [.. stories.OrderByDescending(s => s.Size).Take(largest).Select(s => s.Id)],
                _ => throw new ArgumentException($"--mode {mode}: random or largest"),
            };
            Console.WriteLine($"{db}: {store.ArticleCount:N0} articles, {stories.Count:N0} stories; {mode}: {ids.Count} stories asked for, {connections} connections, {seconds:F0} s{(acceptEncoding is null ? "" : $", Accept-Encoding: {acceptEncoding}")}; load {LoadAverage()}");
        }
        ProcessMemory.ResetPeak();
        var options = new ServeOptions { Port = 0, LogRequests = false, Encoder = args.Contains("--lexical") ? null : new Parallax.Comparison.CachingSentenceEncoder(Parallax.Semantics.MiniLmEncoder.Shared) };
        var (latencies, failures, elapsed, bytes) = Load(db, options, ids, mode, connections, TimeSpan.FromSeconds(seconds), seed, acceptEncoding).GetAwaiter().GetResult();
        latencies.Sort();
        double Percentile(double p) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
        Console.WriteLine($"{latencies.Count:N0} answered ({failures:N0} failed) in {elapsed.TotalSeconds:F1} s: {latencies.Count / elapsed.TotalSeconds:F1} req/s; latency p50 {Percentile(0.5):F1} ms, p90 {Percentile(0.9):F1} ms, p99 {Percentile(0.99):F1} ms, max {latencies.LastOrDefault():F1} ms; {bytes / 1e6 / elapsed.TotalSeconds:F1} MB/s received; peak RSS {ProcessMemory.PeakRss() / 1e6:F0} MB; load {LoadAverage()}");
        return failures == 0 ? 0 : 1;
    }

    private static async Task<(List<double> Latencies, int Failures, TimeSpan Elapsed, long Bytes)> Load(string db, ServeOptions options, List<long> ids, string mode, int connections, TimeSpan duration, int seed, string? acceptEncoding)
    {
        await using var app = ParallaxWeb.Build(options, () => SqliteArticleStore.Open(db, create: false));
        await app.StartAsync();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(app.Urls.Single()), Timeout = TimeSpan.FromMinutes(2) };
        if (acceptEncoding is not null)
            client.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        var latencies = new List<double>();
        long bytes = 0;
        var failures = 0;
        var next = -1;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(worker => Task.Run(async () =>
        {
            var random = new Random(seed * 1000 + worker);
            var buffer = new byte[64 * 1024];
            while (watch.Elapsed < duration)
            {
                var id = mode == "random" ? ids[random.Next(ids.Count)] : ids[(int)((uint)Interlocked.Increment(ref next) % ids.Count)];
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(new Uri($"/stories/{id}", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
                    await using var body = await response.Content.ReadAsStreamAsync();
                    int read;
                    while ((read = await body.ReadAsync(buffer)) > 0)
                        Interlocked.Add(ref bytes, read);
                    var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    lock (latencies)
                    {
                        if (response.IsSuccessStatusCode)
                            latencies.Add(ms);
                        else
                            failures++;
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToList();
        await Task.WhenAll(workers);
        var elapsed = watch.Elapsed;
        await app.StopAsync();
        return (latencies, failures, elapsed, bytes);
    }

    /// <summary>The machine's load averages over 1, 5 and 15 minutes (the machine is shared).</summary>
    private static string LoadAverage()
        => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
