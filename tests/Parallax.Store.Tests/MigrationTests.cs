using Microsoft.Data.Sqlite;

namespace Parallax.Store.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void Migrations_create_the_schema_on_an_empty_database()
    {
        using var temp = new TempFolder();
        using var store = SqliteArticleStore.Open(temp.Db);
        Assert.Equal(4, store.SchemaVersion);
        Assert.Equal(0, store.ArticleCount);
        Assert.Empty(store.Stories());
    }

    [Fact]
    public void Migrations_run_again_change_nothing()
    {
        using var temp = new TempFolder();
        using (var first = SqliteArticleStore.Open(temp.Db))
            Assert.Equal(0, first.Migrate());
        using var second = SqliteArticleStore.Open(temp.Db);
        Assert.Equal(0, second.Migrate());
        Assert.Equal(4, second.SchemaVersion);
    }

    [Fact]
    public void A_database_of_the_first_schema_gains_the_sentence_vector_table()
    {
        using var temp = new TempFolder();
        using (var created = SqliteArticleStore.Open(temp.Db))
        {
        }
        using (var connection = new SqliteConnection($"Data Source={temp.Db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TABLE sentence_vectors; DROP TABLE article_ids; DROP TABLE near_duplicate_bands; DELETE FROM schema_version WHERE version >= 2";
            command.ExecuteNonQuery();
        }
        using var store = SqliteArticleStore.Open(temp.Db);
        Assert.Equal(4, store.SchemaVersion);
        Assert.Empty(store.SentenceVectors([1]));
    }

    [Fact]
    public void The_database_uses_the_write_ahead_log()
    {
        using var temp = new TempFolder();
        using (SqliteArticleStore.Open(temp.Db))
        {
        }
        using var connection = new SqliteConnection($"Data Source={temp.Db}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar() as string);
    }

    [Fact]
    public void Opening_a_missing_database_without_create_fails_with_its_path()
    {
        using var temp = new TempFolder();
        var e = Assert.Throws<FileNotFoundException>(() => SqliteArticleStore.Open(temp.Db, create: false));
        Assert.Contains(temp.Db, e.Message, StringComparison.Ordinal);
    }
}
