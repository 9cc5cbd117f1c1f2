using System.Collections.Immutable;
using Parallax.Documents;
using Parallax.Tagging;

namespace Parallax.Quotes;

/// <summary>
/// A stretch of text between quotation marks. <see cref="Close"/> is -1 when the paragraph ended
/// before the quote closed (news style for quotes running over several paragraphs).
/// </summary>
internal sealed record QuoteRegion(int Open, int Close, Span Inner, Span Outer);

/// <summary>
/// The per-document view the quote rules read: tokens with their lower-case text, sentence and
/// paragraph, and the quotation regions they fall in.
/// </summary>
internal sealed class QuotedText
{
    private readonly bool[] _isMark;
    private string[]? _tags;

    public QuotedText(ArticleAnalysis document)
    {
        Document = document;
        Text = document.Text;
        Tokens = document.Tokens;
        var n = Tokens.Length;
        Lower = new string[n];
        SentenceOf = new int[n];
        ParagraphOf = new int[n];
        RegionOf = new int[n];
        _isMark = new bool[n];
        for (var i = 0; i < n; i++)
            Lower[i] = Text[Tokens[i].Start..Tokens[i].End].ToLowerInvariant();
        foreach (var s in document.Sentences)
        {
            for (var i = s.FirstToken; i < s.FirstToken + s.TokenCount; i++)
                SentenceOf[i] = s.Index;
        }
        var paragraph = 0;
        for (var i = 1; i < n; i++)
        {
            if (IsParagraphBreak(Tokens[i - 1].End, Tokens[i].Start))
                paragraph++;
            ParagraphOf[i] = paragraph;
        }
        Regions = FindRegions();
        Array.Fill(RegionOf, -1);
        for (var r = 0; r < Regions.Count; r++)
        {
            var region = Regions[r];
            var last = region.Close >= 0 ? region.Close : LastTokenBefore(region.Outer.End);
            for (var i = region.Open; i <= last; i++)
                RegionOf[i] = r;
        }
    }

    public ArticleAnalysis Document { get; }

    public string Text { get; }

    public ImmutableArray<Token> Tokens { get; }

    public string[] Lower { get; }

    public int[] SentenceOf { get; }

    public int[] ParagraphOf { get; }

    public int[] RegionOf { get; }

    public List<QuoteRegion> Regions { get; }

    public int Count => Tokens.Length;

    public int FirstOf(int sentence) => Document.Sentences[sentence].FirstToken;

    public int LastOf(int sentence)
    {
        var s = Document.Sentences[sentence];
        return s.FirstToken + s.TokenCount - 1;
    }

    public string TextOf(int first, int last) => Text[Tokens[first].Start..Tokens[last].End];

    /// <summary>
    /// The part-of-speech tag of a token: the document's when the tagging stage ran, else its sentence's tags,
    /// computed on first use.
    /// </summary>
    public string TagOf(int i)
    {
        var pos = Document.PartsOfSpeech;
        if (pos.Length == Count)
            return pos[i];
        _tags ??= new string[Count];
        if (_tags[i] is null)
        {
            var s = SentenceOf[i];
            var first = FirstOf(s);
            var words = new string[LastOf(s) - first + 1];
            for (var k = 0; k < words.Length; k++)
                words[k] = TextOf(first + k, first + k);
            var tags = PosTagger.Default.Tag(words);
            Array.Copy(tags, 0, _tags, first, tags.Length);
        }
        return _tags[i] ?? "";
    }

    public bool IsWord(int i) => i >= 0 && i < Count && Tokens[i].Kind is TokenKind.Word or TokenKind.Number;

    public bool IsPunctuation(int i) => i >= 0 && i < Count && Tokens[i].Kind is TokenKind.Punctuation or TokenKind.Symbol;

    public bool Is(int i, string lower) => i >= 0 && i < Count && Lower[i] == lower;

    public bool IsCapitalized(int i) => i >= 0 && i < Count && Tokens[i].Kind == TokenKind.Word && char.IsUpper(Text[Tokens[i].Start]);

    public bool IsComma(int i) => i >= 0 && i < Count && Lower[i] is "," or ";";

    public bool IsDash(int i) => i >= 0 && i < Count && Lower[i] is "—" or "–" or "--" or "-" or "―";

    public bool IsSentenceEnd(int i) => i >= 0 && i < Count && Lower[i] is "." or "!" or "?" or "…" or "...";

    public bool IsOpenMark(int i) => i >= 0 && i < Count && RegionOf[i] >= 0 && Regions[RegionOf[i]].Open == i;

    public bool IsCloseMark(int i) => i >= 0 && i < Count && RegionOf[i] >= 0 && Regions[RegionOf[i]].Close == i;

