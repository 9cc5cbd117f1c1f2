using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>A sentence of one of the story's articles: indexes into <see cref="Story.Articles"/> and that article's sentences.</summary>
/// <param name="Article">Index of the article in the story.</param>
/// <param name="Sentence">Index of the sentence in the article.</param>
public readonly record struct SentenceRef(int Article, int Sentence);

/// <summary>A heading of one of the story's articles: indexes into <see cref="Story.Articles"/> and that article's <see cref="ArticleAnalysis.Headings"/>.</summary>
/// <param name="Article">Index of the article in the story.</param>
/// <param name="Heading">Index of the heading in the article.</param>
public readonly record struct HeadingRef(int Article, int Heading);

/// <summary>A mention in one of the story's articles: indexes into <see cref="Story.Articles"/> and that article's mentions.</summary>
/// <param name="Article">Index of the article in the story.</param>
/// <param name="Mention">Index of the mention in the article.</param>
public readonly record struct MentionRef(int Article, int Mention);

/// <summary>One real person, organisation, place, date or number across all articles of a story.</summary>
/// <param name="Id">Stable id within the story ("e1").</param>
/// <param name="Name">Canonical name (the most complete, most frequent form).</param>
/// <param name="Type">The entity type.</param>
/// <param name="Aliases">Every distinct surface form, spelling variants included.</param>
/// <param name="Mentions">Every mention in every article.</param>
public sealed record StoryEntity(string Id, string Name, EntityType Type, ImmutableArray<string> Aliases, ImmutableArray<MentionRef> Mentions)
{
    /// <summary>The in-document entities merged into this one, as (article index, document entity index).</summary>
    public ImmutableArray<(int Article, int Entity)> Members { get; init; } = [];
}

/// <summary>How aligned sentences relate.</summary>
public enum AlignmentRelation
{
    /// <summary>They report the same fact.</summary>
    Agree,
    /// <summary>They overlap, one with extra or missing detail.</summary>
    Partial,
    /// <summary>They report the same fact with contradicting details.</summary>
    Conflict,
}

/// <summary>Sentences in different articles that report the same fact.</summary>
/// <param name="Id">Stable id within the story ("al1").</param>
/// <param name="Relation">Agree, partial or conflict.</param>
/// <param name="Score">Similarity in [0, 1].</param>
/// <param name="Sentences">The aligned sentences (at least two, from different articles).</param>
public sealed record Alignment(string Id, AlignmentRelation Relation, double Score, ImmutableArray<SentenceRef> Sentences)
{
    /// <summary>The ids of the claims of these sentences that state the shared facts ("a1.s2.c1"), matched claim to claim.</summary>
    public ImmutableArray<string> Claims { get; init; } = [];
}

/// <summary>
/// An article's headline (its first heading, before any sentence) and a headline or sentence of another article
/// that states the same fact. Headlines are not sentences (they have no claims, are never unique and carry no
/// divergence), so these pairs are kept apart from <see cref="Story.Alignments"/>.
/// </summary>
/// <param name="Id">Stable id within the story ("hl1").</param>
/// <param name="Score">Similarity in [0, 1].</param>
/// <param name="Headings">The headline, or the two headlines.</param>
/// <param name="Sentences">The sentence the headline aligns with, or none when it aligns with another headline.</param>
public sealed record HeadlineAlignment(string Id, double Score, ImmutableArray<HeadingRef> Headings, ImmutableArray<SentenceRef> Sentences);

/// <summary>What differs between aligned sentences.</summary>
public enum DivergenceKind
{
    /// <summary>Different numbers in the same slot.</summary>
    Number,
    /// <summary>Different dates.</summary>
    Date,
    /// <summary>Different places.</summary>
    Place,
    /// <summary>Different people.</summary>
    Person,
    /// <summary>Hedged vs firm ("is considering" vs "will").</summary>
    Modality,
    /// <summary>One negates what the other asserts.</summary>
    Negation,
    /// <summary>A statement or proposal attributed to different actors.</summary>
    Attribution,
    /// <summary>One name spelled differently across outlets.</summary>
    NameVariant,
}

