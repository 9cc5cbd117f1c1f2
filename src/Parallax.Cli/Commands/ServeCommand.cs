using System.CommandLine;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Parallax.Corpus;
using Parallax.Store;
using Parallax.Web;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax serve</c>: browse the corpus database in a web browser (loopback only unless --host says otherwise).</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var db = StoreOptions.Db();
        var port = new Option<int>("--port", "-p") { Description = "The TCP port", DefaultValueFactory = _ => ServeOptions.DefaultPort };
        var host = new Option<string>("--host") { Description = "The address to listen on; anything but 127.0.0.1, ::1 or localhost lets other machines read the corpus", DefaultValueFactory = _ => ServeOptions.DefaultHost };
        var allowedHosts = new Option<string[]>("--allowed-host")
        {
            Description = "A host name the server answers to besides localhost and IP addresses (repeatable); pages reached under any other name are refused, against DNS rebinding",
            AllowMultipleArgumentsPerToken = false,
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No request log on standard error (failures are still logged)" };
        var lexical = EncoderOptions.Lexical();
        var command = new Command("serve", "Browse the corpus database in a web browser: stories, search, story reports, article analyses, JSON API") { db, port, host, allowedHosts, quiet, lexical };
        command.SetAction(parse =>
        {
            var path = ArticleStores.ResolveLocation(parse.GetValue(db));
            var options = new ServeOptions
            {
                Host = parse.GetValue(host)!,
                Port = parse.GetValue(port),
                AllowedHosts = parse.GetValue(allowedHosts) ?? [],
                LogRequests = !parse.GetValue(quiet),
                Encoder = EncoderOptions.Encoder(parse.GetValue(lexical), warmUp: false),
            };
            using var app = Build(options, path);
            Start(app, options);
            if (!options.IsLoopback)
                error.WriteLine($"parallax: listening on {options.Host}: other machines can read this corpus");
            output.WriteLine($"parallax: serving {ArticleStores.Describe(path)} at {options.Url} (Ctrl-C stops)");
            output.Flush();
            app.WaitForShutdown();
            return ExitCodes.Ok;
        });
        return command;
    }

    private static WebApplication Build(ServeOptions options, string path)
    {
        try
        {
            return ParallaxWeb.Build(options, () => StoreOptions.Open(path, create: false));
        }
        catch (ArgumentException e)
        {
            throw new CliException(e.Message, ExitCodes.Usage);
        }
    }

    private static void Start(WebApplication app, ServeOptions options)
    {
        try
        {
            app.Start();
        }
        catch (IOException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliException($"port {options.Port} on {options.Host} is already in use (choose another with --port)", ExitCodes.IoError);
        }
        catch (Exception e) when (e is IOException or SocketException)
        {
            throw new CliException($"cannot listen on {options.Host}:{options.Port} ({e.Message})", ExitCodes.IoError);
        }
    }
}
