using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Parallax.Corpus;
using Parallax.Store;
using Parallax.Web.Internal;

namespace Parallax.Web;

/// <summary>
/// The front door of the web UI: a <see cref="WebApplication"/> serving the stories of a corpus (list, full-text search,
/// story reports, article analyses) as HTML pages and JSON (<c>/api/stories</c>, <c>/api/stories/{id}</c> in the
/// <c>parallax.story/1</c> contract, <c>/api/search?q=</c>), listening on <see cref="ServeOptions.Host"/> (loopback by default).
/// </summary>
public static class ParallaxWeb
{
    /// <summary>Builds the application (not started: call <c>Start</c> or <c>Run</c>).</summary>
    /// <param name="options">Address, port and cache sizes.</param>
    /// <param name="openStore">Opens the corpus store; called once at once (so a missing database fails here) and again for each concurrent request beyond the stores already open.</param>
    /// <param name="configure">Further host settings (tests put a test server here).</param>
    /// <exception cref="ArgumentException">The host is not an IP address or the port is out of range.</exception>
    public static WebApplication Build(ServeOptions options, Func<IArticleStore> openStore, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(openStore);
        var address = options.Address;
        if (options.Port is < 0 or > 65535)
            throw new ArgumentException($"--port {options.Port} is not a TCP port (0 to 65535)");
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss ";
        });
        builder.Logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("Parallax", LogLevel.Information);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(address, options.Port));
        configure?.Invoke(builder);
        var stores = new StorePool(openStore);
        builder.Services.AddSingleton(_ => stores);
        builder.Services.AddSingleton(services => new Site(options, stores, services.GetRequiredService<ILoggerFactory>().CreateLogger("Parallax.Web")));
        var app = builder.Build();
        var site = app.Services.GetRequiredService<Site>();
        app.Lifetime.ApplicationStarted.Register(() => _ = Analysis.Analyzer.WarmUpAsync());
        site.Map(app);
        return app;
    }

    /// <summary>
    /// Builds and keeps in <paramref name="store"/> the report of every story whose kept report is missing or no longer
    /// matches the story, as <c>serve</c> with <paramref name="options"/> (its encoder and article limit) would build it,
    /// so that <c>serve</c> answers every story from the store. A story whose articles all fail analysis is counted as failed.
    /// </summary>
    /// <param name="store">The corpus (written to).</param>
    /// <param name="options">The options <c>serve</c> will run with; reports built with others do not match.</param>
    /// <param name="onFailure">Told of each story that could not be built and why.</param>
    public static StoryReportsBuilt BuildReports(IArticleStore store, ServeOptions options, Action<long, string>? onFailure = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        int built = 0, current = 0, failed = 0;
        foreach (var summary in store.Stories(limit: int.MaxValue))
        {
            var key = StoredReports.Key(summary, store.ArticleHeadersOf(summary.Id), options);
            if (StoredReports.Read(store, summary.Id, key) is not null)
            {
                current++;
                continue;
            }
            try
            {
                var report = StoryReport.Render(summary, StoredStories.Build(store, summary.Id, options.MaxArticles, encoder: options.Encoder));
                StoredReports.Write(store, summary.Id, key, report.Html, report.Json);
                built++;
            }
            catch (InvalidOperationException e)
            {
                failed++;
                onFailure?.Invoke(summary.Id, e.Message);
            }
        }
        return new StoryReportsBuilt(built, current, failed);
    }
}

/// <summary>What <see cref="ParallaxWeb.BuildReports"/> did.</summary>
/// <param name="Built">Reports built and kept.</param>
/// <param name="UpToDate">Stories whose kept report still matched.</param>
/// <param name="Failed">Stories none of whose articles could be analysed.</param>
public sealed record StoryReportsBuilt(int Built, int UpToDate, int Failed);
