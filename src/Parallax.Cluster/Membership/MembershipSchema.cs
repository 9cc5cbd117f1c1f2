using Npgsql;

namespace Parallax.Cluster.Membership;

/// <summary>
/// The tables and queries through which Orleans' ADO.NET clustering keeps the silos' membership in the corpus's
/// PostgreSQL (in the schema of the <c>--db</c> URI). The package ships no scripts, so Parallax writes its own to the
/// provider's contract: it reads every query by key from <c>OrleansQuery</c>, binds parameters by name and reads result
/// columns by name. Applied on every start, idempotently, under an advisory lock so that workers starting together
/// do not race.
/// </summary>
internal static class MembershipSchema
{
    /// <summary>The advisory lock key held while the schema is applied ("PLXORLNS").</summary>
    private const long LockKey = 0x504C584F524C4E53;

    private const string Tables = """
        CREATE TABLE IF NOT EXISTS OrleansQuery (
            QueryKey varchar(64) PRIMARY KEY,
            QueryText text NOT NULL);
        CREATE TABLE IF NOT EXISTS cluster_versions (
            DeploymentId varchar(150) PRIMARY KEY,
            Timestamp timestamptz NOT NULL DEFAULT now(),
            Version integer NOT NULL DEFAULT 0);
        CREATE TABLE IF NOT EXISTS cluster_silos (
            DeploymentId varchar(150) NOT NULL REFERENCES cluster_versions (DeploymentId),
            Address varchar(45) NOT NULL,
            Port integer NOT NULL,
            Generation integer NOT NULL,
            SiloName varchar(150) NOT NULL,
            HostName varchar(150) NOT NULL,
            Status integer NOT NULL,
            ProxyPort integer NULL,
            SuspectTimes text NULL,
            StartTime timestamptz NOT NULL,
            IAmAliveTime timestamptz NOT NULL,
            PRIMARY KEY (DeploymentId, Address, Port, Generation));

        -- Adds a silo if the table is still at the version the caller read: 1 when done, 0 otherwise (nothing changed).
        CREATE OR REPLACE FUNCTION cluster_add_silo(deployment text, address_ text, port_ integer, generation_ integer,
            silo_name text, host_name text, status_ integer, proxy_port integer, start_time timestamptz, alive timestamptz, expected integer)
        RETURNS integer AS $$
        BEGIN
            UPDATE cluster_versions SET Version = Version + 1, Timestamp = now()
            WHERE DeploymentId = deployment AND Version = expected;
            IF NOT FOUND THEN
                RETURN 0;
            END IF;
            INSERT INTO cluster_silos (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
            VALUES (deployment, address_, port_, generation_, silo_name, host_name, status_, proxy_port, start_time, alive)
            ON CONFLICT DO NOTHING;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'silo already listed' USING ERRCODE = 'unique_violation';
            END IF;
            RETURN 1;
        EXCEPTION WHEN unique_violation THEN
            RETURN 0;
        END $$ LANGUAGE plpgsql;

        -- Changes a silo's status and suspicions if the table is still at the version the caller read: 1 when done, else 0.
        CREATE OR REPLACE FUNCTION cluster_change_silo(deployment text, address_ text, port_ integer, generation_ integer,
            status_ integer, suspect_times text, alive timestamptz, expected integer)
        RETURNS integer AS $$
        BEGIN
            UPDATE cluster_versions SET Version = Version + 1, Timestamp = now()
            WHERE DeploymentId = deployment AND Version = expected;
            IF NOT FOUND THEN
                RETURN 0;
            END IF;
            UPDATE cluster_silos SET Status = status_, SuspectTimes = suspect_times, IAmAliveTime = alive
            WHERE DeploymentId = deployment AND Address = address_ AND Port = port_ AND Generation = generation_;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'no such silo' USING ERRCODE = 'no_data_found';
            END IF;
            RETURN 1;
        EXCEPTION WHEN no_data_found THEN
            RETURN 0;
        END $$ LANGUAGE plpgsql;
        """;

    private const string Members = """
        SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
               m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
        FROM cluster_versions v LEFT JOIN cluster_silos m ON m.DeploymentId = v.DeploymentId
        """;

    /// <summary>The provider's query keys and Parallax's queries for them.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Queries = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["UpdateIAmAlivetimeKey"] = """
            UPDATE cluster_silos SET IAmAliveTime = @IAmAliveTime
            WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation
            """,
        ["InsertMembershipVersionKey"] = """
            WITH added AS (INSERT INTO cluster_versions (DeploymentId) VALUES (@DeploymentId) ON CONFLICT DO NOTHING RETURNING 1)
            SELECT count(*)::integer FROM added
            """,
        ["InsertMembershipKey"] = """
            SELECT cluster_add_silo(@DeploymentId::text, @Address::text, @Port::integer, @Generation::integer, @SiloName::text,
                                    @HostName::text, @Status::integer, @ProxyPort::integer, @StartTime::timestamptz,
                                    @IAmAliveTime::timestamptz, @Version::integer)
            """,
        ["UpdateMembershipKey"] = """
            SELECT cluster_change_silo(@DeploymentId::text, @Address::text, @Port::integer, @Generation::integer, @Status::integer,
                                       @SuspectTimes::text, @IAmAliveTime::timestamptz, @Version::integer)
            """,
        ["MembershipReadRowKey"] = Members.Replace(
            "ON m.DeploymentId = v.DeploymentId",
            "ON m.DeploymentId = v.DeploymentId AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation",
            StringComparison.Ordinal) + " WHERE v.DeploymentId = @DeploymentId",
        ["MembershipReadAllKey"] = Members + " WHERE v.DeploymentId = @DeploymentId",
        ["DeleteMembershipTableEntriesKey"] = """
            DELETE FROM cluster_silos WHERE DeploymentId = @DeploymentId;
            DELETE FROM cluster_versions WHERE DeploymentId = @DeploymentId
            """,
        ["GatewaysQueryKey"] = """
            SELECT Address, ProxyPort, Generation FROM cluster_silos
            WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0
            """,
        ["CleanupDefunctSiloEntriesKey"] = """
            DELETE FROM cluster_silos WHERE DeploymentId = @DeploymentId AND IAmAliveTime < @IAmAliveTime AND Status <> 3
            """,
        ["CleanupDefunctSiloEntryKey"] = """
            DELETE FROM cluster_silos
            WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation AND Status = 6
            """,
    };

    /// <summary>How many silos of cluster <paramref name="clusterId"/> are listed as active with a gateway.</summary>
    public static long ActiveWorkers(string connectionString, string clusterId)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT count(*) FROM cluster_silos WHERE DeploymentId = $1 AND Status = 3 AND ProxyPort > 0", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = clusterId });
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Creates or updates the membership tables, functions and queries in the database of <paramref name="connectionString"/>.</summary>
    public static void Apply(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using (var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({LockKey})", connection, transaction))
            command.ExecuteNonQuery();
        using (var command = new NpgsqlCommand(Tables, connection, transaction))
            command.ExecuteNonQuery();
        foreach (var (key, text) in Queries)
        {
            using var command = new NpgsqlCommand(
                "INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ($1, $2) ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText",
                connection, transaction);
            command.Parameters.Add(new NpgsqlParameter { Value = key });
            command.Parameters.Add(new NpgsqlParameter { Value = text });
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    }
}
