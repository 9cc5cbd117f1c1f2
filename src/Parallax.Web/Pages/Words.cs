using System.Globalization;
using Parallax.Text;

namespace Parallax.Web.Pages;

/// <summary>Numbers and titles as the pages write them.</summary>
internal static class Words
{
    public static string Number(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Count(long n, string singular, string? plural = null) => Number(n) + " " + (n == 1 ? singular : plural ?? singular + "s");

    /// <summary>A title shortened at a word boundary to at most <paramref name="max"/> characters, with "…" when cut.</summary>
    public static string Short(string? title, int max = 91) => TextCleaner.Excerpt(title, max);
}