    /// <summary>True when the token is a quotation mark of any kind.</summary>
    public bool IsQuoteMark(int i) => i >= 0 && i < Count && _isMark[i];

    public int LastTokenBefore(int offset)
    {
        int lo = 0, hi = Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (Tokens[mid].End <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    private static bool IsQuoteChar(char c) => c is '"' or '“' or '”' or '«' or '»' or '„';

    private bool IsParagraphBreak(int from, int to)
    {
        var newline = Text.IndexOf('\n', from, to - from);
        if (newline < 0)
            return false;
        if (Text.IndexOf('\n', newline + 1, to - newline - 1) >= 0)
            return true;
        var last = Text[from - 1];
        return last is '.' or '!' or '?' or '"' or '”' or '’' or ':' or ')' || from - Text.LastIndexOf('\n', Math.Max(0, from - 1)) < 50;
    }

    private List<QuoteRegion> FindRegions()
    {
        var regions = new List<QuoteRegion>();
        var open = -1;
        for (var i = 0; i < Count; i++)
        {
            if (i > 0 && ParagraphOf[i] != ParagraphOf[i - 1] && open >= 0)
            {
                regions.Add(OpenEnded(open, i - 1));
                open = -1;
            }
            var width = MarkWidth(i);
            if (width == 0)
                continue;
            var last = i + width - 1;
            for (var j = i; j <= last; j++)
                _isMark[j] = true;
            var c = width == 2 ? '"' : Text[Tokens[i].Start];
            var opens = c switch
            {
                '“' or '«' or '„' => true,
                '”' or '»' => false,
                _ => StraightOpens(i, last, open >= 0),
            };
            if (opens)
            {
                if (open >= 0 && c != '"')
                    regions.Add(OpenEnded(open, i - 1));
                if (open < 0 || c != '"')
                    open = i;
            }
            else if (open >= 0)
            {
                var innerStart = Tokens[open + MarkWidth(open) - 1].End;
                regions.Add(new QuoteRegion(open, last, new Span(innerStart, Tokens[i].Start), new Span(Tokens[open].Start, Tokens[last].End)));
                open = -1;
            }
            i = last;
        }
        if (open >= 0)
            regions.Add(OpenEnded(open, Count - 1));
        return Merge(regions);
    }

    // 1 for a quotation mark, 2 for a doubled apostrophe used as one ('' … ''), else 0.
    private int MarkWidth(int i)
    {
        if (Tokens[i].End - Tokens[i].Start != 1)
            return 0;
        var c = Text[Tokens[i].Start];
        if (IsQuoteChar(c))
            return 1;
        if (c == '\'' && i + 1 < Count && Tokens[i + 1].Start == Tokens[i].End && Tokens[i + 1].End - Tokens[i + 1].Start == 1 && Text[Tokens[i + 1].Start] == '\'')
            return 2;
        return 0;
    }

    private QuoteRegion OpenEnded(int open, int last)
    {
        var innerStart = Tokens[open + MarkWidth(open) - 1].End;
        var end = Math.Max(innerStart, Tokens[last].End);
        return new QuoteRegion(open, -1, new Span(innerStart, end), new Span(Tokens[open].Start, end));
    }

    private bool StraightOpens(int i, int last, bool isOpen)
    {
        var start = Tokens[i].Start;
        var before = start == 0 ? ' ' : Text[start - 1];
        var after = Tokens[last].End >= Text.Length ? ' ' : Text[Tokens[last].End];
        var spaceBefore = char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–';
        var spaceAfter = char.IsWhiteSpace(after) || char.IsPunctuation(after);
        if (spaceBefore && !spaceAfter)
            return true;
        if (!spaceBefore && spaceAfter)
            return false;
        return !isOpen;
    }

    // A quote left open at a paragraph end continues where the next paragraph reopens it.
    private List<QuoteRegion> Merge(List<QuoteRegion> regions)
    {
        var merged = new List<QuoteRegion>(regions.Count);
        foreach (var r in regions)
        {
            if (merged.Count > 0)
            {
                var previous = merged[^1];
                var firstOfParagraph = r.Open == 0 || ParagraphOf[r.Open - 1] != ParagraphOf[r.Open];
                if (previous.Close < 0 && firstOfParagraph && ParagraphOf[r.Open] == ParagraphOf[LastTokenBefore(previous.Outer.End)] + 1)
                {
                    merged[^1] = new QuoteRegion(previous.Open, r.Close, new Span(previous.Inner.Start, r.Inner.End), new Span(previous.Outer.Start, r.Outer.End));
                    continue;
                }
            }
            merged.Add(r);
        }
        return merged;
    }
}
