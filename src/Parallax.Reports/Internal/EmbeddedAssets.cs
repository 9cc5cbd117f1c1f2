using System.Text;

namespace Parallax.Reports.Internal;

/// <summary>The report's stylesheet and script, embedded in this assembly.</summary>
internal static class EmbeddedAssets
{
    public static string Read(string name)
    {
        using var stream = typeof(EmbeddedAssets).Assembly.GetManifestResourceStream("Parallax.Reports.Assets." + name)
            ?? throw new InvalidOperationException($"Missing embedded report asset {name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
