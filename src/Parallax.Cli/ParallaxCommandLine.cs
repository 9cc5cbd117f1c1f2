using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using Parallax.Cli.Commands;

namespace Parallax.Cli;

/// <summary>Builds the <c>parallax</c> command tree and runs it; the only place exit codes are decided.</summary>
internal static class ParallaxCommandLine
{
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<Stream>? input = null)
    {
        input ??= Console.OpenStandardInput;
        var root = new RootCommand("Parallax: one story, many outlets. See what each reports, who it quotes, and where they disagree.")
        {
            AnalyzeCommand.Create(output, error, input),
            CompareCommand.Create(output, error, input),
            IngestCommand.Create(output, error, input),
            StoriesCommand.Create(output, error),
            ShowCommand.Create(output, error),
            ServeCommand.Create(output, error),
            ReanalyseCommand.Create(output, error),
            WorkerCommand.Create(output, error),
        };
        try
        {
            var parse = root.Parse(args);
            if (CommandLineErrors.Of(parse, args) is { Count: > 0 } errors)
            {
                foreach (var message in errors)
                    error.WriteLine($"parallax: {message}");
                error.WriteLine($"parallax: see '{CommandLineErrors.CommandPath(parse.CommandResult)} --help'");
                return ExitCodes.Usage;
            }
            var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
            var code = parse.Invoke(config);
            if (parse.Action is HelpAction)
                output.Write(ExitCodes.Help);
            return code;
        }
        catch (CliException e)
        {
            error.WriteLine($"parallax: {e.Message}");
            return e.ExitCode;
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            error.WriteLine($"parallax: {StoreErrors.Describe(e)}");
            return ExitCodes.IoError;
        }
        catch (System.Data.Common.DbException e)
        {
            error.WriteLine($"parallax: database error ({e.Message.ReplaceLineEndings(" ")})");
            return ExitCodes.IoError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"parallax: {e.Message}");
            return ExitCodes.IoError;
        }
        catch (Exception e)
        {
            error.WriteLine($"parallax: internal error ({e.GetType().Name}): {e.Message}");
            return ExitCodes.Internal;
        }
        finally
        {
            EncoderOptions.SettleWarmUp();
        }
    }
}

/// <summary>Process exit codes.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int Usage = 2;
    public const int IoError = 74;
    public const int Internal = 70;

    /// <summary>The section every <c>--help</c> ends with.</summary>
    public const string Help = """
        Exit codes:
          0   success
          1   bad input: a file, line or article could not be read or analysed (named on standard error; the rest was reported)
          2   usage: an unknown option or command, a missing or invalid value
          70  internal error
          74  input/output error: a file or database could not be read or written

        """;
}

/// <summary>An expected failure with a one-line message for the user.</summary>
internal sealed class CliException(string message, int exitCode = ExitCodes.BadInput) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
