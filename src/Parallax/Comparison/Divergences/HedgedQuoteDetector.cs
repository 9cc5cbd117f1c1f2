using System.Collections.Immutable;
using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>
/// The same words in quotation marks, credited to the same person, that one outlet says were spoken and another only
/// that they reportedly were ("“You tell me,” he said." / "Trump reportedly said, “You tell me,” before …"): whether the
/// statement was made at all is hedged in one and firm in the other. Found from the quotes themselves, so it holds when
/// the two sentences say little else alike.
/// </summary>
internal sealed class HedgedQuoteDetector : IDivergenceDetector
{
    private const double Confidence = 0.6;

    /// <summary>The fewest words a quotation must have for two outlets' copies to be taken for one statement.</summary>
    private const int MinWords = 3;

    /// <summary>Adverbs that make the saying itself hearsay ("reportedly said", "allegedly told").</summary>
    private static readonly HashSet<string> HearsayAdverbs = ["reportedly", "allegedly", "purportedly", "supposedly", "apparently"];

    public IEnumerable<Divergence> Detect(DivergenceContext context, IReadOnlyList<Divergence> found)
    {
        var quotes = new List<(int Article, Quote Quote, string Words, int Speaker, string? Hedge)>();
        for (var a = 0; a < context.Articles.Count; a++)
        {
            var document = context.Articles[a];
            foreach (var quote in document.Quotes)
            {
                if (quote.Speaker.Entity is not int e || (uint)e >= (uint)context.StoryEntityOfDocumentEntity[a].Length
                    || context.StoryEntityOfDocumentEntity[a][e] is var speaker && speaker < 0
                    || Quoted(document.Text.AsSpan(quote.Content.Start, quote.Content.End - quote.Content.Start), quote.Kind) is not { IsEmpty: false } quoted)
                    continue;
                var words = Words(quoted, out var count);
                if (count >= MinWords)
                    quotes.Add((a, quote, words, speaker, HedgeBefore(document.Text, quote.CueSpan.Start)));
            }
        }
        var result = new List<Divergence>();
        foreach (var same in quotes.GroupBy(q => (q.Words, q.Speaker)).Where(g => g.Any(q => q.Hedge is null) && g.Any(q => q.Hedge is not null)))
        {
            foreach (var (x, y) in Pairs(same.ToList()))
            {
                if (x.Article == y.Article || (x.Hedge is null) == (y.Hedge is null))
                    continue;
                var (hedged, firm) = x.Hedge is not null ? (x, y) : (y, x);
                var hedgedDocument = context.Articles[hedged.Article];
                var firmDocument = context.Articles[firm.Article];
                var hedgedSpan = new DivergenceSpan(new SentenceRef(hedged.Article, hedged.Quote.Sentence), hedged.Quote.CueSpan.Start - hedged.Hedge!.Length - 1,
                    hedged.Quote.CueSpan.End, hedgedDocument.Text[(hedged.Quote.CueSpan.Start - hedged.Hedge.Length - 1)..hedged.Quote.CueSpan.End]);
                var firmSpan = new DivergenceSpan(new SentenceRef(firm.Article, firm.Quote.Sentence), firm.Quote.CueSpan.Start, firm.Quote.CueSpan.End,
                    firmDocument.Text[firm.Quote.CueSpan.Start..firm.Quote.CueSpan.End]);
                ImmutableArray<SentenceRef> sentences = [.. new[] { hedgedSpan.Sentence, firmSpan.Sentence }.OrderBy(r => (r.Article, r.Sentence))];
                result.Add(new Divergence(DivergenceKind.Modality, sentences,
                    $"hedged in {hedgedDocument.Article.Id} ('{hedgedSpan.Text}') vs firm in {firmDocument.Article.Id} ('{firmSpan.Text}')")
                {
                    Confidence = Confidence,
                    Spans = sentences[0] == hedgedSpan.Sentence ? [hedgedSpan, firmSpan] : [firmSpan, hedgedSpan],
                });
            }
        }
        return result;
    }

    private static IEnumerable<(T, T)> Pairs<T>(List<T> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
                yield return (items[i], items[j]);
        }
    }

    /// <summary>
    /// The words in quotation marks: a direct quote's content, or the first quotation inside an indirect one's ("said, “You
    /// tell me,” before he walked away"); empty when there is none.
    /// </summary>
    private static ReadOnlySpan<char> Quoted(ReadOnlySpan<char> content, QuoteKind kind)
    {
        var open = content.IndexOfAny('“', '"');
        if (open < 0)
            return kind == QuoteKind.Direct ? content : [];
        var rest = content[(open + 1)..];
        var close = rest.IndexOfAny('”', '"');
        return close < 0 ? (kind == QuoteKind.Direct ? rest : []) : rest[..close];
    }

    /// <summary>The quotation's words, lower-cased and joined by single spaces, without its punctuation.</summary>
    private static string Words(ReadOnlySpan<char> content, out int count)
    {
        var words = new System.Text.StringBuilder(content.Length);
        count = 0;
        var inWord = false;
        foreach (var c in content)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord && words.Length > 0)
                    words.Append(' ');
                if (!inWord)
                    count++;
                words.Append(char.ToLowerInvariant(c));
                inWord = true;
            }
            else if (c is not ('\'' or '\u2019') || !inWord)
            {
                inWord = false;
            }
        }
        return words.ToString();
    }

    /// <summary>The hearsay adverb right before the cue ("reportedly said"), or null.</summary>
    private static string? HedgeBefore(string text, int cue)
    {
        var end = cue;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
            start--;
        var word = text[start..end];
        return end == cue - 1 && HearsayAdverbs.Contains(word.ToLowerInvariant()) ? word : null;
    }
}
