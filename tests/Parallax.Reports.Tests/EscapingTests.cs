using System.Text.Json;
using Parallax.Comparison;

namespace Parallax.Reports.Tests;

public class EscapingTests
{
    private const string Hostile = "Tom & Jerry said <script>alert(\"x\")</script> was *bold* | [link](http://x.example) and `code`. # Not a heading.";

    private static Story HostileStory()
    {
        var a = SampleStory.Analyze(new Article("a1", "A <b>&</b> Co", Hostile) { Title = "<img src=x onerror=alert(1)>" });
        return new Story([a])
        {
            Unique = [[.. Enumerable.Range(0, a.Sentences.Length)]],
            Brief = [new BriefSentence("Tom & Jerry: <i>maybe</i>", [new SentenceRef(0, 0)]) { Wording = new SentenceRef(0, 0) }],
        };
    }

    [Fact]
    public void Html_escapes_article_text_outlet_and_title()
    {
        var html = Report.RenderToString(HostileStory(), ReportFormat.Html);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>&</b>", html, StringComparison.Ordinal);
        Assert.Contains("Tom &amp; Jerry said &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("A &lt;b&gt;&amp;&lt;/b&gt; Co", html, StringComparison.Ordinal);
        Assert.Contains("Tom &amp; Jerry: &lt;i&gt;maybe&lt;/i&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_escapes_values_written_into_attributes_and_links_only_web_addresses()
    {
        var text = "Maria Olsson said the port closed. Officials said it reopened.";
        var a = SampleStory.Analyze(new Article("a1", "Q\" onmouseover=\"alert(1)", text) { Title = "T' onfocus='x", Url = "javascript:alert(1)" });
        var b = SampleStory.Analyze(new Article("a2", "B & <Co>", text) { Title = "B", Url = "https://b.example/?a=1&b=\"2\"" });
        var html = Report.RenderToString(new Story([a, b]), ReportFormat.Html, new ReportOptions { ArticleLinks = ["/articles/1\"><script>"], Links = [new ReportLink("<b>back</b>", "/?q=\"x\"")] });
        Assert.DoesNotContain("\" onmouseover=\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("' onfocus='", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<Co>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>back</b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"><script>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://b.example/?a=1&amp;b=%222%22\"", html, StringComparison.Ordinal);
        Assert.Contains("<h3><span class=\"aid\">a1</span> Q&quot; onmouseover=&quot;alert(1)</h3>", html, StringComparison.Ordinal);
        Assert.Equal(1, Occurrences(html, "<script"));
    }

    [Fact]
    public void Html_and_markdown_escape_headlines_and_their_partners()
    {
        var a = SampleStory.Analyze(new Article("a1", "A <b>&</b> Co", "Tom & Jerry <script>alert(1)</script> *win*\n\nThe cat chased the mouse across the kitchen on Monday."));
        var b = SampleStory.Analyze(new Article("a2", "B", "<img src=x onerror=alert(2)> Mice & cats sign a [truce](http://x.example) in the kitchen."));
        Assert.Single(a.Headings);
        var story = new Story([a, b]) { HeadlineAlignments = [new HeadlineAlignment("hl1", 0.5, [new HeadingRef(0, 0)], [new SentenceRef(1, 0)])] };

        var html = Report.RenderToString(story, ReportFormat.Html);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("<q class=\"headline\">Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt; *win*</q>", html, StringComparison.Ordinal);
        Assert.Contains("<q>&lt;img src=x onerror=alert(2)&gt; Mice &amp; cats", html, StringComparison.Ordinal);
        Assert.Contains("<b>A &lt;b&gt;&amp;&lt;/b&gt; Co</b> <a class=\"ref\" href=\"#a1.h1\"", html, StringComparison.Ordinal);
        Assert.Equal(1, Occurrences(html, "<script"));

        var md = Report.RenderToString(story, ReportFormat.Markdown);
        Assert.Contains(@"- **A \<b\>\&\</b\> Co** `a1.h1`: Tom \& Jerry \<script\>alert(1)\</script\> \*win\*", md, StringComparison.Ordinal);
        Assert.Contains(@"  - B `a2.s1`: \<img src=x onerror=alert(2)\> Mice \& cats sign a \[truce\](http://x.example)", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_page_has_exactly_one_script_element_its_own()
    {
        var html = Report.RenderToString(HostileStory(), ReportFormat.Html);
        Assert.Equal(1, Occurrences(html, "<script"));
        Assert.Equal(1, Occurrences(html, "</script>"));
    }

    [Fact]
    public void Markdown_escapes_markup_in_article_text()
    {
        var md = Report.RenderToString(HostileStory(), ReportFormat.Markdown);
        Assert.Contains(@"Tom \& Jerry said \<script\>alert(""x"")\</script\> was \*bold\* \| \[link\](http://x.example) and \`code\`.", md, StringComparison.Ordinal);
        Assert.Contains(@"A \<b\>\&\</b\> Co", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_defuses_a_list_marker_at_the_start_of_a_sentence()
    {
        var a = SampleStory.Analyze(new Article("a1", "Outlet", "- Not a list item."));
        var md = Report.RenderToString(new Story([a]) { Unique = [[0]] }, ReportFormat.Markdown);
        Assert.Contains(@"`a1.s1` \- Not a list item.", md, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2. Not numbered", @"2\. Not numbered")]
    [InlineData("12) Not numbered", @"12\) Not numbered")]
    [InlineData("+ Not a bullet", @"\+ Not a bullet")]
    [InlineData("Line one\nline two", "Line one line two")]
    public void Markdown_escape_defuses_block_markers_and_folds_lines(string text, string expected)
        => Assert.Equal(expected, Internal.MarkdownText.Escape(text));

    [Fact]
    public void Json_round_trips_hostile_text_exactly()
    {
        var json = Report.RenderToString(HostileStory(), ReportFormat.Json, new ReportOptions { IncludeText = true });
        var article = JsonDocument.Parse(json).RootElement.GetProperty("articles")[0];
        Assert.Equal(Hostile, article.GetProperty("text").GetString());
        Assert.Equal("A <b>&</b> Co", article.GetProperty("outlet").GetString());
    }

    [Fact]
    public void Text_report_prints_square_brackets_literally_instead_of_reading_them_as_markup()
    {
        var text = Report.RenderToString(HostileStory(), ReportFormat.Text, new ReportOptions { Width = 200 });
        Assert.Contains("[link](http://x.example)", text, StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string value)
    {
        var n = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
            n++;
        return n;
    }
}
