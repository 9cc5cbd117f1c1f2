using System.IO.Compression;
using System.Text;
using Parallax.Documents;
using Parallax.Ingest.Internal;

namespace Parallax.Ingest.Tests;

public sealed class StreamingTests
{
    [Fact]
    public void A_bad_line_in_the_middle_is_one_problem_naming_file_and_line_and_the_good_lines_are_kept()
    {
        using var dir = new TempFolder();
        var path = dir.Write("dump.jsonl", "{\"text\":\"Ferry resumes service.\"}\n{\"text\":\"Dock reopens.\"}\n{\"text\": \"unterminated\n{\"text\":\"Tolls rise.\"}\n");
        var results = ArticleLoader.Load(path).ToList();
        var problem = Assert.Single(results, r => !r.IsArticle).Problem!;
        Assert.Equal(path, problem.Source);
        Assert.Equal(3, problem.Line);
        Assert.StartsWith(path + ":3: invalid JSON", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["Ferry resumes service.", "Dock reopens.", "Tolls rise."], results.Where(r => r.IsArticle).Select(r => r.Article!.Text));
        Assert.Equal(["a1", "a2", "a3"], results.Where(r => r.IsArticle).Select(r => r.Article!.Id));
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_line_ends_are_read_as_plain_lines()
    {
        using var dir = new TempFolder();
        var text = "{\"title\":\"Pier\",\"text\":\"The pier closed.\"}\r\n\r\n{\"text\":\"The pier reopened.\"}\r\n";
        var path = dir.WriteBytes("bom.jsonl", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)]);
        var results = ArticleLoader.Load(path).ToList();
        Assert.All(results, r => Assert.True(r.IsArticle, r.ToString()));
        Assert.Equal(["The pier closed.", "The pier reopened."], results.Select(r => r.Article!.Text));
        Assert.Equal("Pier", results[0].Article!.Title);
        Assert.Equal(path + ":3", results[1].Article!.Source);
    }

    [Fact]
    public void Blank_and_whitespace_lines_are_skipped_but_still_counted()
    {
        using var dir = new TempFolder();
        var path = dir.Write("gaps.jsonl", "\n   \n\t\n{\"text\":\"Snow closed the pass.\"}");
        var article = Loading.Single(path);
        Assert.Equal(path + ":4", article.Source);
    }

    [Fact]
    public void A_jsonl_of_only_blank_lines_is_an_empty_file()
    {
        using var dir = new TempFolder();
        var path = dir.Write("blank.jsonl", "\n \r\n\n");
        Assert.Equal($"{path}: empty file", Loading.SingleProblem(path).Message);
    }

    [Fact]
    public void A_line_with_invalid_utf8_is_a_problem_on_that_line_only()
    {
        using var dir = new TempFolder();
        byte[] bad = [.. "{\"text\":\"Caf"u8, 0xE9, .. "\"}\n"u8];
        var path = dir.WriteBytes("mixed.jsonl", [.. "{\"text\":\"Good one.\"}\n"u8, .. bad, .. "{\"text\":\"Good two.\"}\n"u8]);
        var results = ArticleLoader.Load(path).ToList();
        Assert.Equal($"{path}:2: invalid UTF-8", Assert.Single(results, r => !r.IsArticle).Problem!.Message);
        Assert.Equal(2, results.Count(r => r.IsArticle));
    }

    [Fact]
    public void A_line_much_longer_than_the_read_buffer_is_read_whole()
    {
        using var dir = new TempFolder();
        var body = string.Join(' ', Enumerable.Repeat("The council met again.", 5_000));
        var path = dir.Write("long.jsonl", "{\"text\":\"Short first.\"}\n{\"text\":\"" + body + "\"}\n{\"text\":\"Short last.\"}\n");
        var texts = ArticleLoader.Load(path).Select(r => r.Article?.Text).ToList();
        Assert.Equal(3, texts.Count);
        Assert.Equal(body.Length, texts[1]?.Length);
        Assert.Equal("Short last.", texts[2]);
    }

    [Fact]
    public void A_line_over_the_limit_is_skipped_with_a_problem_and_the_next_line_is_read()
    {
        using var reader = new LineReader(new MemoryStream(Encoding.UTF8.GetBytes("{\"text\":\"" + new string('x', 300) + "\"}\n{\"text\":\"After.\"}\n")), bufferSize: 16, maxLine: 64);
        Assert.True(reader.TryRead(out _, out var tooLong));
        Assert.True(tooLong);
        Assert.True(reader.TryRead(out var next, out tooLong));
        Assert.False(tooLong);
        Assert.Equal("{\"text\":\"After.\"}", Encoding.UTF8.GetString(next.Span));
        Assert.Equal(2, reader.LineNumber);
        Assert.False(reader.TryRead(out _, out _));
    }

    [Fact]
    public void A_gzipped_jsonl_is_streamed_too()
    {
        using var dir = new TempFolder();
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write("{\"text\":\"Harbour fog lifts.\"}\n{\"oops\"\n"u8);
        var path = dir.WriteBytes("wire.jsonl.gz", buffer.ToArray());
        var results = ArticleLoader.Load(path).ToList();
        Assert.Equal("Harbour fog lifts.", results[0].Article?.Text);
        Assert.Equal(2, results[1].Problem?.Line);
    }

    [Fact]
    public void The_first_article_of_a_large_jsonl_arrives_before_the_file_is_read_to_the_end()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "large.jsonl");
        using (var writer = new StreamWriter(path))
        {
            for (var i = 0; i < 20_000; i++)
                writer.WriteLine($"{{\"title\":\"Item {i}\",\"text\":\"Report number {i} from the harbour.\"}}");
        }
        var input = ArticleLoader.Open([path]);
        using var results = input.GetEnumerator();
        Assert.True(results.MoveNext());
        Assert.Equal("Report number 0 from the harbour.", results.Current.Article?.Text);
        Assert.InRange(input.BytesRead, 1, input.TotalBytes / 4);
        var count = 1;
        while (results.MoveNext())
            count++;
        Assert.Equal(20_000, count);
        Assert.Equal(input.TotalBytes, input.BytesRead);
    }

    [Fact]
    public void Lines_are_yielded_while_the_rest_of_the_stream_is_still_unwritten()
    {
        var stream = new GatedStream("{\"text\":\"Early bird.\"}\n"u8.ToArray(), "{\"text\":\"Late bird.\"}\n"u8.ToArray());
        using var reader = new LineReader(stream);
        var items = JsonFormat.ReadLines(reader, "live.jsonl").GetEnumerator();
        Assert.True(items.MoveNext());
        Assert.Equal("Early bird.", items.Current.Article?.Body);
        Assert.False(stream.SecondPartRead);
        Assert.True(items.MoveNext());
        Assert.Equal("Late bird.", items.Current.Article?.Body);
        Assert.True(stream.SecondPartRead);
    }

    [Fact]
    public void Open_reports_the_total_size_of_the_files_found()
    {
        using var dir = new TempFolder();
        dir.Write("a.jsonl", "{\"text\":\"One.\"}\n");
        dir.Write("sub/b.txt", "Two.");
        var input = ArticleLoader.Open([dir.Path]);
        Assert.Equal(new FileInfo(Path.Combine(dir.Path, "a.jsonl")).Length + 4, input.TotalBytes);
        Assert.Equal(0, input.BytesRead);
        Assert.Equal(["One.", "Two."], input.Select(r => r.Article?.Text));
        Assert.Equal(input.TotalBytes, input.BytesRead);
    }

    /// <summary>Hands out its first part, then its second only on a later read (a dump still being written or downloaded).</summary>
    private sealed class GatedStream(byte[] first, byte[] second) : Stream
    {
        private int _part;

        public bool SecondPartRead { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var part = _part++ switch { 0 => first, 1 => second, _ => [] };
            if (ReferenceEquals(part, second))
                SecondPartRead = true;
            part.CopyTo(buffer, offset);
            return part.Length;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
