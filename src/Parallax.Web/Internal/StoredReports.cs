using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Parallax.Comparison;
using Parallax.Corpus;
using Parallax.Reports;

namespace Parallax.Web.Internal;

/// <summary>
/// Rendered story reports kept in the store's analysis cache, one row per story, so a report is built once and not again
/// after a restart. Each row carries the key of what it was rendered from (the story's articles, their texts and links,
/// the pipeline, the report code and the encoder); a story that changed no longer matches its row and is built again.
/// </summary>
internal static class StoredReports
{
    /// <summary>The pipeline column of report rows in the analysis cache (the article column holds "story-report:ID").</summary>
    public const string Pipeline = "parallax.web.story-report";

    private const int KeyLength = 16;
    private const int HeaderLength = KeyLength + 12;

    private static readonly string CodeVersion = string.Join('+',
        AnalysisVersion.Current,
        Module(typeof(Report)),
        Module(typeof(StoredReports)),
        Module(typeof(StoryComparer)));

    /// <summary>The key of the report of <paramref name="summary"/> built from <paramref name="articles"/> (as stored, in order) with <paramref name="options"/>.</summary>
    public static byte[] Key(StorySummary summary, IReadOnlyList<StoredArticle> articles, ServeOptions options)
    {
        var text = new StringBuilder();
        text.Append(CodeVersion).Append('\n')
            .Append(options.Encoder?.ModelId ?? "lexical").Append('\n')
            .Append(options.MaxArticles.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(summary.Id.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(summary.Size.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var stored in articles.Take(options.MaxArticles))
        {
            var a = stored.Article;
            text.Append(stored.Id.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(stored.ContentHash).Append('\t')
                .Append(stored.SyndicatedOf?.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(a.Outlet).Append('\t').Append(a.Title).Append('\t').Append(a.Url)
                .Append('\t').Append(a.Published?.ToString("O", CultureInfo.InvariantCulture)).Append('\n');
        }
        return SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))[..KeyLength];
    }

    /// <summary>The stored HTML and JSON of story <paramref name="story"/> when its row was rendered under <paramref name="key"/>; null otherwise.</summary>
    public static (byte[] Html, byte[] Json)? Read(IAnalysisCache cache, long story, byte[] key)
    {
        var data = cache.CachedAnalysis(RowName(story), Pipeline);
        if (data is null || data.Length < HeaderLength || !data.AsSpan(0, KeyLength).SequenceEqual(key))
            return null;
        try
        {
            var htmlLength = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(KeyLength));
            var htmlPacked = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(KeyLength + 4));
            var jsonLength = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(KeyLength + 8));
            var html = Unpack(data.AsSpan(HeaderLength, htmlPacked), htmlLength);
            var json = Unpack(data.AsSpan(HeaderLength + htmlPacked), jsonLength);
            return html is null || json is null ? null : (html, json);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Stores the rendered report of story <paramref name="story"/> under <paramref name="key"/>, replacing its earlier row.</summary>
    public static void Write(IAnalysisCache cache, long story, byte[] key, byte[] html, byte[] json)
    {
        var htmlPacked = Pack(html);
        var jsonPacked = Pack(json);
        var data = new byte[HeaderLength + htmlPacked.Length + jsonPacked.Length];
        key.CopyTo(data, 0);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(KeyLength), html.Length);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(KeyLength + 4), htmlPacked.Length);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(KeyLength + 8), json.Length);
        htmlPacked.CopyTo(data, HeaderLength);
        jsonPacked.CopyTo(data, HeaderLength + htmlPacked.Length);
        cache.CacheAnalyses([new CachedAnalysis(RowName(story), Pipeline, data)]);
    }

    private static string RowName(long story) => "story-report:" + story.ToString(CultureInfo.InvariantCulture);

    private static byte[] Pack(byte[] bytes)
    {
        var packed = new byte[BrotliEncoder.GetMaxCompressedLength(bytes.Length)];
        return BrotliEncoder.TryCompress(bytes, packed, out var written, quality: 4, window: 22)
            ? packed[..written]
            : throw new InvalidOperationException("brotli could not compress a report");
    }

    private static byte[]? Unpack(ReadOnlySpan<byte> packed, int length)
    {
        if (length < 0)
            return null;
        var bytes = new byte[length];
        return BrotliDecoder.TryDecompress(packed, bytes, out var written) && written == length ? bytes : null;
    }

    private static string Module(Type type) => type.Assembly.ManifestModule.ModuleVersionId.ToString("N", CultureInfo.InvariantCulture)[..12];
}
