using Parallax.Comparison;
using Parallax.Corpus;
using Parallax.Reports;

namespace Parallax.Web.Internal;

/// <summary>A story's report: its HTML page and JSON contract.</summary>
internal static class StoryReport
{
    /// <summary>Renders <paramref name="story"/>, the comparison of <paramref name="summary"/>, to HTML and JSON.</summary>
    public static RenderedPages Render(StorySummary summary, Story story)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(story);
        var links = new List<ReportLink> { new("← All stories", Routes.Home()), new("JSON", Routes.StoryJson(summary.Id)) };
        if (story.Articles.Length < summary.Size)
            links.Add(new ReportLink($"(the first {story.Articles.Length} of {summary.Size} articles)", Routes.Story(summary.Id)));
        var articles = story.Articles.Select(a => Routes.TryParseId(a.Article.Id, 'a', out var id) ? Routes.Article(id) : null).ToList();
        var html = Report.RenderToString(story, ReportFormat.Html, new ReportOptions { Links = links, ArticleLinks = articles, EntityLinks = Routes.EntityLink });
        var json = Report.RenderToString(story, ReportFormat.Json);
        return new RenderedPages(PackedBody.Pack(html), PackedBody.Pack(json));
    }
}
