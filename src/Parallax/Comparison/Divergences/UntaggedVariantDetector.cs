using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>
/// A name one claim spells in a way the entity tagger did not read as a name: in two claims stating the same fact,
/// a capitalised word of one that no entity covers, between the same words as a name of the other and spelled
/// close to it ("Troump has called ..." / "Trump has called ..."). The story's entities cannot show it, as the
/// variant never became a mention. An abbreviation's full stop is no spelling ("Mrs" / "Mrs.").
/// </summary>
internal sealed class UntaggedVariantDetector : ClaimPairDetector
{
    private const double Confidence = 0.7;

    /// <summary>A spelling holds up between sentences aligned below the divergence floor.</summary>
    protected override bool MayHoldUp(DivergenceContext context, ClaimPair pair) => true;

    protected override Divergence? Between(DivergenceContext context, ClaimPair pair)
    {
        if (!pair.SameFact)
            return null;
        return Find(context, pair.A, pair.B) is var (x, y) ? Report(context, pair.A, x, pair.B, y)
            : Find(context, pair.B, pair.A) is var (u, v) ? Report(context, pair.B, u, pair.A, v)
            : null;
    }

    /// <summary>A one-word name of <paramref name="named"/> and the untagged word of <paramref name="other"/> in its place.</summary>
    private static (EntityOccurrence Name, int Word)? Find(DivergenceContext context, ClaimProfile named, ClaimProfile other)
    {
        var (a, b) = (named.Sentence, other.Sentence);
        foreach (var o in named.Entities)
        {
            if (o.Mention.Kind != MentionKind.Name || o.Mention.Type is not (EntityType.Person or EntityType.Org or EntityType.Gpe or EntityType.Loc))
                continue;
            for (var t = o.Token; t <= o.EndToken; t++)
            {
                for (var k = other.First; k < other.End; k++)
                {
                    if (a.Words[t].Length < 3 || a.Words[t].TrimEnd('.') == b.Words[k].TrimEnd('.') || !Same(a, t - 1, b, k - 1) || !Same(a, t + 1, b, k + 1)
                        || b.Entities.Any(e => e.Token <= k && k <= e.EndToken))
                        continue;
                    var raw = context.RawWord(other.Sentence, k);
                    if (raw.Length >= 3 && char.IsUpper(raw[0]) && !raw.Any(char.IsDigit) && NameKey.SameWord(context.RawWord(a, t), raw))
                        return (o, k);
                }
            }
        }
        return null;
    }

    /// <summary>The words at <paramref name="i"/> and <paramref name="k"/> are equal; past either end of a sentence counts as an empty word.</summary>
    private static bool Same(SentenceProfile a, int i, SentenceProfile b, int k) => WordAt(a, i) == WordAt(b, k);

    private static string? WordAt(SentenceProfile p, int i) => i >= 0 && i < p.Words.Length ? p.Words[i] : null;

    private static Divergence Report(DivergenceContext context, ClaimProfile named, EntityOccurrence name, ClaimProfile other, int word)
    {
        var spelled = context.Span(other.Sentence, word, word);
        var nameSpan = context.Span(named.Sentence, name.Mention);
        var spans = named.Ref.Article < other.Ref.Article ? new[] { nameSpan, spelled } : [spelled, nameSpan];
        return new Divergence(DivergenceKind.NameVariant, DivergenceContext.Refs(named.Sentence, other.Sentence),
            $"{name.Mention.Text} ({context.Id(named.Sentence)}) vs {spelled.Text} ({context.Id(other.Sentence)})")
        {
            Confidence = Confidence,
            Spans = [.. spans],
        };
    }
}
