namespace Parallax.Tagging;

/// <summary>
/// Sparse feature weights: for each feature key, the labels it votes for and by how much.
/// An open-addressing hash table over rows stored back to back, so scoring a token allocates nothing.
/// </summary>
internal sealed class WeightTable
{
    private readonly Slot[] _slots;
    private readonly Entry[] _entries;
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
        _slots = new Slot[capacity];
        for (var row = 0; row < keys.Length; row++)
        {
            var slot = (int)(keys[row] * 2654435769u) & _mask;
            while (_slots[slot].Count != 0)
                slot = (slot + 1) & _mask;
            _slots[slot] = new Slot(keys[row], starts[row], starts[row + 1] - starts[row]);
        }
        _entries = new Entry[weights.Length];
        for (var e = 0; e < weights.Length; e++)
            _entries[e] = new Entry(labels[e], weights[e]);
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
            ref readonly var s = ref _slots[slot];
            if (s.Count == 0)
                return;
            if (s.Key == key)
            {
                foreach (var entry in _entries.AsSpan(s.Start, s.Count))
                    scores[entry.Label] += entry.Weight;
                return;
            }
            slot = (slot + 1) & _mask;
        }
    }

    private readonly record struct Slot(uint Key, int Start, int Count);

    private readonly record struct Entry(int Label, float Weight);
}
