using Microsoft.Data.Sqlite;
using Parallax.Cli.Commands;

namespace Parallax.Cli.Tests;

/// <summary>
/// A full disk, a read-only folder or file system and a locked database end in one line saying so. The failures are real
/// ones (the kernel's /dev/full, SQLite's own page limit, read-only and busy errors) put where the program writes, so
/// they need no root tricks.
/// </summary>
public sealed class DiskFailureTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parallax-cli-disk-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Out_on_a_full_disk_is_one_line_and_the_old_file_is_kept()
    {
        if (!File.Exists("/dev/full"))
        {
            Assert.Skip("needs /dev/full (Linux)");
            return;
        }
        var target = Path.Combine(_dir, "report.json");
        File.WriteAllText(target, "old");

        var failure = Assert.Throws<CliException>(() => OutputFile.Write(target, w => w.Write(new string('x', 1 << 20)),
            _ => new FileStream("/dev/full", FileMode.Open, FileAccess.Write)));

        Assert.Equal(ExitCodes.IoError, failure.ExitCode);
        Assert.Equal($"{target}: the disk is full; nothing was written (free some space and run the same command again)", failure.Message);
        Assert.Equal("old", File.ReadAllText(target));
        Assert.Equal(["report.json"], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public void Out_in_a_folder_that_may_not_be_written_is_one_line()
    {
        var target = Path.Combine(_dir, "report.json");

        var failure = Assert.Throws<CliException>(() => OutputFile.Write(target, w => w.Write("{}"),
            temp => throw new UnauthorizedAccessException($"Access to the path '{temp}' is denied.")));

        Assert.Equal($"{target}: cannot write there (permission denied)", failure.Message);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Out_on_a_read_only_file_system_is_one_line()
    {
        var target = Path.Combine(_dir, "report.json");

        var failure = Assert.Throws<CliException>(() => OutputFile.Write(target, w => w.Write("{}"),
            temp => throw new IOException($"Read-only file system : '{temp}'", 30)));

        Assert.Equal($"{target}: cannot write there (the file system is read-only)", failure.Message);
    }

    [Fact]
    public void A_database_on_a_full_disk_is_described_as_a_full_disk()
    {
        using var connection = Open(Path.Combine(_dir, "full.db"));
        Execute(connection, "CREATE TABLE t(data BLOB)");
        var pages = Convert.ToInt64(new SqliteCommand("PRAGMA page_count", connection).ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        Execute(connection, $"PRAGMA max_page_count = {pages + 1}");

        var failure = Assert.Throws<SqliteException>(() => Execute(connection, "INSERT INTO t VALUES (zeroblob(1000000))"));

        Assert.Equal("the disk is full; free some space and run the same command again (everything committed so far is kept)", StoreErrors.Describe(failure));
    }

    [Fact]
    public void A_database_that_may_only_be_read_is_described_as_read_only()
    {
        var path = Path.Combine(_dir, "ro.db");
        using (var writer = Open(path))
            Execute(writer, "CREATE TABLE t(x)");
        using var reader = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        reader.Open();

        var failure = Assert.Throws<SqliteException>(() => Execute(reader, "INSERT INTO t VALUES (1)"));

        Assert.Equal("the database is read-only (check the permissions of the file and its folder)", StoreErrors.Describe(failure));
    }

    [Fact]
    public void A_database_another_process_holds_is_described_as_locked()
    {
        var path = Path.Combine(_dir, "locked.db");
        using var holder = Open(path);
        Execute(holder, "CREATE TABLE t(x)");
        Execute(holder, "BEGIN EXCLUSIVE");
        using var other = new SqliteConnection($"Data Source={path};Pooling=False;Default Timeout=1");
        other.Open();

        var failure = Assert.Throws<SqliteException>(() => Execute(other, "INSERT INTO t VALUES (1)"));

        Assert.Equal("the database is locked by another process (another ingest or a writer); try again when it has finished", StoreErrors.Describe(failure));
        Execute(holder, "ROLLBACK");
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
