using System.Collections.Immutable;
using Parallax.Documents;
using Parallax.Tagging;

namespace Parallax.Quotes;

/// <summary>An attribution found by the rules, before its speaker is resolved to an entity.</summary>
internal sealed record Candidate(
    int CueFirst, int CueLast, string Lemma, int SpeakerFirst, int SpeakerLast, ImmutableArray<Span> Content, QuoteKind Kind, double Confidence)
{
    /// <summary>The relative pronoun that is the cue's grammatical subject ("an architect who said"), or -1; the speaker is its antecedent.</summary>
    public int Relative { get; init; } = -1;
}

/// <summary>
/// Reads reporting clauses around cue words: preposed ("X said that …", "X said: “…”"), postposed
/// ("“…,” he said", "…, X said"), inverted ("“…,” said X"), participial (", adding that …"),
/// "according to X" and "quoted X as saying". One instance reads one document.
/// </summary>
internal sealed class AttributionRules
{
    private enum Tail { None, Content, End, Comma }

    private readonly QuotedText _t;
    private readonly string[] _w;
    private readonly List<Candidate> _found = [];
    private readonly HashSet<int> _claimedRegions = [];

    public AttributionRules(QuotedText text)
    {
        _t = text;
        _w = text.Lower;
    }

    public List<Candidate> Run()
    {
        for (var i = 0; i < _t.Count; i++)
        {
            Candidate? found;
            if (_t.IsQuoteMark(i) && (i == 0 || _t.ParagraphOf[i - 1] != _t.ParagraphOf[i]) && i + 1 < _t.Count && _t.IsWord(i + 1))
                found = SpeakerLabel(i + 1); // "“WALLACE: …" (a transcript quoted a paragraph at a time)
            else if (_t.RegionOf[i] >= 0 || !(_t.IsWord(i) || _t.IsDash(i)))
                continue;
            else
                found = _t.IsDash(i) ? DashByline(i) ?? DashLabel(i) : SpeakerLabel(i) ?? TryAt(i);
            if (found is null)
                continue;
            _found.Add(found);
            foreach (var part in found.Content)
                Claim(part);
        }
        AddMannerOfSpeaking();
        AddColonIntroductions();
        return _found;
    }

    // "“We have to fix the roads,” Toomey fumed on Tuesday.", "“Why?” Ellis questioned.", "“Go,” snapped the mayor.": a quotation
    // that opens its sentence and ends on a comma, a question or exclamation mark or a dash, followed by a short clause of a
    // name and a verb the lexicon does not hold and nothing after them but adjuncts, quotes that name whatever the verb (not
    // after a full stop: "“It is over.” Markets fell sharply."). Read only where no other rule took the quotation or clause.
    private void AddMannerOfSpeaking()
    {
        var added = new List<Candidate>();
        for (var r = 0; r < _t.Regions.Count; r++)
        {
            var region = _t.Regions[r];
            var close = region.Close;
            var j = close + 1;
            if (close < 2 || _claimedRegions.Contains(r) || j >= _t.Count || _t.ParagraphOf[j] != _t.ParagraphOf[close] || !_t.IsWord(j)
                || !(_t.IsComma(close - 1) || _w[close - 1] is "?" or "!" || _t.IsDash(close - 1)) || region.Open != _t.FirstOf(_t.SentenceOf[region.Open]))
                continue;
            var s = _t.SentenceOf[j];
            var last = _t.LastOf(s);
            if (_found.Any(f => _t.SentenceOf[f.CueFirst] == s && f.CueFirst >= j))
                continue;
            int verb, spFirst, spLast;
            if (IsMannerVerb(j))
            {
                verb = j;
                if (!(_t.IsCapitalized(j + 1) || Words.Determiners.Contains(_w[j + 1])) || !SpeakerAfter(j + 1, last, out spFirst, out spLast))
                    continue;
            }
            else
            {
                (spFirst, spLast) = (j, j);
                if (!Words.Pronouns.Contains(_w[j]))
                {
                    while (spLast + 1 <= last && spLast - j < 5 && (_t.IsCapitalized(spLast + 1) || _t.TagOf(spLast + 1) is "NN" or "NNS" or "NNP" or "NNPS" or "POS" or "JJ" or "CD"))
                        spLast++;
                    if (!(_t.IsCapitalized(j) || Words.Determiners.Contains(_w[j])) || !(_t.IsCapitalized(spLast) || _t.TagOf(spLast) is "NN" or "NNS"))
                        continue;
                }
                verb = spLast + 1;
                if (!IsMannerVerb(verb))
                    continue;
            }
            var cueLast = verb + 1 <= last && _t.TagOf(verb + 1) == "RP" ? verb + 1 : verb;
            var after = SkipAdjuncts((verb == j ? spLast : cueLast) + 1, last);
            if (!(after > last || _t.IsSentenceEnd(after) || _t.IsComma(after)))
                continue;
            var left = LeftContent(close, _t.FirstOf(_t.SentenceOf[region.Open]));
            if (left is null)
                continue;
            added.Add(new Candidate(verb, cueLast, _w[verb], spFirst, spLast, left.Value.Parts, QuoteKind.Direct, 0.6));
            _claimedRegions.Add(r);
        }
        _found.AddRange(added);
        _found.Sort((a, b) => a.CueFirst.CompareTo(b.CueFirst));
    }

    // A past or present verb of the clause after a quotation ("fumed", "scoffs"; often tagged as a participle there), not an
    // auxiliary nor a cue the lexicon reads.
    private bool IsMannerVerb(int i)
        => _t.IsWord(i) && !_t.IsCapitalized(i) && _t.TagOf(i) is "VBD" or "VBZ" or "VBN" && !CueLexicon.TryGet(_w[i], out _)
           && !Words.BeforeCue.Contains(_w[i]) && _w[i] is not ("is" or "was" or "has" or "had" or "does" or "did" or "says" or "said");

    // "Sanders made the following comment: “…”", "The piece used her words as its headline: “…”": a clause whose subject
    // leads to a colon and a quotation quotes that subject, whatever its verb. Read with part-of-speech tags, only for
    // sentences no other rule took.
    private void AddColonIntroductions()
    {
        var taken = new HashSet<int>(_found.Select(f => _t.SentenceOf[f.CueFirst]));
        var added = new List<Candidate>();
        for (var s = 0; s < _t.Document.Sentences.Length; s++)
        {
            if (taken.Contains(s) || _t.Document.Sentences[s].TokenCount == 0)
                continue;
            var first = _t.FirstOf(s);
            var last = _t.LastOf(s);
            var colon = -1;
            for (var i = first + 2; i <= last && colon < 0; i++)
            {
                if (_t.RegionOf[i] < 0 && _w[i] == ":")
                    colon = i;
            }
            if (colon < 0)
                continue;
            int open;
            if (colon < last)
                open = colon + 1;
            else if (s + 1 < _t.Document.Sentences.Length && _t.Document.Sentences[s + 1].TokenCount > 0)
                open = _t.FirstOf(s + 1);
            else
                continue;
            if (!_t.IsOpenMark(open) || _claimedRegions.Contains(_t.RegionOf[open]))
                continue;
            var region = _t.Regions[_t.RegionOf[open]];
            var regionLast = region.Close >= 0 ? region.Close : _t.LastTokenBefore(region.Outer.End);
            if (regionLast - open < 4 || (colon < last && regionLast < last - 1))
                continue;
            if (ColonClause(first, colon) is not { } clause)
                continue;
            var cueLast = colon - clause.Verb <= 8 ? colon - 1 : clause.Verb;
            added.Add(new Candidate(clause.Verb, cueLast, _w[clause.Verb], clause.SpeakerFirst, clause.SpeakerLast, [region.Inner], QuoteKind.Direct, 0.6));
            _claimedRegions.Add(_t.RegionOf[open]);
        }
        _found.AddRange(added);
        _found.Sort((a, b) => a.CueFirst.CompareTo(b.CueFirst));
    }

