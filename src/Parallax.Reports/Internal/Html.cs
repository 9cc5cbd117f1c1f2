using System.Text;

namespace Parallax.Reports.Internal;

/// <summary>HTML escaping for text and attribute values.</summary>
internal static class Html
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var sb = new StringBuilder(text.Length + 16);
        Append(sb, text);
        return sb.ToString();
    }

    public static StringBuilder Append(StringBuilder sb, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\0': sb.Append('\uFFFD'); break;
                default: sb.Append(c); break;
            }
        }
        return sb;
    }

    /// <summary>Reads an embedded asset (CSS or JS) of this assembly.</summary>
    public static string Asset(string name)
    {
        using var stream = typeof(Html).Assembly.GetManifestResourceStream("Parallax.Reports.Assets." + name)
            ?? throw new InvalidOperationException($"Missing embedded report asset {name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
