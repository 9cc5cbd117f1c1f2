using System.Buffers.Binary;
using System.Diagnostics;

namespace Parallax.Testing;

/// <summary>
/// Runs Debian's chromium headless and offline (the flags this machine needs) for page tests.
/// A missing browser is a test failure with an install hint, never a skip.
/// </summary>
public static class Chromium
{
    /// <summary>The chromium binary: <c>PARALLAX_CHROMIUM</c> or /usr/bin/chromium; throws when it is missing.</summary>
    public static string Executable
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("PARALLAX_CHROMIUM") is { Length: > 0 } env ? env : "/usr/bin/chromium";
            if (!File.Exists(path))
                throw new InvalidOperationException($"Chromium is missing at {path}: the HTML report's browser tests need it. Install it with `apt-get install chromium` (.ci/run does) or set PARALLAX_CHROMIUM.");
            return path;
        }
    }

    /// <summary>Runs chromium with <paramref name="args"/> and a fresh profile under <paramref name="workDirectory"/>; returns standard output.</summary>
    public static (string Stdout, int ExitCode) Run(string workDirectory, CancellationToken cancellation, params string[] args)
    {
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
            "--user-data-dir=" + Directory.CreateDirectory(Path.Combine(workDirectory, "profile-" + Guid.NewGuid().ToString("N"))).FullName])
            start.ArgumentList.Add(a);
        foreach (var a in args)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(cancellation);
        _ = process.StandardError.ReadToEndAsync(cancellation);
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("Chromium did not finish within 90 s.");
        }
        return (stdout.Result, process.ExitCode);
    }

    /// <summary>The page's DOM after its scripts ran.</summary>
    public static string DumpDom(string workDirectory, string htmlPath, CancellationToken cancellation)
        => Run(workDirectory, cancellation, "--dump-dom", "--virtual-time-budget=3000", new Uri(htmlPath).AbsoluteUri).Stdout;

    /// <summary>Takes a PNG screenshot; returns its bytes, width and height.</summary>
    public static (byte[] Png, int Width, int Height) Screenshot(string workDirectory, string htmlPath, int width, int height, CancellationToken cancellation)
    {
        var png = Path.Combine(workDirectory, Path.GetFileNameWithoutExtension(htmlPath) + ".png");
        Run(workDirectory, cancellation, "--screenshot=" + png, $"--window-size={width},{height}", new Uri(htmlPath).AbsoluteUri);
        if (!File.Exists(png))
            throw new InvalidOperationException("chromium wrote no screenshot");
        var bytes = File.ReadAllBytes(png);
        return (bytes, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }
}

/// <summary>The repository checkout the tests run from.</summary>
public static class Repository
{
    /// <summary>The folder holding Parallax.slnx.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parallax.slnx")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException("Could not find the repository root (Parallax.slnx) above " + AppContext.BaseDirectory);
    }
}