    // The end of a noun phrase starting at start when a finite verb follows it (adverbs between), else 0.
    private static int NounPhraseThenVerb(string[] tags, int start)
    {
        var end = start;
        while (end < tags.Length && end - start < 8 && tags[end] is "DT" or "PRP$" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "PRP" or "POS" or "CD")
            end++;
        if (end == start)
            return 0;
        var verb = end;
        while (verb < tags.Length && tags[verb] == "RB")
            verb++;
        return verb < tags.Length && tags[verb] is "VBD" or "VBZ" or "VBP" or "MD" ? end : 0;
    }

    // The subject noun phrase and the verb after it, in the tokens before a colon ("On July 6, Sanders made …").
    private (int SpeakerFirst, int SpeakerLast, int Verb)? ColonClause(int first, int colon)
    {
        var words = new string[colon - first];
        for (var i = 0; i < words.Length; i++)
            words[i] = _t.TextOf(first + i, first + i);
        var pos = _t.Document.PartsOfSpeech;
        var tags = pos.Length == _t.Count ? pos.Skip(first).Take(words.Length).ToArray() : PosTagger.Default.Tag(words);
        var start = 0;
        if (tags[0] is "IN" or "RB" || Words.LeadingConnectives.Contains(_w[first]))
        {
            // "On July 6, 2015, Sanders …": the subject follows the introductory phrase's last comma.
            start = -1;
            for (var i = 1; i < words.Length && i < 14; i++)
            {
                if (_t.IsComma(first + i))
                    start = i + 1;
                else if (tags[i].StartsWith("VB", StringComparison.Ordinal))
                    break;
            }
            if (start < 0)
                return null;
        }
        // "She became so upset that I had to change my answer:": the clause nearest the colon speaks.
        for (var i = words.Length - 2; i > start; i--)
        {
            if (_w[first + i] is "that" or "because" or "so" or "and" or "but" or "when" or "until" && NounPhraseThenVerb(tags, i + 1) > 0)
            {
                start = i + 1;
                break;
            }
        }
        var end = NounPhraseThenVerb(tags, start);
        if (end <= 0)
            return null;
        var verb = end;
        while (tags[verb] == "RB")
            verb++;
        var head = _w[first + end - 1];
        if (head is "it" or "this" or "that" or "there" or "here" or "these" or "those" or "which" || tags[end - 1] is "DT" or "POS" or "PRP$" or "JJ")
            return null;
        return (first + start, first + end - 1, first + verb);
    }

    private void Claim(Span part)
    {
        for (var r = 0; r < _t.Regions.Count; r++)
        {
            if (_t.Regions[r].Inner.Overlaps(part))
                _claimedRegions.Add(r);
        }
    }

    private Candidate? TryAt(int i)
    {
        var w = _w[i];
        if (w == "according" && _t.Is(i + 1, "to"))
            return AccordingTo(i);
        if (w is "quoted" or "quotes" or "quoting")
            return QuotedAs(i);
        if (w == "declined" && _t.Is(i + 1, "to") && _t.Is(i + 2, "comment") && _t.Is(i + 3, "on"))
            return Finite(i, i + 2, new CueEntry("decline to comment", CueFlags.ObjectContent));
        if (!CueLexicon.TryGet(w, out var entry))
            return null;
        var last = i;
        if (CueLexicon.Particles.TryGetValue(entry.Lemma, out var particle))
        {
            if (!_t.Is(i + 1, particle))
                return null;
            last = i + 1;
            entry = entry with { Lemma = entry.Lemma + " " + particle };
        }
        if (OpeningParticiple(i) && !IsCapitalizedLabel(i))
            return ParticipleClause(i, last, entry);
        if ((entry.Flags & CueFlags.Participle) != 0)
        {
            if (i > 0 && (_t.IsComma(i - 1) || _t.IsDash(i - 1) || (_t.Is(i - 1, "and") && _t.IsComma(i - 2)) || (_t.IsCloseMark(i - 1) && _t.IsComma(i - 2))))
                return Participial(i, last, entry);
            if (!(i > 0 && _w[i - 1] is "was" or "were" or "is" or "are" or "been" or "am" or "'s" or "’s" or "'re" or "’re"))
                return NounThenParticiple(i, last, entry);
        }
        return Finite(i, last, entry);
    }

    // "Noting that the vote was close, Ruiz added …", "Having said that he would stay, Berg left": a participle opening the
    // sentence (after connectives) has the main clause's subject.
    private bool OpeningParticiple(int i)
    {
        var first = _t.FirstOf(_t.SentenceOf[i]);
        while (first < i && Words.LeadingConnectives.Contains(_w[first]))
            first++;
        if (first == i - 1 && _w[first] == "having" && _t.IsCapitalized(first))
            return _t.TagOf(i) is "VBN" or "VBD";
        return first == i && _t.IsCapitalized(i) && _w[i].EndsWith("ing", StringComparison.Ordinal) && _t.TagOf(i) == "VBG";
    }

    private bool IsCapitalizedLabel(int i) => _t.IsCapitalized(i + 1) && _t.Is(i + 2, ":");

    private Candidate? ParticipleClause(int c, int cueLast, CueEntry entry)
    {
        var s = _t.SentenceOf[c];
        var last = _t.LastOf(s);
        var (tail, pos) = Complement(cueLast, entry, last);
        if (tail != Tail.Content || _t.IsOpenMark(pos))
            return null;
        var content = ContentFrom(pos, last, s);
        if (content is null)
            return null;
        var p = _t.LastTokenBefore(content.Value.Span.End) + 1;
        if (!_t.IsComma(p) || !SpeakerAfter(p + 1, last, out var spFirst, out var spLast) || spFirst != p + 1)
            return null;
        var verb = spLast + 1;
        while (verb <= last && (_t.TagOf(verb) == "RB" || IsLyAdverb(verb)))
            verb++;
        if (verb > last || !(IsFiniteVerb(verb) || (_t.TagOf(verb) == "VBN" && !_t.IsCapitalized(verb))))
            return null;
        var cueFirst = _t.Is(c - 1, "having") ? c - 1 : c;
        return new Candidate(cueFirst, cueLast, entry.Lemma, spFirst, spLast, [content.Value.Span], content.Value.Kind, 0.7 * Strength(entry));
    }

    // "with Trump saying …", "one saying that …"
    private Candidate? NounThenParticiple(int c, int cueLast, CueEntry entry)
    {
        var b = c - 1;
        var s = _t.SentenceOf[c];
        var first = _t.FirstOf(s);
        if (b < first || !_t.IsWord(b) || !(_t.IsCapitalized(b) || Words.Pronouns.Contains(_w[b]) || Words.AnonymousHeads.Contains(_w[b])))
            return null;
        if (!SubjectBefore(b, first, out var spFirst, out var spLast))
            return null;
        if (TrySenderOf(b, out var senderFirst, out var senderLast))
            (spFirst, spLast) = (senderFirst, senderLast);
        var last = _t.LastOf(s);
        var (tail, pos) = Complement(cueLast, entry, last);
        if (tail != Tail.Content)
            return null;
        var content = ContentFrom(pos, last, s);
        if (content is null)
            return null;
        return new Candidate(c, cueLast, entry.Lemma, spFirst, spLast, [content.Value.Span], content.Value.Kind, 0.6 * Strength(entry));
    }

    // "Berg issued a statement saying …", "her office put out a new statement saying …": a document speaks as its sender.
    private bool TrySenderOf(int noun, out int spFirst, out int spLast)
    {
        spFirst = spLast = -1;
        var first = _t.FirstOf(_t.SentenceOf[noun]);
        if (!Words.DocumentNouns.Contains(_w[noun]))
            return false;
        var d = noun - 1;
        while (d > first && noun - d <= 3 && _t.IsWord(d) && !Words.Determiners.Contains(_w[d]))
            d--;
        if (_w[d] is not ("a" or "an" or "the" or "its" or "his" or "her" or "their"))
            return false;
        var verb = _t.Is(d - 1, "out") ? d - 2 : d - 1;
        return verb > first && !_t.IsCapitalized(verb) && _t.RegionOf[verb] < 0 && _t.TagOf(verb) is "VBD" or "VBZ" or "VBP"
            && TrySubjectOf(verb, out spFirst, out spLast, out _);
    }

