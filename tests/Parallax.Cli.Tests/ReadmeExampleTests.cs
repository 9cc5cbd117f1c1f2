using System.Diagnostics;
using Parallax.Documents;
using Parallax.Testing;

namespace Parallax.Cli.Tests;

/// <summary>
/// Every <c>./parallax</c> line of the README's shell blocks (but <c>serve</c>, which does not end) runs as written, in
/// order, in a scratch folder holding the repository's <c>samples/</c>, and exits 0 without a native error from ONNX Runtime.
/// </summary>
public sealed class ReadmeExampleTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parallax-readme-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static IReadOnlyList<string> Examples()
    {
        var lines = new List<string>();
        var inShell = false;
        foreach (var line in File.ReadLines(Path.Combine(Repository.Root, "README.md")))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
                inShell = !inShell && line.Trim() == "```sh";
            else if (inShell && line.StartsWith("./parallax ", StringComparison.Ordinal) && !line.StartsWith("./parallax serve", StringComparison.Ordinal))
                lines.Add(line);
        }
        return lines;
    }

    [Fact]
    public void The_readme_has_examples_of_every_command_but_serve()
    {
        var examples = string.Join('\n', Examples());
        Assert.All(["compare", "analyze", "ingest", "stories", "show", "--help"], c => Assert.Contains("./parallax " + c, examples, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_readme_example_runs_as_written()
    {
        Directory.CreateSymbolicLink(Path.Combine(_dir, "samples"), Path.Combine(Repository.Root, "samples"));
        var dll = Path.Combine(AppContext.BaseDirectory, "parallax.dll");
        foreach (var example in Examples())
        {
            var script = $"parallax() {{ dotnet \"{dll}\" \"$@\"; }}\nset -e\n{example.Replace("./parallax", "parallax", StringComparison.Ordinal)}\n";
            var start = new ProcessStartInfo("bash", ["-c", script]) { WorkingDirectory = _dir, RedirectStandardOutput = true, RedirectStandardError = true };
            start.Environment.Remove("PARALLAX_DB");
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromMinutes(3));
            await process.WaitForExitAsync(timeout.Token);
            var errors = await stderr;
            await stdout;
            Assert.True(process.ExitCode == 0, $"{example}\nexit {process.ExitCode}\n{errors}");
            Assert.DoesNotContain("parallax: warning", errors, StringComparison.Ordinal);
            Assert.False(errors.Contains("onnxruntime", StringComparison.Ordinal), $"{example}\nONNX Runtime failed at exit (a model load still in flight?):\n{errors}");
        }
        Assert.All(["harbour-strike.html", "story.json", "s1.html", "parallax.db"], f => Assert.True(File.Exists(Path.Combine(_dir, f)), f + " was not written"));
    }
}
