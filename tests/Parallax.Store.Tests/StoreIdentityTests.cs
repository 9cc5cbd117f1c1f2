using Microsoft.Data.Sqlite;

namespace Parallax.Store.Tests;

public sealed class StoreIdentityTests
{
    private static void Execute(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    [Fact]
    public void Another_applications_database_is_refused_and_left_unchanged()
    {
        using var temp = new TempFolder();
        Execute(temp.Db, "CREATE TABLE notes(body TEXT)");
        var e = Assert.Throws<InvalidOperationException>(() => SqliteArticleStore.Open(temp.Db));
        Assert.Equal("not a Parallax database (application id 0, tables notes); it was left unchanged", e.Message);
        Assert.Equal(1L, Scalar(temp.Db, "SELECT COUNT(*) FROM sqlite_schema"));
        Assert.Equal("delete", Scalar(temp.Db, "PRAGMA journal_mode"));
    }

    [Fact]
    public void An_empty_file_is_no_corpus_to_read()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(temp.Db, []);
        var e = Assert.Throws<InvalidOperationException>(() => SqliteArticleStore.Open(temp.Db, create: false));
        Assert.StartsWith("the database is empty", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_database_is_stamped_as_parallaxs()
    {
        using var temp = new TempFolder();
        using (SqliteArticleStore.Open(temp.Db))
        {
        }
        Assert.Equal(0x50724C78L, Scalar(temp.Db, "PRAGMA application_id"));
        using var again = SqliteArticleStore.Open(temp.Db, create: false);
        Assert.Equal(0, again.ArticleCount);
    }

    [Fact]
    public void A_corpus_from_before_the_stamp_is_still_opened_and_stamped()
    {
        using var temp = new TempFolder();
        using (SqliteArticleStore.Open(temp.Db))
        {
        }
        Execute(temp.Db, "PRAGMA application_id = 0");
        using (SqliteArticleStore.Open(temp.Db, create: false))
        {
        }
        Assert.Equal(0x50724C78L, Scalar(temp.Db, "PRAGMA application_id"));
    }

    [Fact]
    public void A_second_ingest_lock_on_one_database_fails_with_one_clear_line()
    {
        using var temp = new TempFolder();
        using (SqliteArticleStore.LockForIngest(temp.Db))
        {
            var e = Assert.Throws<IOException>(() => SqliteArticleStore.LockForIngest(temp.Db));
            Assert.Equal($"{temp.Db}: another 'parallax ingest' is writing to this database; run this one when it has finished", e.Message);
        }
        using var next = SqliteArticleStore.LockForIngest(temp.Db);
    }
}
