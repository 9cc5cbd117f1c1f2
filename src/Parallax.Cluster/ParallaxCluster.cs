using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Parallax.Cluster.Analysis;
using Parallax.Cluster.Membership;
using Parallax.Comparison;
using Parallax.Corpus;
using Parallax.Documents;
using Parallax.Store;
using Parallax.Store.Postgres;

namespace Parallax.Cluster;

/// <summary>Where a worker listens: the address other silos and ingests reach it at, and its two ports.</summary>
/// <param name="Address">The address it advertises (null: the machine's first non-loopback address).</param>
/// <param name="SiloPort">Silo-to-silo port.</param>
/// <param name="GatewayPort">The port ingests connect to.</param>
public sealed record WorkerEndpoint(IPAddress? Address = null, int SiloPort = 11111, int GatewayPort = 30000);

/// <summary>
/// The front door to a Parallax cluster: Orleans silos (<c>parallax worker</c>) whose membership lives in the corpus's
/// PostgreSQL, and the client an ingest uses to hand them articles to analyse.
/// </summary>
public static class ParallaxCluster
{
    /// <summary>The Orleans cluster and service id of every Parallax cluster (one per database schema).</summary>
    public const string ClusterId = "parallax";

    /// <summary>Starts a worker silo in the cluster of the PostgreSQL <paramref name="location"/>; dispose (stop) it to leave.</summary>
    /// <param name="location">The corpus: a postgres:// URI.</param>
    /// <param name="endpoint">Where the worker listens.</param>
    /// <param name="sentenceEncoder">
    /// Makes the encoder for ingests that ask for sentence vectors (<c>--vectors</c>), called on the first such job only;
    /// null: the worker refuses them.
    /// </param>
    /// <param name="log">Where Orleans' warnings and errors go (nowhere when null).</param>
    /// <param name="cancellation">Stops the start.</param>
    /// <exception cref="FormatException">The location is not a postgres:// URI.</exception>
    public static async Task<IHost> StartWorkerAsync(string location, WorkerEndpoint endpoint, Func<ISentenceEncoder>? sentenceEncoder, TextWriter? log = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var connection = Connection(location);
        using (ArticleStores.Open(location, create: true))
            MembershipSchema.Apply(connection);
        var builder = Host.CreateApplicationBuilder();
        Logging(builder, log);
        builder.UseOrleans(silo =>
        {
            silo.UseAdoNetClustering(options =>
            {
                options.Invariant = "Npgsql";
                options.ConnectionString = connection;
            });
            silo.Configure<ClusterOptions>(Names);
            silo.AddAnalysts(location, sentenceEncoder);
            if (endpoint.Address is { } address)
                silo.ConfigureEndpoints(address, endpoint.SiloPort, endpoint.GatewayPort, listenOnAnyHostAddress: true);
            else
                silo.ConfigureEndpoints(endpoint.SiloPort, endpoint.GatewayPort, listenOnAnyHostAddress: true);
        });
        var host = builder.Build();
        await host.StartAsync(cancellation).ConfigureAwait(false);
        return host;
    }