    // "“…” ― Ana Ruiz": a quotation signed with a dash and a name, as reader voices and epigraphs are.
    private Candidate? DashByline(int dash)
    {
        if (dash < 1 || !_t.IsQuoteMark(dash - 1) || dash + 1 >= _t.Count || !_t.IsCapitalized(dash + 1) || _t.ParagraphOf[dash + 1] != _t.ParagraphOf[dash - 1])
            return null;
        var last = dash + 1;
        while (last + 1 < _t.Count && last - dash < 6 && _t.ParagraphOf[last + 1] == _t.ParagraphOf[dash]
               && (_t.IsCapitalized(last + 1) || _w[last + 1] is "de" or "la" or "del" or "van" or "von" or "al" or "bin"))
            last++;
        var after = last + 1;
        var ends = after >= _t.Count || _t.ParagraphOf[after] != _t.ParagraphOf[dash] || _t.IsSentenceEnd(after) || _t.IsOpenMark(after) || _t.IsComma(after);
        if (!ends || Words.NotSpeakerLabels.Contains(_w[dash + 1]))
            return null;
        if (_t.IsCloseMark(dash - 1))
            return new Candidate(dash, dash, "sign", dash + 1, last, [_t.Regions[_t.RegionOf[dash - 1]].Inner], QuoteKind.Direct, 0.7);
        // Marks that did not pair (a ” opening the quotation): the text back to the mark before.
        var open = dash - 2;
        while (open >= 0 && dash - open < 400 && !_t.IsQuoteMark(open))
            open--;
        if (open < 0 || !_t.IsQuoteMark(open) || open + 1 > dash - 2)
            return null;
        var inner = new Span(_t.Tokens[open].End, _t.Tokens[dash - 1].Start);
        return new Candidate(dash, dash, "sign", dash + 1, last, [inner], QuoteKind.Direct, 0.6);
    }

    // "Polls missed late deciders - Ann Selzer: “…”": a name between a dash and a colon that opens a quotation.
    private Candidate? DashLabel(int dash)
    {
        var colon = dash + 1;
        while (colon < _t.Count && colon - dash <= 4 && _t.IsCapitalized(colon) && _t.ParagraphOf[colon] == _t.ParagraphOf[dash])
            colon++;
        if (colon == dash + 1 || colon - dash > 4 || colon + 1 >= _t.Count || _w[colon] != ":" || !_t.IsOpenMark(colon + 1)
            || Words.NotSpeakerLabels.Contains(_w[dash + 1]) || _t.ParagraphOf[colon + 1] != _t.ParagraphOf[dash])
            return null;
        return new Candidate(colon, colon, ":", dash + 1, colon - 1, [_t.Regions[_t.RegionOf[colon + 1]].Inner], QuoteKind.Direct, 0.6);
    }

    // A paragraph opening "NAME: …" (interview transcripts), or "“NAME: …" when the transcript is quoted.
    private Candidate? SpeakerLabel(int i)
    {
        var s = _t.SentenceOf[i];
        var quoted = i > 0 && _t.IsQuoteMark(i - 1);
        var lead = quoted ? i - 1 : i;
        // "Said Ellis: “…”" may open any sentence; other labels open a paragraph.
        var saidLabel = !quoted && _w[i] is "said" or "says";
        if (lead != _t.FirstOf(_t.SentenceOf[lead]) || (lead > 0 && _t.ParagraphOf[lead - 1] == _t.ParagraphOf[lead] && !saidLabel))
            return null;
        var colon = i;
        while (colon < _t.Count && colon - i < 6 && _t.IsWord(colon) && (_t.IsCapitalized(colon) || _w[colon] is "'s" or "’s" or "de" or "la" or "del" or "van" or "von" or "al" or "bin"))
            colon++;
        if (colon == i || colon >= _t.Count - 1 || Words.NotSpeakerLabels.Contains(_w[i]) || _t.ParagraphOf[colon + 1] != _t.ParagraphOf[i])
            return null;
        if (!(_w[colon] == ":" || (_t.IsDash(colon) && _t.IsOpenMark(colon + 1))))
            return null;
        var end = colon + 1;
        while (end + 1 < _t.Count && _t.ParagraphOf[end + 1] == _t.ParagraphOf[i])
            end++;
        if (end - colon < 3)
            return null;
        if (quoted && end > colon + 1 && _t.IsQuoteMark(end))
            end--;
        var span = new Span(_t.Tokens[colon + 1].Start, _t.Tokens[end].End);
        if (quoted)
        {
            // Only an all-capital label inside a quotation: "“Note: …" or "“Look: …" opens a quoted sentence.
            for (var k = i; k < colon; k++)
            {
                if (_t.TextOf(k, k).Any(char.IsLower))
                    return null;
            }
        }
        else if (_t.IsOpenMark(colon + 1) && _t.RegionOf[end] == _t.RegionOf[colon + 1])
            span = _t.Regions[_t.RegionOf[colon + 1]].Inner;
        if (_w[i] is "said" or "says" && colon - i >= 2)
            return new Candidate(i, i, "say", i + 1, colon - 1, [span], QuoteKind.Direct, 0.85); // "Said Ellis: “…”"
        return new Candidate(colon, colon, _w[colon], i, colon - 1, [span], QuoteKind.Direct, 0.6);
    }

    private Candidate? Finite(int c, int cueLast, CueEntry entry)
    {
        var s = _t.SentenceOf[c];
        var first = _t.FirstOf(s);
        var last = _t.LastOf(s);
        var progressive = (entry.Flags & CueFlags.Participle) != 0;
        var b = c - 1;
        while (b >= first && _t.IsWord(b))
        {
            var w = _w[b];
            if (Words.BeforeCue.Contains(w) || IsLyAdverb(b) || (_t.TagOf(b) == "RB" && !_t.IsCapitalized(b) && w is not ("so" or "as" or "there")))
            {
                b--;
                continue;
            }
            if (w is "is" or "was" or "are" or "were" or "been" or "be" or "being" or "am")
            {
                if (!progressive)
                    return null; // passive: "it was reported that"
                b--;
                continue;
            }
            break;
        }
        if (b < first || _t.Is(b, "to"))
            return null;
        if (_w[b] is "and" or "but")
        {
            // "I laughed and said": the verb before "and" has its own subject.
            if (b - 1 > first && IsPastVerb(b - 1) && SubjectBefore(b - 2, first, out var ownFirst, out var ownLast))
                return Preposed(c, cueLast, entry, ownFirst, ownLast, s, first, last);
            // "a test for Berg, who opposed the plan and has said …": the verb before "and" is the relative clause's.
            var relative = RelativeClauseAround(b, first);
            if (relative >= 0 && TryAntecedent(relative, out var antecedentFirst, out var antecedentLast)
                && Preposed(c, cueLast, entry, antecedentFirst, antecedentLast, s, first, last) is { } coordinated)
                return coordinated with { Relative = relative };
            var prior = _found.Count > 0 && _t.SentenceOf[_found[^1].CueFirst] == s ? _found[^1] : null;
            if (prior is not null)
                return Preposed(c, cueLast, entry, prior.SpeakerFirst, prior.SpeakerLast, s, first, last);
            // "Berg, the mayor, toured the quay and said …": the sentence's subject, when its verb comes first.
            return SentenceSubject(first, b, out var subjectFirst, out var subjectLast) ? Preposed(c, cueLast, entry, subjectFirst, subjectLast, s, first, last) : null;
        }

        int spFirst, spLast;
        var inverted = false;
        if (_t.IsCloseMark(b) || (_t.IsComma(b) && b - 1 >= first && _t.IsCloseMark(b - 1)))
            inverted = true;
        else if ((_t.IsComma(b) || _t.IsDash(b)) && InvertedSpeakerFollows(cueLast, last) && !(Addressed(entry) && CommaSubject(b, first, out _, out _)))
            inverted = true;
        else if (_t.IsComma(b) || _t.IsDash(b))
        {
            if (!CommaSubject(b, first, out spFirst, out spLast))
                inverted = true;
            else
                return Preposed(c, cueLast, entry, spFirst, spLast, s, first, last);
        }
        else if (SubjectBefore(b, first, out spFirst, out spLast))
            return Preposed(c, cueLast, entry, spFirst, spLast, s, first, last);
        else
            return null;

        // "“…,” said X." / "…, said X."
        if (!inverted || !SpeakerAfter(cueLast + 1, last, out spFirst, out spLast))
            return null;
        var after = SkipAdjuncts(spLast + 1, last);
        if (!(after > last || _t.IsSentenceEnd(after) || _t.IsComma(after) || _t.IsCloseMark(after) || _w[after] == "("))
            return null;
        var left = LeftContent(b, first);
        if (left is null)
            return null;
        var parts = left.Value.Parts.AddRange(FollowingParts(after, last, s));
        return new Candidate(c, cueLast, entry.Lemma, spFirst, spLast, parts, left.Value.Kind, 0.85 * Strength(entry));
    }

