using System.Collections.Immutable;
using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>
/// Aligns each article's headline (its first heading, before any sentence) with what states the same fact in the
/// other articles: their headlines and sentences. A headline is the story's main fact in a few words, so it is
/// scored as a sentence pair is (the encoder's rescaled cosine mixed with the lexical score, or the lexical score
/// alone): it aligns with another article's headline above the threshold (two headlines of one story nearly always
/// share its main fact), and with the best few of that article's sentences above it; with the encoder, a learned model
/// (<see cref="PairModel.Headlines"/>) decides instead which of those sentences it aligns with (see <see cref="ComparisonOptions.LearnedHeadlineScore"/>).
/// A question of another article is never a headline's partner (it states no fact; see <see cref="ComparisonOptions.HeadlineQuestionPartners"/>).
/// Headlines are not sentences: the pairs found here never change sentence alignments, unique facts or divergences.
/// </summary>
/// <param name="options">The comparison's settings.</param>
/// <param name="model">The model of headline–sentence pairs, instead of <see cref="PairModel.Headlines"/>.</param>
internal sealed class HeadlineAligner(ComparisonOptions options, PairModel? model = null)
{
    /// <summary>A headline–sentence candidate's features (see <see cref="HeadlineFeatures"/>) and whether the hand-set rules keep it.</summary>
    public delegate void CandidateSink(HeadingRef headline, SentenceRef sentence, double[] features, bool kept);

    /// <summary>
    /// Called for every headline–sentence pair scored at least the learned model's floor, with its features, for the bench's
    /// <c>learn-alignment --headlines</c> (with a sentence encoder only).
    /// </summary>
    public CandidateSink? Candidates { get; init; }

    private const double ChunkFactor = 0.85;

    private const int MinProseWords = 5;

    /// <summary>
    /// The index of the article's headline among its headings: its first heading that is not boilerplate and comes
    /// before the body's first sentence of prose (lines such as an address, a byline or a date may come between) and is
    /// not a line that dates the article or a web address.
    /// </summary>
    public static int? HeadlineOf(ArticleAnalysis article)
    {
        var body = BodyStart(article);
        for (var i = 0; i < article.Headings.Length && article.Headings[i].Start < body; i++)
        {
            if (!article.Headings[i].Boilerplate && !Timestamps.IsStamp(article.Headings[i].Text) && !Timestamps.IsAddress(article.Headings[i].Text))
                return i;
        }
        return null;
    }

    /// <summary>Where the first sentence of prose starts: one that ends as a sentence does, with a few words before, on a line that is no web address.</summary>
    private static int BodyStart(ArticleAnalysis article)
    {
        foreach (var sentence in article.Sentences)
        {
            var words = 0;
            foreach (var token in article.TokensOf(sentence))
                words += token.Kind == TokenKind.Word ? 1 : 0;
            if (words >= MinProseWords && sentence.Text.TrimEnd() is [.., '.' or '!' or '?' or '"' or '”' or '’' or '\''] && !OnAddressLine(article.Text, sentence.Start))
                return sentence.Start;
        }
        return int.MaxValue;
    }

    /// <summary>True when the line the sentence starts on starts with a web address (which a sentence splitter may cut at its dots).</summary>
    private static bool OnAddressLine(string text, int start)
        => Timestamps.IsAddress(text[(start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1)..Math.Min(text.Length, start + 8)]);

    /// <summary>The text ends with a question mark, before any closing quotation marks.</summary>
    internal static bool IsQuestion(string text) => text.AsSpan().TrimEnd().TrimEnd("\"'”’").TrimEnd().EndsWith("?", StringComparison.Ordinal);

    /// <summary>The headline texts the encoder is given, in article order.</summary>
    public static IEnumerable<string> Texts(IReadOnlyList<ArticleAnalysis> articles)
        => articles.Select(HeadlineOf).Select((h, a) => h is { } i ? articles[a].Headings[i].Text : null).OfType<string>();

