namespace Parallax.Testing;

/// <summary>
/// A small golden-file helper: compares output with a file kept under the test project's
/// <c>Golden/</c> folder, and rewrites the file instead when <c>PARALLAX_UPDATE_GOLDEN=1</c>.
/// </summary>
public static class Golden
{
    /// <summary>Returns null when <paramref name="actual"/> matches the golden file, otherwise a message describing the first difference.</summary>
    public static string? Compare(string sourceDirectory, string name, string actual)
    {
        var path = Path.Combine(sourceDirectory, "Golden", name);
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("PARALLAX_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return null;
        }
        if (!File.Exists(path))
            return $"Golden file {path} does not exist; run the tests with PARALLAX_UPDATE_GOLDEN=1 to create it.";
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected == actual)
            return null;
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var a = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (e != a)
                return $"{name} differs at line {i + 1}:\n  expected: {e}\n  actual:   {a}\n(PARALLAX_UPDATE_GOLDEN=1 rewrites it)";
        }
        return $"{name} differs";
    }
}
