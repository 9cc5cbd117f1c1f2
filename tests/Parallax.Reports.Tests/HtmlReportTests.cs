using System.Text.RegularExpressions;
using Parallax.Comparison;
using Parallax.Documents;

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
    public void Aligned_sentences_are_marked_shared_and_name_their_alignment()
    {
        var classes = SentenceClasses();
        Assert.Contains("al", classes["a1.s1"].Split(' '));
        Assert.Contains("al", classes["a2.s1"].Split(' '));
        Assert.DoesNotContain("al", classes["a1.s4"].Split(' '));
        Assert.Contains("id=\"a2.s1\" data-al=\"al1\" title=\"a2.s1 · also in Outlet A", Page, StringComparison.Ordinal);
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
        => Assert.Contains("<h4 class=\"hd\" id=\"a1.h1\">Letter to <span class=\"m\" data-e=\"e6\">Kabul</span></h4>", Page, StringComparison.Ordinal);

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
        var voices = page[page.IndexOf("id=\"voices\"", StringComparison.Ordinal)..page.IndexOf("id=\"articles\"", StringComparison.Ordinal)];
        Assert.Contains("<b>Ned Price</b> <span class=\"eid\">e8</span> <span class=\"tag named\">named</span> <span class=\"by\">quoted by Outlet B (2)</span>", voices, StringComparison.Ordinal);
        Assert.Contains("the talks were at an early stage</span> <a class=\"ref\" href=\"#a2.s3\" data-s=\"a2.s3\">", voices, StringComparison.Ordinal);
        Assert.Contains("2,500 troops remain</span> <a class=\"ref\" href=\"#a2.s4\" data-s=\"a2.s4\">", voices, StringComparison.Ordinal);
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
        => Assert.Contains("<li class=\"div\" id=\"d1\" data-s=\"a1.s2 a1.s3 a2.s2\">", Page, StringComparison.Ordinal);

    [Fact]
    public void Divergences_keep_the_story_order_and_the_first_ones_start_open()
    {
        var attribution = Page.IndexOf("<span class=\"kind\">attribution</span>", StringComparison.Ordinal);
        var variant = Page.IndexOf("<span class=\"kind\">name-variant</span>", StringComparison.Ordinal);
        Assert.True(attribution > 0 && variant > attribution);
        Assert.Contains("<li class=\"div\" id=\"d2\" data-s=\"a1.s1 a2.s1\"><details open>", Page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_divergence_shows_the_passage_of_each_outlet_with_non_adjacent_sentences_elided()
        => Assert.Contains("<figure class=\"passage\" data-a=\"a1\"><figcaption><b>Outlet A</b> <span class=\"aid\">a1.s2 a1.s3</span></figcaption>", Page, StringComparison.Ordinal);

    [Fact]
    public void Voices_show_anonymous_sources_with_a_word_not_only_a_colour()
        => Assert.Contains("<b>Officials</b> <span class=\"tag anonymous\"><span aria-hidden=\"true\">?</span> anonymous</span>", Page, StringComparison.Ordinal);

    [Fact]
    public void The_reading_pane_offers_every_article_and_checks_the_first_two()
    {
        Assert.Contains("<input type=\"checkbox\" name=\"show\" value=\"a1\" checked />", Page, StringComparison.Ordinal);
        Assert.Contains("<input type=\"checkbox\" name=\"show\" value=\"a2\" checked />", Page, StringComparison.Ordinal);
    }

    [Fact]
    public void Publication_times_carry_their_iso_form_for_the_reader_locale()
        => Assert.Contains("<time datetime=\"2021-03-08T10:00:00&#x2B;00:00\">2021-03-08 10:00 UTC</time>", Page, StringComparison.Ordinal);

    [Fact]
    public void The_page_has_no_inline_style_attribute()
        => Assert.DoesNotContain(" style=", Page, StringComparison.Ordinal);

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
    public void A_divergence_marks_the_differing_words_in_each_passage()
    {
        var story = SampleStory.Build();
        var s1 = new SentenceRef(0, 0);
        var s2 = new SentenceRef(1, 0);
        var a = story.Articles[0].Text.IndexOf("Anthony", StringComparison.Ordinal);
        var b = story.Articles[1].Text.IndexOf("Antony", StringComparison.Ordinal);
        var divergence = new Divergence(DivergenceKind.NameVariant, [s1, s2], "Anthony / Antony")
        {
            Spans = [new DivergenceSpan(s1, a, a + 7, "Anthony"), new DivergenceSpan(s2, b, b + 6, "Antony")],
        };
        var page = Report.RenderToString(story with { Divergences = [divergence] }, ReportFormat.Html);
        Assert.Contains("<blockquote>US Secretary of State <mark>Anthony</mark> Blinken sent a letter", page, StringComparison.Ordinal);
        Assert.Contains("<blockquote>Secretary of State <mark>Antony</mark> Blinken wrote to Ghani", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_whose_offsets_lie_outside_the_sentence_are_shown_after_it_escaped()
    {
        var story = SampleStory.Build();
        var s1 = new SentenceRef(0, 0);
        var divergence = new Divergence(DivergenceKind.Number, [s1, new SentenceRef(1, 0)], "4,200 (a1) vs 3,800 (a2)")
        {
            Spans = [new DivergenceSpan(s1, 0, 5, "<b>4,200</b>")],
        };
        var page = Report.RenderToString(story with { Divergences = [divergence] }, ReportFormat.Html);
        Assert.Contains(" <mark class=\"word\">&lt;b&gt;4,200&lt;/b&gt;</mark>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>4,200</b>", page, StringComparison.Ordinal);
    }
}
