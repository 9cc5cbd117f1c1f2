namespace Parallax.Comparison;

/// <summary>
/// Thresholds of the compare stage. The defaults were tuned on short stories written for the
/// tests, not on evaluation data.
/// </summary>
public sealed record ComparisonOptions
{
    /// <summary>The defaults.</summary>
    public static ComparisonOptions Default { get; } = new();

    /// <summary>Least cosine similarity (over rarity-weighted stems, synonyms, entities, dates and numbers) for two sentences to align.</summary>
    public double AlignmentThreshold { get; init; } = 0.2;

    /// <summary>
    /// Least score for two sentences to align when a sentence encoder is used: the score mixes the encoder's
    /// rescaled cosine and the lexical cosine (see <see cref="SemanticWeight"/>). Tuned on ECB+.
    /// </summary>
    public double SemanticAlignmentThreshold { get; init; } = 0.25;

    /// <summary>
    /// How far above the alignment threshold two sentences must align for a divergence between their claims (but for a
    /// spelling) to be reported: near the threshold half the aligned pairs state different facts (NeuS val precision 0.57
    /// under 0.30, 0.90 from 0.35), and figures, hedges or negations set between different facts are noise. Judged on
    /// real stories, every real number, hedge or negation divergence came from sentences aligned at 0.37 or more.
    /// </summary>
    public double DivergenceAlignmentMargin { get; init; } = 0.1;

    /// <summary>With a sentence encoder, the share of a pair's score that comes from the encoder's cosine (the rest is the lexical cosine).</summary>
    public double SemanticWeight { get; init; } = 0.5;

    /// <summary>
    /// The encoder's cosine that counts as no similarity: sentences of one story about different things are
    /// not near 0 but around 0.1 to 0.3, so the cosine is rescaled from this floor to 1 before it is mixed.
    /// </summary>
    public double SemanticFloor { get; init; } = 0.2;

    /// <summary>
    /// Added to the score of two sentences with a claim each that name one event by compatible doers (see
    /// <see cref="ClaimMatcher.SameEvent"/>): two tellings of one event often share few other words.
    /// </summary>
    public double EventBonus { get; init; } = 0.06;

    /// <summary>
    /// A pair above the threshold is kept only when its score is at least this share of the best
    /// score either sentence reaches in the other article.
    /// </summary>
    public double RelativeThreshold { get; init; } = 0.55;

    /// <summary>
    /// Most sentences of one other article a sentence may align with; a pair must be among the best
    /// of both its sentences, so that a central lead sentence does not align with everything.
    /// </summary>
    public int MaxPartnersPerArticle { get; init; } = 2;

    /// <summary>
    /// Whether two claims also name one event by event words of different stems that tellings of one event use for it
    /// ("died" / "passed away", "victory" / "won"), as learned from event coreference (see <see cref="EventBonus"/>).
    /// </summary>
    public bool CoreferentEventWords { get; init; } = true;

    /// <summary>
    /// Most sentences of one other article a sentence may align with through a shared event (see
    /// <see cref="EventBonus"/>), beyond its <see cref="MaxPartnersPerArticle"/> best: an article may tell one event
    /// in several sentences, and each of them shares that fact.
    /// </summary>
    public int MaxEventPartnersPerArticle { get; init; } = 4;

    /// <summary>
    /// With a sentence encoder, whether a learned model (<c>Lexicon/alignment-model.txt</c>, trained on ECB+ topics 1-35 by the
    /// bench's <c>learn-alignment</c>) decides which candidate pairs align instead of the threshold and partner limits (which
    /// still keep a close paraphrase: see <see cref="ParaphraseCosine"/>).
    /// </summary>
    public bool LearnedPairScore { get; init; } = true;

    /// <summary>
    /// With <see cref="LearnedPairScore"/>, the least rescaled cosine (see <see cref="SemanticFloor"/>) at which a pair the
    /// threshold and partner limits keep aligns whatever the model says: trained on event-level gold, the model weighs the
    /// encoder near zero, and a paraphrase that shares few words would not align.
    /// </summary>
    public double ParaphraseCosine { get; init; } = 0.5;

