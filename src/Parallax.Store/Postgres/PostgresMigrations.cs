using System.Globalization;
using Npgsql;

namespace Parallax.Store.Postgres;

/// <summary>
/// The PostgreSQL schema, in the connection's current schema (its <c>search_path</c>): each step runs once, in order, in
/// its own transaction, recorded in <c>schema_version</c>; an advisory lock keeps two processes from migrating at once.
/// </summary>
internal static class PostgresMigrations
{

    private static readonly string[] Steps =
    [
        """
        CREATE TABLE articles(
            id BIGINT PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            url TEXT UNIQUE,
            title TEXT,
            outlet TEXT NOT NULL,
            author TEXT,
            language TEXT,
            dateline TEXT,
            source TEXT,
            published TEXT,
            published_unix BIGINT,
            text TEXT NOT NULL,
            story_id BIGINT NOT NULL,
            syndicated_of BIGINT,
            summary_only BOOLEAN NOT NULL DEFAULT FALSE,
            features BYTEA NOT NULL,
            ingested TIMESTAMPTZ NOT NULL,
            search TSVECTOR GENERATED ALWAYS AS (
                setweight(to_tsvector('simple', COALESCE(title, '')), 'A') || to_tsvector('simple', left(text, 200000))) STORED);
        CREATE INDEX articles_story ON articles(story_id, id);
        CREATE INDEX articles_search ON articles USING GIN(search);
        CREATE TABLE stories(
            id BIGINT PRIMARY KEY,
            title TEXT NOT NULL,
            size INTEGER NOT NULL,
            syndicated INTEGER NOT NULL DEFAULT 0,
            first_unix BIGINT,
            last_unix BIGINT,
            updated BIGINT NOT NULL);
        CREATE INDEX stories_updated ON stories(updated);
        CREATE TABLE analyses(
            content_hash TEXT NOT NULL,
            pipeline TEXT NOT NULL,
            data BYTEA NOT NULL,
            PRIMARY KEY(content_hash, pipeline));
        """,
        """
        CREATE TABLE sentence_vectors(
            key BYTEA PRIMARY KEY,
            vector BYTEA NOT NULL);
        """,
        """
        CREATE TABLE article_ids(next BIGINT NOT NULL);
        INSERT INTO article_ids(next) SELECT COALESCE(MAX(id), 0) + 1 FROM articles;
        """,
        """
        CREATE TABLE near_duplicate_bands(
            key BIGINT PRIMARY KEY,
            article BIGINT NOT NULL);
        """,
    ];

    /// <summary>The schema version this code writes.</summary>
    public static int Latest => Steps.Length;

    /// <summary>Brings the schema to <see cref="Latest"/>; a no-op when it is there already. Returns how many steps ran.</summary>
    public static int Apply(NpgsqlConnection connection)
    {
        Execute(connection, $"SELECT pg_advisory_lock({PostgresArticleStore.LockClass}, hashtext(current_schema() || ':migrate'))");
        try
        {
            Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL, applied TIMESTAMPTZ NOT NULL)");
            var current = Current(connection);
            if (current > Latest)
                throw new InvalidOperationException($"the database schema is version {current}, newer than this parallax understands ({Latest})");
            for (var version = current + 1; version <= Latest; version++)
            {
                using var transaction = connection.BeginTransaction();
                using (var command = new NpgsqlCommand(Steps[version - 1], connection, transaction))
                    command.ExecuteNonQuery();
                using (var record = new NpgsqlCommand("INSERT INTO schema_version(version, applied) VALUES ($1, now())", connection, transaction))
                {
                    record.Parameters.Add(new NpgsqlParameter { Value = version });
                    record.ExecuteNonQuery();
                }
                transaction.Commit();
            }
            return Latest - current;
        }
        finally
        {
            Execute(connection, $"SELECT pg_advisory_unlock({PostgresArticleStore.LockClass}, hashtext(current_schema() || ':migrate'))");
        }
    }

    public static int Current(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version", connection);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
