using System.Collections.Frozen;
using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>
/// The name heading the subject of a claim, read from the parts of speech, whether or not the tagger made it an entity:
/// "The Orioles have offered $150 million" and "the Nationals have offered $160 million" are two bidders' offers, not two
/// figures for one.
/// </summary>
internal static class NamedDoers
{
    /// <summary>Words tagged as prepositions that open a clause, whose subject follows ("that the Orioles offered").</summary>
    private static readonly FrozenSet<string> ClauseOpeners = FrozenSet.ToFrozenSet(
        ["that", "whether", "if", "because", "although", "though", "while", "whereas", "unless"], StringComparer.Ordinal);

    /// <summary>Heads of a noun phrase of time that may open a clause before its subject ("Last week, the Nationals offered").</summary>
    private static readonly FrozenSet<string> TimeNouns = FrozenSet.ToFrozenSet(
        ["week", "month", "year", "weekend", "night", "morning", "afternoon", "evening", "season", "day", "time"], StringComparer.Ordinal);

    /// <summary>
    /// Both claims' subjects end in a proper noun, the two are different words of different entities, and neither sentence
    /// names the other's doer ("the Red Sox team of owner Henry offered" is still the Red Sox).
    /// </summary>
    public static bool Differ(DivergenceContext context, ClaimProfile a, ClaimProfile b)
    {
        if (SubjectHead(context, a) is not int ha || SubjectHead(context, b) is not int hb)
            return false;
        if (IsPronoun(a, ha) && IsPronoun(b, hb))
            return false;
        if (IsPronoun(a, ha) || IsPronoun(b, hb))
            return TwoPeople(a.Sentence.EntityAt(ha), a.Sentence, b.Sentence.EntityAt(hb), b.Sentence);
        var (wa, wb) = (a.Sentence.Words[ha], b.Sentence.Words[hb]);
        if (string.Equals(wa, wb, StringComparison.OrdinalIgnoreCase) || a.Sentence.EntityAt(ha) is { Entity: >= 0 } ea && ea.Entity == b.Sentence.EntityAt(hb)?.Entity)
            return false;
        return !Names(a.Sentence, wb) && !Names(b.Sentence, wa);
    }

    /// <summary>
    /// A pronoun doer and a named one are two people when the article resolved the pronoun to someone ("He has 605 yards",
    /// he being the receiver named before) whom the other sentence does not name, and the other doer is someone else
    /// that the pronoun's sentence does not name.
    /// </summary>
    private static bool TwoPeople(EntityOccurrence? a, SentenceProfile sa, EntityOccurrence? b, SentenceProfile sb)
        => a is { Entity: >= 0 } && b is { Entity: >= 0 } && a.Entity != b.Entity
            && !sa.Entities.Exists(o => o.Entity == b.Entity) && !sb.Entities.Exists(o => o.Entity == a.Entity);

    private static bool IsPronoun(ClaimProfile claim, int token) => claim.Tags[token] == "PRP";

    /// <summary>
    /// The last word of the claim's first noun phrase before its event word (or its first verb) when that word is a proper
    /// noun or a common noun a name modifies ("the Red Sox team"), or null: a phrase after a preposition is no subject ("In
    /// Hask, police found"), nor a phrase of time ("Last week, the Nationals made"), and a verb before any noun phrase ends
    /// the search.
    /// </summary>
    private static int? SubjectHead(DivergenceContext context, ClaimProfile claim)
    {
        var (tags, afterPreposition) = (claim.Tags, false);
        var end = claim.EventToken >= 0 ? claim.EventToken : claim.End;
        for (var i = claim.First; i < end; i++)
        {
            var tag = tags[i];
            if (tag.StartsWith("VB", StringComparison.Ordinal) || tag == "MD")
                return null;
            if (tag == "PRP" && claim.Sentence.Words[i] is "he" or "she" && !afterPreposition)
                return claim.Sentence.EntityAt(i) is { Entity: >= 0, Mention.Type: EntityType.Person } ? i : null;
            if (tag is "IN" or "TO")
            {
                afterPreposition = !ClauseOpeners.Contains(claim.Sentence.Words[i]);
                continue;
            }
            if (!tag.StartsWith("NN", StringComparison.Ordinal))
            {
                if (tag is "," or "." or ":" or "CC")
                    afterPreposition = false;
                continue;
            }
            var head = i;
            while (head + 1 < end && tags[head + 1].StartsWith("NN", StringComparison.Ordinal))
                head++;
            if (!afterPreposition && (TimeNouns.Contains(claim.Sentence.Words[head]) || claim.Sentence.Dates.Exists(d => d.Token >= i - 1 && d.Token <= head)))
            {
                i = head;
                continue;
            }
            if (!afterPreposition)
                return LastName(context, claim, i, head);
            i = head;
        }
        return null;
    }

    /// <summary>
    /// The head of a subject's noun phrase when it is a name, else the last name that modifies it ("the Red Sox team" is the
    /// Red Sox), or null.
    /// </summary>
    private static int? LastName(DivergenceContext context, ClaimProfile claim, int first, int head)
    {
        for (var k = head; k >= first; k--)
        {
            if (IsName(context, claim, k))
                return k;
        }
        return null;
    }

    /// <summary>A proper noun, or a capitalised plural inside the sentence ("the Nationals", which taggers read as a common noun).</summary>
    private static bool IsName(DivergenceContext context, ClaimProfile claim, int token)
    {
        var word = context.RawWord(claim.Sentence, token);
        return word.Length > 1 && (claim.Tags[token] is "NNP" or "NNPS" || claim.Tags[token] == "NNS" && token > 0 && char.IsUpper(word[0]));
    }

    private static bool Names(SentenceProfile sentence, string word)
        => sentence.Words.Any(w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase));
}
