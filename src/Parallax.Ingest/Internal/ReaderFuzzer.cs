using System.Diagnostics;
using System.Text;
using Parallax.Analysis;

namespace Parallax.Ingest.Internal;

/// <summary>Something a mutated input did that no input may do.</summary>
/// <param name="Format">The file extension read.</param>
/// <param name="Kind">crash (an exception escaped the loader), caught (a reader threw and the boundary caught it), analysis, or slow.</param>
/// <param name="Message">What happened, in one line.</param>
/// <param name="Input">The input that did it.</param>
internal sealed record FuzzFinding(string Format, string Kind, string Message, byte[] Input);

/// <summary>The outcome of a fuzzing run.</summary>
internal sealed record FuzzReport(long Executions, long Articles, long Problems, TimeSpan Elapsed, IReadOnlyList<FuzzFinding> Findings)
{
    public Dictionary<string, long> ExecutionsByFormat { get; init; } = [];
}

/// <summary>
/// A bounded mutation fuzzer over every reader (txt, md with YAML, html, json, jsonl, rss, atom): seed files written here
/// are mutated (bytes flipped, inserted, deleted, duplicated, truncated, spliced, and tokens that broke readers before
/// inserted or repeated thousands of times), read through <see cref="ArticleLoader"/> from a temporary file, and every
/// article read is analysed. Deterministic for a seed.
/// </summary>
internal static class ReaderFuzzer
{
    private const int MaxInput = 256 << 10;

    private static readonly string[] Tokens =
    [
        "\0", "\uFFFD", "\\ud800", "\\udc00", "\\u0000", "<div>", "</div>", "<item>", "</item>", "<entry>", "</entry>", "&a;", "&#0;",
        "&#xD800;", "<![CDATA[", "]]>", "<!--", "-->", "*a", "&a [*a]", "---\n", "> ", "- ", "  - ", "{", "}", "[", "]", "\"", ",",
        ":", "\n", "\r\n", "said:", "Who says", "\"text\":", "<script>", "<p>", "#", "\t", "\u2028", "😀", "\xC3", "é",
    ];

    public static IReadOnlyList<(string Extension, string Text)> Seeds() =>
    [
        (".txt", "LONDON (Reuters) - The ferry resumed service on Monday, the harbour master said. \"It is safe,\" she told reporters.\n\nTolls rose 3.5 percent. Who says they will fall? He said:"),
        (".md", "---\ntitle: Ferry resumes\noutlet: &o Harbour Watch\nsource: *o\nauthor: [Ada Lindqvist, {name: Ola Berg}]\ndate: 2024-05-01\n---\n# Ferry resumes\n\n> The dock is safe, officials said.\n\n- Tolls rose.\n  - By 3.5 percent.\n\nThe mayor said the plan would go ahead."),
        (".html", "<!doctype html><html lang=en><head><title>Ferry resumes</title><meta property=\"og:site_name\" content=\"Harbour Watch\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ferry resumes\",\"datePublished\":\"2024-05-01\",\"articleBody\":\"The ferry resumed.\"}</script></head><body><article><h1>Ferry resumes</h1><p>The ferry resumed service on Monday, the harbour master said.</p><div><p>Tolls rose <b>3.5</b> percent.</p><ul><li>One</li><li>Two</li></ul></div></article></body></html>"),
        (".json", "[{\"title\":\"Ferry resumes\",\"outlet\":{\"name\":\"Harbour Watch\"},\"published\":\"2024-05-01T10:00:00Z\",\"text\":\"The ferry resumed service on Monday, the harbour master said.\"},{\"headline\":\"Tolls\",\"body\":\"<p>Tolls rose.</p>\",\"authors\":[\"Ada\"]}]"),
        (".jsonl", "{\"title\":\"Ferry resumes\",\"text\":\"The ferry resumed service on Monday.\",\"url\":\"https://example.test/1\"}\n{\"title\":\"Tolls\",\"content\":\"Tolls rose 3.5 percent, officials said.\",\"date\":\"May 1, 2024\"}\n"),
        (".rss", "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Harbour Watch</title><item><title>Ferry resumes</title><link>https://example.test/1</link><pubDate>Wed, 01 May 2024 10:00:00 GMT</pubDate><description>The ferry resumed.</description><content:encoded><![CDATA[<p>The ferry resumed service on Monday, the harbour master said.</p>]]></content:encoded></item><item><title>Tolls</title><description>Tolls rose &amp; fell.</description></item></channel></rss>"),
        (".atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Harbour Watch</title><entry><title>Ferry resumes</title><id>urn:1</id><updated>2024-05-01T10:00:00Z</updated><author><name>Ada Lindqvist</name></author><content type=\"html\">&lt;p&gt;The ferry resumed service on Monday.&lt;/p&gt;</content></entry></feed>"),
    ];