    private bool InvertedSpeakerFollows(int cueLast, int last)
    {
        var p = cueLast + 1;
        if (p > last || !(_t.IsCapitalized(p) || Words.Determiners.Contains(_w[p])))
            return false;
        if (!SpeakerAfter(p, last, out _, out var spLast))
            return false;
        var after = SkipAdjuncts(spLast + 1, last);
        return after > last || _t.IsSentenceEnd(after) || _t.IsComma(after) || _t.IsCloseMark(after) || _w[after] == "(";
    }

    private Candidate? Preposed(int c, int cueLast, CueEntry entry, int spFirst, int spLast, int s, int first, int last)
    {
        if (c == cueLast && spLast == c - 1 && PluralSubject(spLast) && CueLexicon.TryGetPresentPlural(_w[c], out var finite))
            entry = finite; // "Police allege Berg, 61, opened fire …"
        if (spFirst > first && _w[spFirst - 1] is "if" or "whether" or "what" or "which" or "whom" && !(spFirst - 2 == first && Words.AdjunctPrepositions.Contains(_w[first])))
            return null; // "Asked if he believes …", "what Khalilzad has proposed"; but "To which she said …"
        var (tail, pos) = Complement(cueLast, entry, last);
        var quoteBefore = spFirst > first && _t.IsCloseMark(PreviousNonComma(spFirst - 1, first)) && !IsQuotedTitle(PreviousNonComma(spFirst - 1, first), first);
        var leftFirst = first;
        if (spFirst == first && tail is Tail.End or Tail.Comma && QuotedSentencesBefore(first) is >= 0 and var quoted)
            leftFirst = _t.FirstOf(_t.SentenceOf[_t.Regions[quoted].Open]); // "“… options.” Berg said."
        if (tail == Tail.Content && _t.IsOpenMark(pos) && quoteBefore && _t.IsComma(pos - 1))
            (tail, pos) = (Tail.Comma, pos - 1); // "“A,” he said, “B.”"
        else if (quoteBefore && tail is Tail.Content or Tail.None && !(pos == cueLast + 1 && _w[pos] == "that") && !_t.Is(pos - 1, ":"))
            (tail, pos) = (Tail.End, ContinuationAfter(cueLast, last)); // "“A,” she told reporters after the meeting that …"
        switch (tail)
        {
            case Tail.Content:
                {
                    var content = ContentFrom(pos, last, s);
                    if (content is null)
                        return null;
                    var zeroThat = !_t.Is(pos, "that") && !_t.IsOpenMark(pos) && !_t.Is(pos - 1, ":");
                    var confidence = (zeroThat ? 0.7 : 0.85) * Strength(entry);
                    return new Candidate(c, cueLast, entry.Lemma, spFirst, spLast, [content.Value.Span], content.Value.Kind, confidence);
                }
            case Tail.End:
            case Tail.Comma:
                {
                    if ((entry.Flags & CueFlags.NeedsComplementizer) != 0 && !_t.IsCloseMark(PreviousNonComma(spFirst - 1, leftFirst)))
                        return null;
                    var left = LeftContent(spFirst - 1, leftFirst);
                    if (left is null)
                        return null;
                    var parts = left.Value.Parts.AddRange(FollowingParts(pos, last, s));
                    if (tail == Tail.Comma && left.Value.Kind == QuoteKind.Indirect && pos + 1 <= last && !IsParticipleCue(pos + 1) && !IsParticiple(pos + 1) && !_t.IsOpenMark(pos + 1))
                    {
                        var rest = ContentFrom(pos + 1, last, s);
                        if (rest is not null)
                            parts = parts.Add(rest.Value.Span);
                    }
                    var confidence = (left.Value.Kind == QuoteKind.Direct ? 0.9 : 0.75) * Strength(entry);
                    return new Candidate(c, cueLast, entry.Lemma, spFirst, spLast, parts, left.Value.Kind, confidence);
                }
            default:
                return null;
        }
    }

    // A quotation of whole sentences that ends the sentence before the one opening at first, in the same paragraph and
    // not yet attributed ("“Well, yes. I will look at options.” Berg said."): its region, else -1.
    private int QuotedSentencesBefore(int first)
    {
        var close = first - 1;
        if (!_t.IsCloseMark(close) || _t.ParagraphOf[close] != _t.ParagraphOf[first] || !_t.IsSentenceEnd(close - 1))
            return -1;
        var r = _t.RegionOf[close];
        var open = _t.Regions[r].Open;
        return open == _t.FirstOf(_t.SentenceOf[open]) && !_claimedRegions.Contains(r) ? r : -1;
    }

    // "on Fox News Channel’s “Hannity,” Gingrich said if …": a quotation opened right after a word of the sentence is a title,
    // not the words the cue reports.
    private bool IsQuotedTitle(int close, int first)
    {
        var open = _t.Regions[_t.RegionOf[close]].Open;
        return open > first && _t.IsWord(open - 1) && _t.SentenceOf[open - 1] == _t.SentenceOf[close];
    }

    // The comma before a quotation that continues the one before the speaker ("“A,” he said on Monday, “B.”"), else past the sentence.
    private int ContinuationAfter(int cueLast, int last)
    {
        for (var q = cueLast + 1; q < last && q - cueLast <= 15; q++)
        {
            if (_t.IsOpenMark(q))
                break;
            if (_t.IsComma(q) && _t.IsOpenMark(q + 1))
                return q;
        }
        return last + 1;
    }

    private Candidate? Participial(int c, int cueLast, CueEntry entry)
    {
        var s = _t.SentenceOf[c];
        var first = _t.FirstOf(s);
        var last = _t.LastOf(s);
        int spFirst, spLast;
        var prior = _found.Count > 0 && _t.SentenceOf[_found[^1].CueFirst] == s ? _found[^1] : null;
        // "Trump refused to pay an architect who said …, saying …": the participle goes with the main clause.
        if (prior is null || (IsRelativeClauseCue(prior.CueFirst) && SentenceSubject(first, prior.CueFirst, out _, out _)))
        {
            if (!SentenceSubject(first, prior?.CueFirst ?? c, out spFirst, out spLast))
                return null;
        }
        else
            (spFirst, spLast) = (prior.SpeakerFirst, prior.SpeakerLast);
        var (tail, pos) = Complement(cueLast, entry, last);
        if (tail != Tail.Content)
            return null;
        var content = ContentFrom(pos, last, s);
        if (content is null)
            return null;
        return new Candidate(c, cueLast, entry.Lemma, spFirst, spLast, [content.Value.Span], content.Value.Kind, 0.65 * Strength(entry));
    }