    /// <summary>
    /// Connects to the workers of the cluster in the PostgreSQL <paramref name="location"/>, waiting at most
    /// <paramref name="timeout"/> (default 60 s) for one to answer.
    /// </summary>
    /// <exception cref="IOException">No worker is listed there, or none answered in time.</exception>
    public static async Task<ClusterConnection> ConnectAsync(string location, TimeSpan? timeout = null, CancellationToken cancellation = default)
    {
        var connection = Connection(location);
        MembershipSchema.Apply(connection);
        if (MembershipSchema.ActiveWorkers(connection, ClusterId) == 0)
            throw new IOException($"{ArticleStores.Describe(location)}: no parallax worker is running in this database's cluster (start one with 'parallax worker --db ...')");
        var builder = Host.CreateApplicationBuilder();
        Logging(builder, log: null);
        builder.UseOrleansClient(client =>
        {
            client.UseAdoNetClustering(options =>
            {
                options.Invariant = "Npgsql";
                options.ConnectionString = connection;
            });
            client.Configure<ClusterOptions>(Names);
        });
        var host = builder.Build();
        var wait = timeout ?? TimeSpan.FromSeconds(60);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(wait);
        try
        {
            await host.StartAsync(limit.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellation.IsCancellationRequested && e is OperationCanceledException or Orleans.Runtime.OrleansException or TimeoutException)
        {
            host.Dispose();
            throw new IOException($"{ArticleStores.Describe(location)}: no parallax worker answered in {wait.TotalSeconds:F0} s (the workers listed may have stopped; start one with 'parallax worker --db ...')", e);
        }
        return new ClusterConnection(host);
    }

    /// <summary>
    /// What a worker needs to analyse articles: with <paramref name="sentenceEncoder"/>, what it stores sentence vectors
    /// with (the encoder made on the first job that asks for them).
    /// </summary>
    internal static ISiloBuilder AddAnalysts(this ISiloBuilder silo, string location, Func<ISentenceEncoder>? sentenceEncoder)
    {
        if (sentenceEncoder is not null)
            silo.Services.AddSingleton(_ => new WorkerVectors(location, sentenceEncoder));
        return silo;
    }

    private static string Connection(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (!ArticleStores.IsPostgres(location))
            throw new FormatException("a cluster keeps its membership in PostgreSQL: give a postgres:// URI");
        return PostgresLocation.ConnectionString(location);
    }

    private static void Names(ClusterOptions options)
    {
        options.ClusterId = ClusterId;
        options.ServiceId = ClusterId;
    }

    /// <summary>Orleans' warnings and errors, one line each, to <paramref name="log"/> (nothing when null).</summary>
    private static void Logging(HostApplicationBuilder builder, TextWriter? log)
    {
        builder.Logging.ClearProviders();
        if (log is null)
            return;
        builder.Logging.AddProvider(new LineLoggerProvider(log)).SetMinimumLevel(LogLevel.Warning);
        // Start-up notes about server GC and the watchdog's first check are not problems of a worker.
        builder.Logging.AddFilter("Orleans.Runtime.Silo", LogLevel.Error).AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);
    }

    /// <summary>The workers' analyst, as an ingest takes it.</summary>
    internal static IArticleAnalyst Analyst(IServiceProvider services, bool storeVectors)
        => new ClusterAnalyst(services.GetRequiredService<IClusterClient>(), storeVectors: storeVectors);
}

/// <summary>A connection to a cluster's workers; dispose to close it.</summary>
public sealed class ClusterConnection : IDisposable
{
    private readonly IHost _host;

    internal ClusterConnection(IHost host) => _host = host;

    /// <summary>
    /// Analyses articles on the workers (for <see cref="IngestOptions.Analyst"/>); with <paramref name="storeVectors"/>
    /// the workers also encode the articles' sentences and store their vectors, as <see cref="IngestOptions.Encoder"/> does.
    /// </summary>
    public IArticleAnalyst Analyst(bool storeVectors = false) => ParallaxCluster.Analyst(_host.Services, storeVectors);

    /// <summary>Closes the connection.</summary>
    public void Dispose()
    {
        _host.StopAsync().GetAwaiter().GetResult();
        _host.Dispose();
    }
}

/// <summary>Writes log entries as "parallax worker: level: message" lines.</summary>
internal sealed class LineLoggerProvider(TextWriter writer) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new LineLogger(writer);

    public void Dispose()
    {
    }

    private sealed class LineLogger(TextWriter writer) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
                return;
            var line = formatter(state, exception).ReplaceLineEndings(" ");
            lock (writer)
                writer.WriteLine($"parallax worker: {logLevel.ToString().ToLowerInvariant()}: {line}");
        }
    }
}
