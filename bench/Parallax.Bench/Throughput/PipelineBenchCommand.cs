using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Parallax.Analysis;
using Parallax.Corpus;
using Parallax.Documents;
using Parallax.Ingest;
using Parallax.Reports;
using Parallax.Store;
using static Parallax.Bench.CommandLine;

namespace Parallax.Bench.Throughput;

/// <summary>
/// The whole pipeline on real news: the same articles (<see cref="RealArticles"/>) through each analysis stage alone
/// (time and allocations), through analysis on one thread and on all cores (with the JSON report, as <c>analyze</c>), and
/// through <c>ingest</c> into a fresh SQLite database; articles/s, words/s and peak RSS of each phase.
/// </summary>
internal sealed class PipelineBenchCommand : IBenchCommand
{
    private static readonly string[] Phases = ["profile", "one-thread", "all-cores", "ingest"];

    public string Name => "bench-pipeline";

    public string Description => "the same real articles (--count N, default 1000: PolNeAR train+dev, then extraction gold bodies; or --texts DIR of .txt) per stage, on one thread, on all cores and through ingest into a fresh SQLite db; --only PHASE[,PHASE] of profile,one-thread,all-cores,ingest; --export DIR writes the texts and stops";

    public int Run(string[] args)
    {
        var count = int.Parse(Option(args, "--count") ?? "1000", CultureInfo.InvariantCulture);
        if (Option(args, "--export") is { } export)
        {
            Console.WriteLine($"wrote {RealArticles.Export(export, count):N0} articles to {export}");
            return 0;
        }
        var only = Option(args, "--only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? Phases;
        if (only.FirstOrDefault(p => !Phases.Contains(p)) is { } unknown)
        {
            Console.Error.WriteLine($"bench-pipeline: unknown phase '{unknown}' (phases: {string.Join(", ", Phases)})");
            return 2;
        }
        var scratch = Path.Combine(Path.GetTempPath(), "parallax-bench-pipeline-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var texts = Option(args, "--texts");
        try
        {
            if (texts is null)
            {
                texts = Path.Combine(scratch, "texts");
                RealArticles.Export(texts, count);
            }
            var files = RealArticles.Files(texts);
            if (files.Length == 0)
            {
                Console.Error.WriteLine($"bench-pipeline: {texts}: no .txt files");
                return 1;
            }
            var words = files.Sum(f => RealArticles.Words(File.ReadAllText(f)));
            var articles = ArticleLoader.Load(texts).Select(r => r.Article).OfType<Article>().ToArray();
            Console.WriteLine($"input: {articles.Length:N0} articles, {words:N0} words ({words / articles.Length:N0} per article) from {texts}; {Environment.ProcessorCount} cores");

            var clock = Stopwatch.StartNew();
            foreach (var article in articles.Take(100))
                Analyzer.Analyze(article);
            Console.WriteLine($"warm-up (models, JIT; 100 articles): {clock.Elapsed.TotalSeconds:F2} s");

            if (only.Contains("profile"))
                Profile(articles, words);
            if (only.Contains("one-thread"))
                OneThread(articles, words);
            if (only.Contains("all-cores"))
                AllCores(articles, words);
            if (only.Contains("ingest"))
                Ingest(texts, Path.Combine(scratch, "bench.db"), articles.Length, words);
            return 0;
        }
        finally
        {
            if (Directory.Exists(scratch))
                Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>Each stage alone on one thread: wall time and bytes allocated.</summary>
    private static void Profile(Article[] articles, long words)
    {
        var components = Analyzer.Default.Components;
        var seconds = new double[components.Length];
        var cpu = new double[components.Length];
        var bytes = new long[components.Length];
        foreach (var article in articles)
        {
            var document = new ArticleAnalysis(article);
            for (var i = 0; i < components.Length; i++)
            {
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var start = Stopwatch.GetTimestamp();
                var cpuStart = ThreadCpuTime.ProcessSeconds();
                document = components[i].Process(document);
                cpu[i] += ThreadCpuTime.ProcessSeconds() - cpuStart;
                seconds[i] += Stopwatch.GetElapsedTime(start).TotalSeconds;
                bytes[i] += GC.GetAllocatedBytesForCurrentThread() - allocated;
            }
        }
        var total = cpu.Sum();
        Console.WriteLine("profile, each stage alone, article after article (process CPU; wall beside it; allocations of the calling thread):");
        Console.WriteLine($"  {"stage",-16} {"CPU s",7} {"share",6} {"words/CPU-s",12} {"wall s",7} {"MB alloc",9} {"KB/article",11}");
        for (var i = 0; i < components.Length; i++)
            Console.WriteLine($"  {components[i].Name,-16} {cpu[i],7:F2} {cpu[i] / total,6:P0} {words / cpu[i],12:N0} {seconds[i],7:F2} {bytes[i] / 1e6,9:N0} {bytes[i] / 1024.0 / articles.Length,11:N0}");
        Console.WriteLine($"  {"all",-16} {total,7:F2} {1,6:P0} {words / total,12:N0} {seconds.Sum(),7:F2} {bytes.Sum() / 1e6,9:N0} {bytes.Sum() / 1024.0 / articles.Length,11:N0}");
    }

    private static void OneThread(Article[] articles, long words)
    {
        ProcessMemory.ResetPeak();
        var thread = ThreadCpuTime.Seconds();
        var process = ThreadCpuTime.ProcessSeconds();
        var jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
        var jitTime = System.Runtime.JitInfo.GetCompilationTime();
        var clock = Stopwatch.StartNew();
        foreach (var article in articles)
            Analyzer.Analyze(article);
        var wall = clock.Elapsed.TotalSeconds;
        thread = ThreadCpuTime.Seconds() - thread;
        process = ThreadCpuTime.ProcessSeconds() - process;
        jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethods;
        jitTime = System.Runtime.JitInfo.GetCompilationTime() - jitTime;
        Print("analysis, one thread", articles.Length, words, wall, $"; process CPU {process:F2} s = {words / Math.Max(process, 0.01):N0} words/CPU-s (the analysing thread alone {thread:F2} s; JIT during the phase: {jitMethods:N0} methods, {jitTime.TotalSeconds:F2} s)");
    }

    /// <summary>What <c>parallax analyze --format json</c> does after reading: every article on all cores, then one JSON report.</summary>
    private static void AllCores(Article[] articles, long words)
    {
        ProcessMemory.ResetPeak();
        var cpu = ThreadCpuTime.ProcessSeconds();
        var clock = Stopwatch.StartNew();
        var analyses = new ArticleAnalysis[articles.Length];
        Parallel.For(0, articles.Length, i => analyses[i] = Analyzer.Analyze(articles[i]));
        var analysed = clock.Elapsed.TotalSeconds;
        using (var sink = new CountingStream())
        {
            JsonReport.WriteAnalysis(analyses, sink);
            Print("analysis, all cores, + JSON", articles.Length, words, clock.Elapsed.TotalSeconds, $"; process CPU {ThreadCpuTime.ProcessSeconds() - cpu:F2} s; analysis {analysed:F2} s, JSON {sink.Length / 1e6:F0} MB, SHA-256 {sink.Digest()[..16]}");
        }
    }

    private static void Ingest(string texts, string db, int count, long words)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(db)!);
        ProcessMemory.ResetPeak();
        var cpu = ThreadCpuTime.ProcessSeconds();
        var clock = Stopwatch.StartNew();
        IngestSummary summary;
        using (var store = ArticleStores.Open(db))
            summary = new CorpusIngestor(store).Run(ArticleLoader.Open([texts]), p => Console.Error.WriteLine(p.Message));
        var elapsed = clock.Elapsed.TotalSeconds;
        var process = ThreadCpuTime.ProcessSeconds() - cpu;
        string digest;
        using (var store = ArticleStores.Open(db))
            digest = StoredDigest(store);
        var p = summary.Progress;
        Print("ingest, fresh SQLite db", count, words, elapsed, $"; process CPU {process:F2} s; {p.Added:N0} added, {p.Duplicates:N0} duplicates, {p.Syndicated:N0} syndicated, {summary.NewStories:N0} stories; stored SHA-256 {digest[..16]}");
    }

    /// <summary>
    /// A digest of what an ingest stored, in id order: each article's source, content hash, story, original and clustering
    /// features, and its cached analysis (two builds that store the same give the same digest).
    /// </summary>
    private static string StoredDigest(IArticleStore store)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var pipeline = AnalysisVersion.Of(Analyzer.Default);
        foreach (var features in store.Features())
        {
            var article = store.Article(features.Id)!;
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(FormattableString.Invariant($"{features.Id} {article.Article.Source} {article.ContentHash} {features.Story} {features.SyndicatedOf}\n")));
            hash.AppendData(features.Features);
            hash.AppendData(store.CachedAnalysis(article.ContentHash, pipeline) ?? []);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Print(string phase, int articles, long words, double seconds, string more) =>
        Console.WriteLine($"{phase}: {seconds:F2} s, {articles / seconds:N0} articles/s, {words / seconds:N0} words/s, peak RSS {ProcessMemory.PeakRss() / (1024.0 * 1024):N0} MiB{more}");

    /// <summary>Counts and hashes what is written (the digest tells whether two builds give the same analyses).</summary>
    private sealed class CountingStream : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => Position;
        public override long Position { get; set; }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _hash.AppendData(buffer);
            Position += buffer.Length;
        }

        public string Digest() => Convert.ToHexStringLower(_hash.GetHashAndReset());

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                _hash.Dispose();
            base.Dispose(disposing);
        }
    }
}
