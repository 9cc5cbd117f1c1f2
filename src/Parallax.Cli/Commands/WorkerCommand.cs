using System.CommandLine;
using System.Net;
using Parallax.Cluster;
using Parallax.Documents;
using Parallax.Store;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax worker --db postgres://...</c>: run an Orleans silo that analyses the articles of <c>ingest --cluster</c> runs.</summary>
internal static class WorkerCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var db = StoreOptions.Db();
        var address = new Option<string?>("--address")
        {
            Description = "The address other workers and ingests reach this one at (default: this machine's first non-loopback address)",
        };
        var port = new Option<int>("--port") { Description = "Silo-to-silo TCP port", DefaultValueFactory = _ => 11111 };
        var gatewayPort = new Option<int>("--gateway-port") { Description = "The TCP port ingests connect to", DefaultValueFactory = _ => 30000 };
        var command = new Command("worker", "Join the cluster of a PostgreSQL corpus as a worker that analyses the articles of 'ingest --cluster' runs (Ctrl-C leaves)")
        {
            db, address, port, gatewayPort,
        };
        command.SetAction(parse =>
        {
            var location = ArticleStores.ResolveLocation(parse.GetValue(db));
            if (!ArticleStores.IsPostgres(location))
                throw new CliException($"{location}: a worker needs a PostgreSQL corpus (--db postgres://...), where the cluster keeps its membership", ExitCodes.Usage);
            IPAddress? advertised = null;
            if (parse.GetValue(address) is { } text && !IPAddress.TryParse(text, out advertised))
                throw new CliException($"--address '{text}' is not an IP address", ExitCodes.Usage);
            foreach (var (name, value) in new[] { ("--port", parse.GetValue(port)), ("--gateway-port", parse.GetValue(gatewayPort)) })
            {
                if (value is < 1 or > 65535)
                    throw new CliException($"{name} must be between 1 and 65535", ExitCodes.Usage);
            }
            var endpoint = new WorkerEndpoint(advertised, parse.GetValue(port), parse.GetValue(gatewayPort));
            using var stop = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = !stop.IsCancellationRequested;
                stop.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                stop.Cancel();
            });
            try
            {
                Microsoft.Extensions.Hosting.IHost host;
                try
                {
                    host = ParallaxCluster.StartWorkerAsync(location, endpoint, () => EncoderOptions.Encoder(lexical: false, warmUp: false)!, error, stop.Token).GetAwaiter().GetResult();
                }
                catch (OperationCanceledException)
                {
                    return ExitCodes.Ok;
                }
                catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException || e.InnerException is System.Net.Sockets.SocketException)
                {
                    throw new CliException($"cannot listen on ports {endpoint.SiloPort} and {endpoint.GatewayPort} ({e.Message.ReplaceLineEndings(" ")}); choose others with --port and --gateway-port", ExitCodes.IoError);
                }
                using (host)
                {
                    output.WriteLine($"parallax: worker in the cluster of {ArticleStores.Describe(location)}, silo port {endpoint.SiloPort}, gateway port {endpoint.GatewayPort} (Ctrl-C leaves)");
                    output.Flush();
                    stop.Token.WaitHandle.WaitOne();
                    host.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
                }
                output.WriteLine("parallax: worker left the cluster");
                return ExitCodes.Ok;
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        });
        return command;
    }
}
