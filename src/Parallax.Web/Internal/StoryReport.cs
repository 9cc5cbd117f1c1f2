using Parallax.Comparison;
using Parallax.Corpus;
using Parallax.Reports;
using Parallax.Store;

namespace Parallax.Web.Internal;

/// <summary>A built story with its HTML page and JSON contract, each rendered once, when first asked for.</summary>
internal sealed class StoryReport
{
    private readonly Lazy<string> _html;
    private readonly Lazy<string> _json;

    public StoryReport(StorySummary summary, Story story)
    {
        ArgumentNullException.ThrowIfNull(summary);
        Story = story;
        var links = new List<ReportLink> { new("← All stories", Routes.Home()), new("JSON", Routes.StoryJson(summary.Id)) };
        if (story.Articles.Length < summary.Size)
            links.Add(new ReportLink($"(the first {story.Articles.Length} of {summary.Size} articles)", Routes.Story(summary.Id)));
        var articles = story.Articles.Select(a => Routes.TryParseId(a.Article.Id, 'a', out var id) ? Routes.Article(id) : null).ToList();
        _html = new(() => Report.RenderToString(story, ReportFormat.Html, new ReportOptions { Links = links, ArticleLinks = articles, EntityLinks = Routes.EntityLink }));
        _json = new(() => Report.RenderToString(story, ReportFormat.Json));
    }

    /// <summary>The comparison the pages are rendered from.</summary>
    public Story Story { get; }

    public string Html => _html.Value;

    public string Json => _json.Value;
}