/// <summary>A difference that matters between aligned sentences (or, for name variants, between articles).</summary>
/// <param name="Kind">The kind of difference.</param>
/// <param name="Sentences">The sentences that differ.</param>
/// <param name="Detail">A one-line human-readable explanation.</param>
public sealed record Divergence(DivergenceKind Kind, ImmutableArray<SentenceRef> Sentences, string Detail)
{
    /// <summary>Confidence in [0, 1].</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>The words that differ, in each sentence ("4,200" and "3,800").</summary>
    public ImmutableArray<DivergenceSpan> Spans { get; init; } = [];

    /// <summary>The claims that differ, when the divergence is between claims ("a1.s2.c1").</summary>
    public ImmutableArray<string> Claims { get; init; } = [];
}

/// <summary>Words of one sentence that a divergence is about.</summary>
/// <param name="Sentence">The sentence.</param>
/// <param name="Start">Offset in the article's cleaned text.</param>
/// <param name="End">Offset after the words.</param>
/// <param name="Text">The words.</param>
public sealed record DivergenceSpan(SentenceRef Sentence, int Start, int End, string Text);

/// <summary>Who one outlet quotes, and how.</summary>
/// <param name="Article">Index of the article.</param>
/// <param name="Speaker">The speaker as named or described.</param>
/// <param name="Entity">The story entity id, when the speaker is one.</param>
/// <param name="Named">False for anonymous sources.</param>
/// <param name="Quotes">Number of quotes.</param>
/// <param name="Direct">How many are direct quotes.</param>
/// <param name="Indirect">How many are indirect.</param>
public sealed record Voice(int Article, string Speaker, string? Entity, bool Named, int Quotes, int Direct, int Indirect)
{
    /// <summary>The quotes that make up this voice: indexes into the article's <see cref="ArticleAnalysis.Quotes"/>, in text order.</summary>
    public ImmutableArray<int> QuoteIndexes { get; init; } = [];
}

/// <summary>One sentence of the story brief with the article sentences it rests on.</summary>
/// <param name="Text">The brief sentence.</param>
/// <param name="Sources">The sentences it cites; none gives a number, date or actor that contradicts it.</param>
public sealed record BriefSentence(string Text, ImmutableArray<SentenceRef> Sources)
{
    /// <summary>The cited sentence whose wording the brief sentence uses, when known.</summary>
    public SentenceRef? Wording { get; init; }

    /// <summary>
    /// The divergences (indexes into <see cref="Story.Divergences"/>) by which another outlet disputes the wording sentence:
    /// every kind but a name's spelling and a hedge. That outlet's sentences are not among <see cref="Sources"/>.
    /// </summary>
    public ImmutableArray<int> Disputes { get; init; } = [];
}

/// <summary>
/// The comparison of several articles about one story: the output of the compare stage and
/// the input of every report.
/// </summary>
/// <param name="Articles">The analysed articles, in input order.</param>
public sealed record Story(ImmutableArray<ArticleAnalysis> Articles)
{
    private static readonly ConditionalWeakTable<Story, EntityIndex> EntityIndexes = [];

    /// <summary>Entities resolved across articles.</summary>
    public ImmutableArray<StoryEntity> Entities { get; init; } = [];

    /// <summary>The facts each sentence states, in article and text order.</summary>
    public ImmutableArray<Claim> Claims { get; init; } = [];

    /// <summary>Cross-article sentence alignments.</summary>
    public ImmutableArray<Alignment> Alignments { get; init; } = [];

    /// <summary>Each article's headline aligned with the headlines and sentences of other articles that state the same fact.</summary>
    public ImmutableArray<HeadlineAlignment> HeadlineAlignments { get; init; } = [];

