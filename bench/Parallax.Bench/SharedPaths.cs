namespace Parallax.Bench;

/// <summary>Finds <c>../shared/data</c> (or <c>PARALLAX_SHARED</c>) for evaluations.</summary>
internal static class SharedPaths
{
    public static string Shared
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("PARALLAX_SHARED");
            if (!string.IsNullOrEmpty(env))
                return env;
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Parallax.slnx")))
                    return Path.Combine(dir.Parent!.FullName, "shared");
            }
            return Path.GetFullPath(Path.Combine(Directory.GetCurrentDirectory(), "..", "shared"));
        }
    }

    /// <summary>A path under shared/data; exits with a clear message when missing.</summary>
    public static string Data(params string[] parts)
    {
        var path = Path.Combine([Shared, "data", .. parts]);
        if (!File.Exists(path) && !Directory.Exists(path))
            throw new FileNotFoundException($"shared data not found: {path}");
        return path;
    }
}