    /// <summary>
    /// With <see cref="LearnedPairScore"/>, how far a pair's log-odds fall for each natural-log unit by which the longer of its two articles
    /// exceeds <see cref="LengthPriorSentences"/> sentences. The model learned its odds on articles of about that length; a sentence shares
    /// a fact with a few sentences of another article whatever its length, so the more sentences an article has, the less likely any one
    /// of them is a sentence's partner. 0: no change. Judged on full articles (PolNeAR stories, a hashed sample of the alignments), 1 took
    /// precision from 0.29 to 0.53 on the half judged before it was chosen, 0.50 on the whole sample (ECB+, whose gold is any two
    /// sentences naming one event, F1 0.733 to 0.726).
    /// </summary>
    public double LengthPriorWeight
    {
        get;
        init => field = double.IsFinite(value) && value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "the length prior's weight must be finite and 0 or more");
    } = 1;

    /// <summary>The article length, in sentences, beyond which <see cref="LengthPriorWeight"/> lowers the model's odds.</summary>
    public int LengthPriorSentences
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "the length prior's article length must be 1 or more");
    } = 20;

    /// <summary>
    /// With <see cref="LearnedPairScore"/>, most sentences of one other article the model may align a sentence (or a claim
    /// of a long one) with, its best ones: trained where most pairs of a story are gold, it would align a story's
    /// central sentence with nearly everything.
    /// </summary>
    public int MaxLearnedPartnersPerArticle { get; init; } = 4;

    /// <summary>
    /// With <see cref="LearnedPairScore"/>, most pairs a sentence aligns with toward one other article because two aligned pairs
    /// close them across a third (a–b and b–c close a–c), besides those the model keeps: the likeliest such candidates scoring at least
    /// <see cref="SemanticAlignmentThreshold"/>, two tellings of b's fact telling it to each other. 0: no pair is closed.
    /// </summary>
    public int MaxClosurePartnersPerArticle { get; init; } = 2;

    /// <summary>Least lexical score for an article's headline to align with another article's headline or sentence (see <see cref="AlignmentThreshold"/>).</summary>
    public double HeadlineAlignmentThreshold { get; init; } = 0.2;

    /// <summary>Least mixed score for an article's headline to align with another article's headline or sentence when a sentence encoder is used (see <see cref="SemanticAlignmentThreshold"/>).</summary>
    public double SemanticHeadlineAlignmentThreshold { get; init; } = 0.25;

    /// <summary>Most sentences of one other article an article's headline may align with (its best ones, near the best), besides that article's headline.</summary>
    public int MaxHeadlinePartnersPerArticle { get; init; } = 2;

    /// <summary>
    /// With a sentence encoder, whether a learned model (<c>Lexicon/headline-model.txt</c>, trained on ECB+ topics 1-35 by the bench's
    /// <c>learn-alignment --headlines</c>) decides which sentences an article's headline aligns with instead of the threshold and partner
    /// limits (which still keep a close paraphrase: see <see cref="ParaphraseCosine"/>).
    /// </summary>
    public bool LearnedHeadlineScore { get; init; } = true;

    /// <summary>With <see cref="LearnedHeadlineScore"/>, most sentences of one other article the model may align a headline with, its best ones.</summary>
    public int MaxLearnedHeadlinePartnersPerArticle { get; init; } = 4;

    /// <summary>Whether an article's headline may align with a sentence of another article that is a question: a question states no fact.</summary>
    public bool HeadlineQuestionPartners { get; init; }

    /// <summary>An aligned pair is partial when one sentence has less than this share of its weight in common with the other.</summary>
    public double PartialCoverage { get; init; } = 0.5;

    /// <summary>Least match score for two in-document entities of different articles to be the same story entity.</summary>
    public double EntityMatchThreshold { get; init; } = 0.75;

    /// <summary>
    /// Share of the shorter article's word 5-shingles found in another article from which the two count as one
    /// syndicated story (a copy may drop paragraphs or change its headline and dateline).
    /// </summary>
    public double SyndicationOverlap { get; init; } = 0.8;

    /// <summary>Fewest sentences in the brief (when the story has that many).</summary>
    public int BriefMinSentences { get; init; } = 3;

    /// <summary>Most sentences in the brief.</summary>
    public int BriefMaxSentences { get; init; } = 8;

    /// <summary>Trade-off between relevance (1) and novelty (0) when choosing brief sentences.</summary>
    public double BriefRelevanceWeight { get; init; } = 0.7;
}
