using System.CommandLine;
using Parallax.Comparison;
using Parallax.Semantics;

namespace Parallax.Cli.Commands;

/// <summary>The sentence encoder of the commands that compare: on by default, off with <c>--lexical</c>.</summary>
internal static class EncoderOptions
{
    private static readonly Lazy<CachingSentenceEncoder> Cached = new(() => new CachingSentenceEncoder(MiniLmEncoder.Shared));
    private static readonly Lazy<Task> WarmUp = new(() => MiniLmEncoder.Shared.WarmUpAsync());

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
            _ = WarmUp.Value;
        return Cached.Value;
    }

    /// <summary>
    /// Waits for a model load begun in the background to end, whatever its outcome: a process that exits while ONNX Runtime
    /// is still building its session (an ingest with nothing new to encode, an input error) can crash in native code.
    /// </summary>
    public static void SettleWarmUp()
    {
        try
        {
            if (WarmUp.IsValueCreated)
                WarmUp.Value.Wait();
        }
        catch (AggregateException)
        {
        }
    }
}
