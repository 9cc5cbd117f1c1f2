using Parallax.Semantics;

namespace Parallax.Bench.Comparison;

/// <summary>The sentence encoder of the bench commands: the default (int8) one, or the float model with <c>--fp32</c>, for A/B runs.</summary>
internal static class BenchEncoders
{
    private static readonly Lazy<MiniLmEncoder> Full = new(() => new MiniLmEncoder(precision: MiniLmPrecision.Full));

    public const string Option = "--fp32";

    public static MiniLmEncoder From(string[] args) => args.Contains(Option) ? Full.Value : MiniLmEncoder.Shared;
}