    private Candidate? AccordingTo(int c)
    {
        var s = _t.SentenceOf[c];
        var first = _t.FirstOf(s);
        var last = _t.LastOf(s);
        if (!SpeakerAfter(c + 2, last, out var spFirst, out var spLast))
            return null;
        var after = SkipAdjuncts(spLast + 1, last);
        var before = c - 1;
        var start = first;
        while (start < c && Words.LeadingConnectives.Contains(_w[start]))
            start++;
        ImmutableArray<Span> parts;
        if (start == c)
        {
            if (!_t.IsComma(after))
                return null;
            var content = ContentFrom(after + 1, last, s);
            if (content is null)
                return null;
            parts = [content.Value.Span];
        }
        else
        {
            var end = _t.IsComma(before) || _t.IsDash(before) || _t.Is(before, "(") ? before - 1 : before;
            if (end < first)
                return null;
            var head = new Span(_t.Tokens[first].Start, _t.Tokens[end].End);
            parts = [head];
            if (_t.IsComma(after) && after + 1 <= last && !_t.IsSentenceEnd(after + 1))
            {
                var tail = ContentFrom(after + 1, last, s);
                if (tail is not null)
                    parts = [head, tail.Value.Span];
            }
        }
        return new Candidate(c, c + 1, "according to", spFirst, spLast, parts, QuoteKind.Indirect, 0.85);
    }

    private Candidate? QuotedAs(int c)
    {
        var s = _t.SentenceOf[c];
        var last = _t.LastOf(s);
        for (var j = c + 2; j < Math.Min(last, c + 12); j++)
        {
            if (!_t.IsWord(j) && !_t.IsComma(j))
                return null;
            if (_w[j] != "as" || !_t.Is(j + 1, "saying"))
                continue;
            var content = ContentFrom(j + 2, last, s);
            if (content is null)
                return null;
            var spLast = j - 1;
            while (spLast > c && _t.IsComma(spLast))
                spLast--;
            return new Candidate(c, c, "quote", c + 1, spLast, [content.Value.Span], content.Value.Kind, 0.8);
        }
        return null;
    }

    private static double Strength(CueEntry entry) => (entry.Flags & CueFlags.Speech) != 0 ? 1.0 : 0.85;

    private bool IsLyAdverb(int i) => IsLyAdverb(_t, i);

    // A plural noun as subject ("prosecutors", "police"); not a pronoun: "I believe, like Ruiz, …" is a stance.
    private bool PluralSubject(int i)
        => _w[i] == "police" || _t.TagOf(i) is "NNS" or "NNPS";

    private static bool IsLyAdverb(QuotedText text, int i)
    {
        var w = text.Lower[i];
        return w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && !text.IsCapitalized(i) && !Words.LyNouns.Contains(w);
    }

    private int PreviousNonComma(int k, int first)
    {
        while (k > first && (_t.IsComma(k) || _t.IsDash(k)))
            k--;
        return Math.Max(k, 0);
    }

    private (Tail Tail, int Position) Complement(int cueLast, CueEntry entry, int last)
    {
        var p = cueLast + 1;
        if ((entry.Flags & CueFlags.Object) != 0 && p <= last && _t.IsWord(p) && _w[p] != "that" && !Words.TimeWords.Contains(_w[p]) && !Words.AdjunctPrepositions.Contains(_w[p]))
            p = SkipObject(p, last);
        if ((entry.Flags & CueFlags.ObjectContent) == 0 || !(p <= last && _w[p] is "for" or "on"))
            p = SkipAdjuncts(p, last);
        if (p > last || _t.IsSentenceEnd(p) || _t.IsCloseMark(p))
            return (Tail.End, p);
        var w = _w[p];
        if (w == "that" || _t.IsOpenMark(p))
            return (Tail.Content, p);
        if (w == ":")
            return (Tail.Content, p + 1);
        if ((_t.IsComma(p) || _t.IsDash(p)) && p + 1 <= last && _t.IsOpenMark(p + 1))
            return (Tail.Content, p + 1); // "He said, “…”"
        if (_t.IsComma(p) || _t.IsDash(p))
            return (Tail.Comma, p);
        if ((entry.Flags & CueFlags.ObjectContent) != 0 && _t.IsWord(p))
            return ObjectContentFits(entry, p, last) ? (Tail.Content, p) : (Tail.None, p);
        if (!CueLexicon.TakesBareClause(entry) || !_t.IsWord(p))
            return (Tail.None, p);
        if (!_t.IsCapitalized(p) && (w is "is" or "was" or "were" or "are" or "has" or "had" or "have" or "be" or "'s" or "’s" || (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4)))
            return (Tail.None, p); // a gap: "the policies she argued allowed …"
        return (Tail.Content, p);
    }

    // "called for a moratorium", "called the charges “unsubstantiated”", "cited remarks Trump had made".
    private bool ObjectContentFits(CueEntry entry, int p, int last)
    {
        if (entry.Lemma == "call")
        {
            if (_w[p] is "for" or "on")
                return true;
            for (var q = p; q <= last && !_t.IsComma(q); q++)
            {
                if (_t.IsOpenMark(q))
                    return true;
            }
            return false;
        }
        var words = 0;
        for (var q = p; q <= last && !_t.IsComma(q) && !_t.IsSentenceEnd(q); q++)
            words++;
        return words >= 2;
    }

    private int SkipObject(int p, int last)
    {
        if (_w[p] is "him" or "her" or "them" or "me" or "us" or "you" or "reporters" or "journalists" or "lawmakers")
            return p + 1;
        var q = p;
        while (q <= last && q - p < 6 && _t.IsWord(q) && _w[q] != "that" && !Words.TimeWords.Contains(_w[q])
               && !(q > p && Words.AdjunctPrepositions.Contains(_w[q])) && !Words.QuestionWords.Contains(_w[q])
               && (_t.IsCapitalized(q) || Words.Determiners.Contains(_w[q]) || q > p))
        {
            if (q > p && !_t.IsCapitalized(q) && _t.IsCapitalized(q - 1) && !Words.Determiners.Contains(_w[q - 1]))
                break; // "told CNN the …": the object is the name
            q++;
        }
        return q;
    }

    private int SkipAdjuncts(int p, int last)
    {
        while (p <= last)
        {
            var w = _w[p];
            if (Words.TimeWords.Contains(w) || IsLyAdverb(p))
            {
                p++;
                continue;
            }
            if (!Words.AdjunctPrepositions.Contains(w))
                break;
            var q = p + 1;
            var ends = false;
            while (q <= last && q - p <= 10)
            {
                var x = _w[q];
                if (x is "that" or ":" || _t.IsOpenMark(q) || _t.IsComma(q) || _t.IsSentenceEnd(q)
                    || Words.AdjunctPrepositions.Contains(x) || (Words.TimeWords.Contains(x) && q > p + 1))
                {
                    ends = true;
                    break;
                }
                if (Words.SubjectBoundary.Contains(x) || Words.Pronouns.Contains(x))
                    break;
                q++;
            }
            if (q > last)
                ends = true;
            if (!ends)
                break;
            p = q;
        }
        return p;
    }

