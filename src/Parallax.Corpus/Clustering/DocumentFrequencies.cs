using System.Numerics;

namespace Parallax.Corpus.Clustering;

/// <summary>
/// How many documents hold each term or entity hash, kept in a count-min sketch of fixed size (four rows, conservative
/// update), so that memory does not grow with the vocabulary of a stream. A key's four counters lie in one block of 16
/// (one cache line), one in each quarter. A count is never below the true one; it is above it only when each of the
/// key's counters is shared with keys that were counted more often.
/// </summary>
internal sealed class DocumentFrequencies
{
    private const int Block = 16;
    private const int Rows = 4;

    private readonly int[] _counters;
    private readonly ulong _blockMask;

    /// <param name="counters">Counters in all (rounded down to a power of two, at least 16); 4 bytes each.</param>
    public DocumentFrequencies(int counters)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(counters, Block);
        var blocks = 1 << BitOperations.Log2((uint)(counters / Block));
        _counters = new int[blocks * Block];
        _blockMask = (ulong)(blocks - 1);
    }

    /// <summary>Counts one more document holding <paramref name="key"/>.</summary>
    public void Add(ulong key)
    {
        var (block, cells) = Cells(key);
        var least = Least(block, cells);
        if (least == int.MaxValue)
            return;
        for (var row = 0; row < Rows; row++)
        {
            ref var counter = ref _counters[block + row * Rows + (int)((cells >> (2 * row)) & 3)];
            if (counter == least)
                counter = least + 1;
        }
    }

    /// <summary>Documents counted as holding <paramref name="key"/> (at least the true number).</summary>
    public int Count(ulong key)
    {
        var (block, cells) = Cells(key);
        return Least(block, cells);
    }

    private (int Block, ulong Cells) Cells(ulong key)
    {
        var hash = StableHash.Mix(key);
        return ((int)(hash & _blockMask) * Block, hash >> 56);
    }

    private int Least(int block, ulong cells)
    {
        var least = int.MaxValue;
        for (var row = 0; row < Rows; row++)
            least = Math.Min(least, _counters[block + row * Rows + (int)((cells >> (2 * row)) & 3)]);
        return least;
    }
}
