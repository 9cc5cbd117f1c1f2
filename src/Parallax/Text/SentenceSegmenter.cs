using System.Collections.Frozen;
using System.Collections.Immutable;
using Parallax.Documents;

namespace Parallax.Text;

/// <summary>
/// Splits the cleaned text into headings and sentences, and sentences into tokens.
/// Handles abbreviations, initials, acronyms, decimals, ellipses and quotes that run
/// across sentence boundaries.
/// </summary>
public sealed class SentenceSegmenter : IAnalysisComponent
{
    private static readonly FrozenSet<string> TitleAbbreviations = FrozenSet.ToFrozenSet(
    [
        "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.", "col.", "maj.", "capt.", "cpt.", "sgt.", "adm.", "gov.", "sen.",
        "rep.", "rev.", "st.", "hon.", "del.", "brig.", "cmdr.", "cdr.", "pvt.", "rt.", "pres.", "supt.", "messrs.", "no.", "nos.", "mt.", "ft.", "op.",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> SentenceStarters = FrozenSet.ToFrozenSet(
    [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "but", "and",
        "in", "on", "at", "as", "after", "before", "when", "while", "his", "her", "their", "its", "our", "some", "many", "most",
        "if", "so", "yet", "however", "meanwhile", "still", "then", "now", "officials", "according", "for", "since", "despite",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Longest line, in words, that may be taken for a heading.</summary>
    public int MaxHeadingWords { get; init; } = 12;

    /// <summary>
    /// Longest sentence, in tokens; a longer run without a sentence end (a list, a scraped menu, a hostile file) is cut
    /// into sentences of this length, so later stages whose work grows with a sentence's length stay linear in the text.
    /// News sentences stay far below it (the longest in a sample of news text had 138 tokens).
    /// </summary>
    public int MaxSentenceTokens { get; init; } = 250;

    /// <inheritdoc />
    public string Name => "sentences";

    /// <inheritdoc />
    public AnalysisLayers Requires => AnalysisLayers.None;

    /// <inheritdoc />
    public AnalysisLayers Assigns => AnalysisLayers.Sentences;

    /// <inheritdoc />
    public ArticleAnalysis Process(ArticleAnalysis document)
    {
        var text = document.Text;
        var tokens = new List<Token>(text.Length / 5);
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var headings = ImmutableArray.CreateBuilder<Heading>();
        var lines = Lines(text);
        for (var li = 0; li < lines.Count; li++)
        {
            var (start, end) = lines[li];
            // Join hard-wrapped lines: a long line not ending a sentence, followed by one.
            while (li + 1 < lines.Count && LooksWrapped(text, start, end, lines[li + 1].Start))
                end = lines[++li].End;
            if (Boilerplate.IsLine(text, start, end))
            {
                headings.Add(new Heading(start, end, text[start..end]) { Boilerplate = true });
                continue;
            }
            var lineTokens = new List<Token>();
            Tokenizer.Tokenize(text, start, end, lineTokens);
            if (lineTokens.Count == 0)
                continue;
            if (li + 1 < lines.Count && IsHeading(text, lineTokens))
            {
                headings.Add(new Heading(start, end, text[start..end]));
                continue;
            }
            Split(text, lineTokens, tokens, sentences, Math.Max(1, MaxSentenceTokens));
        }
        return document with { Tokens = [.. tokens], Sentences = sentences.ToImmutable(), Headings = headings.ToImmutable() };
    }

    private static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var s = start;
                var e = i;
                while (s < e && char.IsWhiteSpace(text[s])) s++;
                while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
                if (e > s)
                    lines.Add((s, e));
                start = i + 1;
            }
        }
        return lines;
    }

    private static bool LooksWrapped(string text, int start, int end, int nextStart)
    {
        if (end - start < 50)
            return false;
        if (nextStart - end > 1)
            return false; // blank line between: a paragraph break
        var last = text[end - 1];
        return char.IsLetterOrDigit(last) || last is ',' or '-' or ';';
    }

    private bool IsHeading(string text, List<Token> lineTokens)
    {
        var words = 0;
        foreach (var t in lineTokens)
        {
            if (t.Kind is TokenKind.Word or TokenKind.Number)
                words++;
        }
        if (words == 0 || words > MaxHeadingWords)
            return false;
        var first = text[lineTokens[0].Start];
        if (!(char.IsUpper(first) || char.IsDigit(first) || first is '#'))
            return false;
        var lastChar = text[lineTokens[^1].End - 1];
        return !(lastChar is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '”' or '\'' or '’' or ')');
    }

    private static void Split(string text, List<Token> line, List<Token> tokens, ImmutableArray<Sentence>.Builder sentences, int maxTokens)
    {
        var first = 0;
        for (var i = 0; i < line.Count; i++)
        {
            if (i - first + 1 >= maxTokens)
            {
                Emit(text, line, first, i, tokens, sentences);
                first = i + 1;
                continue;
            }
            if (!EndsSentence(text, line, i, out var last))
                continue;
            if (last - first + 1 > maxTokens)
                last = first + maxTokens - 1;
            Emit(text, line, first, last, tokens, sentences);
            first = last + 1;
            i = last;
        }
        if (first < line.Count)
            Emit(text, line, first, line.Count - 1, tokens, sentences);
    }

    private static void Emit(string text, List<Token> line, int first, int last, List<Token> tokens, ImmutableArray<Sentence>.Builder sentences)
    {
        var start = line[first].Start;
        var end = line[last].End;
        var firstToken = tokens.Count;
        for (var i = first; i <= last; i++)
            tokens.Add(line[i]);
        sentences.Add(new Sentence(sentences.Count, start, end, text[start..end], firstToken, last - first + 1));
    }

    private static readonly FrozenSet<string> ReportingVerbs = FrozenSet.ToFrozenSet(
    [
        "said", "says", "asked", "asks", "added", "adds", "told", "wrote", "writes", "replied", "continued", "demanded",
        "shouted", "yelled", "insisted", "wondered", "exclaimed", "joked", "quipped", "countered", "recalled", "tweeted",
    ], StringComparer.Ordinal);

    // "“Why now?” Olsen asked." — a question or exclamation in quotation marks, then the short clause naming its speaker.
    private static bool ReportingClauseFollows(string text, List<Token> line, int next)
    {
        for (var k = next; k < line.Count && k - next < 6; k++)
        {
            var word = text.AsSpan(line[k].Start, line[k].End - line[k].Start);
            if (k > next && ReportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return true;
            if (line[k].Kind != TokenKind.Word)
                return false;
        }
        return false;
    }

    private static bool IsClosing(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»';

    private static bool EndsSentence(string text, List<Token> line, int i, out int last)
    {
        last = i;
        var token = line[i];
        var lastChar = text[token.End - 1];
        var isPeriod = lastChar == '.';
        var isAbbreviation = isPeriod && token.Kind == TokenKind.Word;
        if (!(isPeriod || lastChar is '!' or '?' or '…'))
            return false;
        // Absorb closing quotes and brackets.
        var j = i + 1;
        while (j < line.Count && line[j].Length() == 1 && IsClosing(text[line[j].Start])
               && !(text[line[j].Start] is '"' or '\'' && line[j].Start > line[j - 1].End))
            j++; // a straight quote after a space opens the next sentence's quotation
        last = j - 1;
        if (j >= line.Count)
            return true;
        var next = line[j];
        var nextText = text.AsSpan(next.Start, next.End - next.Start);
        var nextChar = nextText[0];
        var nextStartsUpper = char.IsUpper(nextChar) || char.IsDigit(nextChar) || nextChar is '"' or '“' or '\'' or '‘' or '(' or '[';
        if (!nextStartsUpper)
            return false;
        if (lastChar is '?' or '!' && j > i + 1 && ReportingClauseFollows(text, line, j))
            return false;
        if (isAbbreviation)
        {
            var word = text.AsSpan(token.Start, token.End - token.Start);
            if (word.Length == 2 && char.IsUpper(word[0]))
                return false; // an initial: "John F. Kennedy"
            if (TitleAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return false;
            return SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(nextText);
        }
        if (lastChar == '.' && token.Length() == 1 && i > 0)
        {
            var previous = line[i - 1];
            if (previous.End == token.Start && previous.Length() == 1 && char.IsUpper(text[previous.Start]))
                return false; // "Plan B." would be ambiguous; single capitals are initials far more often
        }
        return true;
    }
}

internal static class TokenExtensions
{
    public static int Length(this Token token) => token.End - token.Start;
}
