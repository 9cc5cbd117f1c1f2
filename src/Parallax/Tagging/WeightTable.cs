namespace Parallax.Tagging;

/// <summary>
/// Sparse feature weights: for each feature key, the labels it votes for and by how much.
/// An open-addressing hash table over rows stored back to back, so scoring a token allocates nothing.
/// </summary>
internal sealed class WeightTable
{
    private readonly uint[] _slotKeys;
    private readonly int[] _slotRows;
    private readonly int _mask;

    /// <param name="keys">Feature keys, ascending and distinct.</param>
    /// <param name="starts">Entry range of row i is [starts[i], starts[i+1]).</param>
    /// <param name="labels">Label index of each entry.</param>
    /// <param name="weights">Weight of each entry.</param>
    public WeightTable(uint[] keys, int[] starts, byte[] labels, float[] weights)
    {
        Keys = keys;
        Starts = starts;
        Labels = labels;
        Weights = weights;
        var capacity = (int)Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(keys.Length * 2)));
        _mask = capacity - 1;
        _slotKeys = new uint[capacity];
        _slotRows = new int[capacity];
        for (var row = 0; row < keys.Length; row++)
        {
            var slot = (int)(keys[row] * 2654435769u) & _mask;
            while (_slotRows[slot] != 0)
                slot = (slot + 1) & _mask;
            _slotKeys[slot] = keys[row];
            _slotRows[slot] = row + 1;
        }
    }

    public uint[] Keys { get; }
    public int[] Starts { get; }
    public byte[] Labels { get; }
    public float[] Weights { get; }

    public int EntryCount => Weights.Length;

    public void AddScores(uint key, Span<float> scores)
    {
        var slot = (int)(key * 2654435769u) & _mask;
        while (true)
        {
            var row = _slotRows[slot];
            if (row == 0)
                return;
            if (_slotKeys[slot] == key)
            {
                for (int e = Starts[row - 1], end = Starts[row]; e < end; e++)
                    scores[Labels[e]] += Weights[e];
                return;
            }
            slot = (slot + 1) & _mask;
        }
    }
}
