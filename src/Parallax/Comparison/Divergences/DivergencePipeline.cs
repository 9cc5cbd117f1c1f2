using System.Collections.Immutable;
using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>
/// Runs the divergence detectors in order, each seeing what the ones before it found (so a framing
/// conflict found across the story is not reported again on one of its pairs), drops repeats of a
/// kind on the same sentences, and ranks the rest by confidence times the importance of their kind.
/// </summary>
internal sealed class DivergencePipeline(ImmutableArray<IDivergenceDetector> detectors)
{
    public static DivergencePipeline Default { get; } = new(
    [
        new FramingDetector(),
        new NumberDetector(),
        new DateDetector(),
        new SlotDetector(DivergenceKind.Place),
        new SlotDetector(DivergenceKind.Person),
        new NegationDetector(),
        new ModalityDetector(),
        new ProposalAttributionDetector(),
        new QuoteAttributionDetector(),
        new SourceKindAttributionDetector(),
        new CountSlotDetector(),
        new EventValueDetector(),
        new NamedSumDetector(),
        new NameVariantDetector(),
        new UntaggedVariantDetector(),
    ]);

    public ImmutableArray<Divergence> Run(DivergenceContext context)
    {
        var found = new List<Divergence>();
        var seen = new HashSet<(DivergenceKind, string)>();
        void Keep(IEnumerable<Divergence> divergences)
        {
            foreach (var divergence in divergences)
            {
                if (seen.Add((divergence.Kind, SentenceKey(divergence))))
                    found.Add(divergence);
            }
        }
        for (var d = 0; d < detectors.Length;)
        {
            var end = d;
            while (end < detectors.Length && detectors[end] is ClaimPairDetector)
                end++;
            if (end > d)
            {
                foreach (var divergences in ClaimPairDetector.DetectAll(context, [.. detectors[d..end].Cast<ClaimPairDetector>()]))
                    Keep(divergences);
                d = end;
            }
            else
            {
                Keep(detectors[d].Detect(context, found).ToList());
                d++;
            }
        }
        return [.. found
            .Select((d, order) => (Divergence: d, Order: order))
            .OrderByDescending(x => Math.Round(x.Divergence.Confidence * Importance(x.Divergence.Kind), 3))
            .ThenBy(x => x.Order)
            .Select(x => x.Divergence)];
    }

    /// <summary>How much a reader needs to know of a divergence of this kind, other things equal.</summary>
    public static double Importance(DivergenceKind kind) => kind switch
    {
        DivergenceKind.Attribution or DivergenceKind.Number => 1.0,
        DivergenceKind.Date => 0.95,
        DivergenceKind.Negation => 0.9,
        DivergenceKind.Person or DivergenceKind.Place => 0.85,
        DivergenceKind.Modality => 0.75,
        _ => 0.6,
    };

    /// <summary>The divergence's sentences in order, so that two divergences over the same sentences share a key.</summary>
    private static string SentenceKey(Divergence divergence)
        => string.Join(' ', divergence.Sentences.OrderBy(s => (s.Article, s.Sentence)).Select(s => $"{s.Article}.{s.Sentence}"));
}
