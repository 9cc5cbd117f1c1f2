using Parallax.Documents;
using Parallax.Entities;

namespace Parallax.Comparison;

/// <summary>
/// The same statement credited to different named sources: two claims that state one fact, each
/// the content of a quote whose speaker is named in the sentence (not a role, a pronoun or a
/// description), resolved to two different people, or two different organisations, whose names
/// share no word, neither of whom the other sentence mentions. Different wordings of one source
/// ("the Court" / "the Supreme Court", an official / their office, a name and its initials) are not a divergence, nor is a
/// date or number taken for a speaker.
/// </summary>
internal sealed class QuoteAttributionDetector : ClaimPairDetector
{
    private const double Confidence = 0.6;
    private const double MinScore = 0.4;

    protected override Divergence? Between(DivergenceContext context, ClaimPair pair)
    {
        if (!pair.SameFact || pair.Score < MinScore)
            return null;
        if (Source(context, pair.A) is not { } sa || Source(context, pair.B) is not { } sb || sa.Entity == sb.Entity)
            return null;
        if (sa.Entity.Type != sb.Entity.Type || SharesWord(sa.Entity, sb.Entity) || SourceNames.Same(sa.Entity, sb.Entity) || Mentions(pair.B.Sentence, sa.Index) || Mentions(pair.A.Sentence, sb.Index))
            return null;
        var (qa, qb) = (pair.A.Source!, pair.B.Source!);
        if (sa.Entity.Type == EntityType.Org && SpeakersShareName(qa.Speaker.Text, qb.Speaker.Text))
            return null;
        return new Divergence(DivergenceKind.Attribution, DivergenceContext.Refs(pair.A.Sentence, pair.B.Sentence),
            $"attributed to {sa.Entity.Name} ({context.Id(pair.A.Sentence)}) vs {sb.Entity.Name} ({context.Id(pair.B.Sentence)})")
        {
            Confidence = Confidence,
            Spans = [new DivergenceSpan(pair.A.Ref, qa.Speaker.Start, qa.Speaker.End, qa.Speaker.Text), new DivergenceSpan(pair.B.Ref, qb.Speaker.Start, qb.Speaker.End, qb.Speaker.Text)],
        };
    }

    /// <summary>The claim's source when it is a person or organisation named where the quote is attributed.</summary>
    private static (int Index, StoryEntity Entity)? Source(DivergenceContext context, ClaimProfile claim)
    {
        if (claim.Source is not { Named: true } quote || claim.SourceEntity < 0)
            return null;
        var entity = context.Entities.Entities[claim.SourceEntity];
        if (entity.Type is not (EntityType.Person or EntityType.Org))
            return null;
        var named = context.Articles[claim.Ref.Article].Mentions.Any(m => m.Kind == MentionKind.Name
            && m.Start < quote.Speaker.End && m.End > quote.Speaker.Start);
        return named ? (claim.SourceEntity, entity) : null;
    }

    /// <summary>
    /// The two organisations' speaker words share a name word: one body named two ways ("the Justice Department's
    /// internal watchdog" / "the Justice Department's Office of the Inspector General").
    /// </summary>
    private static bool SpeakersShareName(string x, string y) => ShareNameWord([x], [y]);

    private static bool SharesWord(StoryEntity x, StoryEntity y) => ShareNameWord(x.Aliases.Append(x.Name), y.Aliases.Append(y.Name));

    /// <summary>Some capitalised word of one set of names, not a title or a stop word, is in the other ("Supreme Court" / "the Court").</summary>
    private static bool ShareNameWord(IEnumerable<string> x, IEnumerable<string> y)
    {
        static IEnumerable<string> Words(IEnumerable<string> names) => names
            .SelectMany(n => n.Split([' ', '-', '.', '\'', '\u2019'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 2 && char.IsUpper(w[0]) && !Lexicon.StopWords.Contains(w.ToLowerInvariant()) && !Gazetteer.Default.Titles.Contains(w.ToLowerInvariant()));
        var words = Words(x).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Words(y).Any(words.Contains);
    }

    /// <summary>The sentence names the entity (a pronoun resolved to it does not count: "his words" may be the other source's).</summary>
    private static bool Mentions(SentenceProfile sentence, int entity) => sentence.Entities.Any(o => o.Entity == entity && o.Mention.Kind == MentionKind.Name);
}
