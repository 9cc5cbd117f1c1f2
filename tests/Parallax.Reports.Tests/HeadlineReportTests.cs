using System.Text.RegularExpressions;
using Parallax.Comparison;

namespace Parallax.Reports.Tests;

public partial class HeadlineReportTests
{
    private const string Lakeland = "Dam cracks force evacuation of three villages\n\nEngineers found new cracks in the Korvath dam wall on Thursday. The bakery on Mill Street reopened on Friday.";
    private const string Valley = "Villages evacuated after cracks found in Korvath dam\n\nAuthorities evacuated about 2,000 people from villages near the Korvath dam. A football match went ahead on Saturday.";
    private const string Meadow = "Council approves new school budget\n\nThe county council approved a budget for schools on Tuesday.";

    private static readonly ReportOptions Wide = new() { Width = 220 };

    /// <summary>a1's and a2's headlines align with each other, a1's also with a2.s1; a3's headline aligns with nothing.</summary>
    private static Story Story()
    {
        var articles = new[] { ("a1", "Lakeland Post", Lakeland), ("a2", "Valley Times", Valley), ("a3", "Meadow Herald", Meadow) }
            .Select(x => SampleStory.Analyze(new Article(x.Item1, x.Item2, x.Item3)))
            .ToList();
        Assert.All(articles, a => Assert.Single(a.Headings));
        return new Story([.. articles])
        {
            HeadlineAlignments =
            [
                new HeadlineAlignment("hl1", 0.62, [new HeadingRef(0, 0), new HeadingRef(1, 0)], []),
                new HeadlineAlignment("hl2", 0.48, [new HeadingRef(0, 0)], [new SentenceRef(1, 0)]),
            ],
        };
    }