    private (Span Span, QuoteKind Kind)? ContentFrom(int pos, int last, int s)
    {
        if (pos > last)
        {
            // "X said:" closing a sentence: the quotation that follows is the content.
            if (!_t.Is(pos - 1, ":") || s + 1 >= _t.Document.Sentences.Length)
                return null;
            var next = _t.FirstOf(s + 1);
            if (!_t.IsOpenMark(next))
                return BlockQuote(pos - 1, next);
            return (_t.Regions[_t.RegionOf[next]].Inner, QuoteKind.Direct);
        }
        var end = last;
        var subordinate = OpensWithSubordinateClause(pos, s);
        var clause = false;
        for (var q = pos; q <= last; q++)
        {
            if (q > pos && !clause && OpensOwnPredicate(q, pos, last))
            {
                end = q - 1;
                break;
            }
            if (q > pos && _t.IsComma(q) && (_t.RegionOf[q] < 0 || _t.IsCloseMark(q + 1)) && ClauseVerbAfter(q + 1, last) is var verb and >= 0
                && (subordinate || (CueLexicon.TryGet(_w[verb], out _) && !_t.IsSentenceEnd(verb + 1) && !_t.IsComma(verb + 1))))
            {
                end = q - 1;
                break;
            }
            if (_t.RegionOf[q] >= 0)
            {
                var region = _t.Regions[_t.RegionOf[q]];
                var regionLast = region.Close >= 0 ? region.Close : _t.LastTokenBefore(region.Outer.End);
                if (regionLast > last)
                {
                    end = regionLast;
                    break;
                }
                q = Math.Max(q, regionLast);
                continue;
            }
            clause |= IsFiniteVerb(q) || (_t.TagOf(q) == "VBN" && q > pos && _t.TagOf(q - 1) is "NN" or "NNS" or "NNP" or "NNPS" or "PRP" && !_t.Is(q + 1, "by"));
            if (q > pos && _t.IsComma(q) && q + 1 <= last && IsParticipleCue(q + 1))
            {
                end = q - 1;
                break;
            }
            if (q > pos && _w[q] is "and" or "but" && IsCoordinatedCue(q + 1, last))
            {
                end = q - 1;
                break;
            }
        }
        while (end > pos && !_t.IsCloseMark(end) && (_t.IsSentenceEnd(end) || _t.IsComma(end) || _t.IsDash(end)))
            end--;
        if (end < pos || !(_t.IsWord(end) || _t.IsCloseMark(end) || _t.IsPunctuation(end)))
            return null;
        if (_t.IsOpenMark(pos))
        {
            var region = _t.Regions[_t.RegionOf[pos]];
            var regionLast = region.Close >= 0 ? region.Close : _t.LastTokenBefore(region.Outer.End);
            if (regionLast >= end - 1 && end <= regionLast + 1)
                return (region.Inner, QuoteKind.Direct);
        }
        return (new Span(_t.Tokens[pos].Start, _t.Tokens[end].End), QuoteKind.Indirect);
    }

    // "When Ruiz said that the port would close, Berg called …": a content read inside an opening subordinate clause ends with it.
    private bool OpensWithSubordinateClause(int pos, int s)
    {
        var first = _t.FirstOf(s);
        while (first < pos && Words.LeadingConnectives.Contains(_w[first]))
            first++;
        if (first >= pos || !(Words.Subordinators.Contains(_w[first]) || OpeningParticiple(first) || OpeningParticiple(first + 1)))
            return false;
        for (var q = first + 1; q < pos; q++)
        {
            if (_t.IsComma(q) && _t.RegionOf[q] < 0)
                return false;
        }
        return true;
    }

    // The finite verb of a clause opening right after a comma with its subject noun phrase (a closing quotation mark before
    // it allowed), or -1. A content runs on to the end of its sentence, but not into a main clause after an opening
    // subordinate one, nor into another reporting clause ("… that the port would close, officials believe that …").
    private int ClauseVerbAfter(int p, int last)
    {
        if (p <= last && _t.IsCloseMark(p))
            p++;
        if (p > last || !_t.IsWord(p))
            return -1;
        var end = p;
        while (end <= last && end - p < 8 && _t.TagOf(end) is "DT" or "PRP$" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "PRP" or "POS" or "CD")
            end++;
        if (end == p)
            return -1;
        while (end <= last && _t.TagOf(end) == "RB")
            end++;
        return end <= last && _t.TagOf(end) is "VBD" or "VBZ" or "VBP" or "MD" ? end : -1;
    }

    // "Limbaugh added:" closing a paragraph, then his words set off as the next paragraph without quotation marks.
    private (Span Span, QuoteKind Kind)? BlockQuote(int colon, int next)
    {
        if (_t.ParagraphOf[next] == _t.ParagraphOf[colon] || _t.RegionOf[next] >= 0)
            return null;
        var end = next;
        while (end + 1 < _t.Count && _t.ParagraphOf[end + 1] == _t.ParagraphOf[next])
            end++;
        return end - next < 3 ? null : (new Span(_t.Tokens[next].Start, _t.Tokens[end].End), QuoteKind.Direct);
    }

    // A content without a finite verb of its own (an object, "cited the figure …"; an infinitive, "agreed to an interview …"; a
    // quotation) ends where the cue's subject goes on with a predicate of its own: a participle clause after a comma (", further
    // raising …", ", while insisting …", "“…,” adding that …") or a coordinated finite verb ("…, yet refuses to", "…, but stopped short of").
    private bool OpensOwnPredicate(int q, int pos, int last)
    {
        if (_t.RegionOf[q] >= 0 && !_t.IsCloseMark(q - 1))
            return false;
        var afterComma = _t.IsComma(q - 1) || (_t.IsCloseMark(q - 1) && q - 2 >= pos && _t.IsComma(q - 2));
        if (_w[q] is "and" or "but" or "yet")
        {
            var verb = q + 1;
            while (verb <= last && (_t.TagOf(verb).StartsWith("RB", StringComparison.Ordinal) || IsLyAdverb(verb)))
                verb++;
            return verb <= last && IsFiniteVerb(verb) && !_t.IsComma(verb + 1);
        }
        if (!afterComma)
            return false;
        var participle = q;
        if (_w[participle] is "while" or "before" or "after" or "by" or "without" or "when" or "thus" or "thereby")
            participle++;
        while (participle < last && (_t.TagOf(participle).StartsWith("RB", StringComparison.Ordinal) || IsLyAdverb(participle) || _w[participle] is "further" or "also" or "again" or "even" or "still"))
            participle++;
        return IsParticiple(participle);
    }

    private bool IsParticiple(int i) => !_t.IsCapitalized(i) && _t.TagOf(i) == "VBG" && _w[i].EndsWith("ing", StringComparison.Ordinal);

    private bool IsCoordinatedCue(int i, int last)
    {
        while (i <= last && Words.BeforeCue.Contains(_w[i]))
            i++;
        return i <= last && CueLexicon.TryGet(_w[i], out var e) && (e.Flags & (CueFlags.NeedsComplementizer | CueFlags.Participle)) == 0
            && (e.Flags & CueFlags.Speech) != 0;
    }

    private bool IsParticipleCue(int i)
        => CueLexicon.TryGet(_w[i], out var e) && (e.Flags & CueFlags.Participle) != 0;

    private (ImmutableArray<Span> Parts, QuoteKind Kind)? LeftContent(int k, int first)
    {
        while (k >= first && (_t.IsComma(k) || _t.IsDash(k)))
            k--;
        if (k < first)
            return null;
        if (_t.IsCloseMark(k))
        {
            var r = _t.RegionOf[k];
            var region = _t.Regions[r];
            var parts = PrecedingQuoteSentences(_t.SentenceOf[region.Open]);
            return (parts.Add(region.Inner), QuoteKind.Direct);
        }
        if (k - first < 2)
            return null;
        return ([new Span(_t.Tokens[first].Start, _t.Tokens[k].End)], QuoteKind.Indirect);
    }

    private ImmutableArray<Span> PrecedingQuoteSentences(int s)
    {
        var parts = new List<Span>();
        for (var p = s - 1; p >= 0 && p >= s - 4; p--)
        {
            var r = QuoteOnly(p);
            if (r < 0 || _claimedRegions.Contains(r) || _t.ParagraphOf[_t.FirstOf(p)] != _t.ParagraphOf[_t.FirstOf(s)])
                break;
            parts.Insert(0, _t.Regions[r].Inner);
        }
        return [.. parts];
    }

    private IEnumerable<Span> FollowingParts(int p, int last, int s)
    {
        if (p <= last && _t.IsComma(p) && p + 1 <= last && _t.IsOpenMark(p + 1))
            yield return _t.Regions[_t.RegionOf[p + 1]].Inner;
        var paragraph = _t.ParagraphOf[_t.FirstOf(s)];
        for (var n = s + 1; n < _t.Document.Sentences.Length && n <= s + 4; n++)
        {
            var r = QuoteOnly(n);
            if (r < 0 || _t.ParagraphOf[_t.FirstOf(n)] != paragraph || NamesItsOwnSpeaker(n))
                yield break;
            yield return _t.Regions[r].Inner;
        }
    }

