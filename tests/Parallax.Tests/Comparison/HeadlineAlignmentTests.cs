using Parallax.Comparison;

namespace Parallax.Tests.Comparison;

public class HeadlineAlignmentTests
{
    private const string Lakeland = "Dam Cracks Force Evacuation Of Three Villages\n\n"
        + "Engineers found new cracks in the Korvath dam wall on Thursday, and the villages below it were evacuated.\n\n"
        + "The bakery on Mill Street reopened its doors on Friday morning.";

    private const string Valley = "Villages evacuated after cracks found in Korvath dam\n\n"
        + "Authorities evacuated about 2,000 people from villages near the Korvath dam after cracks appeared in the wall.\n\n"
        + "A football match in the county went ahead as planned on Saturday.";

    private static Story Compare(params string[] texts)
        => StoryComparer.Compare([.. texts.Select((text, i) => Documents.Analyze($"a{i + 1}", text))]);

    private static string[] Partners(Story story, int article)
        => [.. story.HeadlineAlignments
            .Where(h => h.Headings[0].Article == article)
            .Select(h => h.Sentences.IsEmpty ? $"headline of a{h.Headings[1].Article + 1}" : story.IdOf(h.Sentences[0]))];

    [Fact]
    public void Two_headlines_of_one_event_align()
    {
        var story = Compare(Lakeland, Valley);
        Assert.Contains(story.HeadlineAlignments, h => h.Headings.Length == 2 && h.Headings[0] == new HeadingRef(0, 0) && h.Headings[1] == new HeadingRef(1, 0));
    }

    [Fact]
    public void A_headline_aligns_with_the_sentence_of_another_article_that_tells_its_event_and_not_with_the_others()
    {
        var story = Compare(Lakeland, Valley);
        Assert.Contains("a2.s1", Partners(story, 0));
        Assert.DoesNotContain("a2.s2", Partners(story, 0));
        Assert.Contains("a1.s1", Partners(story, 1));
        Assert.DoesNotContain("a1.s2", Partners(story, 1));
    }

    [Fact]
    public void Lines_before_the_first_sentence_of_prose_do_not_hide_the_headline()
    {
        var story = Compare("http: / / example. com / news / dam\n\n" + Lakeland, Valley);
        Assert.Contains(story.HeadlineAlignments, h => h.Headings[0].Article == 0 && story.Articles[0].Headings[h.Headings[0].Heading].Text.StartsWith("Dam Cracks", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Updated: 14 March 2019, 08:15 GMT")]
    [InlineData("Posted 3 / 9 / 2017 6: 05 PM")]
    [InlineData("FRIDAY, OCTOBER 2, 2015")]
    [InlineData("Article posted on 02. 10. 2015")]
    public void A_line_that_dates_the_article_is_no_headline(string stamp)
    {
        var story = Compare(stamp + "\n\n" + Lakeland, Valley);
        Assert.Equal("Dam Cracks Force Evacuation Of Three Villages", story.Articles[0].Headings[story.HeadlineOf(0)!.Value].Text);
    }

    [Fact]
    public void A_web_address_cut_at_its_dots_is_no_sentence_of_prose()
    {
        var story = Compare("http: / / www. example. com / news / dam - cracks - force - evacuation / 6832. html#.\n\n" + Lakeland, Valley);
        Assert.Equal("Dam Cracks Force Evacuation Of Three Villages", story.Articles[0].Headings[story.HeadlineOf(0)!.Value].Text);
    }

    [Fact]
    public void A_heading_below_the_first_paragraph_is_no_headline()
    {
        var story = Compare(
            "Engineers found new cracks in the Korvath dam wall on Thursday, and the villages below it were evacuated.\n\nDam Cracks Force Evacuation\n\nThe bakery on Mill Street reopened its doors on Friday morning.",
            "Authorities evacuated about 2,000 people from villages near the Korvath dam after cracks appeared in the wall.");
        Assert.Single(story.Articles[0].Headings);
        Assert.Empty(story.HeadlineAlignments);
    }

    [Fact]
    public void Headlines_change_no_sentence_alignment_and_are_never_unique_facts()
    {
        var withHeadlines = Compare(Lakeland, Valley);
        var without = Compare(Lakeland[(Lakeland.IndexOf("\n\n", StringComparison.Ordinal) + 2)..], Valley[(Valley.IndexOf("\n\n", StringComparison.Ordinal) + 2)..]);
        Assert.Equal(without.Alignments.Select(a => string.Join(' ', a.Sentences.Select(without.IdOf))), withHeadlines.Alignments.Select(a => string.Join(' ', a.Sentences.Select(withHeadlines.IdOf))));
        Assert.Equal(without.Unique.Select(u => string.Join(' ', u)), withHeadlines.Unique.Select(u => string.Join(' ', u)));
    }
}
