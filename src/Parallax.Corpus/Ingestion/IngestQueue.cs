using System.Threading.Channels;
using Parallax.Corpus.Clustering;
using Parallax.Ingest;

namespace Parallax.Corpus;

/// <summary>An article read for ingest, with its content hash, waiting for analysis.</summary>
internal sealed record QueuedArticle(Article Article, string Hash);

/// <summary>An article ready to be placed and stored: its features and cached analysis, or why its analysis failed.</summary>
internal sealed record Prepared(Article Article, string Hash, ArticleFeatures? Features, CachedAnalysis? Analysis, IngestProblem? Failure)
{
    public string? Url => Article.Url;

    /// <summary>The texts to encode when <see cref="IngestOptions.Encoder"/> is set.</summary>
    public IReadOnlyList<string> Texts { get; init; } = [];
}

/// <summary>
/// The bounded hand-over between an ingest's stages: the reader adds articles in input order, grouped in units of
/// analysis; any number of analysts take units in any order; the writer takes them back in input order, waiting for
/// each unit's analysis. At most <c>capacity</c> units are between the reader and the writer, so memory is bounded
/// and the reader waits (not the analysts) when the writer falls behind.
/// </summary>
internal sealed class IngestQueue
{
    private readonly int _unit;
    private readonly Channel<QueuedWork> _inOrder;
    private readonly Channel<QueuedWork> _toAnalyse = Channel.CreateUnbounded<QueuedWork>(new UnboundedChannelOptions { SingleWriter = true });
    private List<QueuedArticle> _pending;
    private volatile bool _stopped;

    /// <param name="unit">Articles per unit of analysis (one for this machine's threads; a batch for a remote analyst).</param>
    /// <param name="capacity">Units at most between the reader and the writer.</param>
    public IngestQueue(int unit, int capacity)
    {
        _unit = unit;
        _pending = new List<QueuedArticle>(unit);
        _inOrder = Channel.CreateBounded<QueuedWork>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
    }

    /// <summary>True once the writer has stopped on a failure: nothing more is stored.</summary>
    public bool Stopped => _stopped;

    /// <summary>Queues an article (reader only); waits while the queue is full; false when the writer has stopped.</summary>
    public bool Add(Article article, string hash)
    {
        _pending.Add(new QueuedArticle(article, hash));
        return _pending.Count < _unit || Flush();
    }

    /// <summary>Queues what is pending and tells the other stages that nothing more comes (reader only).</summary>
    public void CompleteReading()
    {
        if (!_stopped)
            Flush();
        _inOrder.Writer.TryComplete();
        _toAnalyse.Writer.TryComplete();
    }

    /// <summary>The writer has failed: the reader stops and the analysts drop what is left.</summary>
    public void Stop()
    {
        _stopped = true;
        _inOrder.Writer.TryComplete();
    }

    /// <summary>The next unit to analyse, or null when reading is done and every unit is taken (analysts).</summary>
    public QueuedWork? NextToAnalyse() => Next(_toAnalyse.Reader);

    /// <summary>The next unit in input order, or null at the end (the writer).</summary>
    public QueuedWork? NextToWrite() => Next(_inOrder.Reader);

    private bool Flush()
    {
        if (_pending.Count == 0)
            return true;
        var work = new QueuedWork(_pending);
        _pending = new List<QueuedArticle>(_unit);
        while (!_inOrder.Writer.TryWrite(work))
        {
            if (!_inOrder.Writer.WaitToWriteAsync().AsTask().GetAwaiter().GetResult())
                return false;
        }
        _toAnalyse.Writer.TryWrite(work);
        return true;
    }

    private static QueuedWork? Next(ChannelReader<QueuedWork> reader)
    {
        while (true)
        {
            if (reader.TryRead(out var work))
                return work;
            if (!reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
                return null;
        }
    }
}

/// <summary>A unit of analysis: articles in input order and, once analysed, what the writer needs of them.</summary>
internal sealed class QueuedWork(List<QueuedArticle> articles)
{
    private readonly TaskCompletionSource<List<Prepared>?> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<QueuedArticle> Articles => articles;

    public void Done(List<Prepared> prepared) => _result.TrySetResult(prepared);

    /// <summary>Not analysed (the run was cancelled or stopped): the writer stores none of it.</summary>
    public void Drop() => _result.TrySetResult(null);

    /// <summary>The analyst failed: the writer stops the run with <paramref name="error"/>.</summary>
    public void Fail(Exception error) => _result.TrySetException(error);

    /// <summary>Waits for the analysis; null when dropped; throws the analyst's failure.</summary>
    public List<Prepared>? Result() => _result.Task.GetAwaiter().GetResult();
}
