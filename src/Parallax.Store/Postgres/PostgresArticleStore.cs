using System.Globalization;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using Parallax.Corpus;
using Parallax.Store.Postgres;

namespace Parallax.Store;

/// <summary>
/// The PostgreSQL <see cref="IArticleStore"/>: the same tables as the SQLite store in the connection's schema, migrations on
/// open, full-text search over a generated <c>tsvector</c> column with a GIN index, analyses cached by content hash and
/// pipeline version. Not thread-safe: use one instance per thread (connections are pooled).
/// </summary>
public sealed class PostgresArticleStore : IArticleStore
{
    /// <summary>Advisory locks are (class, key) pairs: the class is Parallax's, the key a hash of the schema and the lock's purpose.</summary>
    internal const int LockClass = 0x50724C78;


    private readonly NpgsqlConnection _connection;

    private PostgresArticleStore(NpgsqlConnection connection) => _connection = connection;

    /// <summary>Opens the database at <paramref name="location"/> (<c>postgres://...</c>) and migrates it to the current schema.</summary>
    /// <param name="location">A <c>postgres://</c> URI.</param>
    /// <param name="create">When false, a database with no Parallax tables is refused instead of set up.</param>
    /// <exception cref="FormatException">The URI cannot be read.</exception>
    /// <exception cref="InvalidOperationException">The database belongs to something else, or is empty and may not be set up.</exception>
    public static PostgresArticleStore Open(string location, bool create = true)
    {
        ArgumentNullException.ThrowIfNull(location);
        var connection = new NpgsqlConnection(PostgresLocation.ConnectionString(location));
        try
        {
            connection.Open();
            CheckIdentity(connection, create);
            PostgresMigrations.Apply(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return new PostgresArticleStore(connection);
    }

    /// <summary>
    /// Holds the right to ingest into the database at <paramref name="location"/> until disposed (a session advisory lock on a connection of
    /// its own, not pooled: released when disposed, or by the server when the process dies), so that two ingests never interleave their stories.
    /// </summary>
    /// <exception cref="IOException">Another ingest holds it.</exception>
    public static IDisposable LockForIngest(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresLocation.ConnectionString(location)) { Pooling = false }.ConnectionString);
        try
        {
            connection.Open();
            using var command = new NpgsqlCommand($"SELECT pg_try_advisory_lock({LockClass}, hashtext(current_schema() || ':ingest'))", connection);
            if (command.ExecuteScalar() is not true)
                throw new IOException($"{PostgresLocation.Redacted(location)}: another 'parallax ingest' is writing to this database; run this one when it has finished");
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return connection;
    }

    /// <summary>The schema version of the open database.</summary>
    public int SchemaVersion => PostgresMigrations.Current(_connection);

    /// <summary>Runs the migrations again (a no-op on a current database); returns how many ran.</summary>
    public int Migrate() => PostgresMigrations.Apply(_connection);

    /// <inheritdoc />
    public long ArticleCount => Scalar("SELECT COUNT(*) FROM articles");

    /// <inheritdoc />
    public long LastStoryId => Scalar("SELECT COALESCE(MAX(id), 0) FROM stories");

    /// <inheritdoc />
    public long ReserveArticleIds(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        using var command = Command("UPDATE article_ids SET next = GREATEST(next, (SELECT COALESCE(MAX(id), 0) + 1 FROM articles)) + $1 RETURNING next - $1", count);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public long? FindExisting(string contentHash, string? url)
    {
        using var command = url is null
            ? Command("SELECT id FROM articles WHERE content_hash = $1 LIMIT 1", contentHash)
            : Command("SELECT id FROM articles WHERE content_hash = $1 UNION ALL SELECT id FROM articles WHERE url = $2 LIMIT 1", contentHash, url);
        return command.ExecuteScalar() is long id ? id : null;
    }

    /// <inheritdoc />
    public void AddBatch(IReadOnlyList<ArticleRecord> articles, IReadOnlyList<(long Article, long Story)>? moves = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        moves ??= [];
        if (articles.Count == 0 && moves.Count == 0)
            return;
        using var transaction = _connection.BeginTransaction();
        var ingested = DateTimeOffset.UtcNow;
        var analyses = new List<CachedAnalysis>();
        var touched = new HashSet<long>();
        if (articles.Count > 0)
        {
            using var batch = new NpgsqlBatch(_connection, transaction);
            foreach (var record in articles)
            {
                var a = record.Article;
                var insert = new NpgsqlBatchCommand("""
                    INSERT INTO articles(id, content_hash, url, title, outlet, author, language, dateline, source, published, published_unix, text, story_id, syndicated_of, summary_only, features, ingested)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
                    """);
                insert.Parameters.Add(new NpgsqlParameter<long> { TypedValue = record.Id });
                insert.Parameters.Add(Text(record.ContentHash));
                insert.Parameters.Add(Text(a.Url));
                insert.Parameters.Add(Text(a.Title));
                insert.Parameters.Add(Text(a.Outlet));
                insert.Parameters.Add(Text(a.Author));
                insert.Parameters.Add(Text(a.Language));
                insert.Parameters.Add(Text(a.Dateline));
                insert.Parameters.Add(Text(a.Source));
                insert.Parameters.Add(Text(a.Published?.ToString("O", CultureInfo.InvariantCulture)));
                insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = (object?)a.Published?.ToUnixTimeSeconds() ?? DBNull.Value });
                insert.Parameters.Add(Text(a.Text));
                insert.Parameters.Add(new NpgsqlParameter<long> { TypedValue = record.Story });
                insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = (object?)record.SyndicatedOf ?? DBNull.Value });
                insert.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = record.SummaryOnly || a.SummaryOnly });
                insert.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = record.Features });
                insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = ingested });
                batch.BatchCommands.Add(insert);
                touched.Add(record.Story);
                if (record.Analysis is { } analysis)
                    analyses.Add(analysis);
            }
            batch.ExecuteNonQuery();
        }
        foreach (var (article, target) in moves)
        {
            using var move = Command("""
                UPDATE articles a SET story_id = $2 FROM (SELECT id, story_id FROM articles WHERE id = $1 FOR UPDATE) old
                WHERE a.id = old.id RETURNING old.story_id
                """, article, target);
            move.Transaction = transaction;
            if (move.ExecuteScalar() is long from)
                touched.Add(from);
            touched.Add(target);
        }
        WriteBands([.. articles.Select(a => (a.Id, a.Bands))], transaction);
        RefreshStories(touched, transaction);
        WriteAnalyses(analyses, transaction);
        transaction.Commit();
    }

    /// <inheritdoc />
    public bool BandsMissing => Scalar("SELECT (EXISTS(SELECT 1 FROM articles) AND NOT EXISTS(SELECT 1 FROM near_duplicate_bands))::int") == 1;

    /// <inheritdoc />
    public void AddBands(IReadOnlyList<(long Article, ulong[] Keys)> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        using var transaction = _connection.BeginTransaction();
        WriteBands([.. bands.Select(b => (b.Article, (IReadOnlyList<ulong>)b.Keys))], transaction);
        transaction.Commit();
    }

    private void WriteBands(IReadOnlyList<(long Article, IReadOnlyList<ulong> Keys)> bands, NpgsqlTransaction transaction)
    {
        var keys = bands.SelectMany(b => b.Keys.Select(k => unchecked((long)k))).ToArray();
        if (keys.Length == 0)
            return;
        var articles = bands.SelectMany(b => b.Keys.Select(_ => b.Article)).ToArray();
        using var command = new NpgsqlCommand("INSERT INTO near_duplicate_bands(key, article) SELECT k, a FROM unnest($1::bigint[], $2::bigint[]) WITH ORDINALITY AS t(k, a, n) ORDER BY n ON CONFLICT (key) DO NOTHING", _connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = keys });
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = articles });
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public long[] BandHolders(IReadOnlyList<ulong> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var holders = new long[keys.Count];
        if (keys.Count == 0)
            return holders;
        using var command = new NpgsqlCommand("SELECT key, article FROM near_duplicate_bands WHERE key = ANY($1)", _connection);
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. keys.Select(k => unchecked((long)k))] });
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var key = unchecked((ulong)reader.GetInt64(0));
            for (var i = 0; i < keys.Count; i++)
            {
                if (keys[i] == key)
                    holders[i] = reader.GetInt64(1);
            }
        }
        return holders;
    }

    /// <summary>Recomputes the story rows from their articles (a story left with no article is removed).</summary>
    private void RefreshStories(HashSet<long> stories, NpgsqlTransaction transaction)
    {
        if (stories.Count == 0)
            return;
        var ids = stories.ToArray();
        using var batch = new NpgsqlBatch(_connection, transaction);
        var delete = new NpgsqlBatchCommand("DELETE FROM stories WHERE id = ANY($1)");
        delete.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = ids });
        batch.BatchCommands.Add(delete);
        var insert = new NpgsqlBatchCommand("""
            INSERT INTO stories(id, title, size, syndicated, first_unix, last_unix, updated)
            SELECT a.story_id,
                   COALESCE((SELECT t.title FROM articles t WHERE t.story_id = a.story_id AND t.title IS NOT NULL AND t.title <> '' ORDER BY t.id LIMIT 1),
                            (SELECT left(split_part(ltrim(t.text, E'\n\r\t '), chr(10), 1), $2) FROM articles t WHERE t.story_id = a.story_id ORDER BY t.id LIMIT 1)),
                   COUNT(*), COUNT(a.syndicated_of), MIN(a.published_unix), MAX(a.published_unix), MAX(a.id)
            FROM articles a WHERE a.story_id = ANY($1) GROUP BY a.story_id
            """);
        insert.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = ids });
        insert.Parameters.Add(new NpgsqlParameter<int> { TypedValue = StoryTitles.LeadCharacters });
        batch.BatchCommands.Add(insert);
        batch.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public IReadOnlyList<StorySummary> Stories(DateTimeOffset? since = null, string? search = null, int limit = 100, int offset = 0)
    {
        using var command = new NpgsqlCommand { Connection = _connection };
        var where = new StringBuilder("WHERE TRUE");
        if (since is { } s)
        {
            where.Append(" AND (s.last_unix IS NULL OR s.last_unix >= @since)");
            command.Parameters.AddWithValue("since", s.ToUnixTimeSeconds());
        }
        if (!string.IsNullOrWhiteSpace(search))
        {
            where.Append(" AND s.id IN (SELECT a.story_id FROM articles a WHERE a.search @@ plainto_tsquery('simple', @q))");
            command.Parameters.AddWithValue("q", search);
        }
        command.CommandText = $"""
            SELECT s.id, s.title, s.size, s.syndicated, s.first_unix, s.last_unix, {OutletsOfStory}
            FROM stories s {where} ORDER BY COALESCE(s.last_unix, 0) DESC, s.size DESC, s.id LIMIT @limit OFFSET @offset
            """;
        command.Parameters.AddWithValue("limit", limit);
        command.Parameters.AddWithValue("offset", Math.Max(0, offset));
        return StoredRows.Stories(command);
    }

    /// <inheritdoc />
    public StorySummary? Story(long id)
    {
        using var command = Command($"SELECT s.id, s.title, s.size, s.syndicated, s.first_unix, s.last_unix, {OutletsOfStory} FROM stories s WHERE s.id = $1", id);
        return StoredRows.Stories(command).FirstOrDefault();
    }

    /// <inheritdoc />
    public StoredArticle? Article(long id)
    {
        using var command = Command($"SELECT {StoredRows.ArticleColumns} FROM articles WHERE id = $1", id);
        return StoredRows.Articles(command).FirstOrDefault();
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredArticle> ArticlesOf(long story)
    {
        using var command = Command($"SELECT {StoredRows.ArticleColumns} FROM articles WHERE story_id = $1 ORDER BY id", story);
        return StoredRows.Articles(command);
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredArticleHeader> ArticleHeadersOf(long story)
    {
        using var command = Command($"SELECT {StoredRows.HeaderColumns} FROM articles WHERE story_id = $1 ORDER BY id", story);
        return StoredRows.Headers(command);
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredArticle> Search(string query, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var command = Command($"""
            SELECT {StoredRows.ArticleColumns} FROM articles, plainto_tsquery('simple', $1) q
            WHERE search @@ q ORDER BY ts_rank_cd(search, q) DESC, id LIMIT $2
            """, query, limit);
        return StoredRows.Articles(command);
    }

    /// <inheritdoc />
    public SearchPage SearchPage(string query, int limit = 20, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var count = Command("SELECT COUNT(*) FROM articles WHERE search @@ plainto_tsquery('simple', $1)", query);
        var total = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        var columns = StoredRows.ArticleColumnsOf("a");
        using var command = Command($"""
            SELECT {columns}, ts_headline('simple', left(a.text, 200000), q,
                'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=24, MinWords=10, MaxFragments=1, FragmentDelimiter=…')
            FROM articles a, plainto_tsquery('simple', $1) q
            WHERE a.search @@ q ORDER BY ts_rank_cd(a.search, q) DESC, a.id LIMIT $2 OFFSET $3
            """, query, limit, offset);
        var hits = new List<SearchHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            hits.Add(new SearchHit(StoredRows.Article(reader), reader.IsDBNull(14) ? "" : reader.GetString(14)));
        return new SearchPage(hits, total);
    }

    /// <inheritdoc />
    public byte[]? CachedAnalysis(string contentHash, string pipeline)
    {
        using var command = Command("SELECT data FROM analyses WHERE content_hash = $1 AND pipeline = $2", contentHash, pipeline);
        return command.ExecuteScalar() as byte[];
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredArticle> ArticlesWithoutAnalysis(string pipeline, long afterId, int limit)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        using var command = Command(
            $"SELECT {StoredRows.ArticleColumns} FROM articles a WHERE a.id > $1 AND NOT EXISTS (SELECT 1 FROM analyses n WHERE n.content_hash = a.content_hash AND n.pipeline = $2) ORDER BY a.id LIMIT $3",
            afterId, pipeline, limit);
        return StoredRows.Articles(command);
    }

    /// <inheritdoc />
    public long CountWithoutAnalysis(string pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        using var command = Command("SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM analyses n WHERE n.content_hash = a.content_hash AND n.pipeline = $1)", pipeline);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public long DropSupersededAnalyses(string pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        using var command = Command("DELETE FROM analyses WHERE pipeline <> $1 AND content_hash IN (SELECT content_hash FROM analyses WHERE pipeline = $1)", pipeline);
        return command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public void CacheAnalyses(IReadOnlyList<CachedAnalysis> analyses)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        if (analyses.Count == 0)
            return;
        using var transaction = _connection.BeginTransaction();
        WriteAnalyses(analyses, transaction);
        transaction.Commit();
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<UInt128, float[]> SentenceVectors(IReadOnlyCollection<UInt128> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<UInt128, float[]>(keys.Count);
        if (keys.Count == 0)
            return result;
        var byKey = keys.ToDictionary(k => Convert.ToHexString(VectorCodec.Key(k)));
        using var command = new NpgsqlCommand("SELECT key, vector FROM sentence_vectors WHERE key = ANY($1)", _connection);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea, Value = byKey.Keys.Select(Convert.FromHexString).ToArray() });
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (byKey.TryGetValue(Convert.ToHexString((byte[])reader.GetValue(0)), out var key))
                result[key] = VectorCodec.Decode((byte[])reader.GetValue(1));
        }
        return result;
    }

    /// <inheritdoc />
    public void StoreSentenceVectors(IReadOnlyList<(UInt128 Key, float[] Vector)> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        if (vectors.Count == 0)
            return;
        var distinct = Distinct(vectors);
        using var transaction = _connection.BeginTransaction();
        using var command = Command("""
            INSERT INTO sentence_vectors(key, vector) SELECT * FROM unnest($1::bytea[], $2::bytea[])
            ON CONFLICT (key) DO UPDATE SET vector = excluded.vector
            """, distinct.Select(v => VectorCodec.Key(v.Key)).ToArray(), distinct.Select(v => VectorCodec.Encode(v.Vector)).ToArray());
        command.Transaction = transaction;
        command.ExecuteNonQuery();
        transaction.Commit();
    }

    /// <inheritdoc />
    public IEnumerable<StoredFeatures> Features(long afterId = 0)
    {
        using var command = new NpgsqlCommand("SELECT id, story_id, syndicated_of, features FROM articles WHERE id > $1 ORDER BY id", _connection);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = afterId });
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return new StoredFeatures(reader.GetInt64(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetInt64(2), (byte[])reader.GetValue(3));
    }

    /// <inheritdoc />
    public StoredFeatures? FeaturesOf(long id)
    {
        using var command = new NpgsqlCommand("SELECT id, story_id, syndicated_of, features FROM articles WHERE id = $1", _connection);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        using var reader = command.ExecuteReader();
        return reader.Read() ? new StoredFeatures(reader.GetInt64(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetInt64(2), (byte[])reader.GetValue(3)) : null;
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();


    private const string OutletsOfStory = """
        (SELECT string_agg(o.outlet, chr(31) ORDER BY o.n DESC, o.outlet) FROM (SELECT outlet, COUNT(*) AS n FROM articles WHERE story_id = s.id GROUP BY outlet) o)
        """;

    /// <summary>
    /// The last vector of each key (a batch may repeat one; <c>ON CONFLICT</c> may not touch a row twice), in key order, so
    /// that writers storing overlapping keys at once (the workers of a cluster) lock them in one order and never deadlock.
    /// </summary>
    private static List<(UInt128 Key, float[] Vector)> Distinct(IReadOnlyList<(UInt128 Key, float[] Vector)> vectors)
    {
        var last = new Dictionary<UInt128, float[]>();
        foreach (var (key, vector) in vectors)
            last[key] = vector;
        return [.. last.OrderBy(p => p.Key).Select(p => (p.Key, p.Value))];
    }

    private static NpgsqlParameter Text(string? value) => new() { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)value ?? DBNull.Value };

    private NpgsqlCommand Command(string sql, params object[] parameters)
    {
        var command = new NpgsqlCommand(sql, _connection);
        foreach (var parameter in parameters)
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        return command;
    }

    private void WriteAnalyses(IReadOnlyList<CachedAnalysis> analyses, NpgsqlTransaction transaction)
    {
        if (analyses.Count == 0)
            return;
        var last = new Dictionary<(string, string), byte[]>();
        foreach (var analysis in analyses)
            last[(analysis.ContentHash, analysis.Pipeline)] = analysis.Data;
        using var command = Command("""
            INSERT INTO analyses(content_hash, pipeline, data) SELECT * FROM unnest($1::text[], $2::text[], $3::bytea[])
            ON CONFLICT (content_hash, pipeline) DO UPDATE SET data = excluded.data
            """, last.Keys.Select(k => k.Item1).ToArray(), last.Keys.Select(k => k.Item2).ToArray(), last.Values.ToArray());
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    private static void CheckIdentity(NpgsqlConnection connection, bool create)
    {
        using var command = new NpgsqlCommand("SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1", connection);
        var tables = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
                tables.Add(reader.GetString(0));
        }
        if (tables.Count == 0)
        {
            if (create)
                return;
            throw new InvalidOperationException("the database is empty, not a Parallax corpus (run 'parallax ingest' first)");
        }
        if (tables.Contains("schema_version") && tables.Contains("articles") && tables.Contains("stories"))
            return;
        var shown = string.Join(", ", tables.Take(5)) + (tables.Count > 5 ? ", ..." : "");
        throw new InvalidOperationException($"not a Parallax database (tables {shown}); it was left unchanged");
    }

    private long Scalar(string sql)
    {
        using var command = new NpgsqlCommand(sql, _connection);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
