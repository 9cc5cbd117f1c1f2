using System.Collections.Frozen;
using Parallax.Documents;
using Parallax.Quotes;

namespace Parallax.Comparison;

/// <summary>
/// Splits each sentence into claims: the content of every quote or reported statement the sentence
/// holds becomes a claim attributed to its speaker (the frame "X said" is not a fact of its own
/// unless it carries more); then each part is split at coordinated clauses (";", ", and", ", but",
/// "and" before a verb, ", adding that") and at subordinate clauses with an event of their own
/// ("after engineers found a crack"), when both sides have a verb and some content of their own.
/// </summary>
internal sealed class ClaimReader(IReadOnlyList<ArticleAnalysis> articles, IReadOnlyList<Quote>[][] quotesBySentence, int[][] storyEntityOfDocumentEntity, IReadOnlyList<StoryEntity> entities)
{
    private const int MinContentTokens = 3;

    /// <summary>The fewest content words of a participle clause after a subordinator that a second participle after a comma splits from ("after winning 22 states, raising $228 million").</summary>
    private const int MinParticipleConcepts = 2;
    private const int MinFrameConcepts = 4;

    /// <summary>How much the source of reported speech counts among a claim's terms: who says it is part of the fact's context.</summary>
    private const double SourceWeight = 0.7;

    private static string EntityTerm(int entity) => "e:" + entity.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static readonly FrozenSet<string> ClauseConjunctions = FrozenSet.ToFrozenSet(
        ["and", "but", "while", "whereas", "although", "though", "yet"], StringComparer.Ordinal);

    /// <summary>Words that open a clause with an event of its own ("after engineers found a crack").</summary>
    private static readonly FrozenSet<string> Subordinators = FrozenSet.ToFrozenSet(
        ["after", "before", "because", "when", "while", "since", "until", "although", "though", "whereas"], StringComparer.Ordinal);

