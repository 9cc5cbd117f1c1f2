using System.Globalization;
using Parallax.Comparison;

namespace Parallax.Bench.Comparison;

/// <summary>
/// A reported divergence as a stable key for hand judgements: the story (its line in NeuS val, from 0), the
/// kind as the JSON contract names it, and the sentence ids ("a1.s3|a2.s1").
/// </summary>
internal readonly record struct DivergenceKey(int Story, string Kind, string Sentences)
{
    public static DivergenceKey Of(int story, Story compared, Divergence divergence)
        => new(story, KindName(divergence.Kind), string.Join('|', divergence.Sentences.Select(compared.IdOf)));

    /// <summary>The contract name of a kind ("name-variant").</summary>
    public static string KindName(DivergenceKind kind) => kind switch
    {
        DivergenceKind.NameVariant => "name-variant",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Story}\t{Kind}\t{Sentences}");
}
