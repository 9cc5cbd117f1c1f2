using System.Security.Cryptography;
using System.Text;

namespace Parallax.Corpus;

/// <summary>The identity of an article's text: SHA-256 of its words, lower-cased and single-spaced, so whitespace and case changes do not make a new article.</summary>
public static class ContentHash
{
    /// <summary>The hex hash of <paramref name="text"/>.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normal = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normal)));
    }
}
