using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Testing;
using Parallax.Text;

namespace Parallax.Tests.Comparison;

/// <summary>The founding example from ../shared/seeds: Al-Jazeera (a1) and CNN (a2) on one letter.</summary>
public class SeedStoryTests
{
    private static readonly Lazy<Story> Seeds = new(() => StoryComparer.Compare([Load("a1", "000"), Load("a2", "003")]));

    private static ArticleAnalysis Load(string id, string seed)
    {
        var text = TextCleaner.Clean(File.ReadAllText(SharedData.SeedPath(seed)));
        if (Dateline.Find(text) is { } dateline)
            text = text[dateline.Length..];
        return Analyzer.Analyze(new Article(id, "seed " + seed, text));
    }

    private static IEnumerable<int> SentencesWith(Story story, int article, params string[] words)
        => story.Articles[article].Sentences.Where(s => words.All(w => s.Text.Contains(w, StringComparison.Ordinal))).Select(s => s.Index);

    private static bool AnyAligned(Story story, IEnumerable<int> first, IEnumerable<int> second)
        => story.Alignments.Any(a => first.Contains(a.Sentences[0].Sentence) && second.Contains(a.Sentences[1].Sentence));

    private static StoryEntity Entity(Story story, string alias) => story.Entities.Single(e => e.Aliases.Contains(alias));

    /// <summary>Every story entity one of whose mentions is exactly <paramref name="surface"/>, across both articles.</summary>
    private static List<StoryEntity> EntitiesMentioning(Story story, string surface)
        => [.. story.Entities.Where(e => e.Mentions.Any(m => story.Articles[m.Article].Mentions[m.Mention].Text == surface))];

    [Theory]
    [InlineData("Blinken", "Blinken")]
    [InlineData("Ashraf Ghani", "Ashraf Ghani")]
    [InlineData("Khalilzad", "Khalilzad")]
    [InlineData("Joe Biden", "Biden")]
    [InlineData("Taliban", "Taliban")]
    [InlineData("Afghanistan", "Afghanistan")]
    [InlineData("United States", "US")]
    public void Each_key_actor_is_one_entity_with_mentions_in_both_articles(string inAlJazeera, string inCnn)
    {
        var story = Seeds.Value;
        var fromAlJazeera = EntitiesMentioning(story, inAlJazeera).Where(e => e.Mentions.Any(m => m.Article == 0)).ToList();
        var fromCnn = EntitiesMentioning(story, inCnn).Where(e => e.Mentions.Any(m => m.Article == 1)).ToList();
        var entity = Assert.Single(fromAlJazeera);
        Assert.Equal(entity.Id, Assert.Single(fromCnn).Id);
        Assert.Contains(entity.Mentions, m => m.Article == 0);
        Assert.Contains(entity.Mentions, m => m.Article == 1);
    }

    [Fact]
    public void No_entity_mixes_two_key_actors()
    {
        var story = Seeds.Value;
        string[][] actors = [["Blinken"], ["Ghani"], ["Khalilzad", "Khalilizad"], ["Biden"], ["Taliban"], ["Afghanistan"], ["United States", "US"]];
        foreach (var entity in story.Entities)
        {
            var texts = entity.Mentions.Select(m => story.Articles[m.Article].Mentions[m.Mention].Text).ToList();
            var matched = actors.Count(forms => texts.Any(t => forms.Any(f => t == f || t.EndsWith(" " + f, StringComparison.Ordinal))));
            Assert.True(matched <= 1, $"{entity.Id} '{entity.Name}' mixes key actors: {string.Join(", ", texts.Distinct())}");
        }
    }

    [Fact]
    public void Blinken_spelled_two_ways_is_one_entity_and_a_name_variant()
    {
        var story = Seeds.Value;
        Assert.Same(Entity(story, "Anthony Blinken"), Entity(story, "Antony Blinken"));
        Assert.Contains(story.Divergences, d => d.Kind == DivergenceKind.NameVariant && d.Detail == "Anthony Blinken (a1) vs Antony Blinken (a2)");
    }

    [Fact]
    public void Khalilzad_and_Khalilizad_are_one_entity_across_both_articles()
    {
        var entity = Entity(Seeds.Value, "Khalilizad");
        Assert.Contains("Khalilzad", entity.Aliases);
        Assert.Equal([0, 1], entity.Members.Select(m => m.Article).Distinct().Order());
    }

    [Fact]
    public void Blinken_and_Biden_stay_apart_and_the_Taliban_is_not_Afghanistan()
    {
        var story = Seeds.Value;
        Assert.NotSame(Entity(story, "Blinken"), Entity(story, "Biden"));
        Assert.NotSame(Entity(story, "Taliban"), Entity(story, "Afghanistan"));
    }

    [Fact]
    public void The_message_to_Ghani_aligns_with_the_letter_to_Ghani()
    {
        var story = Seeds.Value;
        Assert.True(AnyAligned(story, SentencesWith(story, 0, "message", "Ghani"), SentencesWith(story, 1, "letter", "Ghani")));
    }

    [Fact]
    public void The_power_sharing_attribution_conflict_is_the_first_divergence()
    {
        var first = Seeds.Value.Divergences[0];
        Assert.Equal(DivergenceKind.Attribution, first.Kind);
        Assert.Contains("power-sharing", first.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void No_hedge_or_negation_is_reported_between_sentences_that_state_different_facts()
        => Assert.DoesNotContain(Seeds.Value.Divergences, d => d.Kind is DivergenceKind.Modality or DivergenceKind.Negation);

    [Fact]
    public void The_May_1_withdrawal_sentences_align()
    {
        var story = Seeds.Value;
        Assert.True(AnyAligned(story, SentencesWith(story, 0, "May 1"), SentencesWith(story, 1, "May 1")));
    }

    [Fact]
    public void The_Turkey_and_United_Nations_facts_are_unique_to_Al_Jazeera()
    {
        var story = Seeds.Value;
        var text = story.Articles[0].Article.Text;
        var claims = story.Claims
            .Where(c => c.Sentence.Article == 0 && text[c.Start..c.End] is var t && (t.Contains("Turkey", StringComparison.Ordinal) || t.Contains("United Nations", StringComparison.Ordinal)))
            .ToList();
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.DoesNotContain(story.Alignments, a => a.Claims.Contains(c.Id)));
        var sentences = claims.Select(c => c.Sentence.Sentence).ToList();
        Assert.All(sentences, s => Assert.True(story.Unique[0].Contains(s) || story.Alignments.Any(a => a.Sentences.Contains(new SentenceRef(0, s)) && a.Relation == AlignmentRelation.Partial)));
    }

    [Fact]
    public void The_Tolo_News_and_authenticity_sentences_are_unique_to_CNN()
    {
        var story = Seeds.Value;
        var sentences = SentencesWith(story, 1, "Tolo News").Concat(SentencesWith(story, 1, "authentic")).ToList();
        Assert.Equal(2, sentences.Count);
        Assert.All(sentences, s => Assert.Contains(s, story.Unique[1]));
    }
}
