namespace Parallax.Bench;

/// <summary>Reads the options of a bench command's arguments.</summary>
internal static class CommandLine
{
    /// <summary>The argument after the first <paramref name="name"/>, or null when there is none.</summary>
    public static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}

/// <summary>A bench command's arguments are off: the bench prints the message on one line and exits with 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
