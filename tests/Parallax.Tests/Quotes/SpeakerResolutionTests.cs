using System.Collections.Immutable;
using Parallax.Documents;
using Parallax.Quotes;
using Parallax.Text;

namespace Parallax.Tests.Quotes;

public class SpeakerResolutionTests
{
    // Segments the text, adds hand-made mentions (found in text order) grouped into entities, then extracts quotes.
    private static ArticleAnalysis Analyze(string text, params (string Text, EntityType Type, MentionKind Kind, int Entity)[] mentions)
    {
        var document = new SentenceSegmenter().Process(new ArticleAnalysis(new Article("t1", "Test", text)));
        var list = new List<Mention>();
        var from = 0;
        foreach (var (mentionText, type, kind, _) in mentions)
        {
            var start = text.IndexOf(mentionText, from, StringComparison.Ordinal);
            Assert.True(start >= 0, $"mention '{mentionText}' not found");
            list.Add(new Mention(start, start + mentionText.Length, mentionText, type, kind, document.SentenceAt(start)));
            from = start + mentionText.Length;
        }
        var entities = mentions
            .Select((m, i) => (m.Entity, Index: i))
            .GroupBy(x => x.Entity)
            .OrderBy(g => g.Key)
            .Select(g => new DocumentEntity(g.Key, mentions[g.First().Index].Text, mentions[g.First().Index].Type, [.. g.Select(x => x.Index)]))
            .ToImmutableArray();
        document = document with { Mentions = [.. list], Entities = entities };
        return new QuoteExtractor().Process(document);
    }

    [Fact]
    public void Named_speaker_links_to_the_entity_of_the_mention_at_its_head()
    {
        var analysis = Analyze("Fjord Ministry spokesperson Ned Berg said the talks were stalled.",
            ("Fjord Ministry", EntityType.Org, MentionKind.Name, 0), ("Ned Berg", EntityType.Person, MentionKind.Name, 1));
        var q = Assert.Single(analysis.Quotes);
        Assert.Equal(1, q.Speaker.Entity);
        Assert.True(q.Named);
    }

    [Fact]
    public void Pronoun_speaker_resolves_to_the_most_recent_person()
    {
        var analysis = Analyze("Maria Olsen arrived in Vale on Monday. \"We are ready,\" she said.",
            ("Maria Olsen", EntityType.Person, MentionKind.Name, 0), ("Vale", EntityType.Gpe, MentionKind.Name, 1));
        var q = Assert.Single(analysis.Quotes);
        Assert.Equal(0, q.Speaker.Entity);
        Assert.Equal("Maria Olsen", q.Speaker.Antecedent);
        Assert.True(q.Named);
    }

    [Fact]
    public void Pronoun_speaker_prefers_the_previous_speaker_to_a_later_mention()
    {
        var analysis = Analyze("Olsen said the talks were stalled. Karl Berg arrived later. \"We are ready,\" she said.",
            ("Olsen", EntityType.Person, MentionKind.Name, 0), ("Karl Berg", EntityType.Person, MentionKind.Name, 1));
        Assert.Equal(0, analysis.Quotes[^1].Speaker.Entity);
    }

    [Fact]
    public void Pronoun_mention_in_a_coreference_chain_wins_over_the_fallback()
    {
        var analysis = Analyze("Olsen said the talks were stalled. Karl Berg arrived later. \"We are ready,\" he said.",
            ("Olsen", EntityType.Person, MentionKind.Name, 0), ("Karl Berg", EntityType.Person, MentionKind.Name, 1), ("he", EntityType.Person, MentionKind.Pronoun, 1));
        Assert.Equal(1, analysis.Quotes[^1].Speaker.Entity);
    }

    [Fact]
    public void Anonymous_source_keeps_no_entity_even_when_it_contains_a_name()
    {
        var analysis = Analyze("A Fjordland official said the border was closed.", ("Fjordland", EntityType.Gpe, MentionKind.Name, 0));
        var q = Assert.Single(analysis.Quotes);
        Assert.Null(q.Speaker.Entity);
        Assert.False(q.Named);
    }

    [Fact]
    public void Unresolvable_pronoun_is_kept_as_written_and_unnamed()
    {
        var q = Assert.Single(Analyze("\"We are ready,\" she said.").Quotes);
        Assert.Equal("she", q.Speaker.Text);
        Assert.Null(q.Speaker.Entity);
        Assert.False(q.Named);
    }
}
