using System.CommandLine;
using System.CommandLine.Parsing;

namespace Parallax.Cli;

/// <summary>
/// What is wrong with a command line, one line each: System.CommandLine's parse errors, and a token that looks like an
/// option (<c>--bogus</c>) but was taken as a file name, with the nearest option as a suggestion.
/// </summary>
internal static class CommandLineErrors
{
    public static List<string> Of(ParseResult parse, IReadOnlyList<string> args)
    {
        var command = parse.CommandResult;
        var afterDoubleDash = args.Contains("--") ? new HashSet<string>(args.SkipWhile(a => a != "--").Skip(1), StringComparer.Ordinal) : [];
        var unknown = command.Children.OfType<ArgumentResult>()
            .SelectMany(a => a.Tokens)
            .Select(t => t.Value)
            .Concat(parse.UnmatchedTokens)
            .Where(t => t.Length > 1 && t[0] == '-' && !char.IsDigit(t[1]) && !afterDoubleDash.Contains(t) && !File.Exists(t) && !Directory.Exists(t))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var errors = unknown.Select(t => UnknownOption(command, t)).ToList();
        foreach (var e in parse.Errors)
        {
            if (!unknown.Any(t => e.Message.Contains($"'{t}'", StringComparison.Ordinal)))
                errors.Add(string.Join(' ', e.Message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.'));
        }
        return errors;
    }

    public static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? r = command; r is CommandResult c; r = c.Parent)
            names.Add(c.Parent is null ? "parallax" : c.Command.Name);
        names.Reverse();
        return string.Join(' ', names);
    }

    private static string UnknownOption(CommandResult command, string token)
    {
        var name = token.Split('=', 2)[0];
        var candidates = Options(command).ToList();
        var best = candidates
            .Select(o => (Option: o, Distance: Distance(name, o)))
            .Where(x => x.Distance <= Math.Max(2, name.Length / 3) || x.Option.StartsWith(name, StringComparison.Ordinal) && name.Length >= 3)
            .OrderBy(x => x.Distance)
            .Select(x => x.Option)
            .FirstOrDefault();
        var message = $"unknown option '{name}' for '{CommandPath(command)}'";
        return best is null ? message : $"{message} (did you mean '{best}'?)";
    }

    private static IEnumerable<string> Options(CommandResult command)
    {
        for (SymbolResult? r = command; r is CommandResult c; r = c.Parent)
        {
            foreach (var option in c.Command.Options)
            {
                if (option.Recursive || r == command)
                {
                    yield return option.Name;
                    foreach (var alias in option.Aliases)
                        yield return alias;
                }
            }
        }
    }

    /// <summary>Levenshtein distance, ignoring case.</summary>
    private static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
