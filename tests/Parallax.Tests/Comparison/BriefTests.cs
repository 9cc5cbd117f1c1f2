using Parallax.Comparison;
using Parallax.Documents;

namespace Parallax.Tests.Comparison;

public class BriefTests
{
    private static readonly DateTimeOffset Tuesday = new(2025, 6, 3, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Whether the first sentence of <paramref name="cited"/> contradicts the first sentence of <paramref name="wording"/>.</summary>
    private static bool Contradicts(ArticleAnalysis wording, ArticleAnalysis cited)
    {
        var profiles = NearCopyTests.Profiles(wording, cited);
        return BriefSupport.Contradicts(profiles[0][0], BriefSupport.Key(wording.Article.Outlet), profiles[1][0], BriefSupport.Key(cited.Article.Outlet));
    }

    [Fact]
    public void A_sentence_giving_another_count_of_the_same_thing_contradicts()
        => Assert.True(Contradicts(
            Documents.AnalyzeWithValues("a1", "The union said 4,200 members joined the strike."),
            Documents.AnalyzeWithValues("a2", "The union said 3,800 members joined the strike.")));

    [Fact]
    public void Counts_of_different_things_do_not_contradict()
        => Assert.False(Contradicts(
            Documents.AnalyzeWithValues("a1", "Residents of three villages were told to leave their homes."),
            Documents.AnalyzeWithValues("a2", "Authorities evacuated about 2,000 people from the villages.")));

    [Fact]
    public void A_sentence_that_repeats_one_figure_and_adds_another_does_not_contradict()
        => Assert.False(Contradicts(
            Documents.AnalyzeWithValues("a1", "The union said 4,200 members joined the strike."),
            Documents.AnalyzeWithValues("a2", "The union said 4,200 members joined the strike and 12 ships were stuck.")));

    [Fact]
    public void A_figure_an_approximate_one_allows_does_not_contradict()
        => Assert.False(Contradicts(
            Documents.AnalyzeWithValues("a1", "The union said 4,200 members joined the strike."),
            Documents.AnalyzeWithValues("a2", "The union said about 4,000 members joined the strike.")));

    [Fact]
    public void Another_day_contradicts()
        => Assert.True(Contradicts(
            Documents.AnalyzeWithValues("a1", "Talks with the port authority collapsed on Sunday."),
            Documents.AnalyzeWithValues("a2", "Talks with the port authority collapsed on Saturday.")));

    [Fact]
    public void An_unresolved_weekday_matches_a_date_on_that_weekday_and_no_other()
    {
        var undated = Documents.AnalyzeWithValues("a1", "Talks with the port authority collapsed on Sunday.");
        Assert.False(Contradicts(undated, Documents.AnalyzeWithValues("a2", "Talks with the port authority collapsed on June 1.", Tuesday)));
        Assert.True(Contradicts(undated, Documents.AnalyzeWithValues("a2", "Talks with the port authority collapsed on June 2.", Tuesday)));
    }

    [Fact]
    public void A_sentence_about_other_actors_contradicts()
        => Assert.True(Contradicts(
            Documents.Analyze("a1", "Mayor Ada Berg proposed a new ferry route to the islands.").WithEntities((EntityType.Person, ["Ada Berg"])),
            Documents.Analyze("a2", "Councillor Ivo Marn proposed a new ferry route to the islands.").WithEntities((EntityType.Person, ["Ivo Marn"]))));

    [Fact]
    public void A_sentence_sharing_an_actor_and_naming_another_does_not_contradict()
        => Assert.False(Contradicts(
            Documents.Analyze("a1", "Mayor Ada Berg proposed a new ferry route to the islands.").WithEntities((EntityType.Person, ["Ada Berg"])),
            Documents.Analyze("a2", "Ada Berg and Ivo Marn proposed a new ferry route to the islands.").WithEntities((EntityType.Person, ["Ada Berg"]), (EntityType.Person, ["Ivo Marn"]))));

    [Fact]
    public void An_outlet_naming_itself_is_not_an_actor()
    {
        var wording = Documents.Analyze("a1", "Mayor Ada Berg proposed a new ferry route, sources told Outlet a1.").WithEntities((EntityType.Person, ["Ada Berg"]), (EntityType.Org, ["Outlet a1"]));
        var cited = Documents.Analyze("a2", "Ada Berg proposed a new ferry route to the islands.").WithEntities((EntityType.Person, ["Ada Berg"]));
        Assert.False(Contradicts(cited, wording));
    }

    [Fact]
    public void A_quote_whose_speaker_the_sentence_names_may_be_taken()
    {
        var a = Documents.Analyze("a1", "\"We will not load a ship,\" union leader Maria Olsen said.").WithQuote(0, "Maria Olsen", QuoteKind.Direct, named: true);
        Assert.False(BriefSupport.QuotesUnnamedSpeaker(a, 0));
    }

    [Fact]
    public void A_quote_attributed_to_a_pronoun_is_not_taken()
    {
        var a = Documents.Analyze("a1", "Maria Olsen leads the union. \"We will not load a ship,\" she said.").WithQuote(1, "she", QuoteKind.Direct, named: true);
        Assert.True(BriefSupport.QuotesUnnamedSpeaker(a, 1));
    }

    [Fact]
    public void The_opening_sentence_of_a_quotation_attributed_in_the_next_is_not_taken()
    {
        var a = Documents.Analyze("a1", "\"Our members have waited three years. We will not load a ship,\" Maria Olsen said.");
        Assert.True(BriefSupport.QuotesUnnamedSpeaker(a, 0));
    }

    [Fact]
    public void The_brief_does_not_cite_an_aligned_sentence_that_gives_another_figure()
    {
        var story = StoryComparer.Compare(
        [
            Documents.AnalyzeWithValues("a1", "Dock workers in Port Hallan went on strike on Monday. The Dockers Union said 5,000 members joined the strike at the port. The port authority said talks would resume."),
            Documents.AnalyzeWithValues("a2", "Dock workers walked out in Port Hallan on Monday. The Dockers Union said 5,000 of its members joined the strike at the port."),
            Documents.AnalyzeWithValues("a3", "Port Hallan's dock workers went on strike on Monday. The Dockers Union said 4,100 members joined the strike at the port."),
        ]);
        Assert.Contains(story.Alignments, a => a.Sentences.Contains(new SentenceRef(0, 1)) && a.Sentences.Contains(new SentenceRef(2, 1)));
        var strikers = Assert.Single(story.Brief, b => b.Text.Contains("members joined", StringComparison.Ordinal));
        Assert.Contains(new SentenceRef(0, 1), strikers.Sources);
        Assert.Contains(new SentenceRef(1, 1), strikers.Sources);
        Assert.DoesNotContain(new SentenceRef(2, 1), strikers.Sources);
    }

    [Fact]
    public void A_brief_sentence_names_the_cited_sentence_whose_wording_it_uses()
    {
        var story = StoryComparer.Compare(FloodStory.Articles());
        Assert.All(story.Brief, b =>
        {
            var wording = Assert.IsType<SentenceRef>(b.Wording);
            Assert.Contains(wording, b.Sources);
            Assert.EndsWith(b.Text[1..], story.Articles[wording.Article].Sentences[wording.Sentence].Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_quote_without_its_speaker_never_enters_the_brief()
    {
        const string quote = "\"The ships will not move until we are paid,\" he said.";
        var story = StoryComparer.Compare(
        [
            Documents.Analyze("a1", "Dock workers in Port Hallan went on strike on Monday. Union leader Maria Olsen spoke to reporters. " + quote)
                .WithQuote(2, "he", QuoteKind.Direct, named: true),
            Documents.Analyze("a2", "Dock workers went on strike in Port Hallan on Monday. " + quote)
                .WithQuote(1, "he", QuoteKind.Direct, named: true),
        ]);
        Assert.DoesNotContain(story.Brief, b => b.Text.Contains("ships will not move", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_that_asks_or_announces_what_follows_never_enters_the_brief()
    {
        const string Label = "The latest on the dock strike in Port Hallan on Monday (all times local):";
        const string Question = "Will the dock strike in Port Hallan end on Monday?";
        var story = StoryComparer.Compare(
        [
            Documents.Analyze("a1", $"{Label}\n\nDock workers in Port Hallan went on strike on Monday. {Question} Ferries to the islands were cancelled."),
            Documents.Analyze("a2", $"{Label}\n\nDock workers went on strike in Port Hallan on Monday. {Question} The port authority called the strike unlawful."),
        ]);
        Assert.NotEmpty(story.Brief);
        Assert.DoesNotContain(story.Brief, b => b.Text.Contains("all times local", StringComparison.Ordinal) || b.Text.EndsWith('?'));
        Assert.True(BriefSupport.StatesNoFact("He asked: \u201CWho pays?\u201D"));
        Assert.False(BriefSupport.StatesNoFact("\u201CWho pays?\u201D he asked."));
    }

    [Fact]
    public void A_story_of_questions_alone_still_has_a_brief()
    {
        var story = StoryComparer.Compare(
        [
            Documents.Analyze("a1", "Will the dock strike in Port Hallan end on Monday?"),
            Documents.Analyze("a2", "Will the Port Hallan dock strike end on Monday?"),
        ]);
        Assert.NotEmpty(story.Brief);
    }
}

public class BriefDisputeTests
{
    [Fact]
    public void An_outlet_that_disputes_a_brief_sentence_is_not_cited_for_it_and_the_dispute_is_kept()
    {
        var story = TwoOutlets.Compare(
            "Dock workers at Kestrel harbour went on strike on Monday, and 4,200 members walked off the job, the union said. The strike halted all container traffic at the port.",
            "Dock workers at Kestrel harbour went on strike on Monday over pay. The union said 3,800 members walked off the job. The strike halted container traffic at the port.");
        var number = Assert.Single(story.Divergences, d => d.Kind == DivergenceKind.Number);
        var disputed = Assert.Single(story.Brief, b => b.Wording is { } w && number.Sentences.Contains(w));
        var own = disputed.Wording!.Value.Article;
        Assert.All(disputed.Sources, s => Assert.Equal(own, s.Article));
        Assert.Equal([story.Divergences.IndexOf(number)], disputed.Disputes);
    }

    [Fact]
    public void A_brief_sentence_no_outlet_disputes_cites_its_partners_and_no_dispute()
    {
        var story = TwoOutlets.Compare(
            "Dock workers at Kestrel harbour went on strike on Monday, and 4,200 members walked off the job, the union said. The strike halted all container traffic at the port.",
            "Dock workers at Kestrel harbour went on strike on Monday over pay. The union said 4,200 members walked off the job. The strike halted container traffic at the port.");
        Assert.DoesNotContain(story.Divergences, d => d.Kind == DivergenceKind.Number);
        Assert.All(story.Brief, b => Assert.Empty(b.Disputes));
        Assert.Contains(story.Brief, b => b.Sources.Select(s => s.Article).Distinct().Count() == 2);
    }
}
