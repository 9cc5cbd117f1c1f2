using System.Collections.Immutable;
using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>
/// Runs the divergence detectors in order, each seeing what the ones before it found (so a framing
/// conflict found across the story is not reported again on one of its pairs), drops repeats of a
/// kind on the same sentences, and ranks the rest by confidence times the importance of their kind.
/// A story-wide detector that sees nothing found yet runs beside the claim-pair detectors after it,
/// which read only the story; its divergences are still kept first.
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
        new HedgedQuoteDetector(),
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
            var end = PairDetectorsFrom(d);
            if (end > d)
            {
                foreach (var divergences in ClaimPairDetector.DetectAll(context, [.. detectors[d..end].Cast<ClaimPairDetector>()]))
                    Keep(divergences);
                d = end;
            }
            else if (found.Count == 0 && PairDetectorsFrom(d + 1) is var after && after > d + 1)
            {
                var detector = detectors[d];
                var first = Task.Run(() => detector.Detect(context, []).ToList());
                List<Divergence>[] pairs;
                try
                {
                    pairs = ClaimPairDetector.DetectAll(context, [.. detectors[(d + 1)..after].Cast<ClaimPairDetector>()]);
                }
                finally
                {
                    ((IAsyncResult)first).AsyncWaitHandle.WaitOne();
                }
                Keep(first.GetAwaiter().GetResult());
                foreach (var divergences in pairs)
                    Keep(divergences);
                d = after;
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

    /// <summary>The end of the run of claim-pair detectors that starts at <paramref name="from"/> (<paramref name="from"/> itself when none does).</summary>
    private int PairDetectorsFrom(int from)
    {
        var end = Math.Min(from, detectors.Length);
        while (end < detectors.Length && detectors[end] is ClaimPairDetector)
            end++;
        return end;
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
    {
        if (divergence.Sentences is [var a, var b])
            return (a.Article, a.Sentence).CompareTo((b.Article, b.Sentence)) <= 0 ? $"{a.Article}.{a.Sentence} {b.Article}.{b.Sentence}" : $"{b.Article}.{b.Sentence} {a.Article}.{a.Sentence}";
        return string.Join(' ', divergence.Sentences.OrderBy(s => (s.Article, s.Sentence)).Select(s => $"{s.Article}.{s.Sentence}"));
    }
}
