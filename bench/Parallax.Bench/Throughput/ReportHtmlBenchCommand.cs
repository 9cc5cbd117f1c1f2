using System.Diagnostics;
using System.Globalization;
using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Reports;

namespace Parallax.Bench.Throughput;

/// <summary>
/// The time to render one story's HTML report, without the comparison: a story of invented articles (reading pane, coverage
/// matrix, divergences, voices, entities) rendered a few times, median reported with the page's size and sentence spans.
/// </summary>
internal sealed class ReportHtmlBenchCommand : IBenchCommand
{
    public string Name => "bench-report-html";

    public string Description => "time to render a story's HTML report (--articles N, default 50; --chars N per article, default 4000; --rounds N, default 7)";

    public int Run(string[] args)
    {
        var count = Int(args, "--articles", 50);
        var chars = Int(args, "--chars", 4000);
        var rounds = Int(args, "--rounds", 7);
        var analyses = new ArticleAnalysis[count];
        Parallel.For(0, count, i => analyses[i] = Analyzer.Analyze(new Article($"a{i + 1}", $"Outlet {i + 1}", SyntheticNews.Generate(chars, seed: i + 1))));
        var story = StoryComparer.Compare(analyses);
        var sentences = story.Articles.Sum(a => a.Sentences.Length);
        Console.WriteLine($"{count} articles, {sentences:N0} sentences, {story.Alignments.Length:N0} alignments, {story.Divergences.Length} divergences, {story.Entities.Length} entities");
        var html = Report.RenderToString(story, ReportFormat.Html);
        var times = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            html = Report.RenderToString(story, ReportFormat.Html);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"HTML report: {html.Length / 1024.0:N0} KB, {Occurrences(html, "<span class=\"s"):N0} sentence spans, {Occurrences(html, "<span class=\"m\""):N0} mention spans; render median {times[times.Count / 2]:F0} ms (min {times[0]:F0}, max {times[^1]:F0}, {rounds} rounds after one warm-up)");
        return 0;
    }

    private static int Occurrences(string text, string value)
    {
        var n = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
            n++;
        return n;
    }

    private static int Int(string[] args, string name, int fallback)
        => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
