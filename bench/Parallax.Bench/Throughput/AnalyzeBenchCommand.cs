using System.Diagnostics;
using Parallax.Analysis;
using Parallax.Documents;
using Parallax.Text;

namespace Parallax.Bench.Throughput;

/// <summary>Times the one-article pipeline on a large text: sentences/s, tokens/s, MB/s.</summary>
internal sealed class AnalyzeBenchCommand : IBenchCommand
{
    public string Name => "bench-analyze";

    public string Description => "time the analysis pipeline on ~1 MB of text (or --file PATH); prints sentences/s and tokens/s";

    public int Run(string[] args)
    {
        var file = args.SkipWhile(a => a != "--file").Skip(1).FirstOrDefault();
        var text = TextCleaner.Clean(file is null ? SyntheticNews.Generate(1_000_000) : File.ReadAllText(file));
        var article = new Article("a1", "bench", text);
        Console.WriteLine($"input: {(file ?? "synthetic news")}, {text.Length / 1e6:F2} M chars");
        var warm = Analyzer.Analyze(new Article("w", "bench", text[..Math.Min(text.Length, 20_000)]));
        Console.WriteLine($"warm-up: {warm.Sentences.Length} sentences");

        var stage = new ArticleAnalysis(article);
        foreach (var component in Analyzer.Default.Components)
        {
            var sw = Stopwatch.StartNew();
            stage = component.Process(stage);
            Console.WriteLine($"  {component.Name,-14} {sw.Elapsed.TotalMilliseconds,8:F0} ms");
        }

        const int runs = 3;
        var best = TimeSpan.MaxValue;
        ArticleAnalysis? result = null;
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            result = Analyzer.Analyze(article);
            best = sw.Elapsed < best ? sw.Elapsed : best;
        }
        var seconds = best.TotalSeconds;
        Console.WriteLine($"whole pipeline (best of {runs}): {seconds:F3} s for {result!.Sentences.Length} sentences, {result.Tokens.Length} tokens, {result.Mentions.Length} mentions, {result.Quotes.Length} quotes");
        Console.WriteLine($"throughput: {result.Sentences.Length / seconds:N0} sentences/s, {result.Tokens.Length / seconds:N0} tokens/s, {text.Length / 1e6 / seconds:F2} M chars/s");
        return 0;
    }
}
