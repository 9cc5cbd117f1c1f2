using System.IO.Compression;
using System.Text;
using Parallax.Ingest.Internal;
using Parallax.Ingest.Internal.Html;

namespace Parallax.Ingest.Tests;

/// <summary>What scrapers and exports produce on a bad day: each bad input is one problem naming it, the rest is kept.</summary>
public sealed class HostileInputTests
{
    private const string Good = "The ferry resumed service on Monday. The harbour master said the dock was safe.";

    private static List<IngestResult> Load(params string[] paths) => [.. ArticleLoader.Load(paths)];

    [Fact]
    public void A_lone_surrogate_escape_in_a_jsonl_field_becomes_a_replacement_character_and_every_line_is_kept()
    {
        using var dir = new TempFolder();
        var path = dir.Write("dump.jsonl", $"{{\"text\":\"{Good}\"}}\n{{\"title\":\"Dock\\ud800 reopens\",\"text\":\"The dock reopened\\udc00 on Tuesday.\"}}\n{{\"text\":\"Tolls rose on Wednesday.\"}}\n");
        var results = Load(path);
        Assert.All(results, r => Assert.True(r.IsArticle, r.ToString()));
        Assert.Equal(3, results.Count);
        Assert.Equal("Dock\uFFFD reopens", results[1].Article!.Title);
        Assert.Equal("The dock reopened\uFFFD on Tuesday.", results[1].Article!.Text);
    }

    [Fact]
    public void A_lone_surrogate_in_a_json_property_name_leaves_the_record_readable()
    {
        using var dir = new TempFolder();
        var path = dir.Write("items.json", $"[{{\"x\\ud800\":\"junk\",\"text\":\"{Good}\"}},{{\"text\":\"Tolls rose \\ud83d\\ude00 on Wednesday.\"}}]");
        var results = Load(path);
        Assert.All(results, r => Assert.True(r.IsArticle, r.ToString()));
        Assert.Equal("Tolls rose \U0001F600 on Wednesday.", results[1].Article!.Text);
    }

    [Theory]
    [InlineData("\"a\\ud800b\"", "a\uFFFDb")]
    [InlineData("\"\\udc00\\ud800\"", "\uFFFD\uFFFD")]
    [InlineData("\"\\ud83d\\ude00 \\\"q\\\" \\\\ud800\"", "\U0001F600 \"q\" \\ud800")]
    public void Raw_json_strings_unescape_with_lone_surrogates_replaced(string raw, string expected)
        => Assert.Equal(expected, JsonString.Unescape(raw));

    [Fact]
    public void A_yaml_alias_bomb_is_refused_with_the_alias_limit_and_the_other_files_are_read()
    {
        using var dir = new TempFolder();
        var bomb = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        var previous = 'a';
        foreach (var name in "bcdefghi")
        {
            bomb.Append(name).Append(": &").Append(name).Append(" [").AppendJoin(',', Enumerable.Repeat("*" + previous, 9)).Append("]\n");
            previous = name;
        }
        bomb.Append("title: *i\n---\n").Append(Good);
        var bad = dir.Write("bomb.md", bomb.ToString());
        dir.Write("good.md", "---\ntitle: Ferry\n---\n" + Good);
        var results = Load(dir.Path);
        Assert.Single(results, r => r.IsArticle);
        var problem = Assert.Single(results, r => !r.IsArticle).Problem!;
        Assert.Equal($"{bad}: invalid YAML front matter (more than {InputLimits.YamlAliases} aliases (the limit))", problem.Message);
    }

    [Fact]
    public void A_recursive_yaml_alias_is_refused_not_a_stack_overflow()
    {
        using var dir = new TempFolder();
        var bad = dir.Write("loop.md", "---\ntitle: &x [*x]\n---\n" + Good);
        dir.Write("good.md", Good);
        var results = Load(dir.Path);
        Assert.Single(results, r => r.IsArticle);
        Assert.Equal($"{bad}: invalid YAML front matter (alias *x refers to a collection that contains it)", Assert.Single(results, r => !r.IsArticle).Problem!.Message);
    }

