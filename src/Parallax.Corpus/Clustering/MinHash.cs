namespace Parallax.Corpus.Clustering;

/// <summary>MinHash signatures over word 3-shingles, banded for locality-sensitive lookup.</summary>
internal static class MinHash
{
    public const int Bands = 12;
    public const int Rows = 5;
    public const int Size = Bands * Rows;
    private const int ShingleSize = 3;
    private static readonly ulong[] Seeds = [.. Enumerable.Range(1, Size).Select(i => StableHash.Mix((ulong)i * 0x9E3779B97F4A7C15UL))];

    public static uint[] Signature(IReadOnlyList<ulong> words)
    {
        if (words.Count < ShingleSize)
            return [];
        var signature = new uint[Size];
        Array.Fill(signature, uint.MaxValue);
        for (var i = 0; i + ShingleSize <= words.Count; i++)
        {
            var shingle = words[i];
            for (var k = 1; k < ShingleSize; k++)
                shingle = StableHash.Mix(shingle * 31 + words[i + k]);
            for (var s = 0; s < Size; s++)
            {
                var h = (uint)(StableHash.Mix(shingle ^ Seeds[s]) >> 32);
                if (h < signature[s])
                    signature[s] = h;
            }
        }
        return signature;
    }

    public static ulong BandKey(ReadOnlySpan<uint> signature, int band)
    {
        var key = (ulong)band + 1;
        for (var r = 0; r < Rows; r++)
            key = StableHash.Mix(key * 31 + signature[band * Rows + r]);
        return key;
    }

    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length != Size || b.Length != Size)
            return 0;
        var same = 0;
        for (var i = 0; i < Size; i++)
        {
            if (a[i] == b[i])
                same++;
        }
        return same / (double)Size;
    }
}
