using Parallax.Entities;

namespace Parallax.Quotes;

/// <summary>
/// Links a speaker phrase to the in-document entity whose mention covers its head, keeps
/// anonymous sources entity-free, and resolves pronoun speakers to the previous speaker or the
/// most recent person mentioned as a subject. Works (without entities) when no entity layer ran.
/// </summary>
internal sealed class SpeakerResolver
{
    private readonly QuotedText _t;
    private readonly int[] _entityOfMention;

    public SpeakerResolver(QuotedText text)
    {
        _t = text;
        var mentions = text.Document.Mentions;
        _entityOfMention = new int[mentions.Length];
        Array.Fill(_entityOfMention, -1);
        foreach (var entity in text.Document.Entities)
        {
            foreach (var m in entity.Mentions)
            {
                if (m >= 0 && m < mentions.Length)
                    _entityOfMention[m] = entity.Index;
            }
        }
    }

    public Speaker Resolve(int first, int last, IReadOnlyList<Quote> previous, out bool named)
    {
        var start = _t.Tokens[first].Start;
        var end = _t.Tokens[last].End;
        var text = _t.Text[start..end];
        var head = HeadOf(first, last);
        var headWord = _t.Lower[head];
        var entity = EntityAt(start, end, _t.Tokens[head].Start, _t.Tokens[head].End);

        if (first == last && Words.Pronouns.Contains(headWord))
        {
            string? antecedent = null;
            if (entity is null && headWord is "he" or "she" or "they")
                (entity, antecedent) = Antecedent(headWord, start, previous);
            else if (entity is not null)
                antecedent = EntityName(entity.Value);
            named = entity is not null || antecedent is not null;
            return new Speaker(text, start, end, entity) { Antecedent = antecedent ?? (entity is null ? null : EntityName(entity.Value)) };
        }
        var sentenceInitial = head == _t.FirstOf(_t.SentenceOf[head]);
        if (Words.AnonymousHeads.Contains(headWord) && (!_t.IsCapitalized(head) || sentenceInitial) && !HasNameAfter(head, last))
        {
            named = false;
            return new Speaker(text, start, end, null);
        }
        named = _t.IsCapitalized(head) || entity is not null;
        return new Speaker(text, start, end, entity);
    }

    private bool HasNameAfter(int head, int last) => head < last && _t.IsCapitalized(last);

    private int HeadOf(int first, int last)
    {
        if (_t.Lower[last] == ")")
        {
            var open = last;
            while (open > first && _t.Lower[open] != "(")
                open--;
            if (open > first)
                last = open - 1;
        }
        for (var i = first + 1; i <= last; i++)
        {
            if (_t.Lower[i] is "of" or "from" or "at" or "in" or "with" or "for" or "on" or "familiar" or "close" or "who" or "which"
                or "," or "to" or "under" or "based" or "involved" or "knowledgeable" or "speaking" or "representing" or "working" or "by" or "inside" or "within")
                return i - 1;
        }
        return last;
    }

    private int? EntityAt(int start, int end, int headStart, int headEnd)
    {
        var mentions = _t.Document.Mentions;
        int? inside = null;
        for (var m = FirstStartingAtOrAfter(mentions, start - MaxMentionLength); m < mentions.Length; m++)
        {
            var mention = mentions[m];
            if (mention.Start >= end)
                break;
            if (mention.End <= start || _entityOfMention[m] < 0)
                continue;
            if (mention.Start < headEnd && headStart < mention.End)
                return _entityOfMention[m];
            if (mention.Type is EntityType.Person or EntityType.Org && mention.Start >= start && mention.End <= end)
                inside = _entityOfMention[m];
        }
        return inside;
    }

    private (int? Entity, string? Name) Antecedent(string pronoun, int offset, IReadOnlyList<Quote> previous)
    {
        var entities = _t.Document.Entities;
        if (previous.Count > 0)
        {
            var p = previous[^1];
            var sameNumber = pronoun == "they" ? IsPlural(p.Speaker.Text) : !IsPlural(p.Speaker.Text);
            if (p.Named && sameNumber)
            {
                if (p.Speaker.Entity is { } e && e < entities.Length && (pronoun == "they" || entities[e].Type == EntityType.Person))
                    return (e, entities[e].Name);
                if (p.Speaker.Entity is null)
                    return (null, p.Speaker.Antecedent ?? p.Speaker.Text);
            }
        }
        if (pronoun == "they")
            return (null, null);
        // The most recent sentence naming a person: its first such mention, as the likeliest subject.
        var mentions = _t.Document.Mentions;
        var best = -1;
        for (var m = FirstStartingAtOrAfter(mentions, offset) - 1; m >= 0; m--)
        {
            var mention = mentions[m];
            if (mention.Start >= offset || mention.Type != EntityType.Person || mention.Kind != MentionKind.Name || _entityOfMention[m] < 0)
                continue;
            if (best >= 0 && mention.Sentence != mentions[best].Sentence)
                break;
            best = m;
        }
        return best < 0 ? (null, null) : (_entityOfMention[best], EntityName(_entityOfMention[best]));
    }

    private const int MaxMentionLength = 256;

    /// <summary>Index of the first mention (they are sorted by start) starting at or after <paramref name="offset"/>.</summary>
    private static int FirstStartingAtOrAfter(System.Collections.Immutable.ImmutableArray<Mention> mentions, int offset)
    {
        int lo = 0, hi = mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (mentions[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private string? EntityName(int entity)
    {
        var entities = _t.Document.Entities;
        return entity < entities.Length ? entities[entity].Name : null;
    }

    private static bool IsPlural(string speaker)
    {
        var last = speaker.Split(' ')[^1];
        return speaker.Contains(" and ", StringComparison.Ordinal) || last is "they" or "officials" or "sources"
            || (last.EndsWith('s') && char.IsLower(last[0]) && !last.EndsWith("ss", StringComparison.Ordinal));
    }
}
