using System.Collections.Frozen;
using System.Globalization;
using Parallax.Documents;
using Parallax.Entities;
using Parallax.Text;

namespace Parallax.Comparison;

/// <summary>
/// Turns every sentence of the story into a <see cref="SentenceProfile"/>: concepts (Snowball stems
/// folded through the synonym table; name-like words by their spelling-insensitive key), story
/// entities, numbers and dates, hedges and negations; then weights the terms by rarity over the
/// story's sentences (BM25 idf) into unit vectors.
/// </summary>
internal sealed class SentenceProfiler
{
    private const double EntityTermWeight = 0.7;
    private const double PronounWeight = 0.4;
    private const double AnchorWeight = 1.5;
    private const int ChunkTerms = 5;

    /// <summary>Sentences assumed to lack every term, so that in a tiny story a shared word is not taken for a common one.</summary>
    private const int PriorSentences = 10;

    private readonly Stemmer _stemmer = new();
    private readonly Dictionary<string, string> _synonymOfStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _synonymOfPhrase = new(StringComparer.Ordinal);
    private readonly HashSet<string> _phraseTails = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _synonymOfWord = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lowerCaseWords = new(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> SynonymOfStem = new SentenceProfiler()._synonymOfStem.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The concept the profiler gives a word of this (Snowball) stem: its synonym group's, else the stem's own.</summary>
    public static string ConceptOfStem(string stem) => SynonymOfStem.TryGetValue(stem, out var concept) ? concept : "w:" + stem;

    public SentenceProfiler()
    {
        foreach (var group in Lexicon.SynonymGroups)
        {
            var concept = "c:" + _stemmer.Stem(group[0]);
            foreach (var word in group)
            {
                if (word.Contains(' ', StringComparison.Ordinal))
                {
                    _synonymOfPhrase[word] = concept;
                    var (first, rest) = (word[..word.IndexOf(' ', StringComparison.Ordinal)], word[(word.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
                    _synonymOfPhrase.TryAdd(_stemmer.Stem(first) + " " + rest, concept);
                    _phraseTails.Add(rest);
                }
                else if (word.StartsWith('='))
                    _synonymOfWord[word[1..]] = concept;
                else
                    _synonymOfStem[_stemmer.Stem(word)] = concept;
            }
        }
    }

    public SentenceProfile[][] Profile(IReadOnlyList<ArticleAnalysis> articles, ResolvedEntities entities)
    {
        foreach (var article in articles)
            CollectLowerCaseWords(article);
        var result = new SentenceProfile[articles.Count][];
        var sentences = new List<(int Article, int Sentence, int Global)>();
        var mentionsBySentence = new List<int>?[articles.Count][];
        for (var a = 0; a < articles.Count; a++)
        {
            var document = articles[a];
            mentionsBySentence[a] = new List<int>?[document.Sentences.Length];
            for (var m = 0; m < document.Mentions.Length; m++)
            {
                var s = document.Mentions[m].Sentence;
                if ((uint)s < (uint)mentionsBySentence[a].Length)
                    (mentionsBySentence[a][s] ??= []).Add(m);
            }
            result[a] = new SentenceProfile[document.Sentences.Length];
            for (var s = 0; s < document.Sentences.Length; s++)
                sentences.Add((a, s, sentences.Count));
        }
        Parallel.For(0, sentences.Count, i =>
        {
            var (a, s, global) = sentences[i];
            result[a][s] = ProfileSentence(articles[a], a, s, global, mentionsBySentence[a][s] ?? [], entities);
        });
        Weigh(result);
        return result;
    }

    /// <summary>
    /// A heading's words in the story's term space, as a rarity-weighted unit vector: concepts and name keys as a
    /// sentence has them, and plain figures (the analysis reads no entities, dates or numbers in headings). Call after
    /// <see cref="Profile"/>, whose lower-case words tell names from title-cased words.
    /// </summary>
    public (int Term, double Weight)[] ProfileHeading(ArticleAnalysis document, Heading heading, TermWeights weights)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(document.Text, heading.Start, heading.End, tokens);
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        var position = 0;
        foreach (var token in tokens)
        {
            if (token.Kind is not (TokenKind.Word or TokenKind.Number))
                continue;
            var raw = document.TextOf(token);
            if (token.Kind == TokenKind.Number)
            {
                if (double.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                    Add(counts, "n:" + value.ToString("R", CultureInfo.InvariantCulture), AnchorWeight);
            }
            else
            {
                foreach (var part in raw.ToLowerInvariant().Split('-', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (!Lexicon.Negations.Contains(part) && ConceptOf(part, raw, position) is { } concept)
                        Add(counts, concept, 1);
                }
            }
            position++;
        }
        return weights.Vectorise(counts);
    }

    private void CollectLowerCaseWords(ArticleAnalysis document)
    {
        var words = _lowerCaseWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var token in document.Tokens)
        {
            if (token.Kind == TokenKind.Word && char.IsLower(document.Text[token.Start]))
                words.Add(document.Text.AsSpan(token.Start, token.End - token.Start));
        }
    }

    private SentenceProfile ProfileSentence(ArticleAnalysis document, int article, int index, int global, List<int> mentionIndexes, ResolvedEntities entities)
    {
        var sentence = document.Sentences[index];
        var tokens = document.TokensOf(sentence);
        var n = tokens.Length;
        var raw = new string[n];
        var words = new string[n];
        for (var i = 0; i < n; i++)
        {
            raw[i] = tokens[i].Kind is TokenKind.Word or TokenKind.Number ? document.TextOf(tokens[i]) : "";
            words[i] = raw[i].ToLowerInvariant();
        }
        var concepts = new string?[n];
        var termsAt = new List<(int Token, string Term, double Amount)>();
        var hedges = new List<string>();
        var negations = new List<string>();
        var firstPerson = false;
        var content = 0;

        var (dates, numbers, usedByDates) = ValuesOf(document, sentence, raw, words, mentionIndexes);
        foreach (var date in dates.Where(d => !d.MonthOnly))
        {
            termsAt.Add((date.Token, "d:" + date.Value, AnchorWeight));
            if (date.Value.Length == 10 && !date.Value.StartsWith("--", StringComparison.Ordinal))
                termsAt.Add((date.Token, "d:--" + date.Value[5..], AnchorWeight));
        }
        foreach (var number in numbers)
            termsAt.Add((number.Token, "n:" + number.Value.ToString("R", CultureInfo.InvariantCulture), AnchorWeight));

        for (var i = 0; i < n; i++)
        {
            var word = words[i];
            if (word.Length == 0 || usedByDates[i] || tokens[i].Kind == TokenKind.Number)
                continue;
            if (Lexicon.Negations.Contains(word))
            {
                negations.Add(raw[i]);
                if (word is "not" or "n't" or "no" or "never" or "nor")
                    continue;
            }
            if (Lexicon.Hedges.Contains(word) && !(word == "may" && raw[i] == "May"))
                hedges.Add(raw[i]);
            firstPerson |= Lexicon.FirstPerson.Contains(word) && !(word == "us" && raw[i] == "US");
            if (i + 1 < n && PhraseAt(word, words[i + 1]) is { } phrase)
            {
                concepts[i] = phrase;
                termsAt.Add((i, phrase, 1));
                content++;
                i++;
                continue;
            }
            if (Lexicon.StopWords.Contains(word) && !LooksLikeName(raw[i], i))
                continue;
            foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                var concept = ConceptOf(part, raw[i], i);
                if (concept is null)
                    continue;
                concepts[i] ??= concept;
                termsAt.Add((i, concept, 1));
                content++;
            }
        }

        var occurrences = new List<EntityOccurrence>();
        foreach (var m in mentionIndexes)
        {
            var entity = entities.Of(article, m);
            if (entity < 0)
                continue;
            var mention = document.Mentions[m];
            occurrences.Add(new EntityOccurrence(entity, m, mention, TokenAt(document, sentence, mention.Start), TokenAt(document, sentence, mention.End - 1)));
            if (mention.Kind is MentionKind.Date or MentionKind.Number)
                continue;
            termsAt.Add((occurrences[^1].Token, "e:" + entity, mention.Kind == MentionKind.Pronoun ? PronounWeight : EntityTermWeight));
        }
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (_, term, amount) in termsAt)
            Add(counts, term, amount);

        return new SentenceProfile
        {
            Ref = new SentenceRef(article, index),
            Global = global,
            Text = sentence.Text,
            Words = words,
            Concepts = concepts,
            Counts = counts,
            ChunkCounts = Chunks(document, tokens, words, termsAt),
            TermsAt = [.. termsAt],
            Numbers = numbers,
            Dates = dates,
            Entities = occurrences,
            Hedges = hedges,
            Negations = negations,
            FirstPerson = firstPerson,
            HasQuotationMarks = sentence.Text.AsSpan().IndexOfAny("\"“”") >= 0,
            ContentWords = content,
        };
    }

    /// <summary>The synonym group of the two words as a phrase, its first word in any form ("stepped down" as "step down").</summary>
    private string? PhraseAt(string word, string next)
    {
        if (!_phraseTails.Contains(next))
            return null;
        return _synonymOfPhrase.TryGetValue(word + " " + next, out var phrase) || _synonymOfPhrase.TryGetValue(_stemmer.Stem(word) + " " + next, out phrase) ? phrase : null;
    }

    private string? ConceptOf(string part, string raw, int position)
    {
        if (part.Length == 0 || Lexicon.StopWords.Contains(part) && !LooksLikeName(raw, position))
            return null;
        if (LooksLikeName(raw, position))
        {
            var key = NameKey.Of(part);
            return key.Length >= 2 ? "k:" + key : null;
        }
        if (_synonymOfWord.TryGetValue(part, out var exact))
            return exact;
        var stem = _stemmer.Stem(part);
        return _synonymOfStem.TryGetValue(stem, out var concept) ? concept : "w:" + stem;
    }

    /// <summary>Capitalised and never written in lower case in the story: a name, compared by its spelling-insensitive key.</summary>
    private bool LooksLikeName(string raw, int position)
    {
        if (raw.Length < 2 || !char.IsUpper(raw[0]))
            return false;
        var lower = raw.ToLowerInvariant();
        if (position == 0 && (Lexicon.StopWords.Contains(lower) || _lowerCaseWords.Contains(lower)))
            return false;
        return !_lowerCaseWords.Contains(lower);
    }

    /// <summary>
    /// Splits a long sentence into clause chunks of at least <see cref="ChunkTerms"/> terms (at commas,
    /// semicolons, dashes and clause words such as "that" or "while"), so that one clause of a long
    /// sentence can align with a short sentence elsewhere. Empty when the sentence is one chunk.
    /// </summary>
    private static List<Dictionary<string, double>> Chunks(ArticleAnalysis document, ReadOnlySpan<Token> tokens, string[] words, List<(int Token, string Term, double Amount)> termsAt)
    {
        var starts = new List<int> { 0 };
        var termsSince = 0;
        var byToken = termsAt.ToLookup(t => t.Token);
        for (var i = 0; i < tokens.Length; i++)
        {
            var boundary = tokens[i].Kind == TokenKind.Punctuation && document.Text[tokens[i].Start] is ',' or ';' or ':' or '—' or '–' or '(' or ')'
                || words[i] is "that" or "which" or "while" or "but" or "and" or "after" or "because" or "when" or "where" or "who" or "whose";
            if (boundary && termsSince >= 3)
            {
                starts.Add(i);
                termsSince = 0;
            }
            termsSince += byToken[i].Count();
        }
        var chunks = new List<Dictionary<string, double>>();
        var current = new Dictionary<string, double>(StringComparer.Ordinal);
        var size = 0;
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1] : tokens.Length;
            for (var i = starts[k]; i < end; i++)
            {
                foreach (var (_, term, amount) in byToken[i])
                {
                    Add(current, term, amount);
                    size++;
                }
            }
            if (size >= ChunkTerms)
            {
                chunks.Add(current);
                current = new Dictionary<string, double>(StringComparer.Ordinal);
                size = 0;
            }
        }
        if (size > 0 && chunks.Count > 0)
        {
            foreach (var (term, amount) in current)
                Add(chunks[^1], term, amount);
        }
        return chunks.Count > 1 ? chunks : [];
    }

