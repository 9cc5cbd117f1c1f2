using System.Text.RegularExpressions;
using Parallax.Comparison;

namespace Parallax.Reports.Tests;

public partial class HtmlReportTests
{
    private static readonly string Page = Report.RenderToString(SampleStory.Build(), ReportFormat.Html);

    [GeneratedRegex("<span class=\"(?<cls>[^\"]*)\" id=\"(?<id>a[12]\\.s[0-9]+)\"", RegexOptions.None, 1000)]
    private static partial Regex SentenceSpan();

    private static Dictionary<string, string> SentenceClasses()
        => SentenceSpan().Matches(Page).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["cls"].Value);

    [Fact]
    public void Every_sentence_is_a_span_with_its_contract_id()
        => Assert.Equal(["a1.s1", "a1.s2", "a1.s3", "a1.s4", "a2.s1", "a2.s2", "a2.s3", "a2.s4"], SentenceClasses().Keys.Order());

    [Fact]
    public void Aligned_sentences_share_one_colour_per_alignment()
    {
        var classes = SentenceClasses();
        Assert.Contains("c0", classes["a1.s1"].Split(' '));
        Assert.Contains("c0", classes["a2.s1"].Split(' '));
        Assert.Contains("c1", classes["a1.s2"].Split(' '));
        Assert.Contains("c1", classes["a2.s2"].Split(' '));
    }

    [Fact]
    public void Conflicting_alignment_is_marked()
        => Assert.Contains("rel-conflict", SentenceClasses()["a2.s2"].Split(' '));

    [Fact]
    public void Unique_sentences_are_marked()
    {
        var classes = SentenceClasses();
        Assert.Contains("u", classes["a1.s4"].Split(' '));
        Assert.DoesNotContain("u", classes["a1.s1"].Split(' '));
    }

    [Fact]
    public void Headings_are_shown_but_not_as_sentences()
        => Assert.Contains("<h3 class=\"hd\">Letter to <span class=\"m\" data-e=\"e6\">Kabul</span></h3>", Page, StringComparison.Ordinal);

    [Fact]
    public void Mentions_carry_their_story_entity()
    {
        Assert.Contains("<span class=\"m\" data-e=\"e1\">Anthony Blinken</span>", Page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"m\" data-e=\"e1\">Antony Blinken</span>", Page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_voice_of_two_quotes_links_the_sentence_of_each()
    {
        var story = SampleStory.Build();
        var b = story.Articles[1];
        b = b with { Quotes = b.Quotes.Add(b.Quotes[1] with { Index = 2, Speaker = b.Quotes[0].Speaker, Named = true }) };
        story = story with
        {
            Articles = [story.Articles[0], b],
            Voices = [new Voice(1, "Ned Price", "e8", Named: true, Quotes: 2, Direct: 0, Indirect: 2) { QuoteIndexes = [0, 2] }],
        };
        var page = Report.RenderToString(story, ReportFormat.Html);
        Assert.Contains("<tr class=\"jump\" tabindex=\"0\" data-s=\"a2.s3 a2.s4\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_loads_nothing_from_outside()
    {
        Assert.DoesNotContain("<link", Page, StringComparison.Ordinal);
        Assert.DoesNotContain(" src=", Page, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", Page, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", Page, StringComparison.Ordinal);
    }

    [Fact]
    public void Divergence_links_to_its_sentences()
        => Assert.Contains("data-s=\"a1.s2 a1.s3 a2.s2\"><span class=\"kind k-attribution\">", Page, StringComparison.Ordinal);

    [Fact]
    public void Brief_cites_sentences_with_links()
        => Assert.Contains("<a class=\"cite\" href=\"#a2.s2\" data-s=\"a2.s2\"", Page, StringComparison.Ordinal);

    [Fact]
    public void Analysis_page_has_quotes_instead_of_comparison_panels()
    {
        var page = Report.RenderToString([SampleStory.A()], ReportFormat.Html);
        Assert.Contains("id=\"quotes\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"divergences\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"brief\"", page, StringComparison.Ordinal);
    }
}

public class HtmlDivergenceWordsTests
{
    [Fact]
    public void A_divergence_shows_the_words_that_differ_escaped()
    {
        var story = SampleStory.Build();
        var s1 = new SentenceRef(0, 0);
        var s2 = new SentenceRef(1, 0);
        var divergence = new Divergence(DivergenceKind.Number, [s1, s2], "4,200 (a1) vs 3,800 (a2)")
        {
            Spans = [new DivergenceSpan(s1, 0, 5, "<b>4,200</b>"), new DivergenceSpan(s2, 0, 5, "3,800")],
        };
        var page = Report.RenderToString(story with { Divergences = [divergence] }, ReportFormat.Html);
        Assert.Contains("<mark title=\"a1.s1\">&lt;b&gt;4,200&lt;/b&gt;</mark> / <mark title=\"a2.s1\">3,800</mark>", page, StringComparison.Ordinal);
    }
}
