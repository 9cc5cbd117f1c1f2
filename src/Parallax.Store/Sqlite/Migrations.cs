using Microsoft.Data.Sqlite;

namespace Parallax.Store.Sqlite;

/// <summary>Schema migrations: each runs once, in order, in its own transaction, recorded in <c>schema_version</c>.</summary>
internal static class Migrations
{
    private static readonly string[] Steps =
    [
        """
        CREATE TABLE articles(
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            url TEXT UNIQUE,
            title TEXT,
            outlet TEXT NOT NULL,
            author TEXT,
            language TEXT,
            dateline TEXT,
            source TEXT,
            published TEXT,
            published_unix INTEGER,
            text TEXT NOT NULL,
            story_id INTEGER NOT NULL,
            syndicated_of INTEGER,
            summary_only INTEGER NOT NULL DEFAULT 0,
            features BLOB NOT NULL,
            ingested TEXT NOT NULL);
        CREATE INDEX articles_story ON articles(story_id, id);
        CREATE TABLE stories(
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            size INTEGER NOT NULL,
            syndicated INTEGER NOT NULL DEFAULT 0,
            first_unix INTEGER,
            last_unix INTEGER,
            updated INTEGER NOT NULL);
        CREATE INDEX stories_updated ON stories(updated);
        CREATE TABLE analyses(
            content_hash TEXT NOT NULL,
            pipeline TEXT NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY(content_hash, pipeline)) WITHOUT ROWID;
        CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id');
        """,
        """
        CREATE TABLE sentence_vectors(
            key BLOB PRIMARY KEY,
            vector BLOB NOT NULL) WITHOUT ROWID;
        """,
        """
        CREATE TABLE article_ids(next INTEGER NOT NULL);
        INSERT INTO article_ids(next) SELECT COALESCE(MAX(id), 0) + 1 FROM articles;
        """,
        """
        CREATE TABLE near_duplicate_bands(
            key INTEGER PRIMARY KEY,
            article INTEGER NOT NULL);
        """,
    ];

    /// <summary>The schema version this code writes.</summary>
    public static int Latest => Steps.Length;

    /// <summary>Brings the database to <see cref="Latest"/>; a no-op when it is there already.</summary>
    public static int Apply(SqliteConnection connection)
    {
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL, applied TEXT NOT NULL)");
        var current = Current(connection);
        if (current > Latest)
            throw new InvalidOperationException($"the database schema is version {current}, newer than this parallax understands ({Latest})");
        for (var version = current + 1; version <= Latest; version++)
        {
            using var transaction = connection.BeginTransaction();
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = Steps[version - 1];
                command.ExecuteNonQuery();
                command.CommandText = "INSERT INTO schema_version(version, applied) VALUES ($v, $t)";
                command.Parameters.AddWithValue("$v", version);
                command.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                command.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        return Latest - current;
    }

    public static int Current(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
