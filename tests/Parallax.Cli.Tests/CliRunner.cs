using Parallax.Cli;

namespace Parallax.Cli.Tests;

/// <summary>Runs the parallax command in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = ParallaxCommandLine.Run(args, stdout, stderr, () => Stream.Null);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the command with <paramref name="input"/> (UTF-8, or the bytes given) as its standard input.</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunWithInput(byte[] input, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = ParallaxCommandLine.Run(args, stdout, stderr, () => new MemoryStream(input));
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static (int ExitCode, string Stdout, string Stderr) RunWithInput(string input, params string[] args)
        => RunWithInput(System.Text.Encoding.UTF8.GetBytes(input), args);
}
