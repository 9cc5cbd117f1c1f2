using Parallax.Documents;

namespace Parallax.Tagging;

/// <summary>
/// Sparse feature weights: for each feature key, the labels it votes for and by how much.
/// An open-addressing hash table, so scoring a token allocates nothing. A row of up to three weights that are exact
/// float16 values (every shipped model's) is held in its slot, so looking it up touches one cache line; longer rows
/// are stored back to back elsewhere.
/// </summary>
internal sealed class WeightTable
{
    private const int InlineWeights = 3;

    /// <summary>The first word of a slot whose row is stored in <see cref="_entries"/>; never an inline weight.</summary>
    private const uint Spilled = uint.MaxValue;

    private readonly Slot[] _slots;
    private readonly Entry[] _entries;
    private readonly int _mask;

    /// <param name="keys">Feature keys, ascending and distinct.</param>
    /// <param name="starts">Entry range of row i is [starts[i], starts[i+1]).</param>
    /// <param name="labels">Label index of each entry.</param>
    /// <param name="weights">Weight of each entry.</param>
    public WeightTable(uint[] keys, int[] starts, byte[] labels, float[] weights)
        : this(keys, starts, labels, weights, null)
    {
    }

    /// <param name="keys">Feature keys, ascending and distinct.</param>
    /// <param name="starts">Entry range of row i is [starts[i], starts[i+1]).</param>
    /// <param name="labels">Label index of each entry.</param>
    /// <param name="weights">Weight of each entry.</param>
    /// <param name="halves">The float16 bits of each weight when every weight is one (a model read from its file), else null.</param>
    public WeightTable(uint[] keys, int[] starts, byte[] labels, float[] weights, ushort[]? halves)
    {
        Keys = keys;
        Starts = starts;
        Labels = labels;
        Weights = weights;
        var capacity = (int)Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(keys.Length + keys.Length / 2)));
        _mask = capacity - 1;
        _slots = new Slot[capacity];
        // Rows are packed in key order (reading the arrays front to back), then placed in the order of the block of 64
        // slots their hash points at, so the table fills roughly front to back instead of at random. Where a row lands
        // does not change what a lookup finds.
        const int BlockBits = 6;
        var blocks = (_mask >> BlockBits) + 1;
        var offsets = new int[blocks + 1];
        var spilledEntries = 0;
        for (var row = 0; row < keys.Length; row++)
        {
            int start = starts[row], count = starts[row + 1] - start;
            if (count > 0 && !FitsInline(weights, halves, start, count))
                spilledEntries += count;
        }
        _entries = new Entry[spilledEntries];
        spilledEntries = 0;
        var packed = new Slot[keys.Length];
        var rows = 0;
        for (var row = 0; row < keys.Length; row++)
        {
            int start = starts[row], count = starts[row + 1] - start;
            if (count == 0)
                continue;
            if (Inline(labels, weights, halves, start, count) is { } inline)
            {
                packed[rows++] = inline with { Key = keys[row] };
            }
            else
            {
                packed[rows++] = new Slot(keys[row], Spilled, (uint)spilledEntries, (uint)count);
                for (var e = start; e < start + count; e++)
                    _entries[spilledEntries++] = new Entry(labels[e], weights[e]);
            }
            offsets[(((int)(keys[row] * 2654435769u) & _mask) >> BlockBits) + 1]++;
        }
        for (var b = 0; b < blocks; b++)
            offsets[b + 1] += offsets[b];
        var order = new int[rows];
        for (var i = 0; i < rows; i++)
            order[offsets[((int)(packed[i].Key * 2654435769u) & _mask) >> BlockBits]++] = i;
        foreach (var i in order)
        {
            var slot = (int)(packed[i].Key * 2654435769u) & _mask;
            while (!_slots[slot].IsEmpty)
                slot = (slot + 1) & _mask;
            _slots[slot] = packed[i];
        }
    }

    public uint[] Keys { get; }
    public int[] Starts { get; }
    public byte[] Labels { get; }
    public float[] Weights { get; }

    public int EntryCount => Weights.Length;

    /// <summary>
    /// Adds the rows of <paramref name="keys"/> to <paramref name="scores"/>, in order. Their slots are first read all
    /// together, so that the processor fetches them from memory at once instead of one after the other.
    /// </summary>
    public void AddScores(ReadOnlySpan<uint> keys, Span<float> scores)
    {
        const int Batch = 64;
        var slots = _slots;
        Span<int> first = stackalloc int[Batch];
        for (var offset = 0; offset < keys.Length; offset += Batch)
        {
            var chunk = keys.Slice(offset, Math.Min(Batch, keys.Length - offset));
            uint touched = 0;
            for (var i = 0; i < chunk.Length; i++)
            {
                first[i] = (int)(chunk[i] * 2654435769u) & _mask;
                touched ^= slots[first[i]].First;
            }
            Keep(touched);
            for (var i = 0; i < chunk.Length; i++)
                AddScores(chunk[i], first[i], scores);
        }
    }

    public void AddScores(uint key, Span<float> scores) => AddScores(key, (int)(key * 2654435769u) & _mask, scores);

    private void AddScores(uint key, int slot, Span<float> scores)
    {
        while (true)
        {
            ref readonly var s = ref _slots[slot];
            if (s.IsEmpty)
                return;
            if (s.Key == key)
            {
                if (s.First == Spilled)
                {
                    foreach (var entry in _entries.AsSpan((int)s.Second, (int)s.Third))
                        scores[entry.Label] += entry.Weight;
                    return;
                }
                Add(s.First, scores);
                if (s.Second != 0)
                {
                    Add(s.Second, scores);
                    if (s.Third != 0)
                        Add(s.Third, scores);
                }
                return;
            }
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Takes the batched lookup's first reads of the slots, so that they are not optimised away.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void Keep(uint touched)
    {
    }

    private static void Add(uint packed, Span<float> scores) =>
        scores[(int)(packed >> 16) - 1] += (float)BitConverter.UInt16BitsToHalf((ushort)packed);

    /// <summary>True when a row is short enough to sit in its slot and every weight of it is a float16 value.</summary>
    private static bool FitsInline(float[] weights, ushort[]? halves, int start, int count)
    {
        if (count > InlineWeights)
            return false;
        if (halves is not null)
            return true;
        for (var i = start; i < start + count; i++)
        {
            if (BitConverter.SingleToInt32Bits((float)(Half)weights[i]) != BitConverter.SingleToInt32Bits(weights[i]))
                return false;
        }
        return true;
    }

    /// <summary>The row packed into a slot (key left 0), or null when it does not <see cref="FitsInline"/>.</summary>
    private static Slot? Inline(byte[] labels, float[] weights, ushort[]? halves, int start, int count)
    {
        if (!FitsInline(weights, halves, start, count))
            return null;
        Span<uint> packed = stackalloc uint[InlineWeights];
        for (var i = 0; i < count; i++)
            packed[i] = (uint)(labels[start + i] + 1) << 16 | (halves?[start + i] ?? BitConverter.HalfToUInt16Bits((Half)weights[start + i]));
        return new Slot(0, packed[0], packed[1], packed[2]);
    }

    /// <summary>
    /// A key and its row: up to three weights packed as (label + 1) &lt;&lt; 16 | float16 bits (0 = none), or
    /// <see cref="Spilled"/>, the row's start in <see cref="_entries"/> and its length. <see cref="First"/> is 0 in an empty slot only.
    /// </summary>
    private readonly record struct Slot(uint Key, uint First, uint Second, uint Third)
    {
        public bool IsEmpty => First == 0;
    }

    private readonly record struct Entry(int Label, float Weight);
}
