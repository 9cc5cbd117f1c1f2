using System.Collections.Immutable;
using Parallax.Comparison;

namespace Parallax.Reports.Internal;

/// <summary>An article's headline and what states its fact in the other articles.</summary>
/// <param name="Headline">The headline.</param>
/// <param name="Partners">The headlines and sentences of other articles that state its fact, by article, headline first.</param>
internal sealed record HeadlineRow(HeadingRef Headline, ImmutableArray<HeadlinePartner> Partners);

/// <summary>A headline or sentence of another article that states a headline's fact.</summary>
/// <param name="Article">The other article.</param>
/// <param name="Index">The index of the heading, when <paramref name="Headline"/>, else of the sentence.</param>
/// <param name="Headline">True for the other article's headline.</param>
/// <param name="Score">The score of the headline alignment.</param>
/// <param name="Copy">True when both articles are one source: a syndicated copy and its original.</param>
internal sealed record HeadlinePartner(int Article, int Index, bool Headline, double Score, bool Copy);

/// <summary>
/// Each article's headline with its partners from <see cref="Story.HeadlineAlignments"/>, in article order: a headline aligned
/// with another's is listed under both, a headline aligned with a sentence under the headline.
/// </summary>
internal static class Headlines
{
    public static ImmutableArray<HeadlineRow> Of(ReportModel model)
    {
        if (model.Story is not { } story)
            return [];
        var headlines = new SortedSet<(int Article, int Heading)>();
        for (var a = 0; a < model.Articles.Length; a++)
        {
            if (story.HeadlineOf(a) is { } h)
                headlines.Add((a, h));
        }
        var partners = new Dictionary<(int Article, int Heading), List<HeadlinePartner>>();
        foreach (var alignment in story.HeadlineAlignments)
        {
            var headings = alignment.Headings.Where(h => Valid(model, h)).ToList();
            foreach (var headline in headings)
            {
                headlines.Add((headline.Article, headline.Heading));
                var list = partners.TryGetValue((headline.Article, headline.Heading), out var found) ? found : partners[(headline.Article, headline.Heading)] = [];
                foreach (var other in headings.Where(h => h.Article != headline.Article))
                    list.Add(new HeadlinePartner(other.Article, other.Heading, true, alignment.Score, story.SourceOf(other.Article) == story.SourceOf(headline.Article)));
                foreach (var sentence in alignment.Sentences.Where(s => s.Article != headline.Article && Valid(model, s)))
                    list.Add(new HeadlinePartner(sentence.Article, sentence.Sentence, false, alignment.Score, story.SourceOf(sentence.Article) == story.SourceOf(headline.Article)));
            }
        }
        return [.. headlines.Select(h => new HeadlineRow(new HeadingRef(h.Article, h.Heading), partners.TryGetValue(h, out var list)
            ? [.. list.DistinctBy(p => (p.Article, p.Index, p.Headline)).OrderBy(p => p.Article).ThenBy(p => !p.Headline).ThenBy(p => p.Index)]
            : []))];
    }

    private static bool Valid(ReportModel model, HeadingRef h)
        => h.Article >= 0 && h.Article < model.Articles.Length && h.Heading >= 0 && h.Heading < model.Articles[h.Article].Headings.Length;

    private static bool Valid(ReportModel model, SentenceRef s)
        => s.Article >= 0 && s.Article < model.Articles.Length && s.Sentence >= 0 && s.Sentence < model.Articles[s.Article].Sentences.Length;
}