    /// <summary>Subordinators of time, after which a participle is done by the doer of the clause before ("flew home after winning"); after "because" it may be a subject ("because raising fares would hurt").</summary>
    private static readonly FrozenSet<string> TimeSubordinators = FrozenSet.ToFrozenSet(["after", "before", "while", "when"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> ReportingParticiples = FrozenSet.ToFrozenSet(
        ["adding", "saying", "noting", "stressing", "warning", "explaining", "insisting", "arguing", "claiming", "indicating", "pointing"],
        StringComparer.Ordinal);

    /// <summary>Participles that open a phrase, not a clause with an event of its own ("…, including Iran", "…, according to").</summary>
    private static readonly FrozenSet<string> PrepositionalParticiples = FrozenSet.ToFrozenSet(
        ["including", "according", "following", "excluding", "regarding", "concerning", "depending", "beginning", "starting", "pending",
            "barring", "considering", "involving", "surrounding", "citing", "using"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Connectives = ClauseConjunctions.Concat(ReportingParticiples).Concat(Subordinators).Concat(["that", "out"]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that join a claim to the next clause and cannot end one ("…at Guam, while"); not "yet" or "before", which can.</summary>
    private static readonly FrozenSet<string> TrailingConnectives = FrozenSet.ToFrozenSet(
        ["and", "but", "while", "whereas", "although", "though", "that"], StringComparer.Ordinal);

    public List<ClaimProfile>[] Read(int article, SentenceProfile[] sentences)
    {
        _tags = PartsOfSpeech(articles[article]);
        var result = new List<ClaimProfile>[sentences.Length];
        for (var s = 0; s < sentences.Length; s++)
            result[s] = ReadSentence(article, sentences[s]);
        return result;
    }

    private IReadOnlyList<string> _tags = [];

    /// <summary>The analysis's part-of-speech tags, or tags computed here when the pipeline that made it had no tagger.</summary>
    private static IReadOnlyList<string> PartsOfSpeech(ArticleAnalysis document)
    {
        if (document.PartsOfSpeech.Length == document.Tokens.Length)
            return document.PartsOfSpeech;
        var tags = new string[document.Tokens.Length];
        foreach (var sentence in document.Sentences)
        {
            var words = new string[sentence.TokenCount];
            for (var i = 0; i < words.Length; i++)
                words[i] = document.TextOf(document.Tokens[sentence.FirstToken + i]);
            Tagging.PosTagger.Default.Tag(words).CopyTo(tags, sentence.FirstToken);
        }
        return tags;
    }

    private List<ClaimProfile> ReadSentence(int article, SentenceProfile profile)
    {
        var document = articles[article];
        var sentence = document.Sentences[profile.Ref.Sentence];
        var tokens = document.TokensOf(sentence);
        var n = tokens.Length;
        var regions = new List<(int First, int End, Quote? Source)>();
        var covered = new bool[n];
        var frame = new bool[n];
        var reports = quotesBySentence[article][profile.Ref.Sentence].Where(CueLexicon.Reports).ToList();
        foreach (var quote in reports.OrderBy(q => q.Content.Start))
        {
            var (first, end) = TokensWithin(tokens, quote.ContentParts.IsDefaultOrEmpty ? [quote.Content] : quote.ContentParts);
            if (InnerFrameStart(quote, reports) is int cut)
            {
                while (end > first && tokens[end - 1].Start >= cut)
                    end--;
            }
            MarkFrame(tokens, frame, quote.Speaker.Start, quote.Speaker.End);
            MarkFrame(tokens, frame, quote.CueSpan.Start, quote.CueSpan.End);
            if (end - first < MinContentTokens || covered.AsSpan(first, end - first).Contains(true))
                continue;
            regions.Add((first, end, quote));
            covered.AsSpan(first, end - first).Fill(true);
        }
        if (regions.Count > 0)
        {
            for (var i = 0; i < n;)
            {
                if (covered[i])
                {
                    i++;
                    continue;
                }
                var start = i;
                while (i < n && !covered[i])
                    i++;
                var concepts = 0;
                var cue = false;
                var verbs = 0;
                for (var k = start; k < i; k++)
                {
                    concepts += profile.Concepts[k] is not null && !frame[k] ? 1 : 0;
                    cue |= frame[k];
                    verbs += IsVerb(document.Sentences[profile.Ref.Sentence].FirstToken + k) && !frame[k] ? 1 : 0;
                }
                if (concepts >= MinFrameConcepts && (!cue || verbs > 0))
                    regions.Add((start, i, null));
            }
        }
        else
        {
            regions.Add((0, n, null));
        }

        var parts = new List<(int First, int End, Quote? Source)>();
        foreach (var region in regions.OrderBy(r => r.First))
        {
            foreach (var (first, end) in SplitClauses(document, sentence, profile, region.First, region.End))
                parts.Add((first, end, region.Source));
        }
        var claims = new List<ClaimProfile>(parts.Count);
        var sentenceId = sentence.IdIn(document.Article.Id);
        foreach (var (first, end, source) in parts)
        {
            var (f, e) = Trim(profile, first, end);
            if (e <= f || NotAStatement(profile.Words, f, e, source))
                continue;
            var claim = Profile(document, profile, tokens, f, e, source, $"{sentenceId}.c{claims.Count + 1}");
            if (claim.Agent < 0 && claims.Count > 0 && claims[^1].Source == source && OpensAdjunct(sentence, profile.Words, f) && f > 0
                && (profile.Words[f - 1].Length == 0 || TimeSubordinators.Contains(profile.Words[f - 1])))
                claim = claim with { Agent = claims[^1].Agent };
            claims.Add(claim);
        }
        if (claims.Count == 0)
            claims.Add(Profile(document, profile, tokens, 0, n, null, sentenceId + ".c1"));
        var uncovered = new HashSet<int>();
        for (var i = 0; i < n; i++)
        {
            if (!Covered(claims, i))
                uncovered.Add(i);
        }
        return uncovered.Count == 0 ? claims : [.. claims.Select(c => c.Source is null ? c : c with { Frame = uncovered })];
    }

    private static bool Covered(List<ClaimProfile> claims, int token)
    {
        foreach (var claim in claims)
        {
            if (claim.Contains(token))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Words that open a question: reported content that opens with one was asked or left open, not stated ("declined to say
    /// how the talks went"). Not "if": "said if the strike goes on, the port will close" states a condition.
    /// </summary>
    private static readonly FrozenSet<string> Interrogatives = FrozenSet.ToFrozenSet(["whether", "how", "why"], StringComparer.Ordinal);

    /// <summary>
    /// A part of a sentence that states nothing: a question put to the speaker ("Asked whether the board had met the union, …"),
    /// reported content that is a question, or the frame of the clause that follows it ("The strike comes at a time [when …]").
    /// </summary>
    private static bool NotAStatement(string[] words, int first, int end, Quote? source)
    {
        var asked = words[first] == "asked" || words[first] == "when" && first + 1 < end && words[first + 1] == "asked";
        return asked && Array.FindIndex(words, first, Math.Min(3, end - first), w => Interrogatives.Contains(w) || w is "if" or "about" or "what" or "who") >= 0
            || source is not null && Interrogatives.Contains(words[first])
            || end - first >= 3 && words[end - 3] == "at" && words[end - 2] == "a" && words[end - 1] == "time";
    }

    private ClaimProfile Profile(ArticleAnalysis document, SentenceProfile profile, ReadOnlySpan<Token> tokens, int first, int end, Quote? source, string id)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (token, term, amount) in profile.TermsAt)
        {
            if (token >= first && token < end)
                counts[term] = counts.GetValueOrDefault(term) + amount;
        }
        var sourceEntity = source?.Speaker.Entity is int e && (uint)e < (uint)storyEntityOfDocumentEntity[profile.Ref.Article].Length
            ? storyEntityOfDocumentEntity[profile.Ref.Article][e] : -1;
        if (sourceEntity >= 0)
            counts[EntityTerm(sourceEntity)] = counts.GetValueOrDefault(EntityTerm(sourceEntity)) + SourceWeight;
        var offset = document.Sentences[profile.Ref.Sentence].FirstToken;
        var aside = Aside(document, profile, offset, first, end);
        var eventToken = EventToken(document, profile, offset, first, end, aside);
        var tags = new string[tokens.Length];
        for (var i = 0; i < tags.Length; i++)
            tags[i] = offset + i < _tags.Count ? _tags[offset + i] : "";
        return new ClaimProfile
        {
            Claim = new Claim(id, profile.Ref, tokens[first].Start, tokens[end - 1].End)
            {
                AttributedTo = source?.Speaker.Antecedent ?? source?.Speaker.Text,
                AttributedEntity = sourceEntity >= 0 ? entities[sourceEntity].Id : null,
                Event = eventToken >= 0 ? document.TextOf(tokens[eventToken]) : null,
            },
            Sentence = profile,
            First = first,
            End = end,
            Vector = profile.Weights?.Vectorise(counts) ?? [],
            EventToken = eventToken,
            EventConcept = eventToken >= 0 ? profile.Concepts[eventToken] : null,
            Tags = tags,
            Agent = AgentOf(profile, tags, first, eventToken, sourceEntity, eventToken > aside.End ? aside : default),
            Source = source,
            SourceEntity = sourceEntity,
        };
    }

    /// <param name="aside">A relative clause between the doer and the event ("Sanders, who has endorsed Canova, raised"): its names are not the doer.</param>
    private static int AgentOf(SentenceProfile profile, string[] tags, int first, int eventToken, int sourceEntity, (int First, int End) aside)
    {
        var agent = -1;
        var passive = eventToken >= 0 && tags[eventToken] == "VBN" && Enumerable.Range(first, eventToken - first).Any(i => Lexicon.BeForms.Contains(profile.Words[i]));
        foreach (var o in profile.Entities)
        {
            if (o.Token >= first && o.EndToken < eventToken && (o.Token < aside.First || o.Token >= aside.End) && (o.Mention.Kind is Documents.MentionKind.Name or Documents.MentionKind.Role || !passive && o.Entity != sourceEntity && PersonalSubject(profile, o))
                && o.Mention.Type is EntityType.Person or EntityType.Org or EntityType.Gpe && !(agent >= 0 && Modifies(profile, o))
                && !NamesAGroup(profile, o))
                agent = o.Entity;
        }
        return agent;
    }

    /// <summary>
    /// "he" or "she" resolved to a person, before an active verb: the doer is that person ("he raised $5.7 million" is not
    /// Cruz's figure when "he" is Kasich). Not when it is the claim's own speaker ("X said she aims to …"): who said it is
    /// the attribution's to compare.
    /// </summary>
    private static bool PersonalSubject(SentenceProfile profile, EntityOccurrence o)
        => o.Mention.Kind == Documents.MentionKind.Pronoun && o.Entity >= 0 && o.Mention.Type == EntityType.Person && profile.Words[o.Token] is "he" or "she";

    /// <summary>
    /// A name that only says whose group acts ("the Biden administration", "the Trump campaign", "Obama aides"): the
    /// group is the doer, and it is not the person.
    /// </summary>
    private static bool NamesAGroup(SentenceProfile profile, EntityOccurrence o)
        => o.EndToken + 1 < profile.Words.Length && Lexicon.Groups.Contains(profile.Words[o.EndToken + 1]);

    /// <summary>
    /// A name in a phrase after the doer's name that only says more of the doer ("Elijah Cummings of Maryland died",
    /// "the mayor, from Hask, said"): the doer stays the earlier name.
    /// </summary>
    private static bool Modifies(SentenceProfile profile, EntityOccurrence o)
    {
        var before = o.Token - 1;
        while (before >= 0 && profile.Words[before].Length == 0)
            before--;
        return before >= 0 && profile.Words[before] is "of" or "from" or "in" or "at";
    }

    /// <summary>
    /// The first verb of the claim that names an event: not an auxiliary, a hedge or a verb that takes another verb, nor one in a
    /// relative clause set off by commas when a verb follows it. A verb that says how far an event has got takes its object as the
    /// event ("has not completed its review": the review).
    /// </summary>
    private int EventToken(ArticleAnalysis document, SentenceProfile profile, int offset, int first, int end, (int First, int End) aside)
    {
        var main = FirstEvent(document, profile, offset, first, end, aside);
        return main >= 0 || aside.End <= aside.First ? main : FirstEvent(document, profile, offset, first, end, default);
    }

    /// <summary>
    /// The first relative clause set off by commas in [first, end) ("Sanders, [who has endorsed Canova,] was able to raise"), closed by
    /// the comma a verb follows ("Sanders, [who won Michigan, Ohio and Florida,] raised"): an aside about a participant, not the claim's
    /// event. None when no verb follows a comma after it.
    /// </summary>
    private (int First, int End) Aside(ArticleAnalysis document, SentenceProfile profile, int offset, int first, int end)
    {
        bool Comma(int i) => profile.Words[i].Length == 0 && document.Text[document.Tokens[offset + i].Start] == ',';
        for (var i = first; i + 1 < end; i++)
        {
            if (!Comma(i) || profile.Words[i + 1] is not ("who" or "which" or "whose" or "whom"))
                continue;
            for (var close = i + 2; close < end - 1; close++)
            {
                if (Comma(close) && (IsVerb(offset + close + 1) || TagOf(offset + close + 1) == "MD"))
                    return (i + 1, close);
            }
            break;
        }
        return default;
    }

    private int FirstEvent(ArticleAnalysis document, SentenceProfile profile, int offset, int first, int end, (int First, int End) aside)
    {
        for (var i = first; i < end; i++)
        {
            if (i == aside.First && aside.End > aside.First)
            {
                i = aside.End;
                continue;
            }
            if (Lexicon.AspectualVerbs.Contains(profile.Words[i]) && IsVerb(offset + i) && NounObject(profile, offset, i, end) is int noun)
                return noun;
            if (IsVerb(offset + i) && profile.Concepts[i] is not null
                && !Lexicon.NonEventVerbs.Contains(profile.Words[i]) && !Lexicon.Hedges.Contains(profile.Words[i])
                && profile.EntityAt(i) is null && !IsShouted(document, offset + i))
                return i;
        }
        return -1;
    }

    /// <summary>The head noun of the object right after a verb ("completed [its] [initial] review"), or null when a verb or "to" follows.</summary>
    private int? NounObject(SentenceProfile profile, int offset, int verb, int end)
    {
        for (var i = verb + 1; i < Math.Min(end, verb + 4); i++)
        {
            if (IsNoun(offset + i) && profile.Concepts[i] is not null && profile.EntityAt(i) is null)
                return i + 1 < end && IsNoun(offset + i + 1) ? i + 1 : i;
            if (TagOf(offset + i) is not ("DT" or "PRP$" or "JJ" or "POS"))
                return null;
        }
        return null;
    }

    private string TagOf(int token) => (uint)token < (uint)_tags.Count ? _tags[token] : "";

    private bool IsNoun(int token) => TagOf(token).StartsWith("NN", StringComparison.Ordinal);

    /// <summary>A word in capitals ("BEIJING —"): a dateline or a heading, never the event.</summary>
    private static bool IsShouted(ArticleAnalysis document, int token)
    {
        var word = document.TextOf(document.Tokens[token]);
        return word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
    }

    private bool IsVerb(int token) => TagOf(token).StartsWith("VB", StringComparison.Ordinal);

    /// <summary>Coordinated clauses of the region [first, end): each keeps a verb and some content of its own.</summary>
    private List<(int First, int End)> SplitClauses(ArticleAnalysis document, Sentence sentence, SentenceProfile profile, int first, int end)
    {
        var cuts = new List<int>();
        var words = profile.Words;
        var text = document.Text;
        var tokens = document.TokensOf(sentence);
        for (var i = first + 1; i < end - 1; i++)
        {
            var punctuation = tokens[i].Kind == TokenKind.Punctuation ? text[tokens[i].Start] : '\0';
            var cut = punctuation == ';'
                || punctuation == ',' && (ClauseConjunctions.Contains(words[i + 1]) || ReportingParticiples.Contains(words[i + 1]) || OpensAdjunct(sentence, words, i + 1))
                || words[i] is "and" or "but" && (words[i + 1] == "that" || IsVerbOrModal(sentence.FirstToken + i + 1))
                || Subordinators.Contains(words[i]);
            if (!cut)
                continue;
            var previous = cuts.Count > 0 ? cuts[^1] : first;
            var participles = cuts.Count > 0 && punctuation == ',' && OpensAdjunct(sentence, words, i + 1) && OpensAdjunct(sentence, words, previous + 1)
                && Subordinators.Contains(words[previous]);
            if (HasClause(sentence, profile, previous, i, participles ? MinParticipleConcepts : MinContentTokens) && HasClause(sentence, profile, i, end))
                cuts.Add(i);
        }
        var result = new List<(int, int)>();
        var start = first;
        foreach (var cut in cuts)
        {
            result.Add((start, cut));
            start = cut;
        }
        result.Add((start, end));
        return result;
    }

    /// <summary>
    /// A participle after a comma opens a clause with an event of its own ("a bomb exploded, killing 12 people";
    /// "it is mixing two tests, raising concerns that…"), unless it works as a preposition ("…, including Iran"). The
    /// clause's doer is the one of the clause before it, as is that of a participle after a subordinator ("he heads to the
    /// convention after winning 22 states").
    /// </summary>
    private bool OpensAdjunct(Sentence sentence, string[] words, int i)
        => TagOf(sentence.FirstToken + i) == "VBG" && !PrepositionalParticiples.Contains(words[i]);

    private bool IsVerbOrModal(int token)
        => (uint)token < (uint)_tags.Count && (_tags[token].StartsWith("VB", StringComparison.Ordinal) || _tags[token] == "MD");

    private bool HasClause(Sentence sentence, SentenceProfile profile, int first, int end, int least = MinContentTokens)
    {
        var verb = false;
        var concepts = 0;
        for (var i = first; i < end; i++)
        {
            verb |= IsVerb(sentence.FirstToken + i);
            concepts += profile.Concepts[i] is not null ? 1 : 0;
        }
        return verb && concepts >= least;
    }

    /// <summary>Drops the punctuation and connectives at the edges of a claim ("and", "adding that", a trailing "while").</summary>
    private static (int First, int End) Trim(SentenceProfile profile, int first, int end)
    {
        while (first < end && (profile.Words[first].Length == 0 || Connectives.Contains(profile.Words[first])))
            first++;
        while (end > first && (profile.Words[end - 1].Length == 0 || TrailingConnectives.Contains(profile.Words[end - 1])))
            end--;
        return (first, end);
    }

    private static (int First, int End) TokensWithin(ReadOnlySpan<Token> tokens, IEnumerable<Span> spans)
    {
        int first = int.MaxValue, end = -1;
        foreach (var span in spans)
        {
            for (var i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].Start >= span.Start && tokens[i].End <= span.End)
                {
                    first = Math.Min(first, i);
                    end = Math.Max(end, i + 1);
                }
            }
        }
        return end < 0 ? (0, 0) : (first, end);
    }

    /// <summary>
    /// Where the frame of another report inside the quote's content starts ("he wrote in his book, Mr. Ruiz said that P";
    /// "X said P, a move he said would be Q"): the outer claim ends there, and the inner one is credited to its own source.
    /// Null when the content holds no report by a person or organisation.
    /// </summary>
    private static int? InnerFrameStart(Quote quote, List<Quote> quotes)
    {
        if (quote.Kind != QuoteKind.Indirect)
            return null;
        int? cut = null;
        foreach (var q in quotes)
        {
            if (q == quote || q.Speaker.Entity is null || q.CueSpan.Start < quote.Content.Start || q.CueSpan.End > quote.Content.End)
                continue;
            var start = q.Speaker.Start >= quote.Content.Start ? Math.Min(q.Speaker.Start, q.CueSpan.Start) : q.CueSpan.Start;
            cut = Math.Min(cut ?? int.MaxValue, start);
        }
        return cut;
    }

    private static void MarkFrame(ReadOnlySpan<Token> tokens, bool[] frame, int start, int end)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Start < end && tokens[i].End > start)
                frame[i] = true;
        }
    }
}
