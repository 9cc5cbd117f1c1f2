using Parallax.Entities;

namespace Parallax.Comparison;

/// <summary>
/// Different places (or people) in the same role of two claims that state one fact: a named place
/// or person only one claim has, next to the same content word as one only the other has
/// ("evacuated to Hask" vs "evacuated to Lorn").
/// </summary>
internal sealed class SlotDetector(DivergenceKind kind) : ClaimPairDetector
{
    private const double Confidence = 0.6;
    private const int Window = 3;

    protected override Divergence? Between(DivergenceContext context, ClaimPair pair)
    {
        if (!pair.SameFact)
            return null;
        var (a, b) = (pair.A, pair.B);
        var inA = a.Sentence.Entities.Select(o => o.Entity).ToHashSet();
        var inB = b.Sentence.Entities.Select(o => o.Entity).ToHashSet();
        foreach (var x in a.Entities.Where(o => Fits(o) && !inB.Contains(o.Entity)))
        {
            foreach (var y in b.Entities.Where(o => Fits(o) && !inA.Contains(o.Entity)))
            {
                if (!SameSlot(a.Sentence, x, b.Sentence, y))
                    continue;
                return new Divergence(kind, DivergenceContext.Refs(a.Sentence, b.Sentence),
                    $"{x.Mention.Text} ({context.Id(a.Sentence)}) vs {y.Mention.Text} ({context.Id(b.Sentence)})")
                {
                    Confidence = Confidence,
                    Spans = [context.Span(a.Sentence, x.Mention), context.Span(b.Sentence, y.Mention)],
                };
            }
        }
        return null;
    }

    private bool Fits(EntityOccurrence o) => o.Mention.Kind is MentionKind.Name or MentionKind.Role
        && (kind == DivergenceKind.Place ? o.Mention.Type is EntityType.Gpe or EntityType.Loc : o.Mention.Type == EntityType.Person);

    private static bool SameSlot(SentenceProfile a, EntityOccurrence x, SentenceProfile b, EntityOccurrence y)
    {
        var (leftA, rightA) = (ConceptNear(a, x.Token, -1), ConceptNear(a, x.EndToken, +1));
        var (leftB, rightB) = (ConceptNear(b, y.Token, -1), ConceptNear(b, y.EndToken, +1));
        return leftA is not null && leftA == leftB || rightA is not null && rightA == rightB;
    }

    private static string? ConceptNear(SentenceProfile p, int token, int step)
    {
        for (int i = token + step, n = 0; i >= 0 && i < p.Concepts.Length && n < Window; i += step, n++)
        {
            if (p.Concepts[i] is { } c && !c.StartsWith("k:", StringComparison.Ordinal))
                return c;
        }
        return null;
    }
}