    /// <param name="articles">The story's articles.</param>
    /// <param name="profiler">The profiler that profiled the story's sentences.</param>
    /// <param name="profiles">The story's sentences, by article.</param>
    /// <param name="meanings">A unit vector per sentence, by <see cref="SentenceProfile.Global"/>, or null for lexical alignment.</param>
    /// <param name="encoder">The encoder that gave <paramref name="meanings"/>, or null.</param>
    public ImmutableArray<HeadlineAlignment> Align(IReadOnlyList<ArticleAnalysis> articles, SentenceProfiler profiler, SentenceProfile[][] profiles, float[][]? meanings, ISentenceEncoder? encoder)
    {
        var weights = profiles.SelectMany(p => p).FirstOrDefault()?.Weights;
        var headlines = articles.Select((article, a) => HeadlineOf(article) is { } h ? new HeadingRef(a, h) : (HeadingRef?)null).OfType<HeadingRef>().ToList();
        if (weights is null || headlines.Count == 0 || articles.Count < 2)
            return [];
        var vectors = headlines.Select(h => profiler.ProfileHeading(articles[h.Article], articles[h.Article].Headings[h.Heading], weights)).ToList();
        var headlineMeanings = meanings is null || encoder is null ? null : encoder.Encode([.. headlines.Select(h => articles[h.Article].Headings[h.Heading].Text)]);
        var threshold = meanings is null ? options.HeadlineAlignmentThreshold : options.SemanticHeadlineAlignmentThreshold;

        var learned = meanings is not null && (options.LearnedHeadlineScore || Candidates is not null) ? model ?? PairModel.Headlines : null;
        var floor = learned is null ? threshold : Math.Min(learned.Floor, threshold);
        var kept = new Dictionary<(HeadingRef Headline, bool ToHeadline, int Article, int Index), double>();
        for (var i = 0; i < headlines.Count; i++)
        {
            for (var b = 0; b < articles.Count; b++)
            {
                if (b == headlines[i].Article)
                    continue;
                var other = headlines.FindIndex(h => h.Article == b);
                if (other >= 0)
                {
                    var score = Score(TermWeights.Cosine(vectors[i], vectors[other]), headlineMeanings is null ? 0 : SentenceAligner.Dot(headlineMeanings[i], headlineMeanings[other]), meanings is not null);
                    if (score >= threshold)
                    {
                        var (first, second) = headlines[i].Article < b ? (headlines[i], headlines[other]) : (headlines[other], headlines[i]);
                        kept[(first, true, second.Article, second.Heading)] = score;
                    }
                }
                var scored = profiles[b]
                    .Where(sentence => options.HeadlineQuestionPartners || !IsQuestion(sentence.Text))
                    .Select(sentence => Scored(vectors[i], sentence, headlineMeanings?[i], meanings))
                    .ToList();
                var ranked = scored.Where(s => s.Score >= floor).OrderByDescending(s => s.Score).ThenBy(s => s.Index).ToList();
                var best = scored.Count == 0 ? 0 : scored.Max(s => s.Score);
                var handKept = ranked.Where(s => s.Score >= threshold && s.Score >= options.RelativeThreshold * best)
                    .Take(options.MaxHeadlinePartnersPerArticle).Select(s => s.Index).ToHashSet();
                for (var r = 0; r < ranked.Count; r++)
                {
                    var candidate = ranked[r];
                    var hand = handKept.Contains(candidate.Index);
                    var keep = hand;
                    if (learned is not null && !(hand && options.LearnedHeadlineScore && Candidates is null && candidate.Cosine >= options.ParaphraseCosine))
                    {
                        var better = ranked.Count(s => s.Score > candidate.Score);
                        var own = other < 0 ? 0 : Scored(vectors[other], profiles[b][candidate.Index], headlineMeanings?[other], meanings).Score;
                        var features = HeadlineFeatures.Of(vectors[i], profiles[b][candidate.Index], profiles[b].Length, (candidate.Score, candidate.Lexical, candidate.Cosine),
                            new PairStanding(better, best, ranked.Count / (double)Math.Max(1, profiles[b].Length)), own);
                        Candidates?.Invoke(headlines[i], profiles[b][candidate.Index].Ref, features, hand);
                        if (options.LearnedHeadlineScore)
                            keep = better < options.MaxLearnedHeadlinePartnersPerArticle && learned.Probability(features) >= learned.Threshold
                                || hand && candidate.Cosine >= options.ParaphraseCosine;
                    }
                    if (keep)
                        kept[(headlines[i], false, b, candidate.Index)] = candidate.Score;
                }
            }
        }

        var result = ImmutableArray.CreateBuilder<HeadlineAlignment>(kept.Count);
        foreach (var ((headline, toHeadline, article, index), score) in kept.OrderBy(k => (k.Key.Headline.Article, k.Key.Article, !k.Key.ToHeadline, k.Key.Index)))
        {
            var rounded = Math.Round(Math.Min(1, score), 3);
            result.Add(toHeadline
                ? new HeadlineAlignment($"hl{result.Count + 1}", rounded, [headline, new HeadingRef(article, index)], [])
                : new HeadlineAlignment($"hl{result.Count + 1}", rounded, [headline], [new SentenceRef(article, index)]));
        }
        return result.ToImmutable();
    }

    /// <summary>A headline and a sentence: the sentence's index, the score, its lexical part and the rescaled cosine (0 without meanings).</summary>
    private (int Index, double Score, double Lexical, double Cosine) Scored((int Term, double Weight)[] headline, SentenceProfile sentence, float[]? headlineMeaning, float[][]? meanings)
    {
        var lexical = Lexical(headline, sentence);
        var cosine = headlineMeaning is null ? 0 : SentenceAligner.Dot(headlineMeaning, meanings![sentence.Global]);
        return (sentence.Ref.Sentence, Score(lexical, cosine, meanings is not null), lexical, meanings is null ? 0 : Rescaled(cosine));
    }

    private double Rescaled(float cosine) => Math.Clamp((cosine - options.SemanticFloor) / (1 - options.SemanticFloor), 0, 1);

    private double Score(double lexical, float cosine, bool semantic)
        => semantic ? options.SemanticWeight * Rescaled(cosine) + (1 - options.SemanticWeight) * lexical : lexical;

    /// <summary>The lexical cosine of the headline and the sentence, or of the headline and the sentence's best clause chunk (discounted) when that is higher.</summary>
    private static double Lexical((int Term, double Weight)[] headline, SentenceProfile sentence)
    {
        var best = TermWeights.Cosine(headline, sentence.Vector);
        foreach (var chunk in sentence.Chunks)
            best = Math.Max(best, ChunkFactor * TermWeights.Cosine(headline, chunk));
        return best;
    }
}
