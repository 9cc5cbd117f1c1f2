namespace Parallax.Web.Internal;

/// <summary>The page (and JSON) about one entity: its spellings, the outlets that name it, and every story and article that mentions it.</summary>
internal static class EntityPage
{
    /// <summary>Candidate stories read at most for one entity page (each is compared, or taken from the report cache).</summary>
    public const int MaxStories = 20;

    public static string Render(EntityFindings found)
    {
        var articles = found.Stories.Sum(s => s.Articles.Length);
        var outlets = found.Outlets();
        var html = new HtmlPage(found.Name + " – Parallax");
        html.Raw("<header class=\"top\">\n<nav class=\"links\" aria-label=\"Pages\">").Link(Routes.Home(), "← All stories").Raw(" ").Link(Routes.Home(found.Name), "Search for “" + found.Name + "”").Raw("</nav>\n");
        html.Raw("<h1>").Text(found.Name).Raw("</h1>\n<p class=\"summary\">");
        if (found.Type is { } type)
            html.Raw("<span class=\"type\">").Text(type.ToContractName()).Raw("</span> · ");
        html.Text(Count(found.Stories.Length, "story", "stories")).Raw(" · ").Text(Count(articles, "article")).Raw(" · ").Text(Count(outlets.Count, "outlet")).Raw("</p>\n");
        html.Raw("<nav class=\"toc\" aria-label=\"Sections\"><a href=\"#spellings\">Spellings</a><a href=\"#outlets\">Outlets</a><a href=\"#stories\">Stories</a></nav>\n</header>\n<main>\n");
        if (found.Stories.IsEmpty)
        {
            html.Raw("<section class=\"panel\" id=\"stories\"><h2>Stories</h2><p class=\"empty\">No stored story names “").Text(found.Name).Raw("”")
                .Raw(found.Type is null ? "" : " as a " + found.Type.Value.ToContractName().ToLowerInvariant()).Raw(".</p></section>\n</main>\n");
            return html.End();
        }
        Spellings(html, found);
        Outlets(html, outlets);
        Stories(html, found);
        html.Raw("</main>\n");
        return html.End();
    }

    private static void Spellings(HtmlPage html, EntityFindings found)
    {
        var spellings = found.Spellings();
        html.Raw("<section class=\"panel\" id=\"spellings\" aria-labelledby=\"spellings-h\">\n<h2 id=\"spellings-h\">Spellings <span class=\"n\">").Number(spellings.Count).Raw("</span></h2>\n");
        html.Raw("<table class=\"stories spellings\">\n<thead><tr><th scope=\"col\">Spelling</th><th scope=\"col\">Uses</th><th scope=\"col\">Outlets</th></tr></thead>\n<tbody>\n");
        foreach (var (text, count, outlets) in spellings)
            html.Raw("<tr><th scope=\"row\">").Text(text).Raw("</th><td>").Number(count).Raw("</td><td>").Text(string.Join(", ", outlets)).Raw("</td></tr>\n");
        html.Raw("</tbody>\n</table>\n</section>\n");
    }

    private static void Outlets(HtmlPage html, IReadOnlyList<(string Outlet, int Articles, int Stories)> outlets)
    {
        html.Raw("<section class=\"panel\" id=\"outlets\" aria-labelledby=\"outlets-h\">\n<h2 id=\"outlets-h\">Outlets <span class=\"n\">").Number(outlets.Count).Raw("</span></h2>\n");
        html.Raw("<table class=\"stories\">\n<thead><tr><th scope=\"col\">Outlet</th><th scope=\"col\">Articles</th><th scope=\"col\">Stories</th></tr></thead>\n<tbody>\n");
        foreach (var (outlet, articles, stories) in outlets)
            html.Raw("<tr><th scope=\"row\">").Text(outlet).Raw("</th><td>").Number(articles).Raw("</td><td>").Number(stories).Raw("</td></tr>\n");
        html.Raw("</tbody>\n</table>\n</section>\n");
    }

    private static void Stories(HtmlPage html, EntityFindings found)
    {
        html.Raw("<section class=\"panel\" id=\"stories\" aria-labelledby=\"stories-h\">\n<h2 id=\"stories-h\">Stories <span class=\"n\">").Number(found.Stories.Length).Raw("</span></h2>\n");
        if (found.More)
            html.Raw("<p class=\"hint\">Read in the ").Number(found.Searched).Raw(" most recently active stories that hold the name's last word; ").Link(Routes.Home(found.Name), "search").Raw(" for older ones.</p>\n");
        html.Raw("<ol class=\"list entity-stories\">\n");
        foreach (var story in found.Stories)
        {
            var summary = story.Summary;
            html.Raw("<li class=\"story\">").Link(Routes.Story(summary.Id), Routes.StoryName(summary.Id), "sid").Raw(" ").Raw("<a href=\"").Raw(Routes.Story(summary.Id)).Raw("\" title=\"").Text(summary.Title).Raw("\">").Text(HtmlPage.Short(summary.Title)).Raw("</a> <span class=\"meta\">").Dates(summary.First, summary.Last).Raw("</span>\n<ul class=\"articles\">\n");
            foreach (var article in story.Articles)
            {
                html.Raw("<li data-a=\"").Text(Routes.ArticleName(article.Id)).Raw("\"><b>").Text(article.Outlet).Raw("</b> ");
                if (article.Id > 0)
                    html.Link(Routes.Article(article.Id), Routes.ArticleName(article.Id), "sid").Raw(" ");
                if (article.Published is { } published)
                    html.Raw("<span class=\"meta\">").Date(published).Raw("</span> ");
                html.Raw("<span class=\"spelled\">");
                if (article.Spellings.IsEmpty)
                    html.Text(Count(article.Mentions, "mention"));
                else
                    html.Text(string.Join(", ", article.Spellings.Select(v => v.Count > 1 ? $"“{v.Text}” ×{v.Count}" : $"“{v.Text}”")));
                html.Raw("</span></li>\n");
            }
            html.Raw("</ul>\n</li>\n");
        }
        html.Raw("</ol>\n</section>\n");
    }

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

    private static string Count(int n, string singular, string? plural = null)
        => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : plural ?? singular + "s");
}
