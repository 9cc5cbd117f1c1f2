using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Parallax.Corpus;
using Parallax.Documents;
using Parallax.Reports;
using Parallax.Reports.Html;
using Parallax.Store;
using Parallax.Web.Pages;

namespace Parallax.Web.Internal;

/// <summary>The pages and JSON endpoints of <c>parallax serve</c>.</summary>
internal sealed class Site(ServeOptions options, StorePool stores, ILogger log) : IDisposable
{
    private const string HtmlType = "text/html; charset=utf-8";
    private const string JsonType = "application/json; charset=utf-8";
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private static readonly string Css = HtmlReport.Stylesheet + WebStyles.Css;

    private readonly ReportCache<RenderedPages> _reports = new(options.CachedReports, options.CachedReportBytes, report => report.Size);
    private readonly ReportCache<Parallax.Comparison.Story> _comparisons = new(options.CachedComparisons);
    private readonly ReportCache<RenderedPages> _articles = new(options.CachedArticles, options.CachedArticleBytes, pages => pages.Size);
    private readonly PlainBodies _plain = new(options.CachedUncompressedBytes);
    private readonly SemaphoreSlim _builds = new(Math.Max(1, options.ConcurrentBuilds));
    private readonly Lock _ingestGate = new();

    internal ReportCache<RenderedPages> CachedReports => _reports;

    internal ReportCache<RenderedPages> CachedArticles => _articles;

    internal PlainBodies UncompressedBodies => _plain;

    public void Dispose() => _builds.Dispose();

