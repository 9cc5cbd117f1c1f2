using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Testing;
using Parallax.Text;

namespace Parallax.Tests.Comparison;

/// <summary>Attribution divergences between unaligned sentences: one proposal, credited to different actors.</summary>
public class FramingDivergenceTests
{
    private static Story Compare(params string[] texts)
        => StoryComparer.Compare([.. texts.Select((text, i) => Analyzer.Analyze(new Article($"a{i + 1}", $"Outlet {i + 1}", text)))]);

    private static List<Divergence> Framing(Story story)
        => [.. story.Divergences.Where(d => d.Kind == DivergenceKind.Attribution && d.Detail.Contains(" proposal: ", StringComparison.Ordinal))];

    private const string MinisterCredited =
        "Interior Minister Paul Renner proposed a ceasefire plan for the northern districts on Tuesday. " +
        "Fighting in the hills around Dornach continued through the night. " +
        "Aid convoys waited at the river crossing for a third day. " +
        "Renner said the talks would resume in Kelstad next week.";

    private const string MediatorsOwn =
        "Shelling resumed near Dornach overnight, residents said. " +
        "The mediator Maria Okafor handed both sides her own ceasefire plan on Tuesday, and diplomats stressed that the plan is not the government's. " +
        "Aid agencies said food stocks in the valley were running low. " +
        "The talks are due to resume next week.";

    [Fact]
    public void A_plan_credited_to_a_minister_and_called_the_mediators_own_is_an_attribution_divergence()
    {
        var story = Compare(MinisterCredited, MediatorsOwn);
        var divergence = Assert.Single(Framing(story));
        Assert.Equal(["a1.s1", "a2.s2"], divergence.Sentences.Select(story.IdOf));
        Assert.Equal("ceasefire proposal: credited to Paul Renner (a1) vs Maria Okafor's own plan, not the government's (a2)", divergence.Detail);
    }

    [Fact]
    public void An_explicit_denial_of_the_credited_actor_gives_a_higher_confidence_than_a_mere_difference()
    {
        var denied = Assert.Single(Framing(Compare(MinisterCredited, MediatorsOwn)));
        var differing = Assert.Single(Framing(Compare(
            MinisterCredited,
            "The mediator Maria Okafor proposed a ceasefire plan to both sides on Tuesday. Shelling resumed near Dornach overnight.")));
        Assert.True(denied.Confidence > differing.Confidence, $"{denied.Confidence} vs {differing.Confidence}");
    }

    [Theory]
    [InlineData("White House", "President Anna Voss", false)]
    [InlineData("White House", "Vice President Anna Voss", true)]
    [InlineData("White House", "The envoy Anna Voss", true)]
    [InlineData("Kremlin", "President Anna Voss", false)]
    [InlineData("Kremlin", "The envoy Anna Voss", true)]
    public void A_plan_credited_to_the_seat_of_an_office_and_to_its_holder_is_one_source(string seat, string holder, bool diverges)
    {
        var story = Compare(
            $"The {seat} proposed a ceasefire plan for the northern districts on Tuesday. Fighting in the hills around Dornach continued through the night.",
            $"Shelling resumed near Dornach overnight. {holder} proposed a ceasefire plan to both sides on Tuesday. Aid agencies said food stocks were low.");
        Assert.Equal(diverges, Framing(story).Count > 0);
    }

    [Fact]
    public void Two_outlets_crediting_the_same_actor_give_no_attribution_divergence()
    {
        var story = Compare(
            MinisterCredited,
            "Shelling resumed near Dornach overnight. Paul Renner, the interior minister, offered the rebels a ceasefire plan on Tuesday. Aid agencies said food stocks were low.");
        Assert.Empty(Framing(story));
    }

    [Fact]
    public void A_proposal_term_only_one_outlet_uses_gives_no_attribution_divergence()
    {
        var story = Compare(
            MinisterCredited,
            "The mediator Maria Okafor proposed a prisoner exchange on Tuesday. Shelling resumed near Dornach overnight.");
        Assert.Empty(Framing(story));
    }

    [Fact]
    public void A_pay_rise_offered_by_the_mayor_and_proposed_by_the_union_differs_in_the_outlet_that_says_so()
    {
        var story = Compare(
            "Drivers at the Harwick bus depot stopped work on Monday. Mayor Lena Fischer offered the drivers a pay rise of four percent. Services are expected to return on Thursday.",
            "Bus services in Harwick were cancelled on Monday. The pay rise was proposed by the Transport Workers Union, not by the city. Commuters queued for taxis.",
            "Harwick commuters faced a second day without buses. Lena Fischer, the mayor, offered a pay rise to end the strike. The depot stayed closed.");
        var divergences = Framing(story);
        Assert.NotEmpty(divergences);
        Assert.All(divergences, d => Assert.Contains(d.Sentences, s => story.IdOf(s) == "a2.s2"));
        Assert.DoesNotContain(divergences, d => d.Sentences.Select(story.IdOf).SequenceEqual(["a1.s2", "a3.s2"]));
    }

    private static ArticleAnalysis Seed(string id, string seed)
    {
        var text = TextCleaner.Clean(File.ReadAllText(SharedData.SeedPath(seed)));
        if (Dateline.Find(text) is { } dateline)
            text = text[dateline.Length..];
        return Analyzer.Analyze(new Article(id, "seed " + seed, text));
    }

    [Fact]
    public void In_the_seed_story_the_power_sharing_proposal_credited_to_the_administration_diverges_from_the_envoys_own_vision()
    {
        var story = StoryComparer.Compare([Seed("a1", "000"), Seed("a2", "003")]);
        var divergence = Assert.Single(Framing(story), d =>
            d.Sentences.Any(s => s.Article == 0 && story.Articles[0].Sentences[s.Sentence].Text.Contains("own vision", StringComparison.Ordinal))
            && d.Sentences.Any(s => s.Article == 1 && story.Articles[1].Sentences[s.Sentence].Text.Contains("power-sharing", StringComparison.Ordinal)));
        Assert.StartsWith("power-sharing proposal: credited to ", divergence.Detail, StringComparison.Ordinal);
        Assert.True(divergence.Confidence >= 0.8, divergence.Detail);
    }
}
