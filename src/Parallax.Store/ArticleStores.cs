using Parallax.Corpus;
using Parallax.Store.Postgres;

namespace Parallax.Store;

/// <summary>
/// The front door to a corpus: a location (<c>--db</c> or <c>PARALLAX_DB</c>) is a <c>postgres://</c> URI for PostgreSQL
/// or else the path of an SQLite file.
/// </summary>
public static class ArticleStores
{
    /// <summary>The location given <c>--db</c> (may be null), else the <c>PARALLAX_DB</c> variable, else <c>./parallax.db</c>.</summary>
    public static string ResolveLocation(string? option) => SqliteArticleStore.ResolvePath(option);

    /// <summary>True when <paramref name="location"/> names a PostgreSQL database.</summary>
    public static bool IsPostgres(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return PostgresLocation.Is(location);
    }

    /// <summary>The location as it may be shown: a password in a URI is hidden.</summary>
    public static string Describe(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return PostgresLocation.Is(location) ? PostgresLocation.Redacted(location) : location;
    }

    /// <summary>Opens (creating when <paramref name="create"/>) the store at <paramref name="location"/> and migrates it.</summary>
    public static IArticleStore Open(string location, bool create = true)
    {
        ArgumentNullException.ThrowIfNull(location);
        return PostgresLocation.Is(location) ? PostgresArticleStore.Open(location, create) : SqliteArticleStore.Open(location, create);
    }

    /// <summary>Holds the right to ingest into the store at <paramref name="location"/> until disposed.</summary>
    /// <exception cref="IOException">Another ingest holds it.</exception>
    public static IDisposable LockForIngest(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return PostgresLocation.Is(location) ? PostgresArticleStore.LockForIngest(location) : SqliteArticleStore.LockForIngest(location);
    }
}
