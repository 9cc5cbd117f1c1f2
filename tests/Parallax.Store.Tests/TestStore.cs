using Npgsql;
using Parallax.Store.Postgres;

namespace Parallax.Store.Tests;

/// <summary>The stores the shared suite runs against.</summary>
public enum StoreKind
{
    /// <summary>An SQLite file in the test's folder.</summary>
    Sqlite,

    /// <summary>A schema of its own in the PostgreSQL named by <c>PARALLAX_TEST_POSTGRES</c>.</summary>
    Postgres,
}

/// <summary>
/// One test's corpus location and its folder for input files, both removed on dispose. PostgreSQL comes from
/// <c>PARALLAX_TEST_POSTGRES</c> (a <c>postgres://</c> URI; <c>.ci/run</c> starts a server and sets it): unset, the
/// test fails under CI (<c>CI=true</c>) and is skipped with a line saying so elsewhere.
/// </summary>
public sealed class TestStore : IDisposable
{
    /// <summary>The variable naming the PostgreSQL server for tests.</summary>
    public const string PostgresVariable = "PARALLAX_TEST_POSTGRES";

    private readonly TempFolder _folder = new();
    private readonly string? _schema;
    private readonly string? _server;

    private TestStore(StoreKind kind)
    {
        Kind = kind;
        if (kind == StoreKind.Sqlite)
        {
            Location = _folder.Db;
            return;
        }
        _server = Server();
        _schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        Location = _server + (_server.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "search_path=" + _schema;
        Execute($"CREATE SCHEMA {_schema}");
    }

    public static TestStore Create(StoreKind kind) => new(kind);

    public StoreKind Kind { get; }

    /// <summary>Where the store lives, as <c>--db</c> takes it.</summary>
    public string Location { get; }

    public string Path => _folder.Path;

    public string Write(string name, string content) => _folder.Write(name, content);

    public IArticleStore Open(bool create = true) => ArticleStores.Open(Location, create);

    /// <summary>Runs SQL on the test's PostgreSQL schema (not on SQLite).</summary>
    public void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(PostgresLocation.ConnectionString(_server!));
        connection.Open();
        using var command = new NpgsqlCommand(_schema is null ? sql : $"SET search_path TO {_schema}; {sql}", connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (_schema is not null)
        {
            NpgsqlConnection.ClearAllPools();
            Execute($"DROP SCHEMA IF EXISTS {_schema} CASCADE");
        }
        _folder.Dispose();
    }

    private static string Server()
    {
        if (Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server)
            return server;
        var message = $"{PostgresVariable} is not set: the PostgreSQL store tests need a server (bash .ci/postgres start prints its URI; .ci/run starts one)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException(message);
        Assert.Skip(message);
        return "";
    }
}
