using Parallax.Documents;

namespace Parallax.Tagging;

/// <summary>Orthographic facts about one token, hashed once and shared by every feature template.</summary>
internal readonly struct WordForm
{
    public ulong Raw { get; private init; }
    public ulong Lower { get; private init; }
    public ulong Shape { get; private init; }
    public ulong ShortShape { get; private init; }
    public ulong Prefix1 { get; private init; }
    public ulong Prefix2 { get; private init; }
    public ulong Prefix3 { get; private init; }
    public ulong Prefix4 { get; private init; }
    public ulong Suffix1 { get; private init; }
    public ulong Suffix2 { get; private init; }
    public ulong Suffix3 { get; private init; }
    public ulong Suffix4 { get; private init; }
    public bool InitialCapital { get; private init; }
    public bool StartsWithLetter { get; private init; }
    public bool AllCapitals { get; private init; }
    public bool HasLower { get; private init; }
    public bool HasDigit { get; private init; }
    public bool HasHyphen { get; private init; }
    public bool HasPeriod { get; private init; }
    public bool IsPunctuation { get; private init; }

    /// <summary>The lowercased, normalised text (curly quotes straightened, digits as 0) used for lexicon look-ups.</summary>
    public string Key { get; private init; }

    public static WordForm Boundary { get; } = new()
    {
        Raw = FeatureHash.None,
        Lower = FeatureHash.None,
        Shape = FeatureHash.None,
        ShortShape = FeatureHash.None,
        Prefix1 = FeatureHash.None,
        Prefix2 = FeatureHash.None,
        Prefix3 = FeatureHash.None,
        Prefix4 = FeatureHash.None,
        Suffix1 = FeatureHash.None,
        Suffix2 = FeatureHash.None,
        Suffix3 = FeatureHash.None,
        Suffix4 = FeatureHash.None,
        Key = "",
    };

    public static WordForm Of(string word)
    {
        var length = Math.Min(word.Length, 64);
        Span<char> norm = stackalloc char[length];
        Span<char> shape = stackalloc char[length];
        Span<char> shortShape = stackalloc char[length];
        int shapeLength = 0, shortLength = 0, run = 0;
        bool hasUpper = false, hasLower = false, hasDigit = false, hasHyphen = false, hasPeriod = false, allPunct = true;
        for (var i = 0; i < length; i++)
        {
            var c = Normalize(word[i]);
            char kind;
            if (char.IsUpper(c)) { kind = 'X'; hasUpper = true; allPunct = false; }
            else if (char.IsLower(c)) { kind = 'x'; hasLower = true; allPunct = false; }
            else if (char.IsDigit(c)) { kind = 'd'; hasDigit = true; allPunct = false; }
            else if (char.IsLetter(c)) { kind = 'x'; hasLower = true; allPunct = false; }
            else kind = c;
            if (c == '-') hasHyphen = true;
            if (c == '.') hasPeriod = true;
            norm[i] = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
            run = shapeLength > 0 && shape[shapeLength - 1] == kind ? run + 1 : 1;
            if (run <= 4)
                shape[shapeLength++] = kind;
            if (shortLength == 0 || shortShape[shortLength - 1] != kind)
                shortShape[shortLength++] = kind;
        }
        ReadOnlySpan<char> n = norm;
        var key = n.SequenceEqual(word.AsSpan()) ? word : new string(n);
        return new WordForm
        {
            Raw = FeatureHash.Of(word),
            Lower = FeatureHash.Of(n),
            Shape = FeatureHash.Of(shape[..shapeLength]),
            ShortShape = FeatureHash.Of(shortShape[..shortLength]),
            Prefix1 = FeatureHash.Of(n[..Math.Min(1, n.Length)]),
            Prefix2 = FeatureHash.Of(n[..Math.Min(2, n.Length)]),
            Prefix3 = FeatureHash.Of(n[..Math.Min(3, n.Length)]),
            Prefix4 = FeatureHash.Of(n[..Math.Min(4, n.Length)]),
            Suffix1 = FeatureHash.Of(n[Math.Max(0, n.Length - 1)..]),
            Suffix2 = FeatureHash.Of(n[Math.Max(0, n.Length - 2)..]),
            Suffix3 = FeatureHash.Of(n[Math.Max(0, n.Length - 3)..]),
            Suffix4 = FeatureHash.Of(n[Math.Max(0, n.Length - 4)..]),
            InitialCapital = length > 0 && char.IsUpper(word[0]),
            StartsWithLetter = length > 0 && char.IsLetter(word[0]),
            AllCapitals = hasUpper && !hasLower,
            HasLower = hasLower,
            HasDigit = hasDigit,
            HasHyphen = hasHyphen,
            HasPeriod = hasPeriod,
            IsPunctuation = allPunct,
            Key = key,
        };
    }

    /// <summary>The <see cref="Key"/> of a word without computing the rest.</summary>
    public static string KeyOf(string word)
    {
        Span<char> norm = stackalloc char[Math.Min(word.Length, 64)];
        for (var i = 0; i < norm.Length; i++)
        {
            var c = Normalize(word[i]);
            norm[i] = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
        }
        ReadOnlySpan<char> n = norm;
        return n.SequenceEqual(word.AsSpan()) ? word : new string(n);
    }

    /// <summary>Straightens typographic quotes and dashes so news text matches the training corpus.</summary>
    public static char Normalize(char c) => c switch
    {
        '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
        '\u2018' or '\u2019' or '\u201A' => '\'',
        '\u2013' or '\u2014' or '\u2010' or '\u2011' or '\u2212' => '-',
        _ => c,
    };
}
