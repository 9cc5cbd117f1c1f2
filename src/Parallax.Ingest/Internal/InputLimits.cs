using System.Globalization;

namespace Parallax.Ingest.Internal;

/// <summary>
/// The limits every reader enforces, so that no input can exhaust memory, the stack or time. An input over a limit is
/// skipped with a one-line problem naming it and the limit; the rest of the run goes on. Documented in the README.
/// </summary>
internal static class InputLimits
{
    /// <summary>
    /// A file read whole: every format but <c>.jsonl</c>, a <c>.json</c> array (top-level or wrapped) and a UTF-8 feed,
    /// which are streamed.
    /// </summary>
    public const long FileBytes = 64L << 20;

    /// <summary>One <c>.jsonl</c> line, or one element of a streamed <c>.json</c> array; in characters, one item of a streamed feed.</summary>
    public const int LineBytes = LineReader.DefaultMaxLine;

    /// <summary>Decompressed bytes per compressed byte of a <c>.gz</c> file, past the first <see cref="GzipAllowance"/>.</summary>
    public const int GzipRatio = 100;

    /// <summary>Decompressed bytes any <c>.gz</c> file may reach whatever its ratio.</summary>
    public const long GzipAllowance = 1L << 20;

    /// <summary>Nested blocks of a Markdown body, collections of YAML front matter, folders below a folder given.</summary>
    public const int NestingDepth = 128;

    /// <summary>Nested elements of an HTML page or fragment (the depth at which Chromium's parser stops nesting).</summary>
    public const int HtmlDepth = 512;

    /// <summary>Characters of one article's cleaned text (a long news article has 50,000; analysis time and memory grow with it).</summary>
    public const int ArticleChars = 2_000_000;

    /// <summary>Aliases (<c>*name</c>) in YAML front matter.</summary>
    public const int YamlAliases = 16;

    /// <summary>Characters of one front matter field once aliases are expanded.</summary>
    public const int FieldChars = 4096;

    public static long GzipBytes(long compressed) => Math.Max(GzipAllowance, compressed * GzipRatio);

    public static string Megabytes(long bytes) => (bytes / (double)(1 << 20)).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
}
