using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Parallax.Store.Postgres;
using Parallax.Store.Tests;

namespace Parallax.Cluster.Tests;

/// <summary>Two <c>parallax worker</c> processes on 127.0.0.1 and PostgreSQL (<c>PARALLAX_TEST_POSTGRES</c>); one is killed mid-ingest.</summary>
public sealed class KilledWorkerTests
{
    private const int Events = 200;
    private const int Outlets = 6;
    private const int Total = Events * Outlets;

    [Fact]
    public async Task Given_two_worker_processes_when_one_is_killed_mid_ingest_then_every_article_is_stored_once()
    {
        var cancel = TestContext.Current.CancellationToken;
        using var store = TestStore.Create(StoreKind.Postgres);
        using var folder = new TempFolder();
        var file = Corpus.Write(folder, Events, Outlets, sentences: 12);
        var workers = new List<Process>();
        try
        {
            foreach (var _ in new[] { 1, 2 })
                workers.Add(await StartWorker(store.Location, cancel));
            using var ingest = Start(["ingest", file, "--db", store.Location, "--cluster", "--batch", "16", "--quiet"]);
            var stderr = ingest.StandardError.ReadToEndAsync(cancel);
            var deadline = Stopwatch.StartNew();
            while (Count(store.Location, "SELECT count(*) FROM articles") < 48)
            {
                if (ingest.HasExited)
                    Assert.Fail("the ingest ended before a worker could be killed: " + await stderr);
                Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(3), "the ingest stored too few articles in time");
                await Task.Delay(50, cancel);
            }
            workers[0].Kill();
            await workers[0].WaitForExitAsync(cancel);
            Assert.False(ingest.HasExited, "the ingest finished before the worker was killed");

            await ingest.WaitForExitAsync(cancel);
            Assert.True(ingest.ExitCode == 0, await stderr);
            Assert.Equal(Total, Count(store.Location, "SELECT count(*) FROM articles"));
            Assert.Equal(Total, Count(store.Location, "SELECT count(DISTINCT url) FROM articles"));
            Assert.Equal(Total, Count(store.Location, "SELECT coalesce(sum(size), 0) FROM stories"));
            Assert.Equal(Total, Count(store.Location, "SELECT count(*) FROM analyses"));
        }
        finally
        {
            foreach (var worker in workers)
            {
                if (!worker.HasExited)
                    worker.Kill();
                await worker.WaitForExitAsync(CancellationToken.None);
                worker.Dispose();
            }
        }
    }

    private static async Task<Process> StartWorker(string location, CancellationToken cancel)
    {
        var worker = Start(["worker", "--db", location, "--address", "127.0.0.1", "--port", FreePort(), "--gateway-port", FreePort()]);
        var line = await worker.StandardOutput.ReadLineAsync(cancel).AsTask().WaitAsync(TimeSpan.FromMinutes(2), cancel);
        Assert.True(line?.Contains("worker in the cluster", StringComparison.Ordinal) == true, "the worker did not start: " + line + " " + (worker.HasExited ? await worker.StandardError.ReadToEndAsync(cancel) : ""));
        _ = worker.StandardError.ReadToEndAsync(CancellationToken.None);
        return worker;
    }

    private static Process Start(string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "parallax.dll"));
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        return Process.Start(info)!;
    }

    private static string FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static long Count(string location, string sql)
    {
        using var connection = new NpgsqlConnection(PostgresLocation.ConnectionString(location));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        try
        {
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0;
        }
    }
}
