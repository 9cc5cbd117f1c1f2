using System.Diagnostics;
using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Corpus.Clustering;
using Parallax.Ingest;

namespace Parallax.Corpus;

/// <summary>Settings of a <see cref="CorpusIngestor"/>.</summary>
public sealed record IngestOptions
{
    /// <summary>Articles per transaction.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Threads analysing articles.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The analysis pipeline.</summary>
    public AnalysisPipeline Pipeline { get; init; } = Analyzer.Default;

    /// <summary>Story clustering settings.</summary>
    public ClusteringOptions Clustering { get; init; } = ClusteringOptions.Default;

    /// <summary>Cache each article's analysis in the store (so reports need not re-analyse).</summary>
    public bool CacheAnalyses { get; init; } = true;

    /// <summary>
    /// When set, the sentences of each new article are encoded and their vectors stored, so that its story later
    /// compares without encoding (slow: the encoder is much slower than the analysis).
    /// </summary>
    public ISentenceEncoder? Encoder { get; init; }

    /// <summary>
    /// Where new articles are analysed: null for this machine's cores (<see cref="Parallelism"/> threads), else, for
    /// example, the silos of a cluster. Not with <see cref="Encoder"/>: sentence vectors are encoded where the articles
    /// are analysed, so an analyst that is to store them is asked for that when it is made.
    /// </summary>
    public IArticleAnalyst? Analyst { get; init; }
}

/// <summary>Counts so far, reported after every committed batch.</summary>
/// <param name="Read">Inputs read (articles and problems).</param>
/// <param name="Added">Articles stored.</param>
/// <param name="Duplicates">Articles already stored (same URL or same text).</param>
/// <param name="Skipped">Inputs that could not be read.</param>
/// <param name="Syndicated">Stored articles that are near-duplicates of an earlier one.</param>
public sealed record IngestProgress(long Read, long Added, long Duplicates, long Skipped, long Syndicated);

/// <summary>The outcome of an ingest run.</summary>
/// <param name="Progress">Final counts.</param>
/// <param name="Elapsed">Wall time.</param>
/// <param name="Cancelled">True when the run was cancelled (everything committed before is kept).</param>
/// <param name="NewStories">Stories started by this run.</param>
public sealed record IngestSummary(IngestProgress Progress, TimeSpan Elapsed, bool Cancelled, long NewStories)
{
    /// <summary>Skip reasons with their counts (the message's text after the file name).</summary>
    public IReadOnlyDictionary<string, int> SkipReasons { get; init; } = new Dictionary<string, int>();
}

/// <summary>
/// Reads, analyses (in parallel), de-duplicates, clusters and stores articles, committing one
/// transaction per batch so an interrupted run loses at most the batch in flight and the next run
/// continues where it stopped. One ingestor per store; one run at a time.
/// </summary>
public sealed class CorpusIngestor
{
    private readonly IArticleStore _store;
    private readonly IngestOptions _options;
    /// <summary>Stored articles replayed into the clusterer when an ingest starts.</summary>
    private const int ReplayedArticles = 50_000;

    private readonly Lock _storeGate = new();
    private readonly HashSet<string> _inFlight = new(StringComparer.Ordinal);
    private StoryAssigner? _assigner;

    /// <summary>An ingestor writing to <paramref name="store"/>.</summary>
    public CorpusIngestor(IArticleStore store, IngestOptions? options = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _options = options ?? new IngestOptions();
        if (_options.Analyst is not null && _options.Encoder is not null)
            throw new ArgumentException("sentence vectors are encoded where articles are analysed: set an encoder, or an analyst made to store them, not both", nameof(options));
    }

