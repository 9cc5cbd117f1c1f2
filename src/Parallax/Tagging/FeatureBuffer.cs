namespace Parallax.Tagging;

/// <summary>The feature keys of every token of one sentence, reused between sentences.</summary>
internal sealed class FeatureBuffer
{
    private uint[] _keys = new uint[2048];
    private int[] _starts = new int[129];
    private int _count;

    /// <summary>Tokens completed so far.</summary>
    public int Tokens { get; private set; }

    public void Reset()
    {
        _count = 0;
        Tokens = 0;
        _starts[0] = 0;
    }

    public void Add(uint key)
    {
        if (_count == _keys.Length)
            Array.Resize(ref _keys, _keys.Length * 2);
        _keys[_count++] = key;
    }

    public void EndToken()
    {
        if (Tokens + 2 > _starts.Length)
            Array.Resize(ref _starts, _starts.Length * 2);
        _starts[++Tokens] = _count;
    }

    public ReadOnlySpan<uint> Of(int token) => _keys.AsSpan(_starts[token], _starts[token + 1] - _starts[token]);

    /// <summary>A compact copy (keys and per-token starts) for caching during training.</summary>
    public (uint[] Keys, int[] Starts) Snapshot() => (_keys[.._count], _starts[..(Tokens + 1)]);
}
