namespace Parallax.Testing;

/// <summary>
/// Locates the project's shared real data (<c>../shared</c> beside the repository).
/// Tests that need it fail loudly when it is missing instead of passing silently.
/// </summary>
public static class SharedData
{
    /// <summary>The <c>shared</c> folder, from <c>PARALLAX_SHARED</c> or found beside the repository root.</summary>
    public static string Root { get; } = Locate();

    /// <summary>The path of a file or folder under <c>shared/</c>; throws when it does not exist.</summary>
    public static string PathOf(params string[] parts)
    {
        var path = Path.Combine([Root, .. parts]);
        if (!File.Exists(path) && !Directory.Exists(path))
            throw new FileNotFoundException($"Shared data '{Path.Combine(parts)}' is missing under {Root}. These tests need ../shared beside the repository.", path);
        return path;
    }

    /// <summary>Reads a seed article from <c>shared/seeds</c> by its file-name prefix (e.g. "000").</summary>
    public static string SeedPath(string prefix)
    {
        var folder = PathOf("seeds");
        var match = Directory.GetFiles(folder, prefix + "_*.txt");
        if (match.Length != 1)
            throw new FileNotFoundException($"Expected one seed article starting with '{prefix}' in {folder}, found {match.Length}.");
        return match[0];
    }

    private static string Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("PARALLAX_SHARED");
        if (!string.IsNullOrEmpty(fromEnv))
            return fromEnv;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parallax.slnx")))
            {
                var shared = Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared");
                if (Directory.Exists(shared))
                    return shared;
                throw new DirectoryNotFoundException($"The shared data folder was not found at {shared}. Clone the repository beside shared/ or set PARALLAX_SHARED.");
            }
        }
        throw new DirectoryNotFoundException("Could not find the repository root (Parallax.slnx) above " + AppContext.BaseDirectory);
    }
}