    private static int TokenAt(ArticleAnalysis document, Sentence sentence, int offset)
    {
        var tokens = document.TokensOf(sentence);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].End > offset)
                return i;
        }
        return tokens.Length - 1;
    }

    /// <summary>The sentence's dates and numbers, read from the entity stage's DATE and NUMBER mentions and their values.</summary>
    private (List<DateFact> Dates, List<NumberFact> Numbers, bool[] UsedByDates) ValuesOf(ArticleAnalysis document, Sentence sentence, string[] raw, string[] words, List<int> mentionIndexes)
    {
        var dates = new List<DateFact>();
        var numbers = new List<NumberFact>();
        var used = new bool[words.Length];
        foreach (var m in mentionIndexes)
        {
            var mention = document.Mentions[m];
            if (mention.Kind != MentionKind.Date)
                continue;
            var first = TokenAt(document, sentence, mention.Start);
            var last = TokenAt(document, sentence, mention.End - 1);
            if (mention.Value is { Length: 4 } month && month.StartsWith("--", StringComparison.Ordinal))
            {
                dates.Add(new DateFact(month, mention.Text, first, Relative: false) { MonthOnly = true });
                continue;
            }
            for (var k = first; k <= last; k++)
                used[k] = true;
            var relative = TemporalRecognizer.IsRelative(mention);
            var value = mention.Value ?? (CalendarWords.Weekdays.ContainsKey(mention.Text) ? mention.Text.ToLowerInvariant() : null);
            if (value is not null)
                dates.Add(new DateFact(value, mention.Text, first, relative));
        }
        string[]? texts = null;
        foreach (var m in mentionIndexes)
        {
            var mention = document.Mentions[m];
            if (mention.Kind != MentionKind.Number || !NumberValue.TryParse(mention.Value, out var figure))
                continue;
            var (first, last) = (TokenAt(document, sentence, mention.Start), TokenAt(document, sentence, mention.End - 1));
            if (IsLabelOrTally(document, sentence, raw, first, last))
                continue;
            texts ??= TokenTexts(document, sentence);
            var role = IsAppositiveAge(document, sentence, texts, mentionIndexes, figure, first, last) ? FigureRole.Age
                : IsConversion(texts, first) ? FigureRole.Conversion
                : FigureRoles.Of(texts, first, last);
            var number = NumberOf(document, sentence, raw, texts, words, used, figure, first, last) with { Role = role };
            numbers.Add(number.Unit is null && NameFollows(raw, figure, last) ? number with { CountsAName = true } : number);
        }
        return (dates, MergeDurations(document, sentence, words, numbers), used);
    }

    /// <summary>Units of time written one after the other, the larger first, and how many of the smaller make one of the larger.</summary>
    private static readonly (string Larger, string Smaller, int Factor)[] DurationSteps =
        [("year", "month", 12), ("week", "day", 7), ("day", "hour", 24), ("hour", "minute", 60)];

    /// <summary>
    /// One duration written in two units ("three years and four months") becomes one figure in the smaller unit (40 months),
    /// so that it agrees with another outlet's "40 months" and its parts are not taken for rival figures.
    /// </summary>
    private static List<NumberFact> MergeDurations(ArticleAnalysis document, Sentence sentence, string[] words, List<NumberFact> numbers)
    {
        for (var i = 0; i + 1 < numbers.Count; i++)
        {
            var (x, y) = (numbers[i], numbers[i + 1]);
            if (x.UnitWord is null || y.UnitWord is null || x.Figure.Currency.Length > 0 || y.Figure.Currency.Length > 0 || x.Figure.Percent || y.Figure.Percent)
                continue;
            var unit = Array.IndexOf(words, x.UnitWord.ToLowerInvariant(), x.Token + 1);
            if (unit < 0 || unit + 2 != y.Token || words[unit + 1] != "and")
                continue;
            var step = Array.FindIndex(DurationSteps, s => Singular(words[unit]) == s.Larger && Singular(y.UnitWord.ToLowerInvariant()) == s.Smaller);
            if (step < 0)
                continue;
            var amount = x.Value * DurationSteps[step].Factor + y.Value;
            var figure = x.Figure.IsExact && y.Figure.IsExact ? NumberValue.Exact(amount) : NumberValue.Qualified("~", amount);
            var tokens = document.TokensOf(sentence);
            var text = document.Text[tokens[x.Token].Start..(tokens[y.Token].Start + y.Text.Length)];
            numbers[i] = new NumberFact(figure, text, y.Unit, y.UnitWord, x.Token) { Role = x.Role };
            numbers.RemoveAt(i + 1);
        }
        return numbers;

        static string Singular(string word) => word.EndsWith('s') ? word[..^1] : word;
    }

    /// <summary>Every token of the sentence in lower case, punctuation included.</summary>
    private static string[] TokenTexts(ArticleAnalysis document, Sentence sentence)
    {
        var tokens = document.TokensOf(sentence);
        var texts = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
            texts[i] = document.TextOf(tokens[i]).ToLowerInvariant();
        return texts;
    }

    /// <summary>
    /// True for a number that names rather than counts ("Section 230", "Flight 17") or is one side of a
    /// tally or score ("voted 371-18"): neither is a figure another outlet could contradict.
    /// </summary>
    private static bool IsLabelOrTally(ArticleAnalysis document, Sentence sentence, string[] raw, int first, int last)
    {
        var tokens = document.TokensOf(sentence);
        var head = ListHead(document, tokens, first);
        var before = head > 1 && document.TextOf(tokens[head - 1]) == "." ? head - 2 : head - 1;
        while (before > 0 && IsMark(document.TextOf(tokens[before])))
            before--;
        if (head > 0 && (Lexicon.NumberLabels.Contains(raw[head - 1]) || before >= 0 && NamesTheNumber(raw, before)))
            return true;
        if (Coded(document, tokens, first, last) || EndsNamedRange(document, tokens, raw, first, last) || IsIdentifier(raw, first, last))
            return true;
        return (IsDash(document, tokens, last + 1) && IsFigure(tokens, last + 2)) || (IsDash(document, tokens, first - 1) && IsFigure(tokens, first - 2))
            || InFraction(document, tokens, first, last) || Garbled(document, tokens, first, last) || first == 0 && CutDecimal(document, tokens[0]);
    }

    /// <summary>Digits this many or more in one run, with no group separator, are an identifier (a post's, an account's), never a quantity.</summary>
    private const int IdentifierDigits = 10;

    private static bool IsIdentifier(string[] raw, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (raw[k].Length >= IdentifierDigits && raw[k].All(char.IsAsciiDigit))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The first figure of the list of bare figures the figure ends ("versions 6, 7, 8 and 9": 6 for 9), or the figure itself: a
    /// label names every figure of its list. A list is three figures or more, or two joined by "and" or "or" ("Sept. 11, 3,000
    /// people" is no list).
    /// </summary>
    private static int ListHead(ArticleAnalysis document, ReadOnlySpan<Token> tokens, int first)
    {
        var head = first;
        while (Joined(document, tokens, head, -1) is var (k, _) && k >= 0)
            head = k;
        var (items, joined, at) = (1, false, head);
        while (Joined(document, tokens, at, +1) is var (k, conjunction) && k >= 0)
            (items, joined, at) = (items + 1, joined || conjunction, k);
        return items >= 3 || joined ? head : first;
    }

    /// <summary>The bare figure joined to the one at <paramref name="at"/> by a comma, "and" or "or" in the direction given, or -1.</summary>
    private static (int Figure, bool Conjunction) Joined(ArticleAnalysis document, ReadOnlySpan<Token> tokens, int at, int step)
    {
        var k = at + step;
        var conjunction = false;
        for (var n = 0; n < 2 && k >= 0 && k < tokens.Length; n++)
        {
            var text = document.TextOf(tokens[k]);
            if (text == ",")
                k += step;
            else if (text is "and" or "or")
                (conjunction, k) = (true, k + step);
            else
                break;
        }
        var lone = IsFigure(tokens, k) && !IsFigure(tokens, k - 1) && !IsFigure(tokens, k + 1);
        return k != at + step && lone ? (k, conjunction) : (-1, false);
    }

    /// <summary>
    /// A figure on either side of a slash between figures, or just before such a pair: a fraction or a ratio written out ("4 1/2
    /// hours", "41 / 2 months" for four and a half), never a count of its own.
    /// </summary>
    private static bool InFraction(ArticleAnalysis document, ReadOnlySpan<Token> tokens, int first, int last)
        => IsSlash(document, tokens, last + 1) && IsFigure(tokens, last + 2)
            || IsSlash(document, tokens, first - 1) && IsFigure(tokens, first - 2)
            || IsFigure(tokens, last + 1) && IsSlash(document, tokens, last + 2) && IsFigure(tokens, last + 3);

    private static bool IsSlash(ArticleAnalysis document, ReadOnlySpan<Token> tokens, int i)
        => i >= 0 && i < tokens.Length && document.TextOf(tokens[i]) is "/" or "\u2044";

    /// <summary>A figure touching a character the text lost in decoding ("4\uFFFD months" for four and a half): its value cannot be read.</summary>
    private static bool Garbled(ArticleAnalysis document, ReadOnlySpan<Token> tokens, int first, int last)
    {
        var text = document.Text;
        var (start, end) = (tokens[first].Start, tokens[last].End);
        return start > 0 && text[start - 1] == '\uFFFD' || end < text.Length && text[end] == '\uFFFD'
            || text.AsSpan(start, end - start).Contains('\uFFFD');
    }

    /// <summary>
    /// The sentence opens with a figure right after one that ended the sentence before with its point ("…a magnitude-6. 9,
    /// but…"): a decimal cut in two by the split, not a count. Style books spell out a count that opens a sentence.
    /// </summary>
    private static bool CutDecimal(ArticleAnalysis document, Token opening)
    {
        var text = document.Text;
        var at = opening.Start - 1;
        while (at >= 0 && text[at] == ' ')
            at--;
        return opening.Start - at <= 2 && at >= 1 && text[at] == '.' && char.IsAsciiDigit(text[at - 1]);
    }

    /// <summary>
    /// A capitalised word right before a number makes it part of a name or a date ("Sept. 11", "Boeing 737",
    /// "Flight 17"), unless it opens the sentence as an ordinary word ("About 40 people", "Another 6,600 workers").
    /// </summary>
    private static bool NamesTheNumber(string[] raw, int word)
        => raw[word].Length > 0 && (char.IsUpper(raw[word][0]) || CamelCase(raw[word])) && !CalendarWords.Weekdays.ContainsKey(raw[word])
            && (word > 0 || !Lexicon.StopWords.Contains(raw[word].ToLowerInvariant()) && !Lexicon.Quantifiers.Contains(raw[word].ToLowerInvariant()));

    /// <summary>A trademark sign, or a character the text lost in decoding, written between a name and its number ("Hask® 10").</summary>
    private static bool IsMark(string token) => token is "®" or "™" or "©" or "\uFFFD";

    /// <summary>
    /// A figure written against capital letters ("4G", "8MP", "1.7GHz", "Q10"): the code of a model, a network or a
    /// specification, not a count or a sum ("$125m", "60km" are written in small letters).
    /// </summary>
    private static bool Coded(ArticleAnalysis document, ReadOnlySpan<Token> tokens, int first, int last)
    {
        var text = document.Text;
        var (start, end) = (tokens[first].Start, tokens[last].End);
        return char.IsAsciiDigit(text[start])
            && (end < text.Length && char.IsAsciiLetterUpper(text[end]) || start > 0 && char.IsAsciiLetterUpper(text[start - 1]) || char.IsAsciiLetterUpper(text[end - 1]));
    }

    /// <summary>
    /// A bare figure that ends a range or a list begun by a name ("Hask6 to 10", "Lorn, Vale and 7"): it names a version, as
    /// the name before it does. The figure must stand alone, followed by no noun it counts ("Ruiz and 3 others" counts).
    /// </summary>
    private static bool EndsNamedRange(ArticleAnalysis document, ReadOnlySpan<Token> tokens, string[] raw, int first, int last)
    {
        if (first < 2 || raw[first - 1] is not ("to" or "and" or "or" or "through") || first != last)
            return false;
        var at = first - 2;
        var name = raw[at];
        var bare = last + 1 >= raw.Length || raw[last + 1].Length == 0 || raw[last + 1] != "of" && Lexicon.StopWords.Contains(raw[last + 1]);
        return bare && (name.Length > 1 && (char.IsUpper(name[0]) && at > 0 || CamelCase(name))
            || name.Any(char.IsAsciiDigit) && (name.Any(char.IsAsciiLetterUpper) || Coded(document, tokens, at, at)));
    }

    /// <summary>A product's name written with a capital inside it ("iLife", "eBay"): a name all the same.</summary>
    private static bool CamelCase(string word) => word.Length > 2 && char.IsLower(word[0]) && word.AsSpan(1).IndexOfAnyInRange('A', 'Z') >= 0;

    private static bool IsDash(ArticleAnalysis document, ReadOnlySpan<Token> tokens, int i)
        => i >= 0 && i < tokens.Length && document.TextOf(tokens[i]) is "-" or "\u2013" or "\u2014";

    private static bool IsFigure(ReadOnlySpan<Token> tokens, int i) => i >= 0 && i < tokens.Length && tokens[i].Kind == TokenKind.Number;

    /// <summary>A number fact: the figure's own words ("1.5 million", without a currency sign or "percent") and the noun it counts.</summary>
    private NumberFact NumberOf(ArticleAnalysis document, Sentence sentence, string[] raw, string[] texts, string[] words, bool[] dateWords, NumberValue figure, int first, int last)
    {
        var tokens = document.TokensOf(sentence);
        var start = first;
        while (start < last && raw[start].Length == 0)
            start++;
        var end = last;
        if (figure.Percent)
        {
            while (end > start && (raw[end].Length == 0 || words[end] is "percent" or "per" or "cent"))
                end--;
        }
        var text = document.Text[tokens[start].Start..tokens[end].End];
        if (figure.Percent)
        {
            var k = Array.FindIndex(words, end + 1, last - end, w => w is "percent" or "cent");
            return k < 0 ? new NumberFact(figure, text + "%", "c:percent", null, start)
                : new NumberFact(figure, text, "c:percent", words[k] == "cent" ? "per cent" : raw[k], start);
        }
        string? unit = null, unitWord = null, head = null;
        var forSomething = false;
        for (var k = last + 1; k < Math.Min(words.Length, last + 4) && unit is null; k++)
        {
            if (raw[k].Length > 0 && char.IsDigit(raw[k][0]) || dateWords[k] || EndsNounPhrase(texts[k]))
                break;
            if (EndsUnitSearch(words[k], figure))
            {
                forSomething = true;
                break;
            }
            if (words[k].Length == 0 || Lexicon.StopWords.Contains(words[k]) || char.IsUpper(raw[k][0]) && !GroupOfPeople(raw, k, last))
                continue;
            unit = UnitOf(words[k]);
            unitWord = raw[k];
            if (CompoundHead(document, sentence, raw, k) is var h && h > k && UnitOf(words[h]) is var headUnit && headUnit != unit)
                head = headUnit;
        }
        return new NumberFact(figure, text, unit, unitWord, start) { Head = head, ForSomething = forSomething };
    }

    /// <summary>
    /// A preposition after a sum of money opens what the sum is for, from or to, not what it is ("asked for $5 billion to
    /// rebuild the bridges", "$5.7 billion from parliament"); but "of", "per" and "in" ("$2 million in aid") lead to it.
    /// A count's unit may lie past one ("three against the sentence" counts votes, not sentences, but its unit keeps it from
    /// every bare count of the other claim).
    /// </summary>
    private static bool EndsUnitSearch(string word, NumberValue figure)
        => figure.Currency.Length > 0 && word is not ("of" or "per" or "in") && UnitPrepositions.Contains(word);

    private static readonly FrozenSet<string> UnitPrepositions = FrozenSet.ToFrozenSet(
    [
        "to", "in", "on", "at", "by", "for", "with", "from", "as", "into", "about", "over", "after", "before", "than", "upon", "via",
        "between", "during", "against", "under", "through", "since", "until", "within", "without", "among", "amid", "around",
    ], StringComparer.Ordinal);

    /// <summary>The concept a word stands for as a unit: its synonym group, else its stem ("w:member").</summary>
    private string UnitOf(string word)
    {
        var tail = word.Split('-')[^1];
        var stem = _stemmer.Stem(tail);
        return _synonymOfWord.TryGetValue(tail, out var exact) ? exact : _synonymOfStem.TryGetValue(stem, out var c) ? c : "w:" + stem;
    }

    /// <summary>
    /// The last noun of the compound that the noun at <paramref name="k"/> opens ("union members", "speed boats"): modifiers
    /// (nouns, adjectives, participles) while a lower-case noun follows; <paramref name="k"/> itself otherwise.
    /// </summary>
    private static int CompoundHead(ArticleAnalysis document, Sentence sentence, string[] raw, int k)
    {
        var tags = document.PartsOfSpeech;
        if (tags.Length != document.Tokens.Length)
            return k;
        while (k + 1 < raw.Length && tags[sentence.FirstToken + k] is "NN" or "JJ" or "VBN" && raw[k + 1].Length > 1 && char.IsLower(raw[k + 1][0])
               && tags[sentence.FirstToken + k + 1] is "NN" or "NNS")
            k++;
        return k;
    }

    /// <summary>A capitalised word (not a weekday) right after a count that is no sum of money or share.</summary>
    private static bool NameFollows(string[] raw, NumberValue figure, int last)
        => figure.Currency.Length == 0 && !figure.Percent && last + 1 < raw.Length && raw[last + 1].Length > 1 && char.IsUpper(raw[last + 1][0])
            && !CalendarWords.Weekdays.ContainsKey(raw[last + 1]);

    /// <summary>Punctuation that ends the noun phrase of a figure: its unit is never past it ("Ada Venn, 48, said", "$1 million ($1.5 million)").</summary>
    private static bool EndsNounPhrase(string token)
        => token is "," or ";" or ":" or "(" or ")" or "[" or "]" or "—" or "–" or "." or "!" or "?" or "\"" or "“" or "”";

    /// <summary>A figure in brackets right after another figure gives it again in another unit ("$1 million ($1.5 million)", "50 km (30 miles)").</summary>
    private static bool IsConversion(string[] texts, int first)
    {
        if (first < 2 || texts[first - 1] != "(")
            return false;
        for (var i = first - 2; i >= Math.Max(0, first - 4); i--)
        {
            if (texts[i].AsSpan().ContainsAnyInRange('0', '9'))
                return true;
        }
        return false;
    }

    /// <summary>A whole figure between commas right after a person's name is the person's age ("Ada Venn, 48, said").</summary>
    private static bool IsAppositiveAge(ArticleAnalysis document, Sentence sentence, string[] texts, List<int> mentionIndexes, NumberValue figure, int first, int last)
    {
        if (first < 2 || texts[first - 1] != "," || last + 1 >= texts.Length || texts[last + 1] is not ("," or ")") || !figure.IsExact
            || figure.Amount is < 1 or > 119 || figure.Amount != Math.Floor(figure.Amount) || figure.Currency.Length > 0 || figure.Percent)
            return false;
        foreach (var m in mentionIndexes)
        {
            var mention = document.Mentions[m];
            if (mention.Type == EntityType.Person && mention.Kind != MentionKind.Pronoun && TokenAt(document, sentence, mention.End - 1) == first - 2)
                return true;
        }
        return false;
    }

    /// <summary>A capitalised plural right after a figure counts people of a nation, party or faith ("four Americans", "53 Republicans").</summary>
    private static bool GroupOfPeople(string[] raw, int k, int last)
        => k == last + 1 && raw[k].Length > 3 && raw[k][^1] == 's' && char.IsLower(raw[k][1]);

    private static void Add(Dictionary<string, double> counts, string term, double amount)
        => counts[term] = counts.GetValueOrDefault(term) + amount;

    /// <summary>BM25 idf over all sentences of the story, log-scaled term frequency, unit length.</summary>
    private static void Weigh(SentenceProfile[][] profiles)
    {
        var all = profiles.SelectMany(p => p).ToList();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in all)
        {
            foreach (var term in p.Counts.Keys)
                df[term] = df.GetValueOrDefault(term) + 1;
        }
        var weights = new TermWeights(df, all.Count + PriorSentences);
        Parallel.ForEach(all, p =>
        {
            p.Weights = weights;
            p.Vector = weights.Vectorise(p.Counts);
            p.Chunks = [.. p.ChunkCounts.Select(weights.Vectorise)];
        });
    }
}
