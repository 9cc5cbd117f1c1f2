using System.Collections.Immutable;
using Parallax.Documents;

namespace Parallax.Quotes;

/// <summary>
/// Finds direct and indirect quotes with their speaker, cue and content, and fills
/// <see cref="ArticleAnalysis.Quotes"/>. Runs after the sentence segmenter; when the entity
/// stages ran before it, speakers are linked to document entities (pronouns included).
/// </summary>
public sealed class QuoteExtractor : IAnalysisComponent
{
    /// <inheritdoc />
    public string Name => "quotes";

    /// <inheritdoc />
    /// <remarks>Reads the part-of-speech tags, mentions and entities too when earlier stages assigned them (speakers then land on entities).</remarks>
    public AnalysisLayers Requires => AnalysisLayers.Sentences;

    /// <inheritdoc />
    public AnalysisLayers Assigns => AnalysisLayers.Quotes;

    /// <summary>
    /// Whether the trained attribution labeller adds the attributions the reading rules miss (true by default;
    /// false runs the rules alone).
    /// </summary>
    public bool UseModel { get; init; } = true;

    /// <summary>False to run the labeller alone, without the reading rules (measuring one against the other).</summary>
    internal bool UseRules { get; init; } = true;

    /// <summary>
    /// Whether a labelled attribution whose cue lies inside a rule's content is kept beside it ("X said that Y believes Z":
    /// Y's belief is an attribution of its own).
    /// </summary>
    internal bool KeepNested { get; init; }

    /// <summary>Another labeller than the shipped one (tuning runs).</summary>
    internal AttributionTagger? Tagger { get; init; }

