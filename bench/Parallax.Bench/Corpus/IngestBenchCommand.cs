using System.Diagnostics;
using System.Globalization;
using Parallax.Bench.Throughput;
using Parallax.Corpus;
using Parallax.Ingest;
using Parallax.Store;
using static Parallax.Bench.CommandLine;

namespace Parallax.Bench.Corpus;

/// <summary>
/// End-to-end ingest throughput: generates N synthetic articles of ~600 words (<c>--words</c>) (.jsonl shards, or one big .jsonl with
/// <c>--single</c>), ingests them into a fresh database (read + analyse + de-duplicate + cluster + store), prints
/// articles/s, the RSS at each power of ten from 10,000 articles read, peak RSS, the managed heap still held after ingest and story quality against the generator's events.
/// </summary>
internal sealed class IngestBenchCommand : IBenchCommand
{
    private const int ShardSize = 2000;

    public string Name => "bench-ingest";

    public string Description => "ingest N synthetic articles end to end (--count N, default 100000; --words W per article, default 600; --single: one .jsonl file instead of shards; --keep; --db postgres://... for an empty PostgreSQL database instead of a new SQLite file); prints articles/s, the RSS at 10,000, 100,000, 1,000,000 articles read and peak RSS";

    public int Run(string[] args)
    {
        var count = int.Parse(Option(args, "--count") ?? "100000", CultureInfo.InvariantCulture);
        var words = int.Parse(Option(args, "--words") ?? "600", CultureInfo.InvariantCulture);
        var folder = Path.Combine(Path.GetTempPath(), "parallax-bench-ingest-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        try
        {
            var watch = Stopwatch.StartNew();
            var input = Path.Combine(folder, "input");
            var events = Generate(input, count, words, args.Contains("--single") ? int.MaxValue : ShardSize);
            var bytes = Directory.EnumerateFiles(input).Sum(f => new FileInfo(f).Length);
            Console.WriteLine($"generated {count:N0} articles of ~{words} words, {events:N0} events ({bytes / 1e6:F0} MB of .jsonl in {Directory.EnumerateFiles(input).Count()} shards) in {watch.Elapsed.TotalSeconds:F1} s");

            var db = Option(args, "--db") ?? Path.Combine(folder, "bench.db");
            var rssBefore = ProcessMemory.Rss();
            long maxRss = 0;
            long nextMilestone = 10_000;
            using var store = ArticleStores.Open(db);
            if (store.ArticleCount > 0)
            {
                Console.Error.WriteLine($"{ArticleStores.Describe(db)}: not empty; the bench needs an empty database");
                return 1;
            }
            var last = Stopwatch.StartNew();
            watch.Restart();
            var (summary, heapWith) = Ingest(store, input, new Reporter(p =>
            {
                var rss = ProcessMemory.Rss();
                maxRss = Math.Max(maxRss, rss);
                for (; p.Read >= nextMilestone; nextMilestone *= 10)
                    Console.WriteLine($"RSS at {nextMilestone:N0}: {rss / 1e6:F0} MB ({p.Read:N0} read in {watch.Elapsed.TotalSeconds:F0} s, {p.Read / watch.Elapsed.TotalSeconds:F0}/s; peak so far {ProcessMemory.PeakRss() / 1e6:F0} MB)");
                if (last.Elapsed.TotalSeconds < 15)
                    return;
                last.Restart();
                Console.Error.WriteLine($"  {p.Read:N0} read, {p.Added:N0} added, {p.Read / watch.Elapsed.TotalSeconds:F0}/s, RSS {rss / 1e6:F0} MB, peak {ProcessMemory.PeakRss() / 1e6:F0} MB, load {Load()}");
            }));
            var held = heapWith - GC.GetTotalMemory(forceFullCollection: true);
            var seconds = watch.Elapsed.TotalSeconds;
            var p = summary.Progress;
            Console.WriteLine($"ingested: {p.Added:N0} added, {p.Syndicated:N0} syndicated copies, {p.Duplicates:N0} duplicates, {p.Skipped:N0} skipped, {summary.NewStories:N0} stories");
            Console.WriteLine($"throughput: {p.Read / seconds:F0} articles/s end to end ({seconds:F1} s, {Environment.ProcessorCount} cores)");
            Console.WriteLine($"memory: RSS before ingest {rssBefore / 1e6:F0} MB, max RSS during ingest {maxRss / 1e6:F0} MB, peak RSS (VmHWM) {ProcessMemory.PeakRss() / 1e6:F0} MB");
            Console.WriteLine($"ingest state (dedupe index, story map, clusterer): {held / 1e6:F1} MB of managed heap after a full GC, {held / (double)Math.Max(1, p.Added):F0} bytes per article");
            if (!ArticleStores.IsPostgres(db))
                Console.WriteLine($"database: {(new FileInfo(db).Length + (File.Exists(db + "-wal") ? new FileInfo(db + "-wal").Length : 0)) / 1e6:F0} MB");
            var (precision, recall, f1) = Quality(store);
            Console.WriteLine($"stories vs generated events: B-cubed P {precision:F3} R {recall:F3} F1 {f1:F3}");
            if (args.Contains("--keep"))
                Console.WriteLine($"kept: {folder}");
            return 0;
        }
        finally
        {
            if (!args.Contains("--keep"))
                Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Runs the ingest; also returns the managed heap after a full GC while the ingestor (and its in-memory state) is still alive.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (IngestSummary Summary, long HeapWithIngestor) Ingest(IArticleStore store, string input, IProgress<IngestProgress> progress)
    {
        var ingestor = new CorpusIngestor(store);
        var summary = ingestor.Run(ArticleLoader.Open([input]), p => Console.Error.WriteLine(p.Message), progress);
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(ingestor);
        return (summary, heap);
    }

    private static int Generate(string folder, int count, int words, int shardSize)
    {
        Directory.CreateDirectory(folder);
        var all = Path.Combine(folder, "all.tmp");
        var events = new SyntheticCorpus(words: words).Write(all, count);
        var shard = 0;
        var lines = 0;
        StreamWriter? writer = null;
        foreach (var line in File.ReadLines(all))
        {
            if (lines++ % shardSize == 0)
            {
                writer?.Dispose();
                writer = new StreamWriter(Path.Combine(folder, $"part-{shard++:D4}.jsonl"));
            }
            writer!.WriteLine(line);
        }
        writer?.Dispose();
        File.Delete(all);
        return events;
    }

    private static (double, double, double) Quality(IArticleReader store)
    {
        var gold = new List<string>();
        var predicted = new List<long>();
        foreach (var story in store.Stories(limit: int.MaxValue))
        {
            foreach (var article in store.ArticlesOf(story.Id))
            {
                gold.Add(article.Article.Url!.Split('/')[^2]);
                predicted.Add(article.Story);
            }
        }
        return ClusteringScore.BCubed(gold, predicted);
    }

    private static string Load() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private sealed class Reporter(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
