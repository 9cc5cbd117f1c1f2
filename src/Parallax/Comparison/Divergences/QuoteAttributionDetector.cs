using Parallax.Entities;

namespace Parallax.Comparison;

/// <summary>
/// The same statement attributed to different sources: two claims that state one fact, each the
/// content of a quote, whose speakers are different people, organisations or anonymous sources.
/// A speaker that is a date, a number or an unresolved pronoun is no source to compare.
/// </summary>
internal sealed class QuoteAttributionDetector : ClaimPairDetector
{
    private const double Confidence = 0.6;
    private const double MinScore = 0.4;

    protected override Divergence? Between(DivergenceContext context, ClaimPair pair)
    {
        if (!pair.SameFact || pair.Score < MinScore)
            return null;
        if (Source(context, pair.A) is not { } sa || Source(context, pair.B) is not { } sb || sa.Key == sb.Key)
            return null;
        var (qa, qb) = (pair.A.Source!, pair.B.Source!);
        return new Divergence(DivergenceKind.Attribution, DivergenceContext.Refs(pair.A.Sentence, pair.B.Sentence),
            $"attributed to {sa.Name} ({context.Id(pair.A.Sentence)}) vs {sb.Name} ({context.Id(pair.B.Sentence)})")
        {
            Confidence = Confidence,
            Spans = [new DivergenceSpan(pair.A.Ref, qa.Speaker.Start, qa.Speaker.End, qa.Speaker.Text), new DivergenceSpan(pair.B.Ref, qb.Speaker.Start, qb.Speaker.End, qb.Speaker.Text)],
        };
    }

    /// <summary>The claim's source as a comparable key and a name, when it is a person, an organisation, a place acting as one, or a described source.</summary>
    private static (string Key, string Name)? Source(DivergenceContext context, ClaimProfile claim)
    {
        if (claim.Source is not { } quote)
            return null;
        var document = context.Articles[claim.Ref.Article];
        foreach (var mention in document.Mentions)
        {
            if (mention.Start < quote.Speaker.End && mention.End > quote.Speaker.Start && mention.Kind is MentionKind.Date or MentionKind.Number)
                return null;
        }
        if (claim.SourceEntity >= 0)
        {
            var entity = context.Entities.Entities[claim.SourceEntity];
            return entity.Type is EntityType.Person or EntityType.Org or EntityType.Gpe or EntityType.Loc or EntityType.Misc
                ? ("e" + claim.SourceEntity, entity.Name)
                : null;
        }
        var text = quote.Speaker.Text;
        if (text.Length < 2 || !text.Any(char.IsLetter) || char.IsDigit(text[0]) || Pronouns.Contains(text.ToLowerInvariant()))
            return null;
        return (VoiceCounter.Normalise(text), text);
    }

    private static readonly HashSet<string> Pronouns = ["he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "this"];
}
