namespace Parallax.Tagging;

/// <summary>
/// Deterministic 64-bit hashing of feature parts and the 32-bit keys stored in a model.
/// (Not <see cref="string.GetHashCode()"/>: keys must be identical in every process.)
/// </summary>
internal static class FeatureHash
{
    public const ulong None = 0x9E3779B97F4A7C15;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        var h = 14695981039346656037UL;
        foreach (var c in text)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return h;
    }

    public static ulong Of(string text) => Of(text.AsSpan());

    public static ulong Combine(ulong a, ulong b) => Finalize((a * 0xBF58476D1CE4E5B9UL) ^ (b + 0x9E3779B97F4A7C15UL));

    public static ulong Combine(ulong a, ulong b, ulong c) => Combine(Combine(a, b), c);

    public static uint Key(ulong template, ulong value) => (uint)Finalize(template * 0x94D049BB133111EBUL ^ value);

    public static uint Key(ulong template, ulong a, ulong b) => Key(template, Combine(a, b));

    private static ulong Finalize(ulong h)
    {
        h ^= h >> 30;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 27;
        h *= 0x94D049BB133111EBUL;
        return h ^ (h >> 31);
    }
}
