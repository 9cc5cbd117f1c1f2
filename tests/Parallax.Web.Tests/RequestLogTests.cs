using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
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
