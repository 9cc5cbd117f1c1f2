using System.Numerics;
using Parallax.Documents;

namespace Parallax.Tagging;

/// <summary>
/// Sparse feature weights: for each feature key, the labels it votes for and by how much.
/// An open-addressing hash table, so scoring a token allocates nothing. A row of up to three weights whose float32 bits
/// end in 13 zero bits (every float16 value, so every shipped model's weight) is held in its slot, each weight's label
/// in those low bits, so looking it up touches one cache line and converts nothing; a row with a weight for at least
/// a quarter of the labels is stored as a dense row of every label's weight and added with vector adds; other rows are stored
/// back to back elsewhere.
/// </summary>
internal sealed class WeightTable
{
    private const int InlineWeights = 3;

    /// <summary>The low bits of an inline weight's float32 bits that hold its label + 1.</summary>
    private const uint LabelBits = 0x1FFF;

    /// <summary>The first word of a slot whose row is stored in <see cref="_entries"/>; never an inline weight (a NaN).</summary>
    private const uint Spilled = uint.MaxValue;

    /// <summary>The first word of a slot whose row is stored in <see cref="_dense"/>; never an inline weight (a NaN).</summary>
    private const uint Dense = uint.MaxValue - 1;

    private readonly Slot[] _slots;
    private readonly Entry[] _entries;
    private readonly float[] _dense;
    private readonly int _mask;

    /// <summary>The length of a dense row: the highest label + 1.</summary>
    private readonly int _width;

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
        var capacity = (int)Math.Max(16, BitOperations.RoundUpToPowerOf2((uint)(keys.Length + keys.Length / 2)));
        _mask = capacity - 1;
        _slots = new Slot[capacity];
        foreach (var label in labels)
            _width = Math.Max(_width, label + 1);
        // Rows are packed in key order (reading the arrays front to back), then placed in the order of the block of 64
        // slots their hash points at, so the table fills roughly front to back instead of at random. Where a row lands
        // does not change what a lookup finds.
        const int BlockBits = 6;
        var blocks = (_mask >> BlockBits) + 1;
        var offsets = new int[blocks + 1];
        int spilledEntries = 0, denseRows = 0;
        for (var row = 0; row < keys.Length; row++)
        {
            int start = starts[row], count = starts[row + 1] - start;
            if (count == 0 || FitsInline(weights, start, count))
                continue;
            if (IsDense(labels, start, count))
                denseRows++;
            else
                spilledEntries += count;
        }
        _entries = new Entry[spilledEntries];
        _dense = new float[denseRows * _width];
        spilledEntries = denseRows = 0;
        var packed = new Slot[keys.Length];
        var rows = 0;
        for (var row = 0; row < keys.Length; row++)
        {
            int start = starts[row], count = starts[row + 1] - start;
            if (count == 0)
                continue;
            if (FitsInline(weights, start, count))
            {
                packed[rows++] = Inline(keys[row], labels, weights, start, count);
            }
            else if (IsDense(labels, start, count))
            {
                packed[rows++] = new Slot(keys[row], Dense, (uint)(denseRows * _width), 0);
                for (var e = start; e < start + count; e++)
                    _dense[denseRows * _width + labels[e]] = weights[e];
                denseRows++;
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
                if (s.First >= Dense)
                {
                    AddSpilled(s, scores);
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

    private void AddSpilled(in Slot s, Span<float> scores)
    {
        if (s.First == Spilled)
        {
            foreach (var entry in _entries.AsSpan((int)s.Second, (int)s.Third))
                scores[entry.Label] += entry.Weight;
            return;
        }
        // Adding 0 to the labels the row has no weight for leaves their scores as they were.
        var row = _dense.AsSpan((int)s.Second, _width);
        var target = scores[.._width];
        var y = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; y <= row.Length - Vector<float>.Count; y += Vector<float>.Count)
                (new Vector<float>(target[y..]) + new Vector<float>(row[y..])).CopyTo(target[y..]);
        }
        for (; y < row.Length; y++)
            target[y] += row[y];
    }

    /// <summary>Takes the batched lookup's first reads of the slots, so that they are not optimised away.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void Keep(uint touched)
    {
    }

    private static void Add(uint packed, Span<float> scores) =>
        scores[(int)(packed & LabelBits) - 1] += BitConverter.UInt32BitsToSingle(packed & ~LabelBits);

    /// <summary>True when a row is short enough to sit in its slot and every weight of it leaves the label bits free.</summary>
    private static bool FitsInline(float[] weights, int start, int count)
    {
        if (count > InlineWeights)
            return false;
        for (var i = start; i < start + count; i++)
        {
            if ((BitConverter.SingleToUInt32Bits(weights[i]) & LabelBits) != 0 || float.IsNaN(weights[i]))
                return false;
        }
        return true;
    }

    /// <summary>True when a row weighs at least a quarter of the labels, each once (a dense row then costs no more cache lines than twice its entries).</summary>
    private bool IsDense(byte[] labels, int start, int count)
    {
        if (count * 4 < _width)
            return false;
        Span<bool> seen = stackalloc bool[_width];
        for (var e = start; e < start + count; e++)
        {
            if (seen[labels[e]])
                return false;
            seen[labels[e]] = true;
        }
        return true;
    }

    /// <summary>The row packed into a slot: each weight's float32 bits with its label + 1 in <see cref="LabelBits"/>.</summary>
    private static Slot Inline(uint key, byte[] labels, float[] weights, int start, int count)
    {
        Span<uint> packed = stackalloc uint[InlineWeights];
        for (var i = 0; i < count; i++)
            packed[i] = BitConverter.SingleToUInt32Bits(weights[start + i]) | (uint)(labels[start + i] + 1);
        return new Slot(key, packed[0], packed[1], packed[2]);
    }

    /// <summary>
    /// A key and its row: up to three weights packed as float32 bits | (label + 1) (0 = none); <see cref="Spilled"/>, the
    /// row's start in <see cref="_entries"/> and its length; or <see cref="Dense"/> and the row's start in <see cref="_dense"/>.
    /// <see cref="First"/> is 0 in an empty slot only.
    /// </summary>
    private readonly record struct Slot(uint Key, uint First, uint Second, uint Third)
    {
        public bool IsEmpty => First == 0;
    }

    private readonly record struct Entry(int Label, float Weight);
}
