using System.Diagnostics;
using Parallax.Comparison;

namespace Parallax.Bench.Comparison;

/// <summary>An encoder that counts the texts it was given and the wall time spent in its calls (calls that overlap are counted once).</summary>
internal sealed class TimedEncoder(ISentenceEncoder inner) : ISentenceEncoder
{
    private readonly Lock _gate = new();
    private readonly Stopwatch _clock = new();
    private int _running;
    private long _texts;

    public string ModelId => inner.ModelId;

    public long Texts => Interlocked.Read(ref _texts);

    public TimeSpan Elapsed
    {
        get
        {
            lock (_gate)
                return _clock.Elapsed;
        }
    }

    public float[][] Encode(IReadOnlyList<string> texts)
    {
        lock (_gate)
        {
            if (_running++ == 0)
                _clock.Start();
        }
        try
        {
            return inner.Encode(texts);
        }
        finally
        {
            Interlocked.Add(ref _texts, texts.Count);
            lock (_gate)
            {
                if (--_running == 0)
                    _clock.Stop();
            }
        }
    }
}
