namespace Parallax.Cli.Tests;

public sealed class OutputFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parallax-cli-out-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Article()
    {
        var path = Path.Combine(_dir, "a.txt");
        File.WriteAllText(path, "Mayor Ada Lindqvist opened the bridge on Friday.");
        return path;
    }

    [Fact]
    public void Out_onto_a_device_is_refused_and_the_device_is_left_alone()
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/dev/null"))
        {
            Assert.Skip("Unix devices");
            return;
        }
        var (code, _, stderr) = CliRunner.Run("analyze", Article(), "-o", "/dev/null");
        Assert.Equal(74, code);
        Assert.Equal("parallax: /dev/null: not a regular file (a device, pipe or socket); refusing to replace it", stderr.Trim());
    }

    [Fact]
    public void Out_replaces_the_file_and_leaves_no_temporary_file_beside_it()
    {
        var target = Path.Combine(_dir, "report.json");
        File.WriteAllText(target, "old");
        var (code, _, _) = CliRunner.Run("analyze", Article(), "-o", target);
        Assert.Equal(0, code);
        Assert.Contains("Ada Lindqvist", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Equal(["a.txt", "report.json"], Directory.GetFiles(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Out_through_a_link_replaces_the_links_target_and_keeps_the_link()
    {
        var target = Path.Combine(_dir, "real.json");
        File.WriteAllText(target, "old");
        var link = Path.Combine(_dir, "link.json");
        File.CreateSymbolicLink(link, target);
        var (code, _, _) = CliRunner.Run("analyze", Article(), "-o", link);
        Assert.Equal(0, code);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Contains("Ada Lindqvist", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public void A_planted_link_at_the_old_temporary_name_is_not_followed()
    {
        var victim = Path.Combine(_dir, "victim.txt");
        File.WriteAllText(victim, "keep me");
        var target = Path.Combine(_dir, "out.json");
        File.CreateSymbolicLink(target + ".tmp", victim);
        Assert.Equal(0, CliRunner.Run("analyze", Article(), "-o", target).ExitCode);
        Assert.Equal("keep me", File.ReadAllText(victim));
    }

    [Fact]
    public void Concurrent_writers_to_one_out_file_all_succeed()
    {
        var article = Article();
        var target = Path.Combine(_dir, "shared.json");
        var codes = new int[4];
        Parallel.For(0, codes.Length, i => codes[i] = CliRunner.Run("analyze", article, "--format", "json", "-o", target).ExitCode);
        Assert.All(codes, c => Assert.Equal(0, c));
        Assert.StartsWith("{", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }
}