    [Fact]
    public void Markdown_lists_each_headline_with_the_headline_and_sentence_that_state_its_fact()
    {
        var md = Report.RenderToString(Story(), ReportFormat.Markdown);
        Assert.Contains(
            "## Headlines\n\n"
            + "- **Lakeland Post** `a1.h1`: Dam cracks force evacuation of three villages\n"
            + "  - Valley Times, headline `a2.h1`: Villages evacuated after cracks found in Korvath dam (0.62)\n"
            + "  - Valley Times `a2.s1`: Authorities evacuated about 2,000 people from villages near the Korvath dam. (0.48)\n"
            + "- **Valley Times** `a2.h1`: Villages evacuated after cracks found in Korvath dam\n"
            + "  - Lakeland Post, headline `a1.h1`: Dam cracks force evacuation of three villages (0.62)\n"
            + "- **Meadow Herald** `a3.h1`: Council approves new school budget\n"
            + "  - No other outlet's headline or sentence states it.\n\n## Brief",
            md, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_lists_each_headline_with_its_partners_and_none_for_an_unaligned_one()
    {
        var text = Report.RenderToString(Story(), ReportFormat.Text, Wide);
        var lines = text.Split('\n');
        var a1 = Array.FindIndex(lines, l => l.Contains("a1.h1", StringComparison.Ordinal) && l.Contains("Dam cracks force evacuation", StringComparison.Ordinal));
        Assert.True(a1 >= 0, text);
        Assert.Contains("a2.h1 Valley Times (headline): Villages evacuated after cracks found in Korvath dam", lines[a1], StringComparison.Ordinal);
        Assert.Contains("a2.s1 Valley Times: Authorities evacuated about 2,000 people", lines[a1 + 1], StringComparison.Ordinal);
        var a3 = Assert.Single(lines, l => l.Contains("a3.h1", StringComparison.Ordinal));
        Assert.Contains("none found", a3, StringComparison.Ordinal);
        Assert.DoesNotContain("a1.", a3, StringComparison.Ordinal);
        Assert.DoesNotContain("a2.", a3, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_lists_each_headline_linking_its_partners_to_their_places_in_the_articles()
    {
        var html = Report.RenderToString(Story(), ReportFormat.Html);
        var section = Section(html);
        var a1 = Item(section, "a1");
        Assert.Contains("<a class=\"ref\" href=\"#a1.h1\" data-s=\"a1.h1 a2.h1 a2.s1\">a1.h1</a> <q class=\"headline\">Dam cracks force evacuation of three villages</q>", a1, StringComparison.Ordinal);
        Assert.Contains("<b>Valley Times</b> <span class=\"tag\">headline</span> <a class=\"ref\" href=\"#a2.h1\" data-s=\"a1.h1 a2.h1\">a2.h1</a> <q>Villages evacuated after cracks found in Korvath dam</q>", a1, StringComparison.Ordinal);
        Assert.Contains("<b>Valley Times</b> <a class=\"ref\" href=\"#a2.s1\" data-s=\"a1.h1 a2.s1\">a2.s1</a> <q>Authorities evacuated about 2,000 people", a1, StringComparison.Ordinal);
        Assert.Contains("href=\"#a1.h1\" data-s=\"a2.h1 a1.h1\"", Item(section, "a2"), StringComparison.Ordinal);
        Assert.Contains("<h4 class=\"hd\" id=\"a2.h1\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"a2.s1\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#headlines\">Headlines</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_says_an_unaligned_headline_has_no_partner_and_links_to_no_other_article()
    {
        var a3 = Item(Section(Report.RenderToString(Story(), ReportFormat.Html)), "a3");
        Assert.Contains("No other outlet's headline or sentence states it.", a3, StringComparison.Ordinal);
        Assert.DoesNotContain("#a1.", a3, StringComparison.Ordinal);
        Assert.DoesNotContain("#a2.", a3, StringComparison.Ordinal);
        Assert.DoesNotContain("partners", a3, StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_without_headlines_has_no_headlines_section_in_any_format()
    {
        var story = new Story([SampleStory.Analyze(new Article("a1", "Lakeland Post", "Engineers found new cracks in the dam wall on Thursday.")), SampleStory.Analyze(new Article("a2", "Valley Times", "Authorities evacuated villages near the dam."))]);
        Assert.DoesNotContain("id=\"headlines\"", Report.RenderToString(story, ReportFormat.Html), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"#headlines\"", Report.RenderToString(story, ReportFormat.Html), StringComparison.Ordinal);
        Assert.DoesNotContain("Headlines", Report.RenderToString(story, ReportFormat.Markdown), StringComparison.Ordinal);
        Assert.DoesNotContain("Headlines", Report.RenderToString(story, ReportFormat.Text, Wide), StringComparison.Ordinal);
    }

    [Fact]
    public void A_headline_aligned_with_its_syndicated_copy_says_so()
    {
        var story = Story() with { Syndicated = System.Collections.Immutable.ImmutableDictionary<int, int>.Empty.Add(1, 0) };
        Assert.Contains("Valley Times, headline `a2.h1`: Villages evacuated after cracks found in Korvath dam (0.62, syndicated copy)", Report.RenderToString(story, ReportFormat.Markdown), StringComparison.Ordinal);
        Assert.Contains("<span class=\"note\">syndicated copy</span>", Item(Section(Report.RenderToString(story, ReportFormat.Html)), "a1"), StringComparison.Ordinal);
    }

    private static string Section(string html)
    {
        var start = html.IndexOf("<section id=\"headlines\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no headlines section");
        return html[start..(html.IndexOf("</section>", start, StringComparison.Ordinal) + 10)];
    }

    private static string Item(string section, string article)
    {
        var match = ItemPattern().Matches(section).FirstOrDefault(m => m.Groups[1].Value == article);
        Assert.NotNull(match);
        return match.Value;
    }

    [GeneratedRegex("<li data-a=\"(a\\d+)\">.*?(?=<li data-a=|</ul>\\s*</section>)", RegexOptions.Singleline)]
    private static partial Regex ItemPattern();
}
