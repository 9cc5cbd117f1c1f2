using System.Reflection;
using Parallax.Bench;

var commands = typeof(IBenchCommand).Assembly.GetTypes()
    .Where(t => !t.IsAbstract && typeof(IBenchCommand).IsAssignableFrom(t))
    .Select(t => (IBenchCommand)Activator.CreateInstance(t)!)
    .OrderBy(c => c.Name, StringComparer.Ordinal)
    .ToList();

if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine("usage: dotnet run -c Release --project bench/Parallax.Bench -- COMMAND [options] [--model FILE: an alignment model to try instead of the shipped one]");
    foreach (var c in commands)
        Console.WriteLine($"  {c.Name,-22} {c.Description}");
    return args.Length == 0 ? 1 : 0;
}

var command = commands.FirstOrDefault(c => c.Name == args[0]);
if (command is null)
{
    Console.Error.WriteLine($"parallax-bench: unknown command '{args[0]}' (try --help)");
    return 2;
}
var rest = args[1..];
if (Array.IndexOf(rest, "--model") is >= 0 and var at && at + 1 < rest.Length)
{
    Parallax.Comparison.PairModel.Trial = Parallax.Comparison.PairModel.Parse(File.ReadAllLines(rest[at + 1]).Where(l => l.Trim().Length > 0 && !l.StartsWith('#')));
    rest = [.. rest[..at], .. rest[(at + 2)..]];
}
if (Array.IndexOf(rest, "--headline-model") is >= 0 and var headlineAt && headlineAt + 1 < rest.Length)
{
    Parallax.Comparison.PairModel.HeadlineTrial = Parallax.Comparison.PairModel.Parse(File.ReadAllLines(rest[headlineAt + 1]).Where(l => l.Trim().Length > 0 && !l.StartsWith('#')), Parallax.Comparison.HeadlineFeatures.Names);
    rest = [.. rest[..headlineAt], .. rest[(headlineAt + 2)..]];
}
try
{
    return command.Run(rest);
}
catch (UsageException e)
{
    Console.Error.WriteLine($"parallax-bench {args[0]}: {e.Message}");
    return 2;
}
