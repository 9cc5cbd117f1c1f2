using System.Data.Common;
using System.Globalization;
using Parallax.Corpus;

namespace Parallax.Store;

/// <summary>Reads articles and story summaries from the rows both stores select in the same column order.</summary>
internal static class StoredRows
{
    /// <summary>The article columns, in the order <see cref="Article"/> reads them.</summary>
    public const string ArticleColumns = "id, content_hash, url, title, outlet, author, language, dateline, source, published, text, story_id, syndicated_of, summary_only";

    /// <summary>The article columns of table alias <paramref name="alias"/> ("a.id, a.content_hash, ...").</summary>
    public static string ArticleColumnsOf(string alias) => string.Join(", ", ArticleColumns.Split(", ").Select(c => alias + "." + c));

    public static List<StoredArticle> Articles(DbCommand command)
    {
        var result = new List<StoredArticle>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            result.Add(Article(reader));
        return result;
    }

    /// <summary>The stored article in the first columns (<see cref="ArticleColumns"/>) of the reader's row.</summary>
    public static StoredArticle Article(DbDataReader reader)
    {
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        var article = new Article(string.Empty, reader.GetString(4), reader.GetString(10))
        {
            Url = Text(2),
            Title = Text(3),
            Author = Text(5),
            Language = Text(6),
            Dateline = Text(7),
            Source = Text(8),
            Published = Text(9) is { } published ? DateTimeOffset.Parse(published, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : null,
            SummaryOnly = Convert.ToBoolean(reader.GetValue(13), CultureInfo.InvariantCulture),
        };
        return new StoredArticle(reader.GetInt64(0), article, reader.GetString(1), reader.GetInt64(11), reader.IsDBNull(12) ? null : reader.GetInt64(12));
    }

    /// <summary>The header columns, in the order <see cref="Headers"/> reads them.</summary>
    public const string HeaderColumns = "id, content_hash, syndicated_of, outlet, title, url, published";

    public static List<StoredArticleHeader> Headers(DbCommand command)
    {
        var result = new List<StoredArticleHeader>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            var published = Text(6) is { } p ? DateTimeOffset.Parse(p, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : (DateTimeOffset?)null;
            result.Add(new StoredArticleHeader(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt64(2), reader.GetString(3), Text(4), Text(5), published));
        }
        return result;
    }

    /// <summary>Story summaries from rows of id, title, articles, syndicated, first and last time (Unix seconds), outlets.</summary>
    public static List<StorySummary> Stories(DbCommand command)
    {
        var result = new List<StorySummary>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            DateTimeOffset? Time(int i) => reader.IsDBNull(i) ? null : DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(i));
            var outlets = reader.IsDBNull(6) ? [] : reader.GetString(6).Split('\u001f');
            result.Add(new StorySummary(reader.GetInt64(0), StoryTitles.Listed(reader.GetString(1)), reader.GetInt32(2), outlets, Time(4), Time(5)) { Syndicated = reader.GetInt32(3) });
        }
        return result;
    }
}