    // "“A,” Berg said. “B?” Ruiz repeated.": a quoted sentence followed in its paragraph by a short clause of a subject and a
    // verb that ends there has a speaker of its own, and does not continue the quotation before it.
    private bool NamesItsOwnSpeaker(int s)
    {
        var next = s + 1;
        if (next >= _t.Document.Sentences.Length || _t.Document.Sentences[next].TokenCount == 0 || _t.ParagraphOf[_t.FirstOf(next)] != _t.ParagraphOf[_t.FirstOf(s)])
            return false;
        var first = _t.FirstOf(next);
        var last = _t.LastOf(next);
        if (!_t.IsWord(first) || !(_t.IsCapitalized(first) || Words.Pronouns.Contains(_w[first])))
            return false;
        for (var v = first + 1; v <= last && v - first <= 5; v++)
        {
            if (!_t.IsWord(v))
                return false;
            if (_t.IsCapitalized(v) || _t.TagOf(v) is not ("VBD" or "VBZ" or "VBN"))
                continue;
            var after = SkipAdjuncts(v + 1 <= last && _t.TagOf(v + 1) == "RP" ? v + 2 : v + 1, last);
            return after > last || _t.IsSentenceEnd(after) || _t.IsComma(after);
        }
        return false;
    }

    // The region when the sentence is nothing but one quotation, else -1.
    private int QuoteOnly(int s)
    {
        var first = _t.FirstOf(s);
        var last = _t.LastOf(s);
        if (!_t.IsOpenMark(first))
            return -1;
        var r = _t.RegionOf[first];
        return _t.RegionOf[last] == r ? r : -1;
    }

    // "X, who …, said", "Price, the spokesman, said", "a member of …, Nader Naderi, said".
    private bool CommaSubject(int b, int first, out int spFirst, out int spLast)
    {
        spFirst = spLast = -1;
        var right = b;
        for (var segments = 0; segments < 4; segments++)
        {
            var p = right - 1;
            while (p >= first && !_t.IsComma(p) && !_t.IsQuoteMark(p) && !_t.IsDash(p) && right - p <= 30)
                p--;
            var segStart = p + 1;
            if (segStart >= right || (p >= first && !_t.IsComma(p) && !_t.IsCloseMark(p)))
                return false;
            var lead = segStart;
            while (lead < right && Words.LeadingConnectives.Contains(_w[lead]))
                lead++;
            if (lead >= right)
                return false;
            var w = _w[lead];
            if (w is "who" or "which" or "whose" || (lead == right - 1 && IsPartyLabel(lead)))
            {
                right = p;
                if (p < first)
                    return false;
                continue;
            }
            if (_t.IsCapitalized(lead) && !Words.AdjunctPrepositions.Contains(w) && w is not ("as" or "if" or "when" or "while" or "after" or "before" or "asked"))
                return SubjectBefore(right - 1, lead, out spFirst, out spLast) && spFirst == lead;
            if (p < first || !_t.IsComma(p))
                return false;
            right = p;
        }
        return false;
    }

    // "R-Ky.", "D-Calif.": a party label set off by commas after a name.
    private bool IsPartyLabel(int i) => _w[i].Length > 3 && _w[i][1] == '-' && _w[i][0] is 'r' or 'd' or 'i' && _w[i][^1] == '.';

    private bool SubjectBefore(int b, int first, out int spFirst, out int spLast)
    {
        spFirst = spLast = -1;
        first = Math.Max(first, 0);
        while (b >= first && _t.IsComma(b))
            b--;
        if (b < first)
            return false;
        var k = b;
        var n = 0;
        while (k >= first)
        {
            if (_w[k] == ")")
            {
                var open = k - 1;
                while (open >= first && _w[open] != "(" && k - open < 10)
                    open--;
                if (open < first || _w[open] != "(")
                    break;
                n += k - open;
                k = open - 1;
                continue;
            }
            if (!_t.IsWord(k) && _w[k] != "&")
                break;
            var w = _w[k];
            if (Words.SubjectBoundary.Contains(w) || (IsVerbLike(k) && !IsAttributive(k, first, b)) || (k < b && IsMainVerbAfterSubject(k, first)))
                break;
            if (w == "and" && !(k < b && (_t.IsCapitalized(k + 1) || Words.Determiners.Contains(_w[k + 1])) && k > first && _t.IsWord(k - 1)))
                break;
            k--;
            if (++n > 14)
                return false;
        }
        if (k >= first && k == b && _w[k] is "who" or "which")
            return AntecedentBefore(k, first, out spFirst, out spLast);
        if (k >= first && _w[k] is "has" or "have" or "had" or "is" or "are" or "was" or "were")
        {
            for (var j = k - 1; j >= Math.Max(first, k - 2); j--)
            {
                if (_w[j] is "who" or "which" or "that")
                    return AntecedentBefore(j, first, out spFirst, out spLast);
            }
        }
        var start = k + 1;
        while (start <= b && Words.LeadingConnectives.Contains(_w[start]))
            start++;
        if (start < b && _w[b] is "he" or "she" or "they" or "i" or "we")
            start = b;
        if (start <= b && Words.AdjunctPrepositions.Contains(_w[start]))
        {
            var d = -1;
            for (var j = b; j > start + 1; j--)
            {
                if (_w[j] is "the" or "a" or "an")
                {
                    d = j;
                    break;
                }
            }
            if (d < 0)
            {
                // "In a Bloomberg interview Berg declared": the name closing the introductory phrase.
                if (!_t.IsCapitalized(b))
                    return false;
                d = b;
                while (d - 1 > start + 1 && _t.IsCapitalized(d - 1))
                    d--;
            }
            start = d;
        }
        var head = b;
        if (_w[head] == ")")
        {
            while (head > start && _w[head] != "(")
                head--;
            head--;
        }
        if (start > head || (Words.NotHead.Contains(_w[head]) && !Words.Pronouns.Contains(_w[head])) || !_t.IsWord(head))
            return false;
        (spFirst, spLast) = (start, b);
        return true;
    }

    // "told", "informed": the name after the cue is the one addressed, not an inverted speaker ("“…,” Cyril told CNN").
    private static bool Addressed(CueEntry entry) => (entry.Flags & CueFlags.Object) != 0 && entry.Lemma is not "ask";

    // A lowercase past-tense form that is not a cue: "laughed", "paused".
    private bool IsPastVerb(int k)
        => _t.IsWord(k) && !_t.IsCapitalized(k) && _w[k].Length > 3 && _w[k].EndsWith("ed", StringComparison.Ordinal) && !CueLexicon.TryGet(_w[k], out _)
           && !Words.NotHead.Contains(_w[k - 1]);

    // "Trump refused to pay an architect who said": a past-tense verb right after a name or pronoun ends the subject
    // phrase searched backwards (not "Officials involved in the talks said").
    private bool IsMainVerbAfterSubject(int k, int first)
    {
        if (k > first && IsPresentVerbAfterNoun(k))
            return true;
        if (k <= first || !IsPastVerb(k))
            return false;
        var before = _w[k - 1];
        return before is "he" or "she" or "they" or "we" or "i"
            || (_t.IsCapitalized(k - 1) && !before.EndsWith('s') && (k - 1 > first || !Words.NotHead.Contains(before)));
    }

    // "Polls show 74 percent of residents say": a present-tense verb right after a noun is the verb of another clause.
    private bool IsPresentVerbAfterNoun(int k)
        => _t.IsWord(k) && !_t.IsCapitalized(k) && _t.TagOf(k) is "VBP" or "VBZ" && _w[k] is not ("'s" or "’s")
           && _t.TagOf(k - 1) is "NNS" or "NNPS" && !_t.IsCapitalized(k - 1);

