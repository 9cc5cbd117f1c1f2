using Parallax.Documents;
using Parallax.Reports;

namespace Parallax.Web.Internal;

/// <summary>A stored article's pages, rendered together and kept packed: its analysis as HTML (<c>/articles/N</c>) and JSON (<c>/api/articles/N</c>).</summary>
internal sealed class ArticlePages
{
    private ArticlePages(PackedBody html, PackedBody json)
    {
        Html = html;
        Json = json;
    }

    public PackedBody Html { get; }

    public PackedBody Json { get; }

    /// <summary>The bytes it holds (both bodies, packed).</summary>
    public long Size => Html.Packed.Count + Json.Packed.Count;

    /// <summary>Renders the analysis of article <paramref name="id"/>, a member of story <paramref name="story"/>.</summary>
    public static ArticlePages Render(long id, long story, ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var links = new[] { new ReportLink("← All stories", Routes.Home()), new ReportLink("Story " + Routes.StoryName(story), Routes.Story(story)), new ReportLink("JSON", Routes.ArticleJson(id)) };
        var html = Report.RenderToString([analysis], ReportFormat.Html, new ReportOptions { Links = links, EntityLinks = Routes.EntityLink });
        var json = Report.RenderToString([analysis], ReportFormat.Json);
        return new ArticlePages(PackedBody.Pack(html), PackedBody.Pack(json));
    }
}
