namespace Parallax.Corpus;

/// <summary>A 64-bit FNV-1a hash that is the same in every process (string.GetHashCode is randomised), for persisted features.</summary>
internal static class StableHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> text, ulong seed = Offset)
    {
        var hash = seed;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= Prime;
        }
        return hash;
    }

    public static ulong Of(string prefix, ReadOnlySpan<char> text) => Of(text, Of(prefix));

    /// <summary>A strong bit mixer (splitmix64 finaliser).</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9UL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebUL;
        x ^= x >> 31;
        return x;
    }
}
