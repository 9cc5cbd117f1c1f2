using Parallax.Ingest;

namespace Parallax.Corpus;

/// <summary>The counts and callbacks of one ingest run, shared by its stages (counts are thread-safe; problems are reported one at a time).</summary>
internal sealed class IngestRun(Action<IngestProblem>? onProblem, IProgress<IngestProgress>? progress, CancellationToken cancellation)
{
    private readonly Lock _problems = new();
    private readonly Dictionary<string, int> _reasons = new(StringComparer.Ordinal);
    private long _read, _added, _duplicates, _skipped, _syndicated;

    public CancellationToken Cancellation => cancellation;

    /// <summary>Set by the reader when it stopped on the token.</summary>
    public bool Cancelled { get; set; }

    public void CountRead() => Interlocked.Increment(ref _read);

    public void CountDuplicate() => Interlocked.Increment(ref _duplicates);

    public void CountSyndicated() => Interlocked.Increment(ref _syndicated);

    /// <summary>A batch of <paramref name="count"/> articles is committed: progress is told.</summary>
    public void CountAdded(int count)
    {
        Interlocked.Add(ref _added, count);
        progress?.Report(Snapshot());
    }

    public void Skip(IngestProblem problem)
    {
        Interlocked.Increment(ref _skipped);
        var reason = CorpusIngestor.Reason(problem);
        lock (_problems)
        {
            _reasons[reason] = _reasons.GetValueOrDefault(reason) + 1;
            onProblem?.Invoke(problem);
        }
    }

    public IngestProgress Snapshot() => new(Interlocked.Read(ref _read), Interlocked.Read(ref _added), Interlocked.Read(ref _duplicates), Interlocked.Read(ref _skipped), Interlocked.Read(ref _syndicated));

    public IReadOnlyDictionary<string, int> Reasons()
    {
        lock (_problems)
            return new Dictionary<string, int>(_reasons, StringComparer.Ordinal);
    }
}
