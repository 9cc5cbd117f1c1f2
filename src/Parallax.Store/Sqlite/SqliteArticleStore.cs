using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Parallax.Corpus;
using Parallax.Store.Sqlite;

namespace Parallax.Store;

/// <summary>
/// The SQLite <see cref="IArticleStore"/>: WAL journal, migrations on open, FTS5 over titles and text,
/// analyses cached by content hash and pipeline version. Not thread-safe: use one instance per thread.
/// </summary>
public sealed class SqliteArticleStore : IArticleStore
{
    /// <summary>The database file used when neither <c>--db</c> nor <c>PARALLAX_DB</c> names one.</summary>
    public const string DefaultFileName = "parallax.db";

    private readonly SqliteConnection _connection;

    private SqliteArticleStore(SqliteConnection connection) => _connection = connection;

    /// <summary>The database path given <c>--db</c> (may be null) and the <c>PARALLAX_DB</c> variable.</summary>
    public static string ResolvePath(string? option)
        => option ?? (Environment.GetEnvironmentVariable("PARALLAX_DB") is { Length: > 0 } env ? env : Path.Combine(Directory.GetCurrentDirectory(), DefaultFileName));

    /// <summary>Opens (creating when <paramref name="create"/>) the database and migrates it to the current schema.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist and <paramref name="create"/> is false.</exception>
    public static SqliteArticleStore Open(string path, bool create = true)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!create && !File.Exists(path))
            throw new FileNotFoundException($"{path}: no such database (run 'parallax ingest' first)", path);
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            StoreIdentity.Check(connection, path, create);
            using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";
                pragma.ExecuteNonQuery();
            }
            Migrations.Apply(connection);
            StoreIdentity.Mark(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return new SqliteArticleStore(connection);
    }

    /// <summary>
    /// Holds the right to ingest into the database at <paramref name="path"/> until disposed, so that two ingests never
    /// interleave their batches (ids are assigned in memory); released by the system when the process dies.
    /// </summary>
    /// <exception cref="IOException">Another process is ingesting into it (the message says so in one line).</exception>
    public static IDisposable LockForIngest(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var lockPath = path + ".ingest-lock";
        try
        {
            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new IOException($"{path}: another 'parallax ingest' is writing to this database; run this one when it has finished", e);
        }
    }

    /// <summary>The schema version of the open database.</summary>
    public int SchemaVersion => Migrations.Current(_connection);

    /// <summary>Runs the migrations again (a no-op on a current database); returns how many ran.</summary>
    public int Migrate() => Migrations.Apply(_connection);

    /// <inheritdoc />
    public long ArticleCount => Scalar("SELECT COUNT(*) FROM articles");

    /// <inheritdoc />
    public long ReserveArticleIds(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        using var command = _connection.CreateCommand();
        command.CommandText = "UPDATE article_ids SET next = MAX(next, (SELECT COALESCE(MAX(id), 0) + 1 FROM articles)) + $n RETURNING next - $n";
        command.Parameters.AddWithValue("$n", count);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public long LastStoryId => Scalar("SELECT COALESCE(MAX(id), 0) FROM stories");

    /// <inheritdoc />
    public long? FindExisting(string contentHash, string? url)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = url is null
            ? "SELECT id FROM articles WHERE content_hash = $h LIMIT 1"
            : "SELECT id FROM articles WHERE content_hash = $h UNION ALL SELECT id FROM articles WHERE url = $u LIMIT 1";
        command.Parameters.AddWithValue("$h", contentHash);
        if (url is not null)
            command.Parameters.AddWithValue("$u", url);
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
        using var insert = _connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO articles(id, content_hash, url, title, outlet, author, language, dateline, source, published, published_unix, text, story_id, syndicated_of, summary_only, features, ingested)
            VALUES ($id, $hash, $url, $title, $outlet, $author, $language, $dateline, $source, $published, $unix, $text, $story, $syn, $summary, $features, $ingested);
            INSERT INTO articles_fts(rowid, title, text) VALUES ($id, $title, $text);
            """;
        var p = new Dictionary<string, SqliteParameter>();
        foreach (var name in new[] { "$id", "$hash", "$url", "$title", "$outlet", "$author", "$language", "$dateline", "$source", "$published", "$unix", "$text", "$story", "$syn", "$summary", "$features", "$ingested" })
            p[name] = insert.Parameters.Add(new SqliteParameter { ParameterName = name });
        var ingested = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var analyses = new List<CachedAnalysis>();
        var touched = new HashSet<long>();
        foreach (var record in articles)
        {
            var a = record.Article;
            var unix = a.Published?.ToUnixTimeSeconds();
            p["$id"].Value = record.Id;
            p["$hash"].Value = record.ContentHash;
            p["$url"].Value = (object?)a.Url ?? DBNull.Value;
            p["$title"].Value = (object?)a.Title ?? DBNull.Value;
            p["$outlet"].Value = a.Outlet;
            p["$author"].Value = (object?)a.Author ?? DBNull.Value;
            p["$language"].Value = (object?)a.Language ?? DBNull.Value;
            p["$dateline"].Value = (object?)a.Dateline ?? DBNull.Value;
            p["$source"].Value = (object?)a.Source ?? DBNull.Value;
            p["$published"].Value = (object?)a.Published?.ToString("O", CultureInfo.InvariantCulture) ?? DBNull.Value;
            p["$unix"].Value = (object?)unix ?? DBNull.Value;
            p["$text"].Value = a.Text;
            p["$story"].Value = record.Story;
            p["$syn"].Value = (object?)record.SyndicatedOf ?? DBNull.Value;
            p["$summary"].Value = record.SummaryOnly || record.Article.SummaryOnly ? 1 : 0;
            p["$features"].Value = record.Features;
            p["$ingested"].Value = ingested;
            insert.ExecuteNonQuery();
            touched.Add(record.Story);
            if (record.Analysis is { } analysis)
                analyses.Add(analysis);
        }
        if (moves.Count > 0)
        {
            using var move = _connection.CreateCommand();
            move.Transaction = transaction;
            move.CommandText = "SELECT story_id FROM articles WHERE id = $a; UPDATE articles SET story_id = $s WHERE id = $a";
            var ma = move.Parameters.Add(new SqliteParameter { ParameterName = "$a" });
            var ms = move.Parameters.Add(new SqliteParameter { ParameterName = "$s" });
            foreach (var (article, target) in moves)
            {
                ma.Value = article;
                ms.Value = target;
                if (move.ExecuteScalar() is long from)
                    touched.Add(from);
                touched.Add(target);
            }
        }
        WriteBands([.. articles.Select(a => (a.Id, a.Bands))], transaction);
        RefreshStories(touched, transaction);
        WriteAnalyses(analyses, transaction);
        transaction.Commit();
    }

    /// <inheritdoc />
    public bool BandsMissing => Scalar("SELECT EXISTS(SELECT 1 FROM articles) AND NOT EXISTS(SELECT 1 FROM near_duplicate_bands)") == 1;

    /// <inheritdoc />
    public void AddBands(IReadOnlyList<(long Article, ulong[] Keys)> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        using var transaction = _connection.BeginTransaction();
        WriteBands([.. bands.Select(b => (b.Article, (IReadOnlyList<ulong>)b.Keys))], transaction);
        transaction.Commit();
    }

    private void WriteBands(IReadOnlyList<(long Article, IReadOnlyList<ulong> Keys)> bands, SqliteTransaction transaction)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT OR IGNORE INTO near_duplicate_bands(key, article) VALUES ($k, $a)";
        var k = command.Parameters.Add(new SqliteParameter { ParameterName = "$k" });
        var a = command.Parameters.Add(new SqliteParameter { ParameterName = "$a" });
        foreach (var (article, keys) in bands)
        {
            a.Value = article;
            foreach (var key in keys)
            {
                k.Value = unchecked((long)key);
                command.ExecuteNonQuery();
            }
        }
    }

    /// <inheritdoc />
    public long[] BandHolders(IReadOnlyList<ulong> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var holders = new long[keys.Count];
        if (keys.Count == 0)
            return holders;
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT key, article FROM near_duplicate_bands WHERE key IN (" + string.Join(", ", keys.Select((_, i) => "$k" + i.ToString(CultureInfo.InvariantCulture))) + ")";
        for (var i = 0; i < keys.Count; i++)
            command.Parameters.AddWithValue("$k" + i.ToString(CultureInfo.InvariantCulture), unchecked((long)keys[i]));
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
    private void RefreshStories(HashSet<long> stories, SqliteTransaction transaction)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            DELETE FROM stories WHERE id = $id;
            INSERT INTO stories(id, title, size, syndicated, first_unix, last_unix, updated)
            SELECT $id,
                   COALESCE((SELECT title FROM articles WHERE story_id = $id AND title IS NOT NULL AND title <> '' ORDER BY id LIMIT 1),
                            (SELECT substr(substr(ltrim(text, char(10, 13, 32, 9)), 1, instr(ltrim(text, char(10, 13, 32, 9)) || char(10), char(10)) - 1), 1, $lead) FROM articles WHERE story_id = $id ORDER BY id LIMIT 1)),
                   COUNT(*), COUNT(syndicated_of), MIN(published_unix), MAX(published_unix), MAX(id)
            FROM articles WHERE story_id = $id HAVING COUNT(*) > 0;
            """;
        var id = command.Parameters.Add(new SqliteParameter { ParameterName = "$id" });
        command.Parameters.AddWithValue("$lead", StoryTitles.LeadCharacters);
        foreach (var story in stories)
        {
            id.Value = story;
            command.ExecuteNonQuery();
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<StorySummary> Stories(DateTimeOffset? since = null, string? search = null, int limit = 100, int offset = 0)
    {
        using var command = _connection.CreateCommand();
        var where = new StringBuilder("WHERE 1=1");
        if (since is { } s)
        {
            where.Append(" AND (s.last_unix IS NULL OR s.last_unix >= $since)");
            command.Parameters.AddWithValue("$since", s.ToUnixTimeSeconds());
        }
        if (!string.IsNullOrWhiteSpace(search))
        {
            where.Append(" AND s.id IN (SELECT a.story_id FROM articles_fts f JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH $q)");
            command.Parameters.AddWithValue("$q", FtsQuery(search));
        }
        command.CommandText = $"""
            SELECT s.id, s.title, s.size, s.syndicated, s.first_unix, s.last_unix,
                   (SELECT group_concat(outlet, char(31)) FROM (SELECT outlet FROM articles WHERE story_id = s.id GROUP BY outlet ORDER BY COUNT(*) DESC, outlet))
            FROM stories s {where} ORDER BY COALESCE(s.last_unix, 0) DESC, s.size DESC, s.id LIMIT $limit OFFSET $offset
            """;
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", Math.Max(0, offset));
        return StoredRows.Stories(command);
    }

    /// <inheritdoc />
    public StorySummary? Story(long id)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT s.id, s.title, s.size, s.syndicated, s.first_unix, s.last_unix,
                   (SELECT group_concat(outlet, char(31)) FROM (SELECT outlet FROM articles WHERE story_id = s.id GROUP BY outlet ORDER BY COUNT(*) DESC, outlet))
            FROM stories s WHERE s.id = $id
            """;
        command.Parameters.AddWithValue("$id", id);
        return StoredRows.Stories(command).FirstOrDefault();
    }

    /// <inheritdoc />
    public StoredArticle? Article(long id)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {StoredRows.ArticleColumns} FROM articles WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return StoredRows.Articles(command).FirstOrDefault();
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredArticle> ArticlesOf(long story)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {StoredRows.ArticleColumns} FROM articles WHERE story_id = $s ORDER BY id";
        command.Parameters.AddWithValue("$s", story);
        return StoredRows.Articles(command);
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredArticleHeader> ArticleHeadersOf(long story)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {StoredRows.HeaderColumns} FROM articles WHERE story_id = $s ORDER BY id";
        command.Parameters.AddWithValue("$s", story);
        return StoredRows.Headers(command);
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredArticle> Search(string query, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {StoredRows.ArticleColumns} FROM articles WHERE id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH $q ORDER BY bm25(articles_fts) LIMIT $limit)";
        command.Parameters.AddWithValue("$q", FtsQuery(query));
        command.Parameters.AddWithValue("$limit", limit);
        return StoredRows.Articles(command);
    }

    /// <inheritdoc />
    public SearchPage SearchPage(string query, int limit = 20, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(query);
        var fts = FtsQuery(query);
        using var count = _connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH $q";
        count.Parameters.AddWithValue("$q", fts);
        var total = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        using var command = _connection.CreateCommand();
        var columns = StoredRows.ArticleColumnsOf("a");
        command.CommandText = $"""
            SELECT {columns}, snippet(articles_fts, 1, char(2), char(3), '…', 24)
            FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
            WHERE articles_fts MATCH $q ORDER BY bm25(articles_fts), a.id LIMIT $limit OFFSET $offset
            """;
        command.Parameters.AddWithValue("$q", fts);
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        var hits = new List<SearchHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            hits.Add(new SearchHit(StoredRows.Article(reader), reader.IsDBNull(14) ? "" : reader.GetString(14)));
        return new SearchPage(hits, total);
    }

    /// <inheritdoc />
    public byte[]? CachedAnalysis(string contentHash, string pipeline)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT data FROM analyses WHERE content_hash = $h AND pipeline = $p";
        command.Parameters.AddWithValue("$h", contentHash);
        command.Parameters.AddWithValue("$p", pipeline);
        return command.ExecuteScalar() as byte[];
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredArticle> ArticlesWithoutAnalysis(string pipeline, long afterId, int limit)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {StoredRows.ArticleColumns} FROM articles a WHERE a.id > $after AND NOT EXISTS (SELECT 1 FROM analyses n WHERE n.content_hash = a.content_hash AND n.pipeline = $p) ORDER BY a.id LIMIT $limit";
        command.Parameters.AddWithValue("$after", afterId);
        command.Parameters.AddWithValue("$p", pipeline);
        command.Parameters.AddWithValue("$limit", limit);
        return StoredRows.Articles(command);
    }

    /// <inheritdoc />
    public long CountWithoutAnalysis(string pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM analyses n WHERE n.content_hash = a.content_hash AND n.pipeline = $p)";
        command.Parameters.AddWithValue("$p", pipeline);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public long DropSupersededAnalyses(string pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        using var command = _connection.CreateCommand();
        command.CommandText = "DELETE FROM analyses WHERE pipeline <> $p AND content_hash IN (SELECT content_hash FROM analyses WHERE pipeline = $p)";
        command.Parameters.AddWithValue("$p", pipeline);
        return command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public void CacheAnalyses(IReadOnlyList<CachedAnalysis> analyses)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        using var transaction = _connection.BeginTransaction();
        WriteAnalyses(analyses, transaction);
        transaction.Commit();
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<UInt128, float[]> SentenceVectors(IReadOnlyCollection<UInt128> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var rows = new List<(byte[] Key, byte[] Vector)>(keys.Count);
        foreach (var batch in keys.Chunk(VectorBatch))
        {
            using var command = _connection.CreateCommand();
            var text = new StringBuilder("SELECT key, vector FROM sentence_vectors WHERE key IN (", 64 + 38 * batch.Length);
            for (var i = 0; i < batch.Length; i++)
                text.Append(i == 0 ? "X'" : ", X'").Append(Convert.ToHexString(VectorCodec.Key(batch[i]))).Append('\'');
            command.CommandText = text.Append(')').ToString();
            using var reader = command.ExecuteReader();
            while (reader.Read())
                rows.Add(((byte[])reader.GetValue(0), (byte[])reader.GetValue(1)));
        }
        var vectors = new float[rows.Count][];
        Parallel.For(0, rows.Count, i => vectors[i] = VectorCodec.Decode(rows[i].Vector));
        var result = new Dictionary<UInt128, float[]>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
            result[VectorCodec.KeyOf(rows[i].Key)] = vectors[i];
        return result;
    }

    /// <summary>
    /// Keys looked up by one statement, written in it as blob literals (a key is a 128-bit number written as 32 hex digits, which can carry no
    /// SQL): one query for a story's sentences instead of one each, and no parameters, which are bound by name one at a time.
    /// </summary>
    private const int VectorBatch = 500;

    /// <inheritdoc />
    public void StoreSentenceVectors(IReadOnlyList<(UInt128 Key, float[] Vector)> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        if (vectors.Count == 0)
            return;
        using var transaction = _connection.BeginTransaction();
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT OR REPLACE INTO sentence_vectors(key, vector) VALUES ($k, $v)";
        var k = command.Parameters.Add(new SqliteParameter { ParameterName = "$k" });
        var v = command.Parameters.Add(new SqliteParameter { ParameterName = "$v" });
        foreach (var (key, vector) in vectors)
        {
            k.Value = VectorCodec.Key(key);
            v.Value = VectorCodec.Encode(vector);
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <inheritdoc />
    public IEnumerable<StoredFeatures> Features(long afterId = 0)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id, story_id, syndicated_of, features FROM articles WHERE id > $a ORDER BY id";
        command.Parameters.AddWithValue("$a", afterId);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return new StoredFeatures(reader.GetInt64(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetInt64(2), (byte[])reader.GetValue(3));
    }

    /// <inheritdoc />
    public StoredFeatures? FeaturesOf(long id)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id, story_id, syndicated_of, features FROM articles WHERE id = $a";
        command.Parameters.AddWithValue("$a", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new StoredFeatures(reader.GetInt64(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetInt64(2), (byte[])reader.GetValue(3)) : null;
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();


    private void WriteAnalyses(IReadOnlyList<CachedAnalysis> analyses, SqliteTransaction transaction)
    {
        if (analyses.Count == 0)
            return;
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT OR REPLACE INTO analyses(content_hash, pipeline, data) VALUES ($h, $p, $d)";
        var h = command.Parameters.Add(new SqliteParameter { ParameterName = "$h" });
        var pipeline = command.Parameters.Add(new SqliteParameter { ParameterName = "$p" });
        var d = command.Parameters.Add(new SqliteParameter { ParameterName = "$d" });
        foreach (var analysis in analyses)
        {
            h.Value = analysis.ContentHash;
            pipeline.Value = analysis.Pipeline;
            d.Value = analysis.Data;
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Every word of the user's text as a quoted FTS5 phrase, so punctuation cannot break the query syntax.</summary>
    internal static string FtsQuery(string text)
    {
        var words = text.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        return string.Join(' ', words);
    }

    private long Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
