using System.Text;
using System.Text.Json;

namespace Parallax.Ingest.Tests;

/// <summary>
/// Inputs of 200 MB and more, generated only as they are read (<see cref="GeneratedFile"/>): a streamed reader yields
/// the first article after reading a bounded start of them, so memory does not grow with the file.
/// </summary>
public sealed class GeneratedInputStreamingTests
{
    private const int Records = 220_000;
    private const int RecordBytes = 1_000;
    private const int ChunkBytes = 16 << 10;

    [Fact]
    public void The_first_record_of_a_200_MB_wrapped_array_comes_after_less_than_1_MB_is_read()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip("named pipes made with mkfifo");
            return;
        }
        var header = """{"status": "ok", "totalResults": 220000, "articles": [""";
        Assert.True((long)Records * RecordBytes > 200L << 20);
        using var dir = new TempFolder();
        using var file = new GeneratedFile(dir.Path, "endless.json", () => Generated(header, i => (i == 0 ? "" : ",") + JsonRecord(i), "]}"));

        var first = ArticleLoader.Load(file.Path).First();
        var read = file.BytesOffered;

        Assert.True(first.IsArticle, first.ToString());
        Assert.Equal("Bulletin 0", first.Article.Title);
        Assert.InRange(read, 1, 1 << 20);
    }

    [Fact]
    public void The_first_item_of_a_200_MB_rss_feed_comes_after_less_than_1_MB_is_read()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip("named pipes made with mkfifo");
            return;
        }
        var header = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Tide Desk</title><language>en</language>""";
        Assert.True((long)Records * RecordBytes > 200L << 20);
        using var dir = new TempFolder();
        using var file = new GeneratedFile(dir.Path, "endless.rss", () => Generated(header, RssItem, "</channel></rss>"));

        var first = ArticleLoader.Load(file.Path).First();
        var read = file.BytesOffered;

        Assert.True(first.IsArticle, first.ToString());
        Assert.Equal("Bulletin 0", first.Article.Title);
        Assert.Equal("Tide Desk", first.Article.Outlet);
        Assert.InRange(read, 1, 1 << 20);
    }

    private static string JsonRecord(int i)
        => Padded(JsonSerializer.Serialize(new { title = $"Bulletin {i}", text = new InventedText(i).Paragraph(8) }));

    private static string RssItem(int i)
        => Padded($"<item><title>Bulletin {i}</title><description>{new InventedText(i).Paragraph(8)}</description></item>");

    /// <summary>The text followed by spaces up to <see cref="RecordBytes"/> (white space between JSON values or XML elements).</summary>
    private static string Padded(string text) => text.Length >= RecordBytes ? text : text + new string(' ', RecordBytes - text.Length);

    /// <summary>The header, <see cref="Records"/> records and the footer, in chunks made as they are asked for.</summary>
    private static IEnumerable<byte[]> Generated(string header, Func<int, string> record, string footer)
    {
        var chunk = new StringBuilder(header);
        for (var i = 0; i < Records; i++)
        {
            chunk.Append(record(i));
            if (chunk.Length >= ChunkBytes)
            {
                yield return Encoding.UTF8.GetBytes(chunk.ToString());
                chunk.Clear();
            }
        }
        yield return Encoding.UTF8.GetBytes(chunk.Append(footer).ToString());
    }
}
