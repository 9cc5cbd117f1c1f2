using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Parallax.Store.Sqlite;

/// <summary>
/// Makes sure a database is Parallax's before anything changes it: its <c>application_id</c> says so, or it is a new
/// (empty) database and creating one was asked for, or it is a Parallax database from before the id was set.
/// </summary>
internal static class StoreIdentity
{
    /// <summary>"PrLx".</summary>
    public const int ApplicationId = 0x50724C78;

    /// <exception cref="InvalidOperationException">The database belongs to something else, or is empty and may not be created.</exception>
    public static void Check(SqliteConnection connection, string path, bool create)
    {
        var id = Convert.ToInt32(Scalar(connection, "PRAGMA application_id"), CultureInfo.InvariantCulture);
        if (id == ApplicationId)
            return;
        var tables = Tables(connection);
        if (tables.Count == 0)
        {
            if (create)
                return;
            throw new InvalidOperationException("the database is empty, not a Parallax corpus (run 'parallax ingest' first)");
        }
        if (id == 0 && tables.Contains("schema_version") && tables.Contains("articles") && tables.Contains("stories"))
            return;
        var shown = string.Join(", ", tables.Take(5)) + (tables.Count > 5 ? ", ..." : "");
        throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
            $"not a Parallax database (application id {id}, tables {shown}); it was left unchanged"));
    }

    /// <summary>Stamps the database as Parallax's (a no-op when it is already).</summary>
    public static void Mark(SqliteConnection connection)
    {
        if (Convert.ToInt32(Scalar(connection, "PRAGMA application_id"), CultureInfo.InvariantCulture) != ApplicationId)
            Scalar(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA application_id = {ApplicationId}"));
    }

    private static List<string> Tables(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
            names.Add(reader.GetString(0));
        return names;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
