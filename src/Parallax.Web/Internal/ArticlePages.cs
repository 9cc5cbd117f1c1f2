using Parallax.Documents;
using Parallax.Reports;

namespace Parallax.Web.Internal;

/// <summary>A stored article's pages, rendered together: its analysis as HTML (<c>/articles/N</c>) and JSON (<c>/api/articles/N</c>).</summary>
internal static class ArticlePages
{
    /// <summary>Renders the analysis of article <paramref name="id"/>, a member of story <paramref name="story"/>.</summary>
    public static RenderedPages Render(long id, long story, ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var links = new[] { new ReportLink("← All stories", Routes.Home()), new ReportLink("Story " + Routes.StoryName(story), Routes.Story(story)), new ReportLink("JSON", Routes.ArticleJson(id)) };
        var html = Report.RenderToString([analysis], ReportFormat.Html, new ReportOptions { Links = links, EntityLinks = Routes.EntityLink });
        var json = Report.RenderToString([analysis], ReportFormat.Json);
        return new RenderedPages(PackedBody.Pack(html), PackedBody.Pack(json));
    }
}
