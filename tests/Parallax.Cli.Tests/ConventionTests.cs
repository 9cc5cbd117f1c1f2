namespace Parallax.Cli.Tests;

/// <summary>Command-line conventions: unknown options, exit codes in the help, folders without their README.</summary>
public sealed class ConventionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parallax-conventions-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_not_a_file_name_and_nothing_is_printed()
    {
        var article = Write("a.txt", "The mayor opened the bridge on Friday.");
        var (code, stdout, stderr) = CliRunner.Run("compare", article, article, "--bogus");
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal(["parallax: unknown option '--bogus' for 'parallax compare'", "parallax: see 'parallax compare --help'"], stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("compare", "--fromat", "--format")]
    [InlineData("analyze", "--includ-text", "--include-text")]
    [InlineData("stories", "--serch", "--search")]
    public void A_misspelt_option_names_the_nearest_one(string command, string typo, string meant)
    {
        var article = Write("a.txt", "The mayor opened the bridge on Friday.");
        var (code, _, stderr) = CliRunner.Run(command == "stories" ? [command, typo, "x"] : [command, article, typo, "json"]);
        Assert.Equal(2, code);
        Assert.Contains($"parallax: unknown option '{typo}' for 'parallax {command}' (did you mean '{meant}'?)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parse_error_exits_2_with_one_line_per_problem()
    {
        var article = Write("a.txt", "The mayor opened the bridge on Friday.");
        var (code, stdout, stderr) = CliRunner.Run("analyze", article, "--format", "pdf");
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.All(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.StartsWith("parallax: ", line, StringComparison.Ordinal));
        Assert.Contains("'pdf'", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("compare", "--help")]
    [InlineData("serve", "-h")]
    public void Help_lists_the_exit_codes(params string[] args)
    {
        var (code, stdout, _) = CliRunner.Run(args);
        Assert.Equal(0, code);
        Assert.Contains("Exit codes:", stdout, StringComparison.Ordinal);
        Assert.All(["0   success", "1   bad input", "2   usage", "70  internal error", "74  input/output error"], line => Assert.Contains(line, stdout, StringComparison.Ordinal));
    }

    [Fact]
    public void The_documented_exit_codes_are_the_ones_the_command_returns()
    {
        var good = Write("good.txt", "The mayor opened the bridge on Friday.");
        Assert.Equal(0, CliRunner.Run("analyze", good).ExitCode);
        Assert.Equal(1, CliRunner.Run("analyze", good, Path.Combine(_dir, "missing.txt")).ExitCode);
        Assert.Equal(2, CliRunner.Run("analyze", good, "--nope").ExitCode);
        Assert.Equal(74, CliRunner.Run("stories", "--db", Path.Combine(_dir, "missing.db")).ExitCode);
    }

    [Fact]
    public void A_folder_skips_its_readme_and_licence_but_a_named_readme_is_read()
    {
        var folder = Path.Combine(_dir, "story");
        Write("story/harbour-watch.txt", "Dock workers at Kestrel walked out on Monday, the union said.");
        Write("story/coastal-courier.txt", "Kestrel dock workers went on strike on Monday.");
        Write("story/README.md", "# About this folder\n\nTwo articles saved for a comparison.");
        Write("story/LICENSE.txt", "Permission is granted to copy these notes.");
        Write("story/CHANGELOG.md", "Added the second article.");
        var (code, stdout, stderr) = CliRunner.Run("analyze", folder, "--format", "json");
        Assert.True(code == 0, stderr);
        Assert.Contains("\"harbour-watch\"", stdout, StringComparison.Ordinal);
        Assert.Contains("\"coastal-courier\"", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("README", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("LICENSE", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("CHANGELOG", stdout, StringComparison.Ordinal);

        var (named, namedOut, _) = CliRunner.Run("analyze", Path.Combine(folder, "README.md"), "--format", "json");
        Assert.Equal(0, named);
        Assert.Contains("Two articles saved for a comparison.", namedOut, StringComparison.Ordinal);
    }
}
