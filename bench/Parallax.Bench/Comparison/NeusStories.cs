using Parallax.Ingest.Internal;
using Parallax.Text;

namespace Parallax.Bench.Comparison;

/// <summary>
/// Reads NeuS roundup lines: a <c>*.source</c> line holds one event's outlets, <c>[SEP]</c>-separated, each
/// <c>TITLE=&gt; … ARTICLE=&gt; …</c>; a <c>*.target</c> line holds the neutral roundup in the same form.
/// </summary>
internal static class NeusStories
{
    /// <summary>The outlets of one source line as articles "a1", "a2", … (ids follow the line's order).</summary>
    /// <param name="sourceLine">The line.</param>
    /// <param name="titleInBody">Also put each title above its body, as the headline a page shows (without the full stop NeuS gives every title).</param>
    public static List<Article> Articles(string sourceLine, bool titleInBody = false)
        => [.. sourceLine.Split("[SEP]").Select((part, k) => ToArticle($"a{k + 1}", part, titleInBody))];

    /// <summary>The body (ARTICLE part) of a source part or target line.</summary>
    public static string BodyOf(string part) => Split(part).Body;

    private static Article ToArticle(string id, string part, bool titleInBody)
    {
        var (title, body) = Split(part);
        if (titleInBody && title.Length > 0)
            body = title.TrimEnd('.') + "\n\n" + body;
        return ArticleFactory.Create(new RawArticle(body) { Title = title, Outlet = id }, id, id) ?? new Article(id, id, "") { Title = title };
    }

    private static (string Title, string Body) Split(string part)
    {
        var article = part.IndexOf("ARTICLE=>", StringComparison.Ordinal);
        var titleStart = part.IndexOf("TITLE=>", StringComparison.Ordinal);
        if (article < 0)
            return ("", part.Trim());
        var title = titleStart >= 0 && titleStart < article ? part[(titleStart + 7)..article].Trim() : "";
        return (title, part[(article + 9)..].Trim());
    }
}
