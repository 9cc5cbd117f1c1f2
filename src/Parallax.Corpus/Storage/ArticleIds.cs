using System.Globalization;

namespace Parallax.Corpus;

/// <summary>How article ids are written: "a" + number, for a stored article's id and for an article's place in a story.</summary>
internal static class ArticleIds
{
    public static string Name(long number) => "a" + number.ToString(CultureInfo.InvariantCulture);
}
