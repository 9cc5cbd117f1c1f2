using System.Collections.Immutable;
using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Text;

namespace Parallax.Reports.Internal;

/// <summary>An entity as the reports show it: a story entity, or an in-document entity in the analyze form.</summary>
/// <summary>One row of a report's table of articles: the article (its text not needed), the id of the article it copies, its sentence count.</summary>
internal sealed record ArticleRow(Article Article, string? CopyOf, int Sentences);

internal sealed record EntityView(string Id, string Name, EntityType Type, ImmutableArray<string> Aliases, ImmutableArray<MentionRef> Mentions);

/// <summary>
/// What every renderer needs, computed once from a <see cref="Story"/> or from single-article analyses:
/// contract ids, outlet labels, the entity of each mention and speaker, spelling variants per outlet.
/// </summary>
internal sealed class ReportModel
{
    private readonly Dictionary<(int Article, int Mention), string> _entityOfMention = [];
    private readonly string[] _labels;

    private ReportModel(ImmutableArray<ArticleAnalysis> articles, Story? story, ImmutableArray<EntityView> entities, string[]? labels = null)
    {
        Articles = articles;
        Story = story;
        Entities = entities;
        foreach (var entity in entities)
        {
            foreach (var m in entity.Mentions)
                _entityOfMention.TryAdd((m.Article, m.Mention), entity.Id);
        }
        _labels = labels ?? Labels(articles);
    }

    /// <summary>The articles, in input order.</summary>
    public ImmutableArray<ArticleAnalysis> Articles { get; }

    /// <summary>The story, or null for the analyze form.</summary>
    public Story? Story { get; }

    /// <summary>True for a story (with the comparison sections), false for the analyze form.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Story))]
    public bool IsStory => Story is not null;

    /// <summary>Story entities, or every article's in-document entities with ids like "a1.e1".</summary>
    public ImmutableArray<EntityView> Entities { get; }

    public static ReportModel From(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var entities = story.Entities.Select(e => new EntityView(e.Id, e.Name, e.Type, e.Aliases, e.Mentions)).ToImmutableArray();
        return new ReportModel(story.Articles, story, entities);
    }

    /// <summary>The analyze form of one article, labelled <paramref name="label"/> (its outlet, with its id when another article shares it).</summary>
    public static ReportModel Of(ArticleAnalysis analysis, string label)
        => new([analysis], null, From([analysis]).Entities, [label]);