    /// <summary>Ingests everything <paramref name="input"/> yields (e.g. <c>ArticleLoader.Open(paths)</c>, read lazily: the input is never held whole).</summary>
    /// <param name="input">Articles and problems.</param>
    /// <param name="onProblem">Called for each input that is skipped (with file and line), one call at a time.</param>
    /// <param name="progress">Told the counts after each committed batch.</param>
    /// <param name="cancellation">Stops reading; articles already analysed are committed, the others read are dropped.</param>
    public IngestSummary Run(IEnumerable<IngestResult> input, Action<IngestProblem>? onProblem = null, IProgress<IngestProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var watch = Stopwatch.StartNew();
        EnsureState();
        var firstStory = _store.LastStoryId;
        var run = new IngestRun(onProblem, progress, cancellation);
        var local = _options.Analyst is null;
        var queue = new IngestQueue(local ? 1 : Math.Max(1, _options.BatchSize), local ? Math.Max(_options.BatchSize, 4 * _options.Parallelism) : 2);
        var analysts = local
            ? Enumerable.Range(0, Math.Max(1, _options.Parallelism)).Select(_ => Start(() => AnalyseAll(queue, run))).ToArray()
            : [Start(() => AnalyseAll(queue, run))];
        var writer = Start(() => WriteAll(queue, run));
        try
        {
            ReadAll(input, queue, run);
        }
        finally
        {
            queue.CompleteReading();
            Task.WaitAll(analysts, CancellationToken.None);
            writer.GetAwaiter().GetResult();
        }
        var final = run.Snapshot();
        long newStories;
        lock (_storeGate)
            newStories = _store.LastStoryId - firstStory;
        progress?.Report(final);
        return new IngestSummary(final, watch.Elapsed, run.Cancelled, newStories) { SkipReasons = run.Reasons() };

        static Task Start(Action action) => Task.Factory.StartNew(action, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>
    /// The reading stage (the calling thread): counts and reports unreadable inputs, drops articles already stored or in
    /// flight, and queues the rest in input order; waits only when the queue is full.
    /// </summary>
    private void ReadAll(IEnumerable<IngestResult> input, IngestQueue queue, IngestRun run)
    {
        foreach (var result in input)
        {
            if (run.Cancellation.IsCancellationRequested)
            {
                run.Cancelled = true;
                return;
            }
            if (queue.Stopped)
                return;
            run.CountRead();
            if (result.Problem is { } problem)
            {
                run.Skip(problem);
                continue;
            }
            var article = result.Article!;
            var hash = ContentHash.Of(article.Text);
            if (!Claim(hash, article.Url))
            {
                run.CountDuplicate();
                continue;
            }
            if (!queue.Add(article, hash))
                return;
        }
        if (run.Cancellation.IsCancellationRequested)
            run.Cancelled = true;
    }

    /// <summary>Marks the article as in flight, unless it (its text or its URL) is stored or in flight already.</summary>
    private bool Claim(string hash, string? url)
    {
        lock (_storeGate)
        {
            lock (_inFlight)
            {
                if (_inFlight.Contains(hash) || (url is not null && _inFlight.Contains(url)) || _store.FindExisting(hash, url) is not null)
                    return false;
                _inFlight.Add(hash);
                if (url is not null)
                    _inFlight.Add(url);
                return true;
            }
        }
    }

    /// <summary>The analysis stage (one of <see cref="IngestOptions.Parallelism"/> threads, or the one feeding the analyst).</summary>
    private void AnalyseAll(IngestQueue queue, IngestRun run)
    {
        while (queue.NextToAnalyse() is { } work)
        {
            if (run.Cancellation.IsCancellationRequested || queue.Stopped)
            {
                work.Drop();
                continue;
            }
            try
            {
                work.Done(_options.Analyst is { } analyst ? Analysed(work.Articles, analyst) : [.. work.Articles.Select(Analyse)]);
            }
            catch (Exception e)
            {
                work.Fail(e);
            }
        }
    }

    /// <summary>
    /// The writing stage: takes analysed articles in input order, places them in stories and stores them a batch per
    /// transaction. A failure stops the run after the articles before it are stored.
    /// </summary>
    private void WriteAll(IngestQueue queue, IngestRun run)
    {
        var batch = new List<Prepared>(_options.BatchSize);
        try
        {
            while (queue.NextToWrite() is { } work)
            {
                List<Prepared>? prepared;
                try
                {
                    prepared = work.Result();
                }
                catch when (batch.Count > 0)
                {
                    queue.Stop();
                    Commit(batch, run);
                    throw;
                }
                if (prepared is null)
                {
                    Release(work.Articles.Select(a => a.Hash), work.Articles.Select(a => a.Article.Url));
                    continue;
                }
                batch.AddRange(prepared);
                if (batch.Count >= _options.BatchSize)
                {
                    Commit(batch, run);
                    batch = new List<Prepared>(_options.BatchSize);
                }
            }
            if (batch.Count > 0)
                Commit(batch, run);
        }
        catch
        {
            queue.Stop();
            throw;
        }
    }

    /// <summary>Places a batch in stories and stores it in one transaction.</summary>
    private void Commit(List<Prepared> batch, IngestRun run)
    {
        var records = new List<ArticleRecord>(batch.Count);
        var placeable = batch.Count(item => item.Failure is null);
        long nextId;
        lock (_storeGate)
            nextId = placeable == 0 ? 0 : _store.ReserveArticleIds(placeable);
        foreach (var item in batch)
        {
            if (item.Failure is { } failure)
            {
                run.Skip(failure);
                continue;
            }
            var record = Place(item, nextId++);
            if (record.SyndicatedOf is not null)
                run.CountSyndicated();
            records.Add(record);
        }
        var moves = _assigner!.TakeMoves();
        if (moves.Count > 0)
        {
            var index = new Dictionary<long, int>(records.Count);
            for (var i = 0; i < records.Count; i++)
                index[records[i].Id] = i;
            var earlier = new List<(long Article, long Story)>();
            foreach (var (article, story) in moves)
            {
                if (index.TryGetValue(article, out var i))
                    records[i] = records[i] with { Story = story };
                else
                    earlier.Add((article, story));
            }
            moves = earlier;
        }
        lock (_storeGate)
        {
            _store.AddBatch(records, moves);
            if (_options.Encoder is { } encoder)
                SentenceVectors.Store(_store, encoder, [.. batch.SelectMany(item => item.Texts)]);
        }
        Release(batch.Select(item => item.Hash), batch.Select(item => item.Url));
        run.CountAdded(records.Count);
    }

    private void Release(IEnumerable<string> hashes, IEnumerable<string?> urls)
    {
        lock (_inFlight)
        {
            foreach (var hash in hashes)
                _inFlight.Remove(hash);
            foreach (var url in urls)
            {
                if (url is not null)
                    _inFlight.Remove(url);
            }
        }
    }

    /// <summary>The part of a problem message after its location ("file.jsonl:3: no article text" gives "no article text").</summary>
    internal static string Reason(IngestProblem problem)
    {
        var message = problem.Message;
        if (message.StartsWith(problem.Source, StringComparison.Ordinal))
        {
            message = message[problem.Source.Length..];
            if (problem.Line is { } line && message.StartsWith(":" + line.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
                message = message[(1 + line.ToString(System.Globalization.CultureInfo.InvariantCulture).Length)..];
            message = message.TrimStart(':', ' ');
        }
        return message.Length > 80 ? message[..80] : message;
    }

    /// <summary>Analyses one article on this machine; an exception becomes the article's <see cref="Prepared.Failure"/>.</summary>
    private Prepared Analyse(QueuedArticle queued)
    {
        var (article, hash) = queued;
        try
        {
            var analysis = _options.Pipeline.Analyze(article);
            var features = ArticleFeatures.From(analysis);
            var cached = _options.CacheAnalyses ? new CachedAnalysis(hash, AnalysisVersion.Of(_options.Pipeline), AnalysisCodec.Encode(analysis)) : null;
            return new Prepared(article, hash, features, cached, null) { Texts = _options.Encoder is null ? [] : SentenceVectors.TextsOf(analysis) };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var source = article.Source ?? article.Id;
            return new Prepared(article, hash, null, null, new IngestProblem(source, null, $"{source}: analysis failed ({e.GetType().Name}: {e.Message})"));
        }
    }

    /// <summary>The articles as analysed by <paramref name="analyst"/>, in their order.</summary>
    private List<Prepared> Analysed(IReadOnlyList<QueuedArticle> fresh, IArticleAnalyst analyst)
    {
        var results = analyst.Analyse([.. fresh.Select(item => item.Article)]);
        if (results.Count != fresh.Count)
            throw new InvalidOperationException($"the analyst returned {results.Count} analyses for {fresh.Count} articles");
        var prepared = new List<Prepared>(fresh.Count);
        for (var i = 0; i < fresh.Count; i++)
        {
            var (article, hash) = fresh[i];
            var result = results[i];
            if (result.Features is null)
            {
                var source = article.Source ?? article.Id;
                prepared.Add(new Prepared(article, hash, null, null, new IngestProblem(source, null, $"{source}: analysis failed ({result.Failure})")));
                continue;
            }
            var cached = _options.CacheAnalyses && result.Analysis is { } data ? new CachedAnalysis(hash, result.Pipeline, data) : null;
            prepared.Add(new Prepared(article, hash, FeatureCodec.Decode(result.Features), cached, null));
        }
        return prepared;
    }

    /// <summary>Gives the article its story (linking a near-duplicate to its original).</summary>
    private ArticleRecord Place(Prepared item, long id)
    {
        var features = item.Features!;
        var (story, original) = _assigner!.Place(id, features);
        return new ArticleRecord(id, item.Article, item.Hash, story, original, FeatureCodec.Encode(features)) { Analysis = item.Analysis, Bands = StoredPlacements.Keys(features.Signature) };
    }

    /// <summary>
    /// Rebuilds the clusterer from the most recent stored articles (older stories can no longer grow: see
    /// <see cref="ClusteringOptions.ActiveStories"/>); near-duplicates and the story of older articles are read from the
    /// store as needed, so memory does not grow with the corpus. A database from before band keys were stored gets them
    /// first. Once per ingestor.
    /// </summary>
    private void EnsureState()
    {
        if (_assigner is not null)
            return;
        var assigner = new StoryAssigner(_options.Clustering, new StoredPlacements(_store, _storeGate));
        lock (_storeGate)
        {
            if (_store.BandsMissing)
                AddMissingBands();
            foreach (var stored in _store.Features(Math.Max(0, _store.ArticleCount - ReplayedArticles)))
                assigner.Replay(stored.Id, stored.Story, FeatureCodec.Decode(stored.Features));
            assigner.StartAfter(_store.LastStoryId);
        }
        _assigner = assigner;
    }

    /// <summary>Stores the band keys of every stored article, a chunk at a time.</summary>
    private void AddMissingBands()
    {
        var after = 0L;
        while (true)
        {
            var chunk = _store.Features(after).Take(4096).ToList();
            if (chunk.Count == 0)
                return;
            _store.AddBands([.. chunk.Select(f => (f.Id, StoredPlacements.Keys(FeatureCodec.Decode(f.Features).Signature)))]);
            after = chunk[^1].Id;
        }
    }
}
