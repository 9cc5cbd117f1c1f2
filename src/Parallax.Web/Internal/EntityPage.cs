using Parallax.Reports.Html;
using Parallax.Web.Pages;

namespace Parallax.Web.Internal;

/// <summary>The page (and JSON) about one entity: its spellings, the outlets that name it, and every story and article that mentions it.</summary>
internal static class EntityPage
{
    /// <summary>Candidate stories read at most for one entity page (each is compared, or taken from the report cache).</summary>
    public const int MaxStories = 20;

    public static string Render(EntityFindings found) => HtmlTemplates.Render<EntityFindingsPage, EntityFindings>(found);

    public static object Json(EntityFindings found) => new
    {
        name = found.Name,
        type = found.Type?.ToContractName(),
        spellings = found.Spellings().Select(s => new { text = s.Text, count = s.Count, outlets = s.Outlets }),
        outlets = found.Outlets().Select(o => new { outlet = o.Outlet, articles = o.Articles, stories = o.Stories }),
        stories = found.Stories.Select(s => new
        {
            id = Routes.StoryName(s.Summary.Id),
            title = s.Summary.Title,
            href = Routes.StoryJson(s.Summary.Id),
            articles = s.Articles.Select(a => new
            {
                id = Routes.ArticleName(a.Id),
                outlet = a.Outlet,
                title = a.Title,
                published = a.Published,
                mentions = a.Mentions,
                spellings = a.Spellings.Select(v => new { text = v.Text, count = v.Count }),
                href = Routes.ArticleJson(a.Id),
            }),
        }),
        searched = found.Searched,
        more = found.More,
    };
}
