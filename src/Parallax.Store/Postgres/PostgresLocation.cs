using System.Globalization;
using Npgsql;

namespace Parallax.Store.Postgres;

/// <summary>
/// A <c>postgres://user:password@host:port/database?host=/socket/dir&amp;sslmode=...</c> URI as an Npgsql connection string,
/// and the same URI with its password hidden, for messages.
/// </summary>
internal static class PostgresLocation
{
    public static bool Is(string location)
        => location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <exception cref="FormatException">Not a PostgreSQL URI, or a query parameter Parallax does not know.</exception>
    public static string ConnectionString(string location)
    {
        var (userInfo, hostPort, path, query) = Split(location);
        var builder = new NpgsqlConnectionStringBuilder();
        var portAt = hostPort.StartsWith('[') ? hostPort.IndexOf("]:", StringComparison.Ordinal) + 1 : hostPort.LastIndexOf(':');
        var host = portAt > 0 ? hostPort[..portAt] : hostPort;
        if (host.Length > 0)
            builder.Host = Uri.UnescapeDataString(host.Trim('[', ']'));
        if (portAt > 0)
            builder.Port = int.TryParse(hostPort[(portAt + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : throw new FormatException($"bad port '{hostPort[(portAt + 1)..]}'");
        if (userInfo.Length > 0)
        {
            var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? userInfo : userInfo[..colon]);
            if (colon >= 0)
                builder.Password = Uri.UnescapeDataString(userInfo[(colon + 1)..]);
        }
        var database = Uri.UnescapeDataString(path);
        if (database.Length > 0)
            builder.Database = database;
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            switch (key.ToLowerInvariant())
            {
                case "host":
                    builder.Host = value;
                    break;
                case "port":
                    builder.Port = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "user":
                    builder.Username = value;
                    break;
                case "password":
                    builder.Password = value;
                    break;
                case "dbname":
                    builder.Database = value;
                    break;
                case "sslmode":
                    builder.SslMode = Enum.Parse<SslMode>(value, ignoreCase: true);
                    break;
                case "search_path":
                    builder.SearchPath = value;
                    break;
                case "application_name":
                    builder.ApplicationName = value;
                    break;
                default:
                    throw new FormatException($"unknown parameter '{key}' (known: host, port, user, password, dbname, sslmode, search_path, application_name)");
            }
        }
        builder.ApplicationName ??= "parallax";
        return builder.ConnectionString;
    }

    /// <summary>The location with any password replaced by <c>***</c>.</summary>
    public static string Redacted(string location)
    {
        var shown = location;
        var scheme = location.IndexOf("://", StringComparison.Ordinal);
        var authorityEnd = location.IndexOfAny(['/', '?'], scheme + 3);
        var at = location.LastIndexOf('@', authorityEnd < 0 ? location.Length - 1 : authorityEnd);
        var colon = at < 0 ? -1 : location.IndexOf(':', scheme + 3, at - scheme - 3);
        if (colon >= 0)
            shown = location[..(colon + 1)] + "***" + location[at..];
        var password = shown.IndexOf("password=", StringComparison.OrdinalIgnoreCase);
        if (password >= 0)
        {
            var end = shown.IndexOf('&', password);
            shown = shown[..(password + 9)] + "***" + (end < 0 ? "" : shown[end..]);
        }
        return shown;
    }

    /// <summary>The parts of <c>scheme://userinfo@host:port/path?query</c> (System.Uri refuses a user with no host, as in a socket URI).</summary>
    private static (string UserInfo, string HostPort, string Path, string Query) Split(string location)
    {
        if (!Is(location))
            throw new FormatException("not a postgres:// URI");
        var rest = location[(location.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var question = rest.IndexOf('?', StringComparison.Ordinal);
        var query = question < 0 ? "" : rest[(question + 1)..];
        if (question >= 0)
            rest = rest[..question];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var path = slash < 0 ? "" : rest[(slash + 1)..];
        var authority = slash < 0 ? rest : rest[..slash];
        var at = authority.LastIndexOf('@');
        return (at < 0 ? "" : authority[..at], at < 0 ? authority : authority[(at + 1)..], path, query);
    }
}
