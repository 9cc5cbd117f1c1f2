using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Parallax.Corpus;
using Parallax.Documents;
using Parallax.Store;

namespace Parallax.Web.Tests;

/// <summary><c>serve</c> logs a line per request, and with <c>--quiet</c> only failures.</summary>
public sealed class RequestLogTests(Corpus corpus)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_request_is_logged_with_method_path_status_and_time()
    {
        var lines = await Requests(new ServeOptions(), "/", "/stories/999999");

        Assert.Contains(lines, l => l.Level == LogLevel.Information && System.Text.RegularExpressions.Regex.IsMatch(l.Text, @"^GET / 200 \d+ ms$"));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l.Text, @"^GET /stories/999999 404 \d+ ms$"));
    }

    [Fact]
    public async Task Quiet_logs_no_line_for_requests_that_succeed()
    {
        var lines = await Requests(new ServeOptions { LogRequests = false }, "/", "/api/stories");

        Assert.DoesNotContain(lines, l => l.Text.StartsWith("GET ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_database_that_fails_is_a_500_logged_as_an_error_and_the_health_endpoint_says_unavailable()
    {
        var lines = new ConcurrentQueue<(LogLevel, string)>();
        var failing = new StrongBox<bool>();
        await using var app = ParallaxWeb.Build(new ServeOptions(), () => FailingStore.Over(SqliteArticleStore.Open(corpus.Db, create: false), failing), b =>
        {
            b.WebHost.UseTestServer();
            b.Logging.AddProvider(new Capture(lines));
        });
        await app.StartAsync(Token);
        using var client = app.GetTestClient();
        failing.Value = true;

        using var page = await client.GetAsync(new Uri("/", UriKind.Relative), Token);
        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative), Token);
        await app.StopAsync(Token);

        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("unavailable", await health.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Item1 == LogLevel.Error && l.Item2.Contains("GET / failed", StringComparison.Ordinal) && l.Item2.Contains("malformed", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Item1 == LogLevel.Error && l.Item2.StartsWith("health check failed", StringComparison.Ordinal));
    }

    private async Task<IReadOnlyList<(LogLevel Level, string Text)>> Requests(ServeOptions options, params string[] paths)
    {
        var lines = new ConcurrentQueue<(LogLevel, string)>();
        await using var app = ParallaxWeb.Build(options, () => SqliteArticleStore.Open(corpus.Db, create: false), b =>
        {
            b.WebHost.UseTestServer();
            b.Logging.AddProvider(new Capture(lines));
        });
        await app.StartAsync(Token);
        using var client = app.GetTestClient();
        foreach (var path in paths)
            (await client.GetAsync(new Uri(path, UriKind.Relative), Token)).Dispose();
        await app.StopAsync(Token);
        return [.. lines];
    }

    private sealed class Capture(ConcurrentQueue<(LogLevel, string)> lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => categoryName.StartsWith("Parallax", StringComparison.Ordinal) ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => lines.Enqueue((logLevel, formatter(state, exception)));

        public void Dispose()
        {
        }
    }
}

/// <summary>A store whose every call fails as SQLite does on a damaged file, once <c>failing</c> is set.</summary>
public class FailingStore : System.Reflection.DispatchProxy
{
    private IArticleStore _inner = null!;
    private StrongBox<bool> _failing = null!;

    public static IArticleStore Over(IArticleStore inner, StrongBox<bool> failing)
    {
        var proxy = Create<IArticleStore, FailingStore>();
        var store = (FailingStore)(object)proxy;
        store._inner = inner;
        store._failing = failing;
        return proxy;
    }

    protected override object? Invoke(System.Reflection.MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (_failing.Value && targetMethod.Name != nameof(IDisposable.Dispose))
            throw new Microsoft.Data.Sqlite.SqliteException("SQLite Error 11: 'database disk image is malformed'.", 11);
        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (System.Reflection.TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}
