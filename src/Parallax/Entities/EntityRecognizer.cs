using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Parallax.Documents;

namespace Parallax.Entities;

/// <summary>
/// Finds people, organisations, places and other names around the dates and numbers found before. Capitalised runs
/// are split by gazetteers (countries, cities, organisations, demonyms) and person titles or
/// roles ("Secretary of State", "spokesperson"); what the lexicons do not settle is labelled by
/// the trained entity tagger (<see cref="UseStatisticalModel"/>), and what the tagger leaves is
/// decided by rules: organisation cues ("… News"), speech verbs, and document-level evidence (a
/// surname used alone, a misspelt surname). Roles introduced with a name are attached to it.
/// </summary>
public sealed class EntityRecognizer : IAnalysisComponent
{
    /// <summary>How sure the tagger must be of its own reading of a word to keep it over the same word's type elsewhere in the article.</summary>
    private const double SureReading = 0.9;
    private static readonly FrozenSet<string> Connectors = FrozenSet.ToFrozenSet(["of", "for", "de", "al", "bin", "van", "von", "der", "du", "la", "le", "el", "da"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> GpeCues = FrozenSet.ToFrozenSet(["Republic", "Kingdom", "Emirates", "Province", "County", "City", "Islands", "Island", "Territory", "Territories", "Governorate", "District"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> LocCues = FrozenSet.ToFrozenSet(
    [
        "River", "Sea", "Ocean", "Mountains", "Mountain", "Valley", "Lake", "Desert", "Gulf", "Strait", "Peninsula", "Bay", "Coast", "Mount",
        "Dam", "Bridge", "Airport", "Harbour", "Harbor", "Station", "Stadium", "Square", "Street", "Road", "Canal", "Park", "Forest", "Hill", "Hills",
    ], StringComparer.Ordinal);
    /// <summary>Endings of English place names ("Chelmsford", "Witham", "Edenbridge"), read on a word the tagger's training text never has.</summary>
    private static readonly string[] PlaceEndings = ["ford", "ham", "bury", "borough", "chester", "caster", "cester", "shire", "bridge", "mouth", "wick", "field", "minster", "stead", "ville", "burgh", "pool", "port"];
    /// <summary>First words of the names of rivers ("River Lune", "Loch Ness"), never of a town ("Lake Charles", "Mount Vernon" are).</summary>
    private static readonly FrozenSet<string> RiverPrefixes = FrozenSet.ToFrozenSet(["River", "Loch", "Lough"], StringComparer.Ordinal);

    /// <summary>First words of the names of rivers, lakes and mountains ("River Lune", "Loch Ness").</summary>
    private static readonly FrozenSet<string> NaturalPlacePrefixes = FrozenSet.ToFrozenSet(["River", "Lake", "Loch", "Lough", "Mount", "Mt."], StringComparer.Ordinal);
    private static readonly FrozenSet<string> PlacePrefixes = FrozenSet.ToFrozenSet(["Port", "Fort", "Camp", "Lake", "Cape", "San", "Santa", "Saint", "St.", "Mount", "Mt."], StringComparer.Ordinal);
    internal static readonly FrozenSet<string> SpeechVerbs = FrozenSet.ToFrozenSet(
    [
        "said", "says", "told", "tells", "added", "adds", "wrote", "writes", "stated", "noted", "warned", "confirmed", "declined", "announced",
        "explained", "insisted", "argued", "claimed", "denied", "asked", "replied", "stressed", "tweeted", "indicated", "revealed", "urged",
        "acknowledged", "admitted", "suggested", "proposed", "pointed", "described", "called", "met", "visited", "handed", "spoke",
    ], StringComparer.Ordinal);
    private static readonly FrozenSet<string> RoleHeads = FrozenSet.ToFrozenSet(
    [
        "president", "secretary", "minister", "prime minister", "ambassador", "envoy", "representative", "spokesperson", "spokesman",
        "spokeswoman", "adviser", "advisor", "negotiator", "chancellor", "premier", "governor", "senator", "mayor", "king", "queen",
        "prince", "pope", "general", "commander", "director", "chairman", "chairwoman", "prosecutor", "judge", "vice president",
    ], StringComparer.OrdinalIgnoreCase);
    internal static readonly FrozenSet<string> PersonNounsAfter = FrozenSet.ToFrozenSet(["administration", "campaign", "presidency", "era", "team", "family"], StringComparer.Ordinal);

    /// <summary>When true (the default) the trained entity tagger labels the names the lexicons do not settle.</summary>
    public bool UseStatisticalModel { get; init; } = true;

    /// <inheritdoc />
    public string Name => "entities";

    /// <inheritdoc />
    /// <remarks>
    /// The dates and numbers already found (<see cref="DateAndNumberRecognizer"/>), whose words are no part of a name; the
    /// trained tagger also reads the part-of-speech tags.
    /// </remarks>
    public AnalysisLayers Requires => AnalysisLayers.Sentences | AnalysisLayers.Mentions | (UseStatisticalModel ? AnalysisLayers.PartsOfSpeech : AnalysisLayers.None);

    /// <inheritdoc />
    /// <remarks>Adds the names to the dates and numbers.</remarks>
    public AnalysisLayers Assigns => AnalysisLayers.Mentions;

    /// <inheritdoc />
    public ArticleAnalysis Process(ArticleAnalysis document)
    {
        var view = new ArticleView(document);
        var (model, guess) = UseStatisticalModel ? ModelSpans(view) : (null, null);
        var context = new Context(view, Gazetteer.Default) { Model = model, Guess = guess };
        foreach (var mention in document.Mentions)
        {
            context.Mentions.Add(mention);
            for (var k = view.TokenAt(mention.Start); k < view.Tokens.Length && view.Tokens[k].End <= mention.End; k++)
                context.Used[k] = true;
        }
        foreach (var sentence in document.Sentences)
            FindNames(context, sentence);
        ResolvePending(context);
        AddUnclaimedModelSpans(context);
        AddRoles(context);
        context.Mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return document with { Mentions = [.. context.Mentions] };
    }

    private sealed class Context(ArticleView view, Gazetteer gazetteer)
    {
        public ArticleView View { get; } = view;
        public Gazetteer Gazetteer { get; } = gazetteer;
        public List<Mention> Mentions { get; } = [];
        public bool[] Used { get; } = new bool[view.Words.Length];
        public List<(int Token, Sentence Sentence)> Pending { get; } = [];
        public HashSet<string> LowerVocabulary { get; } = BuildLowerVocabulary(view);
        public Dictionary<int, int> PersonStartToMention { get; } = [];
        public ModelSpan?[]? Model { get; init; }

        /// <summary>The type the tagger finds most probable for a token it left out of every name (null without the tagger).</summary>
        public Func<Sentence, int, (EntityType Type, double Probability)>? Guess { get; init; }

        private static HashSet<string> BuildLowerVocabulary(ArticleView view)
        {
            var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var w in view.Words)
            {
                if (w.Length > 0 && char.IsLower(w[0]))
                    set.Add(w);
            }
            return set;
        }
    }

    /// <summary>A span the trained tagger found, as seen from each of its tokens (token indexes are document-wide).</summary>
    internal readonly record struct ModelSpan(int Start, int End, EntityType Type, double Confidence);

    /// <summary>The tagger's spans per token (read with the document's part-of-speech tags), and its guess of what a word it left out is.</summary>
    private static (ModelSpan?[] Spans, Func<Sentence, int, (EntityType, double)> Guess) ModelSpans(ArticleView view)
    {
        var result = new ModelSpan?[view.Words.Length];
        var sentences = view.Document.Sentences;
        if (sentences.Length == 0)
            return (result, (_, _) => (EntityType.Misc, 0));
        var words = new IReadOnlyList<string>[sentences.Length];
        for (var s = 0; s < sentences.Length; s++)
            words[s] = new ArraySegment<string>(view.Words, sentences[s].FirstToken, sentences[s].TokenCount);
        var tagger = Tagging.EntityTagger.Default;
        var tagged = new IReadOnlyList<Tagging.TaggedSpan>[sentences.Length];
        var pos = new IReadOnlyList<string>[sentences.Length];
        var tags = view.Document.PartsOfSpeech;
        if (tags.Length != view.Words.Length)
            throw new InvalidOperationException("The entities stage reads part-of-speech tags: run the parts-of-speech stage before it.");
        for (var s = 0; s < sentences.Length; s++)
            pos[s] = new ArraySegment<string>(ImmutableCollectionsMarshal.AsArray(tags)!, sentences[s].FirstToken, sentences[s].TokenCount);
        var context = tagger.Read(words, pos);
        EachSentence(sentences.Length, s => tagged[s] = tagger.Tag(words[s], pos[s], context));
        // Words of the longer names the tagger reads as people: "Margaret Pellingford" makes a later "Pellingford" her, not a town.
        var personWords = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Length; s++)
        {
            foreach (var span in tagged[s].Where(t => t.Label == "PER" && t.TokenCount > 1))
                personWords.UnionWith(words[s].Skip(span.FirstToken).Take(span.TokenCount));
        }
        for (var s = 0; s < sentences.Length; s++)
        {
            var offset = sentences[s].FirstToken;
            foreach (var span in tagged[s])
            {
                var start = offset + span.FirstToken;
                var end = offset + span.End;
                var type = TypeOf(span.Label, view.Words, start, end);
                var confidence = span.Confidence;
                // A single word the training text never has, read as a person only because unseen capitalised words mostly were
                // surnames there, but ending as English places do: a place, with less confidence.
                if (type == EntityType.Person && end - start == 1 && !personWords.Contains(view.Words[start]) && IsUnseenPlaceName(view.Words[start]))
                    (type, confidence) = (EntityType.Gpe, confidence * 0.6);
                for (var k = start; k < end; k++)
                    result[k] = new ModelSpan(start, end, type, confidence);
            }
        }
        // Guesses are worked out only for the few sentences that need one (a second scoring of that sentence).
        var guesses = new Tagging.TypeGuess[]?[sentences.Length];
        (EntityType, double) Guess(Sentence sentence, int token)
        {
            var s = sentence.Index;
            if (guesses[s] is not { } row)
            {
                row = new Tagging.TypeGuess[sentence.TokenCount];
                tagger.Tag(words[s], pos[s], context, row);
                guesses[s] = row;
            }
            var guess = row[token - sentence.FirstToken];
            return guess.Probability > 0 ? (TypeOf(guess.Type, view.Words, token, token + 1), guess.Probability) : (EntityType.Misc, 0);
        }
        return (result, Guess);
    }

    private static bool IsUnseenPlaceName(string word)
    {
        if (word.Length < 6 || !char.IsUpper(word[0]) || GivenNames.IsKnown(word) || !Tagging.EntityTagger.Default.IsUnseen(word))
            return false;
        foreach (var ending in PlaceEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static EntityType TypeOf(string label, string[] words, int start, int end) => label switch
    {
        "PER" => EntityType.Person,
        "ORG" => EntityType.Org,
        "LOC" => LocCues.Contains(words[end - 1]) || LocCues.Contains(words[start]) ? EntityType.Loc : EntityType.Gpe,
        _ => EntityType.Misc,
    };

    /// <summary>
    /// The type of a name neither the lexicons nor the tagger's best reading settled: the type the tagger finds most
    /// probable for its words (each word's most probable type, summed over the words), with that mean probability
    /// as confidence; a name nothing supports is MISC with low confidence, never a person by default. Unsupported (and
    /// not emitted by the callers) when the tagger, reading the sentence, gives its words less than 0.1 probability of
    /// being in any name ("Group C", a table's column heads).
    /// </summary>
    private static (EntityType Type, double Confidence) UnsettledType(Context c, Sentence sentence, int start, int end, EntityType withoutModel, double confidence)
    {
        if (c.Guess is null)
            return (withoutModel, confidence);
        var mass = new Dictionary<EntityType, double>();
        var words = 0;
        for (var k = start; k < end; k++)
        {
            if (Connectors.Contains(c.View.Words[k]))
                continue;
            words++;
            var (type, probability) = c.Guess(sentence, k);
            mass[type] = mass.GetValueOrDefault(type) + probability;
        }
        var best = (Type: EntityType.Misc, Probability: 0.0);
        foreach (var (type, total) in mass)
        {
            if (total / words > best.Probability)
                best = (type, total / words);
        }
        return best.Probability >= 0.1 ? (best.Type, Math.Min(confidence, 0.3 + best.Probability / 2)) : (EntityType.Misc, 0.3);
    }

    /// <summary>True when the tagger ran and gives every word of [start, end) less than 0.1 probability of being in a name.</summary>
    private static bool Unsupported(Context c, Sentence sentence, int start, int end)
    {
        if (c.Guess is null)
            return false;
        for (var k = start; k < end; k++)
        {
            if (!Connectors.Contains(c.View.Words[k]) && c.Guess(sentence, k).Probability >= 0.1)
                return false;
        }
        return true;
    }

    private static void EachSentence(int count, Action<int> action)
    {
        if (count < 64)
        {
            for (var s = 0; s < count; s++)
                action(s);
        }
        else
        {
            Parallel.For(0, count, action);
        }
    }

    /// <summary>Emits the tagger's spans that start in [start, end), letting them run on to <paramref name="limit"/>; false when it found none.</summary>
    private static bool EmitModelSpans(Context c, Sentence sentence, int start, int end, int limit)
    {
        if (c.Model is null)
            return false;
        var emitted = false;
        for (var k = start; k < end; k++)
        {
            if (c.Model[k] is not { } span || c.Used[k])
                continue;
            var spanStart = Math.Max(span.Start, k);
            var spanEnd = span.End <= limit ? span.End : end;
            for (var j = spanStart; j < spanEnd; j++)
            {
                if (c.Used[j])
                {
                    spanEnd = j;
                    break;
                }
            }
            if (span.Type == EntityType.Person)
            {
                // The tagger often finds only the surname of an unfamiliar name: take the capitalised words before it,
                // but not a common word written with a capital ("Comedian", "Choosing" opening a sentence or headline),
                // nor before a name it read whole ("Centre Jason Little": a position, then the player).
                while (span.End - span.Start == 1 && spanStart > start && !c.Used[spanStart - 1] && IsCapitalised(c.View.Words[spanStart - 1]) && !IsAcronym(c.View.Words[spanStart - 1]) && !IsCommonWord(c.View.Words[spanStart - 1]))
                    spanStart--;
                while (spanEnd - spanStart > 1 && IsCommonWord(c.View.Words[spanStart]))
                    spanStart++;
            }
            if (spanEnd <= spanStart)
                continue;
            var index = Emit(c, sentence, spanStart, spanEnd - spanStart, span.Type, span.Confidence, null);
            if (span.Type == EntityType.Person)
                c.PersonStartToMention[spanStart] = index;
            k = spanEnd - 1;
            emitted = true;
        }
        return emitted;
    }

    private static void AddUnclaimedModelSpans(Context c)
    {
        if (c.Model is null)
            return;
        foreach (var sentence in c.View.Document.Sentences)
        {
            var end = sentence.FirstToken + sentence.TokenCount;
            for (var k = sentence.FirstToken; k < end; k++)
            {
                if (c.Model[k] is not { } span || span.Start != k)
                    continue;
                var free = true;
                for (var j = span.Start; j < span.End && free; j++)
                    free = !c.Used[j];
                if (free && span.Confidence >= 0.5)
                    EmitModelSpans(c, sentence, span.Start, span.End, span.End);
            }
        }
    }

    /// <summary>A capitalised word, or a name word behind a lower-case Arabic article ("al-Qaddafi").</summary>
    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]) || NameArticles.IsPrefixedName(word);

    /// <summary>A word the tagger's training text writes inside sentences only in lower case, and no given name.</summary>
    private static bool IsCommonWord(string word) => !GivenNames.IsKnown(word) && Tagging.EntityTagger.Default.IsCommonWord(word);

    private static bool IsAcronym(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2;
    }

    private static bool IsSentenceInitial(ArticleView view, Sentence sentence, int token)
    {
        if (token == sentence.FirstToken)
            return true;
        var previous = view.Words[token - 1];
        return previous is "\"" or "“" or "'" or "‘" or "(" or ":" or "-" or "—" or "–";
    }

    private static bool StartsName(Context c, int token)
    {
        var w = c.View.Words[token];
        if (!IsCapitalised(w) || c.Used[token])
            return false;
        if (IsAcronym(w))
            return true;
        if (!c.Gazetteer.Stopwords.Contains(w))
            return true;
        // "New Zealand", "New York": a function word that opens a place name.
        return c.Gazetteer.TryMatch(c.View.Words, token, Math.Min(c.View.Words.Length, token + c.Gazetteer.MaxPhraseTokens), out var length, out _) && length > 1;
    }

    private static void FindNames(Context c, Sentence sentence)
    {
        var words = c.View.Words;
        var end = sentence.FirstToken + sentence.TokenCount;
        var i = sentence.FirstToken;
        while (i < end)
        {
            if (!StartsName(c, i))
            {
                i++;
                continue;
            }
            var j = i + 1;
            while (j < end && !c.Used[j])
            {
                if (StartsName(c, j))
                    j++;
                else if (Connectors.Contains(words[j]) && j + 1 < end && StartsName(c, j + 1))
                    j++;
                else if (Connectors.Contains(words[j]) && j + 2 < end && Connectors.Contains(words[j + 1]) && StartsName(c, j + 2))
                    j += 2; // "Schalk van der Merwe", "Ponce de la Cruz"
                else
                    break;
            }
            Segment(c, sentence, i, j);
            i = j;
        }
    }

    private static void Segment(Context c, Sentence sentence, int runStart, int runEnd)
    {
        var words = c.View.Words;
        var g = c.Gazetteer;
        var pos = runStart;
        while (pos < runEnd)
        {
            if (c.Used[pos])
            {
                pos++;
                continue;
            }
            var titleLength = IsCapitalised(words[pos]) ? g.TitleLength(words, pos, runEnd) : 0;
            // An organisation or event name the tagger is sure of runs on past a number, a comma or lower-case words
            // ("SV 1860 Munich", "Goldman , Sachs", "Gazzetta dello Sport"), where the capitalised run stops.
            if (titleLength == 0 && c.Model?[pos] is { Type: EntityType.Org or EntityType.Misc, Confidence: >= 0.9 } beyond
                && beyond.Start == pos && beyond.End > runEnd && EmitModelSpans(c, sentence, pos, beyond.End, beyond.End))
            {
                pos = beyond.End;
                continue;
            }
            if (c.Model?[pos] is { } model && model.Start == pos && model.End <= runEnd)
            {
                // The tagger sees a longer name than the lexicons ("Asian Cup", "Paris St Germain",
                // "General Motors"); a person's title is still split off by the rules below.
                var lexiconLength = g.TryMatch(words, pos, runEnd, out var gazetteerLength, out _) ? gazetteerLength : 0;
                var longer = titleLength > 0
                    ? model.Type != EntityType.Person && model.End - pos > titleLength && !RoleName.IsAffixedTitle(words[pos], g.Titles)
                    : lexiconLength > 0 && model.End - pos > lexiconLength;
                if (longer && !HasTitle(g, words, titleLength > 0 ? pos + titleLength : pos + 1, Math.Min(model.End + 1, runEnd)))
                {
                    EmitModelSpans(c, sentence, pos, model.End, runEnd);
                    pos = model.End;
                    continue;
                }
            }
            if (titleLength > 0)
            {
                var p = pos + titleLength;
                if (p + 1 < runEnd && words[p] is "of" or "for")
                {
                    p++;
                    if (g.TryMatch(words, p, runEnd, out var firstLength, out var firstEntry))
                    {
                        Emit(c, sentence, p, firstLength, firstEntry.Type, 0.9, firstEntry.Canonical);
                        p += firstLength;
                    }
                    else
                    {
                        p++;
                    }
                    while (p < runEnd && g.TitleLength(words, p, runEnd) == 0 && (runEnd - (p + 1) >= 2 || g.TryMatch(words, p, runEnd, out _, out _)))
                    {
                        if (g.TryMatch(words, p, runEnd, out var len, out var entry))
                        {
                            Emit(c, sentence, p, len, entry.Type, 0.9, entry.Canonical);
                            p += len;
                        }
                        else
                        {
                            p++;
                        }
                    }
                }
                var q = p;
                // A particle inside the name runs on ("Coach Pieter van der Walt"); "of" and "for" do not ("Minister Smith of ...").
                while (q < runEnd && g.TitleLength(words, q, runEnd) == 0 && !g.TryMatch(words, q, runEnd, out _, out _)
                    && (!Connectors.Contains(words[q]) || (q > p && q + 1 < runEnd && words[q] is not ("of" or "for"))))
                    q++;
                while (q > p && Connectors.Contains(words[q - 1]))
                    q--;
                // A surname that is also a title ("Prime Minister John Major"): the tagger's sure reading of the whole person.
                if (q > p && c.Model?[p] is { Type: EntityType.Person, Confidence: >= SureReading } whole && whole.Start == p && whole.End > q && whole.End <= runEnd)
                    q = whole.End;
                if (q > p)
                {
                    var index = Emit(c, sentence, p, q - p, EntityType.Person, 0.9, null);
                    c.PersonStartToMention[p] = index;
                }
                pos = Math.Max(q, pos + titleLength);
                continue;
            }
            if (g.TryMatch(words, pos, runEnd, out var length, out var match))
            {
                var after = pos + length;
                var q = after;
                while (q < runEnd && g.TitleLength(words, q, runEnd) == 0 && !g.TryMatch(words, q, runEnd, out _, out _))
                    q++;
                if (match.Type is EntityType.Gpe or EntityType.Misc && q > after && g.OrgCues.Contains(words[q - 1]))
                {
                    Emit(c, sentence, pos, q - pos, EntityType.Org, 0.8, null);
                    pos = q;
                    continue;
                }
                Emit(c, sentence, pos, length, match.Type, 0.95, match.Canonical);
                pos = after;
                continue;
            }
            var stop = pos;
            while (stop < runEnd && g.TitleLength(words, stop, runEnd) == 0 && !g.TryMatch(words, stop, runEnd, out _, out _))
                stop++;
            if (stop == pos)
                stop = pos + 1;
            if (stop < runEnd && c.Model?[pos] is { Type: EntityType.Person } person && person.Start == pos && person.End > stop)
            {
                EmitModelSpans(c, sentence, pos, person.End, runEnd); // "John Major": a surname that is also a title
                pos = person.End;
                continue;
            }
            ClassifyUnknown(c, sentence, pos, stop, runEnd);
            pos = stop;
        }
    }

    /// <summary>
    /// A name that designates a place or a body, not a person: its last word is an organisation's or a place's cue ("Harlow
    /// Regiment", "Dunmore County") or its first a place's ("River Lune", "Camp Harlow"), and its first word is no given name
    /// ("Margaret Court", "Emily Post" stay people; so do surnames that are organisation cues, "Tyrone Post").
    /// </summary>
    private static bool NamesPlaceOrBody(Gazetteer g, string[] words, int start, int end)
    {
        var (first, last) = (words[start], words[end - 1]);
        if (IsGivenName(first))
            return false;
        return g.OrgCues.Contains(last) && !SurnameCues.Contains(last) || GpeCues.Contains(last) || PlaceHeads.Contains(last)
            || NaturalPlacePrefixes.Contains(first) || SettlementPrefixes.Contains(first);
    }

    /// <summary>Organisation cues that are also surnames ("Tyrone Post", "Ada Court"): they do not overrule the tagger's person.</summary>
    private static readonly FrozenSet<string> SurnameCues = FrozenSet.ToFrozenSet(
        ["Post", "Church", "Court", "Bank", "Guard", "Press", "Times", "Daily", "News", "Union", "Front", "Board", "Office", "Service", "Club", "Fund", "Channel", "Media", "Group", "Network"],
        StringComparer.Ordinal);

    private static bool IsGivenName(string word) => GivenNames.IsKnown(word) || PersonGender.IsListed(word);

    /// <summary>Place cues that end no one's name (not "Park", "Hill", "Street" or "Lake": Picabo Street, Grace Park).</summary>
    private static readonly FrozenSet<string> PlaceHeads = FrozenSet.ToFrozenSet(
        ["River", "Sea", "Ocean", "Mountains", "Desert", "Gulf", "Strait", "Peninsula", "Canal", "Airport", "Harbour", "Harbor", "Station", "Stadium", "Square", "Road", "Dam"],
        StringComparer.Ordinal);

    /// <summary>First words of settlements and bases that open no one's name ("Saint" and "Santa" do: Saint Nicholas, Santa Claus).</summary>
    private static readonly FrozenSet<string> SettlementPrefixes = FrozenSet.ToFrozenSet(["Port", "Fort", "Camp", "Cape"], StringComparer.Ordinal);

    private static void ClassifyUnknown(Context c, Sentence sentence, int start, int end, int runEnd)
    {
        var words = c.View.Words;
        var g = c.Gazetteer;
        while (end > start && Connectors.Contains(words[end - 1]))
            end--;
        if (end <= start)
            return;
        if (end < runEnd && g.TitleLength(words, end, runEnd) > 0 && !g.OrgCues.Contains(words[end - 1]))
            return; // modifiers of a title: "National Security [Adviser]"
        var last = words[end - 1];
        // The tagger read exactly this name, and is sure of it: its type wins over a cue word ("Soviet Union" is a place), unless
        // it reads a person in a name no person has ("River Lune", "Harlow Regiment") or an organisation in a river's, lake's or
        // mountain's name ("the River Lune": not "Mount Sinai Hospital").
        if (end - start >= 2 && c.Model?[start] is { } exact && exact.Start == start && exact.End == end && exact.Confidence >= 0.9
            && !(exact.Type == EntityType.Person && NamesPlaceOrBody(g, words, start, end))
            && !(exact.Type == EntityType.Org && NaturalPlacePrefixes.Contains(words[start]) && !g.OrgCues.Contains(last))
            && EmitModelSpans(c, sentence, start, end, end))
            return;
        if (g.OrgCues.Contains(last) && end - start >= 2)
        {
            Emit(c, sentence, start, end - start, EntityType.Org, 0.8, null);
            return;
        }
        if (GpeCues.Contains(last) && end - start >= 2)
        {
            Emit(c, sentence, start, end - start, EntityType.Gpe, 0.7, null);
            return;
        }
        if (LocCues.Contains(last) && end - start >= 2)
        {
            Emit(c, sentence, start, end - start, EntityType.Loc, 0.7, null);
            return;
        }
        if (RiverPrefixes.Contains(words[start]) && end - start >= 2)
        {
            Emit(c, sentence, start, end - start, EntityType.Loc, 0.6, null);
            return;
        }
        if (PlacePrefixes.Contains(words[start]) && end - start >= 2)
        {
            Emit(c, sentence, start, end - start, EntityType.Gpe, 0.6, null);
            return;
        }
        if (end - start == 1 && !(c.Model?[start] is { } single && single.End > end))
        {
            c.Pending.Add((start, sentence));
            return;
        }
        if (EmitModelSpans(c, sentence, start, end, runEnd))
            return;
        if (c.Model is not null && AllAcronyms(words, start, end))
            return; // an all-capitals headline the tagger found nothing in
        if (IsSentenceInitial(c.View, sentence, start) && end - start >= 2 && c.LowerVocabulary.Contains(words[start]))
            start++;
        if (end - start == 1)
        {
            c.Pending.Add((start, sentence));
            return;
        }
        var allTitle = true;
        var allCaps = true;
        for (var k = start; k < end; k++)
        {
            if (Connectors.Contains(words[k])) continue;
            allCaps &= IsAcronym(words[k]);
            allTitle &= IsCapitalised(words[k]) && !IsAcronym(words[k]);
        }
        if (Unsupported(c, sentence, start, end))
            return;
        if (allTitle && end - start <= 4)
        {
            var (type, confidence) = UnsettledType(c, sentence, start, end, EntityType.Person, 0.7);
            var index = Emit(c, sentence, start, end - start, type, confidence, null);
            if (type == EntityType.Person)
                c.PersonStartToMention[start] = index;
        }
        else if (allCaps)
        {
            Emit(c, sentence, start, end - start, EntityType.Org, 0.5, null);
        }
        else
        {
            Emit(c, sentence, start, end - start, EntityType.Misc, 0.4, null);
        }
    }

    private static bool HasTitle(Gazetteer g, string[] words, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (IsCapitalised(words[k]) && g.TitleLength(words, k, end) > 0)
                return true;
        }
        return false;
    }

    private static bool AllAcronyms(string[] words, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!IsAcronym(words[k]))
                return false;
        }
        return true;
    }

    private static int Emit(Context c, Sentence sentence, int first, int count, EntityType type, double confidence, string? value)
    {
        var tokens = c.View.Tokens;
        var start = tokens[first].Start;
        var end = tokens[first + count - 1].End;
        c.Mentions.Add(new Mention(start, end, c.View.Text[start..end], type, MentionKind.Name, sentence.Index) { Confidence = confidence, Value = value });
        for (var k = first; k < first + count; k++)
            c.Used[k] = true;
        return c.Mentions.Count - 1;
    }

    private static void ResolvePending(Context c)
    {
        var words = c.View.Words;
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var firstNames = new HashSet<string>(StringComparer.Ordinal);
        var named = new Dictionary<string, Mention>(StringComparer.Ordinal);
        foreach (var m in c.Mentions)
        {
            if (m.Kind != MentionKind.Name)
                continue;
            named.TryAdd(m.Text, m);
            if (m.Type == EntityType.Person)
            {
                var parts = m.Text.Split(' ');
                surnames.Add(parts[^1]);
                if (parts.Length > 1)
                    firstNames.Add(parts[0]);
            }
        }
        var variantCache = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (token, sentence) in c.Pending)
        {
            if (c.Used[token])
                continue;
            var w = words[token];
            var next = token + 1 < sentence.FirstToken + sentence.TokenCount ? words[token + 1] : "";
            var nextNext = token + 2 < sentence.FirstToken + sentence.TokenCount ? words[token + 2] : "";
            var initial = IsSentenceInitial(c.View, sentence, token);
            if (surnames.Contains(w) || firstNames.Contains(w))
            {
                Emit(c, sentence, token, 1, EntityType.Person, 0.85, null);
            }
            else if (named.TryGetValue(w, out var same) && !(c.Model?[token] is { Confidence: >= SureReading } sure && sure.Type != same.Type
                && EmitModelSpans(c, sentence, sure.Start, sure.End, sure.End)))
            {
                Emit(c, sentence, token, 1, same.Type, same.Confidence * 0.9, same.Value);
            }
            else if (w.Length >= 5 && IsVariantOfAny(w, surnames, variantCache))
            {
                Emit(c, sentence, token, 1, EntityType.Person, 0.7, null);
            }
            else if (PersonNounsAfter.Contains(next) && !IsAcronym(w))
            {
                Emit(c, sentence, token, 1, EntityType.Person, 0.6, null);
            }
            else if (c.Model?[token] is { } span)
            {
                EmitModelSpans(c, sentence, span.Start, span.End, span.End);
            }
            else if (c.Model is not null && IsAcronym(w) && !SpeechVerbs.Contains(next))
            {
                continue;
            }
            else if (SpeechVerbs.Contains(next) || (next is "also" or "then" or "later" && SpeechVerbs.Contains(nextNext)))
            {
                // A word opening the sentence that the tagger, reading it there, gives no chance of being a name is no speaker ("Volunteers handed...").
                if ((!initial || !c.LowerVocabulary.Contains(w) && !IsCommonWord(w)) && !(initial && Unsupported(c, sentence, token, token + 1)))
                {
                    // "Facebook said": whoever speaks is a person or an organisation; the tagger's reading of the word decides which.
                    var (type, confidence) = UnsettledType(c, sentence, token, token + 1, EntityType.Person, 0.6);
                    Emit(c, sentence, token, 1, type == EntityType.Misc ? EntityType.Person : type, confidence, null);
                }
            }
            else if (IsAcronym(w) && w.Length <= 6)
            {
                Emit(c, sentence, token, 1, EntityType.Org, 0.5, null);
            }
            else if (!initial && !w.Contains('-', StringComparison.Ordinal) && !c.LowerVocabulary.Contains(w) && !Unsupported(c, sentence, token, token + 1))
            {
                Emit(c, sentence, token, 1, EntityType.Misc, 0.4, null);
            }
        }
    }

    private static bool IsVariantOfAny(string word, HashSet<string> surnames, Dictionary<string, bool> cache)
    {
        if (!cache.TryGetValue(word, out var result))
        {
            result = false;
            foreach (var surname in surnames)
            {
                if (surname.Length >= 5 && char.ToLowerInvariant(surname[0]) == char.ToLowerInvariant(word[0]) && Math.Abs(surname.Length - word.Length) <= 2 && NameSimilarity.IsVariant(surname, word))
                {
                    result = true;
                    break;
                }
            }
            cache[word] = result;
        }
        return result;
    }

    private static void AddRoles(Context c)
    {
        var words = c.View.Words;
        var g = c.Gazetteer;
        // Roles introduced with a name: "US envoy to Afghanistan Zalmay Khalilzad".
        foreach (var (first, index) in c.PersonStartToMention)
        {
            var sentence = c.View.Document.Sentences[c.Mentions[index].Sentence];
            var k = first - 1;
            var rightmostTitle = -1;
            while (k >= sentence.FirstToken)
            {
                var w = words[k];
                var isTitle = g.TitleLength(words, k, first) > 0;
                if (isTitle && rightmostTitle < 0)
                    rightmostTitle = k;
                if (isTitle || IsCapitalised(w) && !g.Stopwords.Contains(w) || IsAcronym(w) || w is "of" or "for" or "to" or "in")
                    k--;
                else
                    break;
            }
            if (rightmostTitle < 0)
                continue;
            var s = rightmostTitle;
            while (s - 1 > k && (IsCapitalised(words[s - 1]) || g.TitleLength(words, s - 1, first) > 0))
                s--;
            var roleStart = c.View.Tokens[s].Start;
            var roleEnd = c.View.Tokens[first - 1].End;
            c.Mentions[index] = c.Mentions[index] with { Role = c.View.Text[roleStart..roleEnd] };
        }
        // Roles standing alone: "the US envoy", "the Secretary of State".
        foreach (var sentence in c.View.Document.Sentences)
        {
            var end = sentence.FirstToken + sentence.TokenCount;
            for (var i = sentence.FirstToken; i < end - 1; i++)
            {
                if (words[i] is not ("the" or "The"))
                    continue;
                var p = i + 1;
                while (p < end && (IsAcronym(words[p]) || g.TryMatch(words, p, end, out _, out var e) && e.Type is EntityType.Gpe or EntityType.Misc) && g.TitleLength(words, p, end) == 0)
                    p++;
                var tl = p < end ? g.TitleLength(words, p, end) : 0;
                if (tl == 0 || !RoleHeads.Contains(words[p]) && !RoleHeads.Contains(words[p + tl - 1]))
                    continue;
                var q = p + tl;
                if (q < end && words[q] == "of" && q + 1 < end && IsCapitalised(words[q + 1]))
                    q += 2;
                var afterRole = q;
                if (afterRole < end && words[afterRole] is "to" or "for" or "in" or "of")
                {
                    afterRole++;
                    while (afterRole < end && IsCapitalised(words[afterRole]) && g.TitleLength(words, afterRole, end) == 0 && !c.PersonStartToMention.ContainsKey(afterRole))
                        afterRole++;
                }
                if (afterRole < end && c.PersonStartToMention.ContainsKey(afterRole))
                    continue; // a name follows: the role is already attached to it
                if (c.Used[p])
                    continue; // the title is part of a name already found
                var start = c.View.Tokens[i + 1].Start;
                var stop = c.View.Tokens[q - 1].End;
                c.Mentions.Add(new Mention(start, stop, c.View.Text[start..stop], EntityType.Person, MentionKind.Role, sentence.Index)
                {
                    Confidence = 0.6,
                    Role = c.View.Text[start..stop],
                });
            }
        }
    }
}
