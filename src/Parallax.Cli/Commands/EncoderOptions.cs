using System.CommandLine;
using Parallax.Comparison;
using Parallax.Semantics;

namespace Parallax.Cli.Commands;

/// <summary>The sentence encoder of the commands that compare: on by default, off with <c>--lexical</c>.</summary>
internal static class EncoderOptions
{
    private static readonly Lazy<CachingSentenceEncoder> Cached = new(() => new CachingSentenceEncoder(MiniLmEncoder.Shared));

    public static Option<bool> Lexical() => new("--lexical")
    {
        Description = "Align sentences by their words only, without the sentence encoder (faster; misses paraphrases)",
    };

    /// <summary>
    /// The process's encoder (each text encoded once), null with --lexical. Its model loads on first use, or
    /// starts loading now in the background with <paramref name="warmUp"/> (for a command sure to use it).
    /// </summary>
    public static ISentenceEncoder? Encoder(bool lexical, bool warmUp = true)
    {
        if (lexical)
            return null;
        if (warmUp)
            _ = MiniLmEncoder.Shared.WarmUpAsync();
        return Cached.Value;
    }
}
