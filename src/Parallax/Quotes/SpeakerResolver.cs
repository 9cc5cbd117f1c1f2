using Parallax.Documents;
using Parallax.Entities;
using Parallax.Text;

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

        if (first == last && Words.QuantifierPronouns.Contains(headWord))
        {
            named = false;
            return new Speaker(text, start, end, null);
        }
        if (first == last && (Words.Pronouns.Contains(headWord) || Words.PossessivePronouns.ContainsKey(headWord)))
        {
            var personal = Words.PossessivePronouns.GetValueOrDefault(headWord, headWord);
            string? antecedent = null;
            if (entity is null && personal is "he" or "she" or "they")
                (entity, antecedent) = Antecedent(personal, start, previous);
            else if (entity is not null)
                antecedent = EntityName(entity.Value);
            named = entity is { } pe ? IsNamed(pe) : antecedent is not null;
            return new Speaker(text, start, end, entity) { Antecedent = antecedent ?? (entity is null ? null : EntityName(entity.Value)) };
        }
        if (IsWithheld(first, last))
        {
            named = false;
            return new Speaker(text, start, end, null);
        }
        if (head == first + 1 && _t.Lower[first] is "his" or "her" or "their" or "its" && !_t.IsCapitalized(head))
        {
            // "her office", "his campaign": the body speaks for the person, who is its owner, not the speaker.
            var (owner, ownerName) = _t.Lower[first] is "his" or "her" && entity is null ? Antecedent(_t.Lower[first] == "his" ? "he" : "she", start, previous) : (entity, entity is { } e ? EntityName(e) : null);
            named = false;
            return new Speaker(text, start, end, null) { Antecedent = ownerName is null ? null : $"{headWord} of {ownerName}" };
        }
        var sentenceInitial = head == _t.FirstOf(_t.SentenceOf[head]);
        if (Words.AnonymousHeads.Contains(headWord) && (!_t.IsCapitalized(head) || sentenceInitial) && !HasNameAfter(head, last))
        {
            named = false;
            return new Speaker(text, start, end, null);
        }
        if (entity is null && head == first + 1 && _t.Lower[first] == "the" && !_t.IsCapitalized(head) && NamedOrganisation(headWord) is { } organisation)
        {
            // "the authority" after "the Port Authority": the one organisation the article names so.
            named = true;
            return new Speaker(text, start, end, organisation) { Antecedent = EntityName(organisation) };
        }
        named = _t.IsCapitalized(head) || (entity is { } speakerEntity && IsNamed(speakerEntity)) || (Words.NamedBodies.Contains(headWord) && HasCapitalBefore(first, head));
        return new Speaker(text, start, end, entity);
    }

    // An entity the article names; "the president" of an article that names no president is an entity of its own, but no name.
    private bool IsNamed(int entity)
    {
        var entities = _t.Document.Entities;
        var mentions = _t.Document.Mentions;
        return entity >= 0 && entity < entities.Length
            && entities[entity].Mentions.Any(m => m >= 0 && m < mentions.Length && mentions[m].Kind == MentionKind.Name);
    }

    /// <summary>
    /// False for a phrase that cannot be a speaker: a date or time ("Tuesday", "last year"), a lone
    /// function word ("The"), a phrase whose brackets do not close within it (or, when its cue follows it, before the cue:
    /// "a long-shot candidate (think …"), or one whose cue is "say" set off by commas.
    /// </summary>
    public bool CanSpeak(int first, int last, int cueFirst = -1)
    {
        // "to, say, single digits": "say" set off by commas is "for example", not a verb of speech.
        if (cueFirst > 0 && _t.Lower[cueFirst] == "say" && _t.IsComma(cueFirst - 1) && _t.IsComma(cueFirst + 1))
            return false;
        // "a long-shot candidate (think Carter in 1976)": a cue inside brackets that open after its speaker is an aside, not the speaker's.
        if (!BracketsBalance(first, cueFirst > last ? cueFirst - 1 : last))
            return false;
        var word = _t.Lower[first];
        // "Some believe", "all agreed": a quantifier alone, not one that opens a noun ("several questions", "some calls").
        if (first == last && Words.QuantifierPronouns.Contains(word))
            return last + 1 >= _t.Count || _t.TagOf(last + 1) is not ("NN" or "NNS" or "JJ");
        // "his claim that", "their report that": a possessive speaks only as the owner of a word of speech right after it.
        if (first == last && Words.PossessivePronouns.ContainsKey(word))
            return cueFirst == last + 1 && (CueLexicon.TryGet(_t.Lower[cueFirst], out _) || Words.SpeechNouns.Contains(_t.Lower[cueFirst]));
        if (first == last && !Words.Pronouns.Contains(word) && !Words.AnonymousHeads.Contains(word) && (Words.NotHead.Contains(word) || Words.Determiners.Contains(word)))
            return false;
        for (var i = first; i <= last; i++)
        {
            if (!IsTimeWord(_t, i) && !Words.Determiners.Contains(_t.Lower[i]) && _t.Lower[i] is not ("last" or "next" or "past"))
                return true;
        }
        return false;
    }

    private bool BracketsBalance(int first, int last)
    {
        var (round, square) = (0, 0);
        for (var i = first; i <= last; i++)
        {
            round += _t.Lower[i] switch { "(" => 1, ")" => -1, _ => 0 };
            square += _t.Lower[i] switch { "[" => 1, "]" => -1, _ => 0 };
            if (round < 0 || square < 0)
                return false;
        }
        return round == 0 && square == 0;
    }

    /// <summary>A weekday, a month, a number or a word of time ("week", "yesterday").</summary>
    public static bool IsTimeWord(QuotedText text, int i)
    {
        var word = text.Lower[i];
        return (Words.TimeWords.Contains(word) && word is not ("several" or "few" or "first" or "one" or "this"))
            || CalendarWords.Weekdays.ContainsKey(word) || CalendarWords.IsFullName(text.TextOf(i, i)) || text.Tokens[i].Kind == TokenKind.Number
            || word is "time" or "day" or "decade" or "century" or "season" or "years" or "ago";
    }

    private bool HasCapitalBefore(int first, int head)
    {
        for (var i = first; i < head; i++)
        {
            if (_t.IsCapitalized(i) && i != _t.FirstOf(_t.SentenceOf[i]))
                return true;
        }
        return first < head && _t.IsCapitalized(first) && _t.Lower[first] is not ("the" or "a" or "an" or "his" or "her" or "its" or "their");
    }

    private static readonly string[] WithheldMarks =
    [
        "not to be named", "not to be identified", "condition of anonymity", "condition that", "familiar with", "not authorized",
        "not authorised", "anonymously", "declined to be named", "declined to be identified", "requested anonymity", "without being named",
    ];

    // "a shipping executive, who asked not to be named": the phrase or the clause set off after it withholds the name.
    private bool IsWithheld(int first, int last)
    {
        var end = last;
        if (last + 2 < _t.Count && _t.IsComma(last + 1) && _t.Lower[last + 2] is "who" or "speaking" or "familiar" or "granted" or "requesting" or "asking")
        {
            end = last + 2;
            while (end + 1 < _t.Count && end - last < 25 && !_t.IsComma(end + 1) && !_t.IsSentenceEnd(end + 1) && !_t.IsQuoteMark(end + 1))
                end++;
        }
        var phrase = _t.Text[_t.Tokens[first].Start.._t.Tokens[end].End];
        foreach (var mark in WithheldMarks)
        {
            if (phrase.Contains(mark, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private Dictionary<string, int>? _organisationsByLastWord;

    private int? NamedOrganisation(string noun)
    {
        if (_organisationsByLastWord is null)
        {
            // An organisation's last word to the organisation, or -1 when two organisations end with it.
            _organisationsByLastWord = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var entity in _t.Document.Entities)
            {
                if (entity.Type != EntityType.Org || entity.Name.Length == 0)
                    continue;
                var last = entity.Name[(entity.Name.LastIndexOf(' ') + 1)..];
                _organisationsByLastWord[last] = _organisationsByLastWord.ContainsKey(last) ? -1 : entity.Index;
            }
        }
        return _organisationsByLastWord.TryGetValue(noun, out var found) && found >= 0 ? found : null;
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
            {
                if (_t.Lower[i] is "in" or "of" && IsCount(i - 1))
                    continue; // "Six in 10 voters", "two of the officials": the counted noun is the head
                return i - 1;
            }
        }
        return last;
    }

    private bool IsCount(int i) => _t.Tokens[i].Kind == TokenKind.Number || NumberWords.Values.ContainsKey(_t.Lower[i]);

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
            // "Fjord Ministry spokesperson Ned Berg" but not "the Biden administration" or "her office".
            if (mention.Kind == MentionKind.Name && mention.Start >= start && mention.End <= end
                && (mention.Type == EntityType.Org || (mention.Type == EntityType.Person && char.IsUpper(_t.Text[headStart]))))
                inside = _entityOfMention[m];
        }
        return inside;
    }

    private (int? Entity, string? Name) Antecedent(string pronoun, int offset, IReadOnlyList<Quote> previous)
    {
        var entities = _t.Document.Entities;
        var gender = PersonGender.OfPronoun(pronoun);
        if (previous.Count > 0)
        {
            var p = previous[^1];
            var sameNumber = pronoun == "they" ? IsPlural(p.Speaker.Text) : !IsPlural(p.Speaker.Text);
            var previousGender = p.Speaker.Entity is { } pe ? GenderOf(pe) : PersonGender.OfName(p.Speaker.Antecedent ?? p.Speaker.Text);
            if (p.Named && sameNumber && PersonGender.Agree(gender, previousGender))
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
            if (mention.Start >= offset || mention.Type != EntityType.Person || mention.Kind != MentionKind.Name || _entityOfMention[m] < 0
                || !PersonGender.Agree(gender, GenderOf(_entityOfMention[m])))
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

    /// <summary>The entity's gender by its name, else by the first gendered pronoun in its chain.</summary>
    private Gender GenderOf(int entity)
    {
        var entities = _t.Document.Entities;
        if (entity < 0 || entity >= entities.Length || entities[entity].Type != EntityType.Person)
            return Gender.Unknown;
        var byName = PersonGender.OfName(entities[entity].Name);
        if (byName != Gender.Unknown)
            return byName;
        var mentions = _t.Document.Mentions;
        foreach (var m in entities[entity].Mentions)
        {
            if (m >= 0 && m < mentions.Length && mentions[m].Kind == MentionKind.Pronoun && PersonGender.OfPronoun(mentions[m].Text) is var g and not Gender.Unknown)
                return g;
        }
        return Gender.Unknown;
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