    // The "who" or "which" whose clause runs, unbroken by punctuation, up to the conjunction at <paramref name="conjunction"/> and
    // opens with a finite verb ("Berg, who opposed the plan and"); -1 when the conjunction is not inside such a clause.
    private int RelativeClauseAround(int conjunction, int first)
    {
        for (var k = conjunction - 1; k >= first; k--)
        {
            if (!_t.IsWord(k) || _t.RegionOf[k] >= 0)
                return -1;
            if (_w[k] is not ("who" or "which"))
                continue;
            var verb = k + 1;
            while (verb < conjunction && (Words.BeforeCue.Contains(_w[verb]) || IsLyAdverb(verb)))
                verb++;
            return verb < conjunction && IsFiniteVerb(verb) ? k : -1;
        }
        return -1;
    }

    // A cue whose subject is a relative pronoun: "an architect who said".
    private bool IsRelativeClauseCue(int cue) => RelativeBefore(_t, cue) >= 0;

    /// <summary>
    /// The relative pronoun whose clause the cue at <paramref name="cue"/> opens, auxiliaries and adverbs between
    /// them ("who has long said", "which reportedly found"), or -1.
    /// </summary>
    public static int RelativeBefore(QuotedText text, int cue)
    {
        var first = text.FirstOf(text.SentenceOf[cue]);
        var k = cue - 1;
        while (k >= first && text.IsWord(k) && (Words.BeforeCue.Contains(text.Lower[k]) || IsLyAdverb(text, k)))
            k--;
        return k >= first && text.Lower[k] is "who" or "which" or "that" ? k : -1;
    }

    /// <summary>
    /// The subject of a cue read as a finite verb, auxiliaries and adverbs skipped ("The governor has long wanted"; through a
    /// relative pronoun, its antecedent). False after a comma, a passive or an infinitive, or when no subject phrase is there.
    /// </summary>
    public bool TrySubjectOf(int cue, out int first, out int last, out int relative)
    {
        first = last = relative = -1;
        var start = _t.FirstOf(_t.SentenceOf[cue]);
        var b = cue - 1;
        while (b >= start && _t.IsWord(b) && (Words.BeforeCue.Contains(_w[b]) || IsLyAdverb(b)))
            b--;
        if (b < start || !_t.IsWord(b) || _t.RegionOf[b] >= 0 || _w[b] is "to" or "and" or "or" or "but" or "is" or "are" or "was" or "were" or "be" or "been" or "being")
            return false;
        if (_w[b] is "who" or "which" or "that")
        {
            relative = b;
            return TryAntecedent(b, out first, out last);
        }
        return SubjectBefore(b, start, out first, out last);
    }

    /// <summary>The antecedent of the relative pronoun at <paramref name="relative"/>: the noun phrase before it ("the Senate majority leader, who").</summary>
    public bool TryAntecedent(int relative, out int first, out int last)
        => AntecedentBefore(relative, _t.FirstOf(_t.SentenceOf[relative]), out first, out last);

    // The noun phrase a relative pronoun refers to: the phrase before it, from its last preposition other than "of" on
    // ("a thorny one for Biden, who said": Biden; "the director of the agency, who said": all of it).
    private bool AntecedentBefore(int relative, int start, out int first, out int last)
    {
        if (!SubjectBefore(relative - 1, start, out first, out last))
            return false;
        for (var j = last - 1; j > first; j--)
        {
            if (_w[j] is "for" or "to" or "with" or "from" or "by" or "at" or "in" or "on" or "against" or "like" or "than"
                && (_t.IsCapitalized(j + 1) || Words.Determiners.Contains(_w[j + 1])))
            {
                first = j + 1;
                break;
            }
        }
        return true;
    }

    // "a smiling Clinton", "the visiting minister": an -ing word between a determiner and its noun.
    private bool IsAttributive(int k, int first, int b)
        => k < b && k > first && _w[k - 1] is "a" or "an" or "the" && _w[k].EndsWith("ing", StringComparison.Ordinal) && _t.IsWord(k + 1);

    private bool IsVerbLike(int k)
    {
        var w = _w[k];
        if (_t.IsCapitalized(k))
            return false;
        if (CueLexicon.TryGet(w, out var e) && (e.Flags & CueFlags.NeedsComplementizer) == 0)
            return true;
        return w.Length > 4 && w.EndsWith("ing", StringComparison.Ordinal) && !Words.IngNouns.Contains(w);
    }

    private bool SpeakerAfter(int p, int last, out int spFirst, out int spLast)
    {
        spFirst = p;
        spLast = p - 1;
        var q = p;
        while (q <= last && q - p < 10 && (_t.IsWord(q) || _w[q] == "&") && !(q > p && (Words.ForwardBoundary.Contains(_w[q]) || Words.SubjectBoundary.Contains(_w[q]) || IsVerbLike(q) || IsFiniteVerb(q)))
               && !(q == p && (Words.ForwardBoundary.Contains(_w[q]) && !Words.Determiners.Contains(_w[q]))))
            q++;
        spLast = q - 1;
        while (spLast >= p && Words.NotHead.Contains(_w[spLast]) && !Words.Pronouns.Contains(_w[spLast]))
            spLast--;
        return spLast >= p;
    }

    // "…, said the event brought back memories": a finite verb ends a speaker read after its cue.
    private bool IsFiniteVerb(int k) => !_t.IsCapitalized(k) && _t.TagOf(k) is "VBD" or "VBZ" or "VBP" or "MD";

    private bool SentenceSubject(int first, int limit, out int spFirst, out int spLast)
    {
        spFirst = spLast = -1;
        var start = first;
        while (start < limit && Words.LeadingConnectives.Contains(_w[start]))
            start++;
        // "In a speech on Monday, Berg attacked …, saying …" (or "On Thursday, after a long silence, Berg …"): the subject follows
        // the introductory phrases.
        for (var phrases = 0; phrases < 3 && start < limit && Words.AdjunctPrepositions.Contains(_w[start]); phrases++)
        {
            var comma = start + 1;
            while (comma < limit && comma - start < 12 && !_t.IsComma(comma) && _t.IsWord(comma))
                comma++;
            if (comma >= limit || !_t.IsComma(comma))
                break;
            start = comma + 1;
        }
        if (start >= limit || !_t.IsWord(start) || Words.AdjunctPrepositions.Contains(_w[start]) || _w[start] is "as" or "by" or "if" or "when")
            return false;
        if (Words.Pronouns.Contains(_w[start]))
        {
            (spFirst, spLast) = (start, start);
            return true;
        }
        var q = start;
        while (q < limit && q - start < 8 && (_t.IsWord(q) || _w[q] == "&") && !Words.SubjectBoundary.Contains(_w[q])
               && !CueLexicon.TryGet(_w[q], out _) && !(!_t.IsCapitalized(q) && _w[q].EndsWith("ed", StringComparison.Ordinal)) && !IsFiniteVerb(q))
            q++;
        var nameEnd = q;
        if (q < limit && _t.IsComma(q) && q > start && _t.IsCapitalized(q - 1))
        {
            // "Dean, a former chairman, poked at …": skip the appositive to the verb.
            var close = q + 1;
            while (close < limit && close - q < 16 && !_t.IsComma(close) && _t.IsWord(close))
                close++;
            if (close < limit && _t.IsComma(close) && close + 1 < limit && _t.IsWord(close + 1) && !_t.IsCapitalized(close + 1))
                q = close + 1;
        }
        if (q >= limit || !_t.IsWord(q) || _t.IsCapitalized(q) || !(Words.BeforeCue.Contains(_w[q]) || CueLexicon.TryGet(_w[q], out _)
            || _w[q].EndsWith("ed", StringComparison.Ordinal) || _w[q].EndsWith('s') || Words.SubjectBoundary.Contains(_w[q]) || IsFiniteVerb(q)))
            return false;
        var end = nameEnd - 1;
        while (end >= start && !_t.IsCapitalized(end) && !Words.AnonymousHeads.Contains(_w[end]))
            end--;
        if (end < start)
            return false;
        (spFirst, spLast) = (start, end);
        return true;
    }
}