    [Fact]
    public void A_few_yaml_aliases_still_fill_fields()
    {
        using var dir = new TempFolder();
        var path = dir.Write("alias.md", "---\nname: &who Ada Lindqvist\nauthor: *who\n---\n" + Good);
        Assert.Equal("Ada Lindqvist", Loading.Single(path).Author);
    }

    [Theory]
    [InlineData(100_000, 0)]
    [InlineData(0, 2_000)]
    public void Markdown_nested_past_the_limit_is_one_problem_and_the_folder_is_still_read(int quotes, int listLevels)
    {
        using var dir = new TempFolder();
        var body = new string('>', quotes) + " " + Good + "\n" + string.Concat(Enumerable.Range(0, listLevels).Select(i => new string(' ', 2 * i) + "- item\n"));
        var bad = dir.Write("deep.md", body);
        dir.Write("good.md", Good);
        var results = Load(dir.Path);
        Assert.Single(results, r => r.IsArticle);
        Assert.Equal($"{bad}: Markdown nested deeper than {InputLimits.NestingDepth} levels (the limit), skipped", Assert.Single(results, r => !r.IsArticle).Problem!.Message);
    }

    [Fact]
    public void Html_nested_past_the_limit_is_refused_before_parsing()
    {
        using var dir = new TempFolder();
        var bad = dir.Write("deep.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + Good + "</body></html>");
        Assert.Equal($"{bad}: HTML nested deeper than {InputLimits.HtmlDepth} elements (the limit), skipped", Loading.SingleProblem(bad).Message);
    }

    [Fact]
    public void Html_depth_ignores_elements_that_need_no_end_tag()
    {
        var page = "<html><head><meta charset=utf-8><script>if (a<b) { x = '<div>'; }</script></head><body>"
            + string.Concat(Enumerable.Repeat("<p>One.<br><img src=x>", 1000)) + "<div><section><!-- <div><div> --></section></div>";
        Assert.Equal(2, HtmlDepth.Deepest(page));
    }

    [Fact]
    public void A_symlink_loop_in_a_folder_is_walked_once()
    {
        using var dir = new TempFolder();
        dir.Write("sub/a.txt", Good);
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "sub", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "again"), Path.Combine(dir.Path, "sub"));
        var results = Load(dir.Path);
        Assert.Equal(Good, Assert.Single(results).Article?.Text);
    }

    [Fact]
    public void A_text_file_linked_to_an_endless_device_stops_at_the_file_size_limit()
    {
        if (!File.Exists("/dev/zero"))
            Assert.Skip("no /dev/zero here");
        using var dir = new TempFolder();
        var link = Path.Combine(dir.Path, "zero.txt");
        File.CreateSymbolicLink(link, "/dev/zero");
        Assert.Equal($"{link}: larger than 64 MB (the limit for a file read whole), skipped", Loading.SingleProblem(link).Message);
    }

    [Fact]
    public void A_gzip_bomb_stops_at_the_ratio_limit()
    {
        using var dir = new TempFolder();
        var text = dir.WriteBytes("bomb.txt.gz", Gzip(new byte[16 << 20]));
        Assert.Equal($"{text}: decompresses to more than {InputLimits.GzipRatio} times its size (the limit for .gz), skipped", Loading.SingleProblem(text).Message);
    }

    [Fact]
    public void A_streamed_gzip_bomb_keeps_the_lines_before_it()
    {
        using var dir = new TempFolder();
        var lines = Encoding.UTF8.GetBytes($"{{\"text\":\"{Good}\"}}\n");
        var path = dir.WriteBytes("dump.jsonl.gz", Gzip([.. lines, .. Enumerable.Repeat((byte)' ', 16 << 20)]));
        var results = Load(path);
        Assert.True(results[0].IsArticle);
        Assert.Contains("decompresses to more than", Assert.Single(results, r => !r.IsArticle).Problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_rss_feed_keeps_its_complete_items()
    {
        using var dir = new TempFolder();
        var path = dir.Write("cut.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour Watch</title>"
            + $"<item><title>One</title><description>{Good}</description></item>"
            + "<item><title>Two</title><description>Tolls rose on Wednesday.</description></item><item><title>Thr");
        var results = Load(path);
        Assert.Equal(["One", "Two"], results.Where(r => r.IsArticle).Select(r => r.Article!.Title));
        Assert.StartsWith($"{path}: malformed feed after its last complete item (", Assert.Single(results, r => !r.IsArticle).Problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_atom_feed_keeps_its_complete_entries()
    {
        using var dir = new TempFolder();
        var path = dir.Write("cut.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Harbour Watch</title>"
            + $"<entry><title>One</title><id>urn:1</id><updated>2024-05-01T00:00:00Z</updated><content>{Good}</content></entry><entry><title>Tw");
        var results = Load(path);
        Assert.Equal(["One"], results.Where(r => r.IsArticle).Select(r => r.Article!.Title));
        Assert.Single(results, r => !r.IsArticle);
    }

    [Fact]
    public void A_feed_with_entity_bombs_or_external_entities_expands_nothing()
    {
        using var dir = new TempFolder();
        var secret = dir.Write("secret.txt", "TOP SECRET LINE");
        var lol = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var i = 1; i < 10; i++)
            lol.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        var path = dir.Write("bomb.rss", $"<?xml version=\"1.0\"?><!DOCTYPE rss [{lol}<!ENTITY xxe SYSTEM \"file://{secret}\">]>"
            + "<rss version=\"2.0\"><channel><title>T</title><item><title>One</title><description>&lol9; &xxe;</description></item></channel></rss>");
        var results = Load(path);
        Assert.DoesNotContain(results, r => r.Article is { } a && (a.Text.Contains("TOP SECRET", StringComparison.Ordinal) || a.Text.Contains("lollol", StringComparison.Ordinal)));
        Assert.Single(results);
    }

    [Fact]
    public void A_file_name_that_is_not_utf8_is_named_as_such_not_as_missing()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip("Linux file names are bytes");
            return;
        }
        using var dir = new TempFolder();
        dir.Write("good.txt", Good);
        var made = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sh", ["-c", "printf 'The ferry resumed.' > \"$1/caf$(printf '\\351').txt\"", "sh", dir.Path]))!;
        made.WaitForExit();
        var results = Load(dir.Path);
        Assert.Single(results, r => r.IsArticle);
        Assert.EndsWith("the file name is not valid UTF-8, so it cannot be opened (rename it)", Assert.Single(results, r => !r.IsArticle).Problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_folder_is_reported_not_skipped_silently()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            Assert.Skip("Unix permissions, which do not bind root");
            return;
        }
        using var dir = new TempFolder();
        dir.Write("good.txt", Good);
        var locked = Path.Combine(dir.Path, "locked");
        Directory.CreateDirectory(locked);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var results = Load(dir.Path);
            Assert.Single(results, r => r.IsArticle);
            Assert.Equal($"{locked}: cannot read folder (permission denied), skipped", Assert.Single(results, r => !r.IsArticle).Problem!.Message);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
            gzip.Write(data);
        return output.ToArray();
    }
}