    public void Map(WebApplication app)
    {
        RequestGuards.Use(app, options, log);
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context =>
            {
                var failure = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error;
                log.LogError(failure, "{Method} {Path} failed: {Message}", context.Request.Method, context.Request.Path.Value, failure?.Message);
                return Error(context.Request, StatusCodes.Status500InternalServerError, "Something went wrong while building this page.").ExecuteAsync(context);
            },
        });
        app.UseRouting();
        app.MapGet("/", Home);
        app.MapGet("/healthz", Health);
        app.MapGet("/favicon.ico", () => Results.NoContent());
        app.MapGet("/stories/{id}", (HttpRequest request, string id) => Guard(request, () => StoryPage(id)));
        app.MapGet("/articles/{id}", (HttpRequest request, string id) => Guard(request, () => ArticlePage(id)));
        app.MapGet("/entities", (HttpRequest request) => Guard(request, () => Html(EntityPage.Render(FindEntity(request)))));
        app.MapGet("/api/entities", (HttpRequest request) => Guard(request, () => Json(EntityPage.Json(FindEntity(request)))));
        app.MapGet(Routes.Compare, () => Html(CompareForm.Render(options)));
        app.MapPost(Routes.Compare, (HttpRequest request) => CompareAsync(request));
        app.MapGet(Routes.Stylesheet, () => Results.Text(Css, "text/css; charset=utf-8"));
        app.MapGet("/api/stories", (HttpRequest request) => Guard(request, () => ApiStories(request)));
        app.MapGet("/api/stories/{id}", (HttpRequest request, string id) => Guard(request, () => ApiStory(request, id)));
        app.MapGet("/api/articles/{id}", (HttpRequest request, string id) => Guard(request, () => ApiArticle(request, id)));
        app.MapGet("/api/search", (HttpRequest request) => Guard(request, () => ApiSearch(request)));
        app.MapFallback((HttpRequest request) => Error(request, StatusCodes.Status404NotFound, "There is no such page."));
    }

    private IResult Home(HttpRequest request) => Guard(request, () =>
    {
        var query = Query(request, required: false);
        var page = Page(request);
        var offset = (page - 1) * options.PageSize;
        var (stories, hits, total) = stores.Use(store => (
            store.Stories(search: query, limit: options.PageSize + 1, offset: offset),
            query is null ? null : store.SearchPage(query, options.PageSize, offset),
            store.ArticleCount));
        var more = stories.Count > options.PageSize || (hits is not null && hits.Total > offset + hits.Hits.Count);
        return Html(HtmlTemplates.Render<HomePage, HomeModel>(new HomeModel(query, page, offset, [.. stories.Take(options.PageSize)], hits, total, more)));
    });

    /// <summary>200 with the article count when the database answers, 503 otherwise (for monitors and scripts).</summary>
    private IResult Health()
    {
        try
        {
            var articles = stores.Use(store => store.ArticleCount);
            return Json(new { status = "ok", articles });
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or InvalidOperationException)
        {
            log.LogError(e, "health check failed: {Message}", e.Message);
            return Results.Text(JsonSerializer.Serialize(new { status = "unavailable", error = e.Message }, JsonOptions), JsonType, Encoding.UTF8, StatusCodes.Status503ServiceUnavailable);
        }
    }

    private IResult StoryPage(string id)
    {
        var story = ParseId(id, 's', "story");
        return BuiltReport(story) is { } report ? report.Html.ToResult(HtmlType, _plain) : Error(false, StatusCodes.Status404NotFound, $"There is no story {Routes.StoryName(story)}.");
    }

    private IResult ArticlePage(string id)
    {
        var articleId = ParseId(id, 'a', "article");
        return RenderedArticle(articleId) is { } pages ? pages.Html.ToResult(HtmlType, _plain) : Error(false, StatusCodes.Status404NotFound, $"There is no article {Routes.ArticleName(articleId)}.");
    }

    /// <summary>
    /// The pages of a stored article: from memory while it stays in the same story (its page links there), else rendered
    /// from its analysis; null when there is no such article.
    /// </summary>
    private RenderedPages? RenderedArticle(long id)
    {
        var article = stores.Use(store => store.Article(id));
        return article is null
            ? null
            : _articles.GetOrBuild(id, article.Story, () => ArticlePages.Render(id, article.Story, stores.Use(store => StoredStories.Analysis(store, article))));
    }

    /// <summary>
    /// The entity named by <c>?name=</c> (and <c>&amp;type=</c>, optional) in the stories the full-text search finds for its
    /// last word: at most <see cref="EntityPage.MaxStories"/> of them, most recently active first.
    /// </summary>
    private EntityFindings FindEntity(HttpRequest request)
    {
        var values = request.Query["name"];
        var name = values.Count == 0 ? "" : string.Join(' ', new string([.. (values[0] ?? "").Where(c => !char.IsControl(c))]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (name.Length == 0)
            throw new BadRequestException("No entity named: give one, e.g. /entities?name=Ilse Varnhagen.");
        if (name.Length > EntityLookup.MaxNameLength)
            throw new BadRequestException($"The entity name is too long ({name.Length} characters; at most {EntityLookup.MaxNameLength}).");
        EntityType? type = null;
        var typeValues = request.Query["type"];
        if (typeValues.Count > 0 && !string.IsNullOrEmpty(typeValues[0]))
            type = Routes.TryParseType(typeValues[0], out var parsed) ? parsed : throw new BadRequestException($"'{typeValues[0]}' is not an entity type (person, org, gpe, loc or misc).");
        var word = EntityLookup.SearchWord(name) ?? throw new BadRequestException($"'{name}' has no word to look for.");
        var candidates = stores.Use(store => store.Stories(search: word, limit: EntityPage.MaxStories + 1));
        var stories = new List<(StorySummary, Parallax.Comparison.Story)>();
        foreach (var summary in candidates.Take(EntityPage.MaxStories))
        {
            if (Comparison(summary) is { } story)
                stories.Add((summary, story));
        }
        return EntityLookup.Find(name, type, stories, candidates.Count > EntityPage.MaxStories);
    }

    /// <summary>
    /// Compares what the form sent (in a build slot) and answers the report; the articles are stored only when the form
    /// asks. Over the size limit: 413; fewer than two articles: 400 with the form again.
    /// </summary>
    private async Task<IResult> CompareAsync(HttpRequest request)
    {
        CompareInput input;
        try
        {
            input = await CompareForm.ReadAsync(request, options, request.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (TooLargeException e)
        {
            return Html(CompareForm.Render(options, error: e.Message), StatusCodes.Status413PayloadTooLarge);
        }
        catch (BadRequestException e)
        {
            return Html(CompareForm.Render(options, error: e.Message), StatusCodes.Status400BadRequest);
        }
        if (input.Articles.Count < 2)
            return Html(CompareForm.Render(options, input.Problems, $"Give at least two articles to compare ({(input.Articles.Count == 0 ? "none was" : "one was")} read)."), StatusCodes.Status400BadRequest);
        if (input.Articles.Count > options.MaxArticles)
            return Html(CompareForm.Render(options, input.Problems, $"At most {options.MaxArticles} articles compare at once ({input.Articles.Count} were read)."), StatusCodes.Status400BadRequest);
        if (!await _builds.WaitAsync(options.BuildQueueTimeout, request.HttpContext.RequestAborted).ConfigureAwait(false))
            return Guard(request, () => throw new BusyException());
        Parallax.Comparison.Story story;
        var notices = new List<string>(input.Problems.Select(p => "Not read: " + p));
        try
        {
            var analyses = new Documents.ArticleAnalysis?[input.Articles.Count];
            Parallel.For(0, analyses.Length, i =>
            {
                try
                {
                    analyses[i] = Parallax.Analysis.Analyzer.Analyze(input.Articles[i]);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    log.LogWarning(e, "compare: {Article} left out, its analysis failed: {Message}", input.Articles[i].Outlet, e.Message);
                }
            });
            for (var i = 0; i < analyses.Length; i++)
            {
                if (analyses[i] is null)
                    notices.Add($"Left out: {input.Articles[i].Outlet} (its analysis failed)");
            }
            var analysed = analyses.OfType<Documents.ArticleAnalysis>().ToList();
            if (analysed.Count < 2)
                return Html(CompareForm.Render(options, [.. notices], "Fewer than two articles could be analysed."), StatusCodes.Status400BadRequest);
            story = Parallax.Comparison.StoryComparer.Compare(analysed, encoder: options.Encoder);
            if (input.Store)
                notices.Add(Store(input.Articles));
        }
        finally
        {
            _builds.Release();
        }
        var links = new[] { new ReportLink("← All stories", Routes.Home()), new ReportLink("Compare other texts", Routes.Compare) };
        return Html(Report.RenderToString(story, ReportFormat.Html, new ReportOptions { Links = links, Notices = notices, EntityLinks = Routes.EntityLink }));
    }

    /// <summary>Adds compared articles to the corpus (one ingest at a time) and says what became of them.</summary>
    private string Store(IReadOnlyList<Article> articles)
    {
        IngestSummary summary;
        lock (_ingestGate)
            summary = stores.Use(store => new CorpusIngestor(store).Run(articles.Select(a => Parallax.Ingest.IngestResult.Of(a))));
        var p = summary.Progress;
        var text = $"Stored in the corpus: {p.Added} new {(p.Added == 1 ? "article" : "articles")}";
        if (p.Duplicates > 0)
            text += $", {p.Duplicates} already there";
        if (p.Skipped > 0)
            text += $", {p.Skipped} skipped";
        return text + ".";
    }

    private IResult ApiStories(HttpRequest request)
    {
        var query = Query(request, required: false);
        var page = Page(request);
        var stories = stores.Use(store => store.Stories(search: query, limit: options.PageSize + 1, offset: (page - 1) * options.PageSize));
        var more = stories.Count > options.PageSize;
        return Json(new { page, stories = stories.Take(options.PageSize).Select(StoryJson), next = more ? "/api/stories" + Routes.Home(query, page + 1)[1..] : null });
    }

    private IResult ApiStory(HttpRequest request, string id)
    {
        var story = ParseId(id, 's', "story");
        return BuiltReport(story) is { } report ? report.Json.ToResult(JsonType, _plain) : Error(request, StatusCodes.Status404NotFound, $"There is no story {Routes.StoryName(story)}.");
    }

    private IResult ApiArticle(HttpRequest request, string id)
    {
        var articleId = ParseId(id, 'a', "article");
        return RenderedArticle(articleId) is { } pages ? pages.Json.ToResult(JsonType, _plain) : Error(request, StatusCodes.Status404NotFound, $"There is no article {Routes.ArticleName(articleId)}.");
    }

    private IResult ApiSearch(HttpRequest request)
    {
        var query = Query(request, required: true)!;
        var page = Page(request);
        var offset = (page - 1) * options.PageSize;
        var (stories, hits) = stores.Use(store => (store.Stories(search: query, limit: options.PageSize + 1, offset: offset), store.SearchPage(query, options.PageSize, offset)));
        var more = stories.Count > options.PageSize || hits.Total > offset + hits.Hits.Count;
        return Json(new
        {
            query,
            page,
            total = hits.Total,
            stories = stories.Take(options.PageSize).Select(StoryJson),
            articles = hits.Hits.Select(h => new
            {
                id = Routes.ArticleName(h.Article.Id),
                story = Routes.StoryName(h.Article.Story),
                h.Article.Article.Outlet,
                h.Article.Article.Title,
                h.Article.Article.Url,
                h.Article.Article.Published,
                snippet = h.Snippet.Replace(SearchHit.MarkStart.ToString(), "", StringComparison.Ordinal).Replace(SearchHit.MarkEnd.ToString(), "", StringComparison.Ordinal),
                href = Routes.ArticleJson(h.Article.Id),
                page = Routes.Article(h.Article.Id),
            }),
            next = more ? "/api/search" + Routes.Home(query, page + 1)[1..] : null,
        });
    }

    private static object StoryJson(StorySummary s) => new
    {
        id = Routes.StoryName(s.Id),
        s.Title,
        s.Size,
        s.Syndicated,
        s.Outlets,
        first = s.First,
        last = s.Last,
        href = Routes.StoryJson(s.Id),
    };

    /// <summary>
    /// The report of a story: from memory while its article count is unchanged, else from the store while what it was
    /// rendered from is unchanged, else built (and kept in both); null when there is no such story.
    /// </summary>
    private RenderedPages? BuiltReport(long id)
    {
        var summary = stores.Use(store => store.Story(id));
        if (summary is null)
            return null;
        try
        {
            return _reports.GetOrBuild(id, summary.Size, () => LoadOrBuild(summary));
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
    }

    private RenderedPages LoadOrBuild(StorySummary summary)
    {
        var (key, stored) = stores.Use(store =>
        {
            var key = StoredReports.Key(summary, store.ArticleHeadersOf(summary.Id), options);
            return (key, StoredReports.Read(store, summary.Id, key));
        });
        if (stored is { } found)
            return new RenderedPages(found.Html, found.Json);
        var report = InBuildSlot(() => StoryReport.Render(summary, _comparisons.GetOrBuild(summary.Id, summary.Size, () => Compare(summary))));
        try
        {
            stores.Use(store =>
            {
                StoredReports.Write(store, summary.Id, key, report.Html, report.Json);
                return true;
            });
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or InvalidOperationException)
        {
            log.LogWarning("story {Story}: its report could not be kept in the database ({Message}); it is kept in memory", summary.Id, e.Message);
        }
        return report;
    }

    /// <summary>The comparison of a story (for the entity pages): kept, or compared in a build slot; null when the story is gone.</summary>
    private Parallax.Comparison.Story? Comparison(StorySummary summary)
    {
        try
        {
            return InBuildSlot(() => _comparisons.GetOrBuild(summary.Id, summary.Size, () => Compare(summary)));
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Runs <paramref name="work"/> in one of the build slots (<see cref="ServeOptions.ConcurrentBuilds"/>).</summary>
    private T InBuildSlot<T>(Func<T> work)
    {
        if (!_builds.Wait(options.BuildQueueTimeout))
            throw new BusyException();
        try
        {
            return work();
        }
        finally
        {
            _builds.Release();
        }
    }

    /// <summary>Compares a stored story; an article that fails analysis is logged and left out.</summary>
    private Parallax.Comparison.Story Compare(StorySummary summary)
        => stores.Use(store => StoredStories.Build(store, summary.Id, options.MaxArticles, encoder: options.Encoder,
            onFailure: (article, e) => log.LogWarning(e, "story {Story}: article {Article} left out, its analysis failed: {Message}", summary.Id, article.Id, e.Message)));

    private static string? Query(HttpRequest request, bool required)
    {
        var values = request.Query["q"];
        var text = values.Count == 0 ? null : new string([.. (values[0] ?? "").Where(c => !char.IsControl(c))]).Trim();
        if (string.IsNullOrEmpty(text))
            return required ? throw new BadRequestException("The search query is empty: give some words, e.g. ?q=harbour strike.") : null;
        if (text.Length > Routes.MaxQueryLength)
            throw new BadRequestException($"The search query is too long ({text.Length} characters; at most {Routes.MaxQueryLength}).");
        return text;
    }

    private static int Page(HttpRequest request)
    {
        var values = request.Query["page"];
        if (values.Count == 0)
            return 1;
        return int.TryParse(values[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) && page is >= 1 and <= Routes.MaxPage
            ? page
            : throw new BadRequestException($"'{values[0]}' is not a page number (1 to {Routes.MaxPage}).");
    }

    private static long ParseId(string text, char prefix, string what)
        => Routes.TryParseId(text, prefix, out var id) ? id : throw new BadRequestException($"'{text}' is not {(what == "article" ? "an" : "a")} {what} id (e.g. {prefix}12 or 12).");

    /// <summary>Runs a handler, answering its <see cref="BadRequestException"/> with 400.</summary>
    private static IResult Guard(HttpRequest request, Func<IResult> handler)
    {
        try
        {
            return handler();
        }
        catch (BadRequestException e)
        {
            return Error(request, StatusCodes.Status400BadRequest, e.Message);
        }
        catch (BusyException)
        {
            request.HttpContext.Response.Headers.RetryAfter = "5";
            return Error(request, StatusCodes.Status503ServiceUnavailable, "The server is busy building other stories; try again in a few seconds.");
        }
    }

    private static IResult Error(HttpRequest request, int status, string message)
        => Error(request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase), status, message);

    private static IResult Error(bool api, int status, string message)
    {
        if (api)
            return Results.Text(JsonSerializer.Serialize(new { status, error = message }, JsonOptions), JsonType, Encoding.UTF8, status);
        var title = status switch { 400 => "Bad request", 404 => "Not found", 503 => "Busy", _ => "Error" };
        return Html(HtmlTemplates.Render<ErrorPage, ErrorModel>(new ErrorModel(title, message)), status);
    }

    private static IResult Html(string html, int status = StatusCodes.Status200OK) => Results.Text(html, HtmlType, Encoding.UTF8, status);

    private static IResult Json(object value) => Results.Text(JsonSerializer.Serialize(value, JsonOptions), JsonType, Encoding.UTF8);
}

/// <summary>Every build slot stayed taken for <see cref="ServeOptions.BuildQueueTimeout"/>.</summary>
internal sealed class BusyException : Exception
{
    public BusyException()
        : base("all report build slots are busy")
    {
    }
}