    public static ReportModel From(IReadOnlyList<ArticleAnalysis> analyses)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        var entities = ImmutableArray.CreateBuilder<EntityView>();
        for (var a = 0; a < analyses.Count; a++)
        {
            var analysis = analyses[a];
            foreach (var e in analysis.Entities)
            {
                var aliases = e.Aliases.IsDefaultOrEmpty ? [e.Name] : e.Aliases;
                var mentions = e.Mentions.Select(m => new MentionRef(a, m)).ToImmutableArray();
                entities.Add(new EntityView(DocumentEntityId(analysis, e.Index), e.Name, e.Type, aliases, mentions));
            }
        }
        return new ReportModel([.. analyses], null, entities.ToImmutable());
    }

    public static string DocumentEntityId(ArticleAnalysis analysis, int index) => $"{analysis.Article.Id}.e{index + 1}";

    public string ArticleId(int article) => Articles[article].Article.Id;

    /// <summary>The outlet name, with the article id added when two articles share an outlet.</summary>
    public string Label(int article) => _labels[article];

    public string SentenceId(int article, int sentence) => Articles[article].Sentences[sentence].IdIn(ArticleId(article));

    public string SentenceId(SentenceRef sentence) => SentenceId(sentence.Article, sentence.Sentence);

    public string SentenceText(SentenceRef sentence) => Articles[sentence.Article].Sentences[sentence.Sentence].Text;

    /// <summary>Longest title made from a lead sentence, its ellipsis included; a longer one is cut at a word.</summary>
    internal const int MaxLeadTitle = 100;

    /// <summary>
    /// The report's title: the one asked for, else the first article title, else for a story the first article's first
    /// sentence (cut at a word after <see cref="MaxLeadTitle"/> characters), else <paramref name="fallback"/>.
    /// </summary>
    public string Title(string? asked, string fallback)
    {
        if ((asked ?? Articles.Select(a => a.Article.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))) is { } title)
            return title;
        if (!IsStory || Articles.IsEmpty || Articles[0].Sentences.IsEmpty)
            return fallback;
        var lead = TextCleaner.Excerpt(Articles[0].Sentences[0].Text, MaxLeadTitle);
        return lead.Length > 0 ? lead : fallback;
    }

    /// <summary>The contract id of a heading: "a1.h1" for the first heading of article a1.</summary>
    public static string HeadingId(string articleId, int heading) => $"{articleId}.h{heading + 1}";

    public string HeadingId(HeadingRef heading) => HeadingId(ArticleId(heading.Article), heading.Heading);

    public string HeadingText(HeadingRef heading) => Articles[heading.Article].Headings[heading.Heading].Text;

    /// <summary>The contract id of a headline's partner: a heading's or a sentence's.</summary>
    public string PartnerId(HeadlinePartner partner)
        => partner.Headline ? HeadingId(ArticleId(partner.Article), partner.Index) : SentenceId(partner.Article, partner.Index);

    public string PartnerText(HeadlinePartner partner)
        => partner.Headline ? Articles[partner.Article].Headings[partner.Index].Text : Articles[partner.Article].Sentences[partner.Index].Text;

    /// <summary>The article a syndicated copy was taken from, or null when the article is not a copy (or this is no story).</summary>
    public int? OriginalOf(int article)
        => Story is { } story && story.Syndicated.TryGetValue(article, out var original) && original >= 0 && original < Articles.Length && original != article ? original : null;

    /// <summary>The copies of an article in the story, in input order.</summary>
    public IReadOnlyList<int> CopiesOf(int article) => [.. Enumerable.Range(0, Articles.Length).Where(a => OriginalOf(a) == article)];

    /// <summary>True when every sentence of the alignment comes from one source: a syndicated copy repeating its original.</summary>
    public bool IsCopy(Alignment alignment)
        => Story is { } story && alignment.Sentences.Length > 1 && alignment.Sentences.All(s => story.SourceOf(s.Article) == story.SourceOf(alignment.Sentences[0].Article));

    /// <summary>How many independent outlets a brief sentence cites (syndicated copies count once).</summary>
    public int OutletsOf(BriefSentence sentence) => Story?.OutletsOf(sentence.Sources) ?? 0;

    /// <summary>"2 outlets; wording: Outlet" for a brief sentence, and "; disputed by Other (number)" when another outlet disputes it.</summary>
    public string BriefNote(BriefSentence sentence)
    {
        var outlets = OutletsOf(sentence);
        var note = outlets.ToString(System.Globalization.CultureInfo.InvariantCulture) + (outlets == 1 ? " outlet" : " outlets");
        if (sentence.Wording is { } wording && wording.Article >= 0 && wording.Article < Articles.Length)
            note += $"; wording: {Label(wording.Article)}";
        var disputes = Disputes(sentence).ToList();
        if (disputes.Count > 0)
            note += "; disputed by " + string.Join(", ", disputes.GroupBy(d => d.Article).Select(g => $"{Label(g.Key)} ({string.Join(", ", g.Select(d => d.Divergence.Kind.Name()).Distinct())})"));
        return note;
    }

    /// <summary>Each divergence by which another article disputes a brief sentence, with that article (once per article and divergence).</summary>
    public IEnumerable<(int Article, Divergence Divergence)> Disputes(BriefSentence sentence)
    {
        if (Story is not { } story || sentence.Disputes.IsDefault)
            yield break;
        var own = sentence.Wording?.Article ?? -1;
        foreach (var index in sentence.Disputes)
        {
            if (index < 0 || index >= story.Divergences.Length || story.Divergences[index].Kind is DivergenceKind.NameVariant or DivergenceKind.Modality)
                continue;
            var divergence = story.Divergences[index];
            foreach (var article in divergence.Sentences.Select(s => s.Article).Where(a => a != own && a >= 0 && a < Articles.Length).Distinct())
                yield return (article, divergence);
        }
    }

    /// <summary>How an article is related to others by syndication ("syndicated copy of a1", "copied by a2, a3"), or null.</summary>
    public string? SyndicationNote(int article)
    {
        if (OriginalOf(article) is { } original)
            return "syndicated copy of " + ArticleId(original);
        var copies = CopiesOf(article);
        return copies.Count > 0 ? "copied by " + string.Join(", ", copies.Select(ArticleId)) : null;
    }

    /// <summary>The sentence id of a mention, or null when it lies outside every sentence (in a heading).</summary>
    public string? SentenceIdOf(int article, Mention mention)
    {
        var index = mention.Sentence >= 0 && mention.Sentence < Articles[article].Sentences.Length
            ? mention.Sentence
            : Articles[article].SentenceAt(mention.Start);
        return index < 0 ? null : SentenceId(article, index);
    }

    public string? SentenceIdOf(int article, Quote quote)
        => quote.Sentence >= 0 && quote.Sentence < Articles[article].Sentences.Length ? SentenceId(article, quote.Sentence) : null;

    public string QuoteId(int article, Quote quote) => $"{ArticleId(article)}.q{quote.Index + 1}";

    public Mention MentionOf(MentionRef mention) => Articles[mention.Article].Mentions[mention.Mention];

    /// <summary>The entity id a mention belongs to, or null.</summary>
    public string? EntityIdOf(int article, int mention) => _entityOfMention.GetValueOrDefault((article, mention));

    /// <summary>The entity id of a quote's speaker, or null for anonymous and unresolved sources.</summary>
    public string? SpeakerEntityId(int article, Quote quote)
    {
        if (quote.Speaker.Entity is not { } documentEntity)
            return null;
        var analysis = Articles[article];
        if (!IsStory)
            return documentEntity >= 0 && documentEntity < analysis.Entities.Length ? DocumentEntityId(analysis, documentEntity) : null;
        return Story.EntityOf(article, documentEntity)?.Id;
    }

    /// <summary>The distinct surface forms of an entity's name and role mentions in one article, most frequent first.</summary>
    public IReadOnlyList<(string Text, int Count)> Variants(EntityView entity, int article)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var m in entity.Mentions)
        {
            if (m.Article != article)
                continue;
            var mention = MentionOf(m);
            if (mention.Kind == MentionKind.Pronoun)
                continue;
            if (counts.TryGetValue(mention.Text, out var n))
            {
                counts[mention.Text] = n + 1;
            }
            else
            {
                counts[mention.Text] = 1;
                order.Add(mention.Text);
            }
        }
        return [.. order.Select(t => (t, counts[t])).OrderByDescending(v => v.Item2)];
    }

    /// <summary>
    /// The story's alignments as a reader goes through them: the surest first (a long story's weakest pairs are the ones most
    /// likely to state different facts), those of equal score in the story's order.
    /// </summary>
    public static IEnumerable<Alignment> SharedFacts(Story story)
        => story.Alignments.Select((alignment, index) => (alignment, index)).OrderByDescending(a => a.alignment.Score).ThenBy(a => a.index).Select(a => a.alignment);

    /// <summary>Per article, the indexes of its unique sentences (empty when the story has none).</summary>
    public ImmutableArray<int> UniqueOf(int article)
        => Story is { } story && article < story.Unique.Length && !story.Unique[article].IsDefault ? story.Unique[article] : [];

    /// <summary>The ids of the sentences holding a voice's quotes, in text order, each once.</summary>
    public IEnumerable<string> SentencesOf(Voice voice)
    {
        var quotes = Articles[voice.Article].Quotes;
        return voice.QuoteIndexes
            .Where(q => (uint)q < (uint)quotes.Length)
            .Select(q => SentenceIdOf(voice.Article, quotes[q]))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);
    }

    private static string[] Labels(ImmutableArray<ArticleAnalysis> articles)
    {
        var counts = articles.GroupBy(a => a.Article.Outlet, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return [.. articles.Select(a => counts[a.Article.Outlet] > 1 ? $"{a.Article.Outlet} ({a.Article.Id})" : a.Article.Outlet)];
    }
}