    /// <summary>Runs <paramref name="executions"/> mutated inputs (or until <paramref name="budget"/> passes).</summary>
    public static FuzzReport Run(long executions, int seed, TimeSpan? budget = null, TimeSpan? slow = null, Action<FuzzFinding>? onFinding = null)
    {
        var random = new Random(seed);
        var seeds = Seeds().Select(s => (s.Extension, Bytes: Encoding.UTF8.GetBytes(s.Text))).ToList();
        var pool = seeds.Select(s => new List<byte[]> { s.Bytes }).ToList();
        var findings = new List<FuzzFinding>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var byFormat = seeds.ToDictionary(s => s.Extension, _ => 0L, StringComparer.Ordinal);
        var folder = Directory.CreateTempSubdirectory("parallax-fuzz-").FullName;
        var watch = Stopwatch.StartNew();
        long done = 0, articles = 0, problems = 0;
        try
        {
            while (done < executions && (budget is null || watch.Elapsed < budget))
            {
                var format = random.Next(seeds.Count);
                var (extension, _) = seeds[format];
                var input = Mutate(random, pool[format][random.Next(pool[format].Count)], seeds[random.Next(seeds.Count)].Bytes);
                var path = Path.Combine(folder, "input" + extension);
                File.WriteAllBytes(path, input);
                var (read, failed, found) = Execute(path, extension, input, slow ?? TimeSpan.FromSeconds(5));
                done++;
                byFormat[extension]++;
                articles += read;
                problems += failed;
                foreach (var finding in found)
                {
                    if (seen.Add(finding.Format + finding.Kind + Signature(finding.Message)))
                    {
                        findings.Add(finding);
                        onFinding?.Invoke(finding);
                    }
                }
                if (read > 0 && pool[format].Count < 64 && random.Next(8) == 0)
                    pool[format].Add(input);
            }
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
        return new FuzzReport(done, articles, problems, watch.Elapsed, findings) { ExecutionsByFormat = byFormat };
    }

    private static (int Articles, int Problems, List<FuzzFinding> Findings) Execute(string path, string extension, byte[] input, TimeSpan slow)
    {
        var findings = new List<FuzzFinding>();
        var watch = Stopwatch.StartNew();
        List<IngestResult> results;
        try
        {
            results = [.. ArticleLoader.Load(path)];
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            findings.Add(new FuzzFinding(extension, "crash", $"{e.GetType().Name}: {OneLine(e.Message)}", input));
            return (0, 0, findings);
        }
        var articles = 0;
        var problems = 0;
        foreach (var result in results)
        {
            if (result.Problem is { } problem)
            {
                problems++;
                if (problem.Message.Contains(": cannot be read (", StringComparison.Ordinal) || problem.Message.Contains(": cannot clean the text (", StringComparison.Ordinal))
                    findings.Add(new FuzzFinding(extension, "caught", problem.Message.Replace(path, "INPUT", StringComparison.Ordinal), input));
                continue;
            }
            articles++;
            try
            {
                Analyzer.Analyze(result.Article!);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                findings.Add(new FuzzFinding(extension, "analysis", $"{e.GetType().Name}: {OneLine(e.Message)}", input));
            }
        }
        if (watch.Elapsed > slow)
            findings.Add(new FuzzFinding(extension, "slow", $"{watch.Elapsed.TotalSeconds:F1} s for {input.Length} bytes", input));
        return (articles, problems, findings);
    }

    private static byte[] Mutate(Random random, byte[] input, byte[] other)
    {
        var bytes = new List<byte>(input);
        var steps = 1 + random.Next(4);
        for (var step = 0; step < steps; step++)
        {
            var at = random.Next(bytes.Count + 1);
            switch (random.Next(8))
            {
                case 0 when bytes.Count > 0:
                    bytes[Math.Min(at, bytes.Count - 1)] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
                case 2 when bytes.Count > 0:
                    var start = Math.Min(at, bytes.Count - 1);
                    bytes.RemoveRange(start, Math.Min(bytes.Count - start, 1 + random.Next(32)));
                    break;
                case 3 when bytes.Count > 0:
                    var from = random.Next(bytes.Count);
                    bytes.InsertRange(at, bytes.GetRange(from, Math.Min(bytes.Count - from, 1 + random.Next(64))));
                    break;
                case 4:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
                    break;
                case 5:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 6:
                    var token = Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]);
                    var times = Math.Min(1 + random.Next(5000), (MaxInput - bytes.Count) / Math.Max(1, token.Length));
                    for (var i = 0; i < times; i++)
                        bytes.InsertRange(at, token);
                    break;
                default:
                    var cut = random.Next(other.Length + 1);
                    bytes.InsertRange(at, other[cut..]);
                    break;
            }
        }
        return [.. bytes.Take(MaxInput)];
    }

    private static string Signature(string message) => new([.. message.Where(c => !char.IsDigit(c)).Take(80)]);

    private static string OneLine(string message) => string.Join(' ', message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
