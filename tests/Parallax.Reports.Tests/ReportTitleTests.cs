using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Reports.Internal;

namespace Parallax.Reports.Tests;

public class ReportTitleTests
{
    private static Story Untitled(string firstText)
    {
        var story = SampleStory.Build();
        var first = SampleStory.Analyze(story.Articles[0].Article with { Title = null, Text = firstText });
        return story with { Articles = [first, .. story.Articles.Skip(1).Select(a => a with { Article = a.Article with { Title = null } })] };
    }

    [Fact]
    public void A_story_of_untitled_articles_is_titled_by_its_first_articles_first_sentence()
    {
        var story = Untitled("Dock workers  walked off the job on Monday. The port is closed.");

        Assert.Equal("Dock workers walked off the job on Monday.", ReportModel.From(story).Title(null, "Story"));
    }

    [Fact]
    public void Every_renderer_heads_an_untitled_story_with_its_lead_sentence()
    {
        var story = SampleStory.Build();
        story = story with { Articles = [.. story.Articles.Select(a => a with { Article = a.Article with { Title = null } })] };
        var lead = ReportModel.From(story).Title(null, "Story");

        Assert.NotEqual("Story", lead);
        Assert.StartsWith(lead, story.Articles[0].Sentences[0].Text.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.StartsWith($"# {lead}\n", Report.RenderToString(story, ReportFormat.Markdown), StringComparison.Ordinal);
        Assert.Contains(lead, Report.RenderToString(story, ReportFormat.Text, new ReportOptions { Width = 200 }), StringComparison.Ordinal);
        Assert.Contains($"<title>{System.Net.WebUtility.HtmlEncode(lead)}", Report.RenderToString(story, ReportFormat.Html), StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_first_sentence_is_cut_at_a_word()
    {
        var sentence = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"word{i}")) + ".";
        var title = ReportModel.From(Untitled(sentence)).Title(null, "Story");

        Assert.EndsWith("…", title, StringComparison.Ordinal);
        Assert.True(title.Length <= ReportModel.MaxLeadTitle + 1, title);
        Assert.StartsWith(title[..^1] + " ", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_asked_for_or_an_articles_own_title_comes_first()
    {
        var story = Untitled("Dock workers walked off the job on Monday.");
        var titled = story with { Articles = [story.Articles[0], story.Articles[1] with { Article = story.Articles[1].Article with { Title = "Port strike" } }] };

        Assert.Equal("Asked", ReportModel.From(story).Title("Asked", "Story"));
        Assert.Equal("Port strike", ReportModel.From(titled).Title(null, "Story"));
    }
}