    /// <summary>Per article index, the sentences no independent outlet reports (a syndicated copy's repetition of its original is listed under the original only).</summary>
    public ImmutableArray<ImmutableArray<int>> Unique { get; init; } = [];

    /// <summary>Divergences between claims that state the same fact, and name variants; most confident and important first.</summary>
    public ImmutableArray<Divergence> Divergences { get; init; } = [];

    /// <summary>Per outlet, who is quoted.</summary>
    public ImmutableArray<Voice> Voices { get; init; } = [];

    /// <summary>A short summary whose every sentence cites its sources.</summary>
    public ImmutableArray<BriefSentence> Brief { get; init; } = [];

    /// <summary>
    /// Articles that are syndicated copies of another in the story (index → index of the original: the earliest
    /// known publisher of the copies).
    /// </summary>
    public ImmutableDictionary<int, int> Syndicated { get; init; } = ImmutableDictionary<int, int>.Empty;

    /// <summary>The article an article was syndicated from, or the article itself: its independent source.</summary>
    public int SourceOf(int article) => Syndicated.TryGetValue(article, out var original) ? original : article;

    /// <summary>How many independent outlets the sentences come from (syndicated copies count once).</summary>
    public int OutletsOf(IEnumerable<SentenceRef> sentences) => sentences.Select(s => SourceOf(s.Article)).Distinct().Count();

    /// <summary>
    /// The index among the article's headings of its headline (its first heading that is not boilerplate, above the body's
    /// first sentence of prose: the one <see cref="HeadlineAlignments"/> align), or null when it has none.
    /// </summary>
    public int? HeadlineOf(int article) => HeadlineAligner.HeadlineOf(Articles[article]);

    /// <summary>The contract id of a sentence ("a1.s4").</summary>
    public string IdOf(SentenceRef sentence) => Articles[sentence.Article].Sentences[sentence.Sentence].IdIn(Articles[sentence.Article].Article.Id);

    /// <summary>The story entity holding the given in-document entity, or null.</summary>
    public StoryEntity? EntityOf(int article, int documentEntity) => EntityIndexOf(article, documentEntity) is var i and >= 0 ? Entities[i] : null;

    /// <summary>The index in <see cref="Entities"/> of the story entity holding an in-document entity, or -1.</summary>
    internal int EntityIndexOf(int article, int documentEntity)
        => EntityIndexes.GetValue(this, story => new EntityIndex(story.Articles, story.Entities)).Of(article, documentEntity);

    /// <summary>
    /// The document-to-story entity map of one story instance, built on first use from
    /// <see cref="StoryEntity.Members"/> (or, for a story entity built without them, from the document
    /// entities of its mentions); a copy made with <c>with</c> builds its own.
    /// </summary>
    private sealed class EntityIndex
    {
        private readonly int[][] _of;

        public EntityIndex(ImmutableArray<ArticleAnalysis> articles, ImmutableArray<StoryEntity> entities)
        {
            _of = articles.IsDefault ? [] : [.. articles.Select(a => Enumerable.Repeat(-1, a.Entities.Length).ToArray())];
            for (var e = 0; e < (entities.IsDefault ? 0 : entities.Length); e++)
            {
                var members = entities[e].Members.IsDefaultOrEmpty
                    ? entities[e].Mentions.Select(m => (m.Article, Entity: (uint)m.Article < (uint)_of.Length ? articles[m.Article].EntityOf(m.Mention)?.Index ?? -1 : -1))
                    : entities[e].Members;
                foreach (var (article, entity) in members)
                {
                    if ((uint)article < (uint)_of.Length && (uint)entity < (uint)_of[article].Length && _of[article][entity] < 0)
                        _of[article][entity] = e;
                }
            }
        }

        public int Of(int article, int documentEntity)
            => (uint)article < (uint)_of.Length && (uint)documentEntity < (uint)_of[article].Length ? _of[article][documentEntity] : -1;
    }
}
