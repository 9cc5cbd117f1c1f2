using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Parallax.Corpus;
using Parallax.Ingest;
using Parallax.Store;

[assembly: AssemblyFixture(typeof(Parallax.Web.Tests.Corpus))]

namespace Parallax.Web.Tests;

/// <summary>
/// A temporary SQLite corpus ingested from invented articles: two outlets reporting one flood (the first with a
/// script tag in its title), and one unrelated chess article; and test servers over it.
/// </summary>
public sealed class Corpus : IAsyncLifetime
{
    public const string ScriptTitle = "River Tessel floods Marrowby <script>alert('x')</script>";
    public const string ChessTitle = "Grandmaster Oduya wins the Port Avenna open";

    private static readonly string[] Articles =
    [
        Line(ScriptTitle, "Tessel Gazette", "https://gazette.example/flood", "2024-04-02T09:00:00Z",
            "Floodwater from the River Tessel forced 340 residents of Marrowby to leave their homes on Tuesday, Mayor Ilse Varnhagen said. "
            + "The river rose two metres overnight after three days of rain over the Marrowby valley. "
            + "\"We have never seen the Tessel this high,\" Varnhagen told reporters at the Marrowby town hall. "
            + "Emergency shelters opened in the Marrowby school and the Saint Brennart church. "
            + "The regional water board said the Tessel would stay above its banks until Thursday."),
        Line("Hundreds leave Marrowby as the Tessel bursts its banks", "Northmoor Radio", "https://radio.example/marrowby", "2024-04-03T07:30:00Z",
            "About 340 people were evacuated from Marrowby on Tuesday as the River Tessel burst its banks, Mayor Ilse Varnhagen said. "
            + "Three days of rain over the Marrowby valley pushed the Tessel two metres higher overnight. "
            + "Varnhagen said the Marrowby school and the Saint Brennart church were open as emergency shelters. "
            + "The regional water board expects the Tessel to fall back below its banks by Friday."),
        Line(ChessTitle, "Avenna Courier", "https://courier.example/chess", "2024-03-01T18:00:00Z",
            "Grandmaster Teodor Oduya won the Port Avenna open chess tournament on Sunday with a round to spare. "
            + "Oduya beat the defending champion in a long endgame on the first chessboard. "
            + "\"I played the quiet moves well,\" Oduya said after the final round. "
            + "Ninety players from twelve clubs took part in the week-long tournament."),
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("parallax-web-").FullName;
    private readonly List<WebApplication> _apps = [];

    public string Db => Path.Combine(_folder, "corpus.db");

    public async ValueTask InitializeAsync()
    {
        var input = Path.Combine(_folder, "news.jsonl");
        await File.WriteAllLinesAsync(input, Articles);
        using var store = SqliteArticleStore.Open(Db);
        var summary = new CorpusIngestor(store).Run(ArticleLoader.Load(input));
        if (summary.Progress.Added != Articles.Length)
            throw new InvalidOperationException($"ingested {summary.Progress.Added} of {Articles.Length} test articles");
    }

    /// <summary>The id of the story holding the article with this title.</summary>
    public long StoryOf(string title) => Find(title).Story;

    /// <summary>The store id of the article with this title.</summary>
    public long ArticleOf(string title) => Find(title).Id;

    private StoredArticle Find(string title)
    {
        using var store = SqliteArticleStore.Open(Db, create: false);
        return store.Stories().SelectMany(s => store.ArticlesOf(s.Id)).Single(a => a.Article.Title == title);
    }

    /// <summary>A started app on an in-memory test server.</summary>
    public async Task<WebApplication> StartAsync(ServeOptions? options = null)
    {
        var app = ParallaxWeb.Build(options ?? new ServeOptions(), () => SqliteArticleStore.Open(Db, create: false), b => b.WebHost.UseTestServer());
        _apps.Add(app);
        await app.StartAsync();
        return app;
    }

    public async Task<HttpClient> ClientAsync(ServeOptions? options = null) => (await StartAsync(options)).GetTestClient();

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps)
            await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static string Line(string title, string outlet, string url, string published, string text)
        => JsonSerializer.Serialize(new { title, outlet, url, published, text });
}
