using System.Collections.Immutable;
using Parallax.Analysis;
using Parallax.Text;

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
    public ArticleAnalysis Process(ArticleAnalysis document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Tokens.IsEmpty)
            return document with { Quotes = [] };
        var text = new QuotedText(document);
        var candidates = new AttributionRules(text).Run();
        var resolver = new SpeakerResolver(text);
        var quotes = new List<Quote>(candidates.Count);
        foreach (var found in candidates)
        {
            var c = WithoutLeadingTime(text, found);
            if (!resolver.CanSpeak(c.SpeakerFirst, c.SpeakerLast))
                continue;
            var speaker = resolver.Resolve(c.SpeakerFirst, c.SpeakerLast, quotes, out var named);
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

    // "Last year Berg said", "Trump this week said": time words around the speaker are not part of it.
    private static Candidate WithoutLeadingTime(QuotedText text, Candidate c)
    {
        var first = c.SpeakerFirst;
        var last = c.SpeakerLast;
        while (first < last && (SpeakerResolver.IsTimeWord(text, first) || Words.LeadingConnectives.Contains(text.Lower[first]) || text.IsComma(first)))
            first++;
        while (last > first && (SpeakerResolver.IsTimeWord(text, last) || text.Lower[last] is "just" or "released" or "published" or "ago" or "this" or "that"))
            last--;
        return first == c.SpeakerFirst && last == c.SpeakerLast ? c : c with { SpeakerFirst = first, SpeakerLast = last };
    }
}
