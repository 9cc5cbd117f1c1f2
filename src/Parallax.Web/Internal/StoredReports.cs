using System.Buffers.Binary;
using System.Globalization;
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
    private const int DigestLength = 16;
    private const int HeaderLength = KeyLength + 12 + DigestLength;

    private static readonly string CodeVersion = string.Join('+',
        AnalysisVersion.Current,
        Module(typeof(Report)),
        Module(typeof(StoredReports)),
        Module(typeof(StoryComparer)));

    /// <summary>The key of the report of <paramref name="summary"/> built from the articles of <paramref name="headers"/> (as stored, in order) with <paramref name="options"/>.</summary>
    public static byte[] Key(StorySummary summary, IReadOnlyList<StoredArticleHeader> headers, ServeOptions options)
    {
        var text = new StringBuilder();
        text.Append(CodeVersion).Append('\n')
            .Append(options.Encoder?.ModelId ?? "lexical").Append('\n')
            .Append(options.MaxArticles.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(summary.Id.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(summary.Size.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var a in headers.Take(options.MaxArticles))
        {
            text.Append(a.Id.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(a.ContentHash).Append('\t')
                .Append(a.SyndicatedOf?.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(a.Outlet).Append('\t').Append(a.Title).Append('\t').Append(a.Url)
                .Append('\t').Append(a.Published?.ToString("O", CultureInfo.InvariantCulture)).Append('\n');
        }
        return SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))[..KeyLength];
    }

    /// <summary>
    /// The stored HTML and JSON of story <paramref name="story"/>, still packed, when its row was rendered under
    /// <paramref name="key"/> and is undamaged; null otherwise.
    /// </summary>
    public static (PackedBody Html, PackedBody Json)? Read(IAnalysisCache cache, long story, byte[] key)
    {
        var data = cache.CachedAnalysis(RowName(story), Pipeline);
        if (data is null || data.Length < HeaderLength || !data.AsSpan(0, KeyLength).SequenceEqual(key))
            return null;
        var htmlLength = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(KeyLength));
        var htmlPacked = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(KeyLength + 4));
        var jsonLength = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(KeyLength + 8));
        if (htmlPacked < 0 || htmlPacked > data.Length - HeaderLength || !Digest(data.AsSpan(HeaderLength)).SequenceEqual(data.AsSpan(KeyLength + 12, DigestLength)))
            return null;
        var html = PackedBody.Of(new ArraySegment<byte>(data, HeaderLength, htmlPacked), htmlLength);
        var json = PackedBody.Of(new ArraySegment<byte>(data, HeaderLength + htmlPacked, data.Length - HeaderLength - htmlPacked), jsonLength);
        return html is null || json is null ? null : (html, json);
    }

    /// <summary>Stores the packed report of story <paramref name="story"/> under <paramref name="key"/>, replacing its earlier row.</summary>
    public static void Write(IAnalysisCache cache, long story, byte[] key, PackedBody html, PackedBody json)
    {
        var data = new byte[HeaderLength + html.Packed.Count + json.Packed.Count];
        key.CopyTo(data, 0);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(KeyLength), html.Length);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(KeyLength + 4), html.Packed.Count);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(KeyLength + 8), json.Length);
        html.Packed.AsSpan().CopyTo(data.AsSpan(HeaderLength));
        json.Packed.AsSpan().CopyTo(data.AsSpan(HeaderLength + html.Packed.Count));
        Digest(data.AsSpan(HeaderLength)).CopyTo(data.AsSpan(KeyLength + 12));
        cache.CacheAnalyses([new CachedAnalysis(RowName(story), Pipeline, data)]);
    }

    /// <summary>A digest of the packed bodies, so that a damaged row is built again rather than sent.</summary>
    private static byte[] Digest(ReadOnlySpan<byte> packed) => SHA256.HashData(packed)[..DigestLength];

    private static string RowName(long story) => "story-report:" + story.ToString(CultureInfo.InvariantCulture);

    private static string Module(Type type) => type.Assembly.ManifestModule.ModuleVersionId.ToString("N", CultureInfo.InvariantCulture)[..12];
}
