using System.Globalization;
using Parallax.Analysis;
using Parallax.Documents;
using Parallax.Quotes;
using Parallax.Text;

namespace Parallax.Bench.Attribution;

/// <summary>Prints the quotes found in one text file, for inspecting the extractor by eye.</summary>
internal sealed class DumpQuotesCommand : IBenchCommand
{
    public string Name => "dump-quotes";

    public string Description => "print the quotes QuoteExtractor finds in a text file (FILE [--grep WORD])";

    public int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: dump-quotes FILE [--grep WORD]");
            return 2;
        }
        var text = File.ReadAllText(args[0]);
        var grep = args.Length > 2 && args[1] == "--grep" ? args[2] : null;
        var pipeline = new AnalysisPipelineBuilder().Add(new SentenceSegmenter()).Add(new QuoteExtractor()).Build();
        var analysis = pipeline.Analyze(new Article("a1", Path.GetFileName(args[0]), text));
        foreach (var s in analysis.Sentences)
        {
            if (grep is not null && !s.Text.Contains(grep, StringComparison.OrdinalIgnoreCase))
                continue;
            Console.WriteLine($"S{s.Index}: {s.Text}");
            foreach (var q in analysis.Quotes.Where(q => analysis.SentenceAt(q.CueSpan.Start) == s.Index))
            {
                var parts = string.Join(" | ", q.ContentParts.Select(p => p.Of(text)));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"   -> [{q.Speaker.Text}{(q.Speaker.Antecedent is null ? "" : "=" + q.Speaker.Antecedent)}] <{q.Cue}/{q.CueLemma}> {q.Kind} named={q.Named} conf={q.Confidence:0.00}: {parts}"));
            }
        }
        return 0;
    }
}