public sealed class PlaceholderDateTests
{
    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31")]
    [InlineData("1066-10-14")]
    public void A_placeholder_publication_date_is_unknown_not_a_date(string value)
    {
        using var dir = new TempFolder();
        var path = dir.Write("one.json", $"{{\"published\":\"{value}\",\"text\":\"The ferry resumed service on Monday.\"}}");
        Assert.Null(Loading.Single(path).Published);
    }
}

public sealed class ArticleSizeLimitTests
{
    [Fact]
    public void An_article_longer_than_the_limit_is_one_problem_and_the_next_line_is_read()
    {
        using var dir = new TempFolder();
        var huge = string.Concat(Enumerable.Repeat("Tolls rose. ", InputLimits.ArticleChars / 12 + 10));
        var path = dir.Write("dump.jsonl", $"{{\"text\":\"{huge}\"}}\n{{\"text\":\"The ferry resumed service on Monday.\"}}\n");
        var results = ArticleLoader.Load(path).ToList();
        Assert.StartsWith($"{path}:1: article text of ", results[0].Problem?.Message, StringComparison.Ordinal);
        Assert.EndsWith($"over the limit of {InputLimits.ArticleChars:N0}, skipped", results[0].Problem?.Message, StringComparison.Ordinal);
        Assert.True(results[1].IsArticle);
    }
}