    /// <inheritdoc />
    public ArticleAnalysis Process(ArticleAnalysis document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Tokens.IsEmpty)
            return document with { Quotes = [] };
        var text = new QuotedText(document);
        var rules = new AttributionRules(text);
        var resolver = new SpeakerResolver(text);
        var candidates = UseRules ? rules.Run().Where(c => IsNominal(text, c.SpeakerFirst, c.SpeakerLast) && Speaks(text, resolver, c)).ToList() : [];
        if (UseModel)
            candidates = WithModel(text, rules, candidates, Tagger ?? AttributionTagger.Default, KeepNested);
        var quotes = new List<Quote>(candidates.Count);
        foreach (var found in candidates)
        {
            if (ReceivedCues.Redirect(text, found) is not { } received)
                continue;
            var c = WithoutLeadingTime(text, received);
            if (!resolver.CanSpeak(c.SpeakerFirst, c.SpeakerLast, c.CueFirst) || SaysNothing(text, c))
                continue;
            var speaker = resolver.Resolve(c.SpeakerFirst, c.SpeakerLast, quotes, out var named);
            var relative = c.Relative >= 0 ? c.Relative : AttributionRules.RelativeBefore(text, c.CueFirst);
            if (relative > c.SpeakerLast && relative < c.CueFirst)
                speaker = speaker with { Relative = new Span(text.Tokens[relative].Start, text.Tokens[relative].End) };
            var content = new Span(c.Content[0].Start, c.Content[^1].End);
            var cueSpan = new Span(text.Tokens[c.CueFirst].Start, text.Tokens[c.CueLast].End);
            var sentence = text.SentenceOf[c.CueFirst];
            var contentSentence = document.SentenceAt(content.Start);
            if (contentSentence >= 0 && contentSentence < sentence && document.SentenceAt(content.End - 1) >= sentence)
                sentence = contentSentence;
            var unresolvedPronoun = speaker.Entity is null && speaker.Antecedent is null && Words.Pronouns.Contains(speaker.Text.ToLowerInvariant());
            var confidence = unresolvedPronoun ? c.Confidence * 0.8 : c.Confidence;
            quotes.Add(new Quote(quotes.Count, sentence, speaker, cueSpan.Of(document.Text), cueSpan, content, c.Kind, named)
            {
                Confidence = Math.Round(confidence, 3),
                CueLemma = c.Lemma,
                ContentParts = c.Content,
            });
        }
        return document with { Quotes = [.. quotes] };
    }

    // "… is to blame for Americans believing that.", "… Values Americans Believe In": a content that is one pronoun, complementiser or
    // particle reports nothing.
    private static bool SaysNothing(QuotedText text, Candidate c)
        => c.Content.Length == 1 && c.Content[0].Of(text.Text).Trim().ToLowerInvariant() is "that" or "this" or "which" or "in";

    // A rule's reading that would be dropped for its speaker leaves its cue and content to the labeller.
    private static bool Speaks(QuotedText text, SpeakerResolver resolver, Candidate found)
        => ReceivedCues.Redirect(text, found) is { } received && WithoutLeadingTime(text, received) is var c && resolver.CanSpeak(c.SpeakerFirst, c.SpeakerLast, c.CueFirst)
            && !SaysNothing(text, c);

    // The rules read reporting clauses precisely; the labeller adds what they miss: attributions whose cue and content are both new.
    private static List<Candidate> WithModel(QuotedText text, AttributionRules reader, List<Candidate> rules, AttributionTagger tagger, bool keepNested)
    {
        var ruleCue = new bool[text.Count];
        var ruleContent = new bool[text.Count];
        foreach (var r in rules)
        {
            for (var t = r.CueFirst; t <= r.CueLast; t++)
                ruleCue[t] = true;
            foreach (var part in r.Content)
                Mark(text, part, ruleContent);
        }
        var merged = new List<Candidate>(rules);
        foreach (var found in tagger.Find(text))
        {
            var c = WithAntecedent(text, reader, Continuing(text, rules, found)) is { } read ? ClauseSubject(text, reader, read) : null;
            if (c is null || !Plausible(text, c) || Any(ruleCue, c.CueFirst, c.CueLast))
                continue;
            // Inside a rule's content only as a nested attribution: its cue, source and content all within that content.
            var nested = keepNested && Any(ruleContent, c.CueFirst, c.CueLast) && AllMarked(ruleContent, c.CueFirst, c.CueLast)
                && AllMarked(ruleContent, c.SpeakerFirst, c.SpeakerLast) && text.RegionOf[c.CueFirst] < 0;
            if (!nested && c.Content.Any(p => Overlaps(text, p, ruleContent)))
                continue;
            merged.Add(c);
        }
        return [.. merged.OrderBy(c => c.CueFirst)];
    }

    // "Ruiz cited the cost, further raising doubts", "Berg demands a vote, yet refuses to": a labelled cue that goes on right
    // after a rule's content, past only a comma, a conjunction or adverbs, is the same subject's next predicate.
    internal static Candidate Continuing(QuotedText text, List<Candidate> rules, Candidate found)
    {
        foreach (var r in rules)
        {
            if (r.CueFirst >= found.CueFirst || r.Content.IsDefaultOrEmpty || text.SentenceOf[r.CueFirst] != text.SentenceOf[found.CueFirst])
                continue;
            var end = text.LastTokenBefore(r.Content[^1].End);
            if (end < r.CueLast || end >= found.CueFirst)
                continue;
            var between = end + 1;
            while (between < found.CueFirst && (text.IsComma(between) || text.IsCloseMark(between) || text.Lower[between] is "and" or "but" or "yet"
                   || text.TagOf(between).StartsWith("RB", StringComparison.Ordinal)))
                between++;
            if (between == found.CueFirst && between > end + 1)
                return found with { SpeakerFirst = r.SpeakerFirst, SpeakerLast = r.SpeakerLast, Relative = r.Relative };
        }
        return found;
    }

    // "The pastor endorsed Senator Cruz, urging …", "Trump was in Bangor, Maine, promising …": a labelled participle after a comma
    // whose labelled source stands after the finite verb of the clause before it (its object, a place), or in an earlier clause set
    // off by a comma ("When Ruiz asked …, the board declined, citing …"), speaks as that verb's subject.
    internal static Candidate ClauseSubject(QuotedText text, AttributionRules reader, Candidate c)
    {
        var comma = c.CueFirst - 1;
        if (c.SpeakerFirst < 0 || c.SpeakerFirst > c.CueFirst || !text.IsComma(comma) || text.TagOf(c.CueFirst) != "VBG" || text.IsCapitalized(c.CueFirst))
            return c;
        var first = text.FirstOf(text.SentenceOf[c.CueFirst]);
        var verb = comma - 1;
        while (verb >= first && !(text.TagOf(verb) is "VBD" or "VBZ" or "VBP" && !text.IsCapitalized(verb) && text.RegionOf[verb] < 0))
            verb--;
        if (verb < first || !reader.TrySubjectOf(verb, out var subjectFirst, out var subjectLast, out var relative))
            return c;
        if (c.SpeakerFirst > verb || (c.SpeakerLast < subjectFirst && CommaBetween(text, c.SpeakerLast, subjectFirst)))
            return c with { SpeakerFirst = subjectFirst, SpeakerLast = subjectLast, Relative = relative };
        return c;
    }

    private static bool CommaBetween(QuotedText text, int after, int before)
    {
        for (var t = after + 1; t < before; t++)
        {
            if (text.IsComma(t) && text.RegionOf[t] < 0)
                return true;
        }
        return false;
    }

    private static bool Any(bool[] marks, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            if (marks[t])
                return true;
        }
        return false;
    }

    private static bool AllMarked(bool[] marks, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            if (!marks[t])
                return false;
        }
        return true;
    }

    private static void Mark(QuotedText text, Span span, bool[] marks)
    {
        for (var t = text.LastTokenBefore(span.Start) + 1; t < text.Count && text.Tokens[t].Start < span.End; t++)
        {
            if (text.Tokens[t].End > span.Start)
                marks[t] = true;
        }
    }

    private static bool Overlaps(QuotedText text, Span span, bool[] marks)
    {
        for (var t = text.LastTokenBefore(span.Start) + 1; t < text.Count && text.Tokens[t].Start < span.End; t++)
        {
            if (marks[t] && text.Tokens[t].End > span.Start)
                return true;
        }
        return false;
    }

    // A speaker the rules read is a noun phrase: it does not open with a verb or a preposition ("spoke with The Huffington Post",
    // "by telephone") nor end on an adjective or an adverb ("a false", "Fact-checkers soon"). Capitalised labels ("WALLACE") pass.
    private static bool IsNominal(QuotedText text, int first, int last)
    {
        if (first < 0 || last < first)
            return true;
        var head = text.Lower[last];
        var headOk = text.IsCapitalized(last) || !text.IsWord(last) || Words.Pronouns.Contains(head) || Words.AnonymousHeads.Contains(head)
            || text.TagOf(last) is "NN" or "NNS" or "NNP" or "NNPS" or "PRP" or "CD" or "FW" or "WP";
        var leadOk = text.IsCapitalized(first) || !text.IsWord(first)
            || text.TagOf(first) is not ("VBD" or "VBZ" or "VBP" or "VBN" or "RB" or "IN" or "TO" or "MD");
        return headOk && leadOk;
    }

    // Copular cues the labeller may keep: a stance of the subject's own ("is convinced that", "were optimistic that", "is eager to").
    // Not these passives and raisings, whose subject is not the one who holds the view ("is expected to", "was reported to").
    private static readonly HashSet<string> HearsayPassives = new(StringComparer.Ordinal)
    {
        "said", "reported", "believed", "thought", "expected", "alleged", "rumored", "rumoured", "considered", "known", "seen", "supposed",
        "understood", "presumed", "projected", "estimated", "predicted", "forecast", "scheduled", "set", "slated", "likely", "unlikely",
        "accused", "described", "called", "viewed", "regarded", "deemed", "quoted", "asked", "told", "urged", "cited", "criticized",
        "criticised", "praised", "blamed", "named", "labeled", "labelled", "branded", "credited", "charged", "quoted", "shown", "found",
        "reputed", "claimed", "feared", "widely", "often", "also", "not", "being", "been", "to", "due", "going", "about",
    };

    // Not a passive ("is expected to": the subject is not who expects; "is promising" is no passive), not a hearsay adverb ("He reportedly fled": he is
    // not the one reporting), not a bare relative pronoun as the source, not "asked not to be named".
    private static bool Plausible(QuotedText text, Candidate c)
    {
        // Past a negation or adverbs: "isn't saying", "is once again questioning", "weren't too concerned".
        var next = c.CueFirst + 1;
        while (next < c.CueLast && (text.Lower[next] is "not" or "n't" or "n’t" || (text.TagOf(next) is "RB" && !HearsayPassives.Contains(text.Lower[next]))))
            next++;
        var progressive = c.CueLast > c.CueFirst && text.Lower[next].EndsWith("ing", StringComparison.Ordinal);
        var stance = c.CueLast > c.CueFirst && !HearsayPassives.Contains(text.Lower[next]) && text.TagOf(next) is "JJ" or "VBN";
        if ((text.Lower[c.CueFirst] is "is" or "are" or "was" or "were" or "be" or "been" or "being" or "'s" or "’s" && !progressive && !stance)
            || text.Lower[c.CueFirst] is "reportedly" or "allegedly" or "reputedly" or "purportedly" or "supposedly" or "apparently" or "ostensibly" or "seemingly")
            return false;
        if (c.SpeakerFirst == c.SpeakerLast ? text.Lower[c.SpeakerFirst] is "who" or "which" or "that" : text.Lower[c.SpeakerLast] is "who" or "which" or "that")
            return false;
        var content = c.Content[0].Of(text.Text);
        return !content.Contains("not to be named", StringComparison.OrdinalIgnoreCase) && !content.Contains("not to be identified", StringComparison.OrdinalIgnoreCase);
    }

    // "the senator, who said": a source that is only a relative pronoun speaks through its antecedent; null when none is found.
    private static Candidate? WithAntecedent(QuotedText text, AttributionRules reader, Candidate c)
    {
        if (c.SpeakerFirst < 0)
        {
            // A labelled cue and content without a labelled source: the cue's subject, as the rules read it.
            return reader.TrySubjectOf(c.CueFirst, out var subjectFirst, out var subjectLast, out var relative)
                ? c with { SpeakerFirst = subjectFirst, SpeakerLast = subjectLast, Relative = relative }
                : null;
        }
        if (c.SpeakerFirst != c.SpeakerLast || text.Lower[c.SpeakerFirst] is not ("who" or "which" or "that") || c.SpeakerFirst > c.CueFirst)
            return c;
        return reader.TryAntecedent(c.SpeakerFirst, out var first, out var last)
            ? c with { SpeakerFirst = first, SpeakerLast = last, Relative = c.SpeakerFirst }
            : null;
    }

    // "74 percent of residents", "6 in 10 voters": a number other than a year, before a lower-case word, counts the speakers.
    private static bool IsCount(QuotedText text, int i)
        => text.Tokens[i].Kind == TokenKind.Number && !(text.Lower[i].Length == 4 && text.Lower[i][0] is '1' or '2')
           && text.IsWord(i + 1) && !text.IsCapitalized(i + 1);

    // "Last year Berg said", "Trump this week said": time words around the speaker are not part of it.
    private static Candidate WithoutLeadingTime(QuotedText text, Candidate c)
    {
        var first = c.SpeakerFirst;
        var last = c.SpeakerLast;
        while (first < last && ((SpeakerResolver.IsTimeWord(text, first) && !IsCount(text, first)) || Words.LeadingConnectives.Contains(text.Lower[first]) || text.IsComma(first)))
            first++;
        while (last > first && (SpeakerResolver.IsTimeWord(text, last) || text.Lower[last] is "just" or "released" or "published" or "ago" or "this" or "that"))
            last--;
        return first == c.SpeakerFirst && last == c.SpeakerLast ? c : c with { SpeakerFirst = first, SpeakerLast = last };
    }
}
