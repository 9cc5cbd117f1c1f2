using System.Globalization;
using Parallax.Analysis;
using Parallax.Bench.Comparison;
using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Ingest;
using static Parallax.Bench.CommandLine;

namespace Parallax.Bench.Debug;

/// <summary>
/// Prints how the aligner scored one sentence against every sentence of the other articles (lexical score, encoder
/// cosine, final score, anchored claims) and which pairs it kept, for eyeballing why two facts align or not.
/// </summary>
internal sealed class ExplainCommand : IBenchCommand
{
    public string Name => "explain";

    public string Description => "explain FILE FILE [FILE...] --sentence a1.s4 [--lexical] [--top N]: how the aligner scored that sentence against the others, best first, and which pairs it kept";

    public int Run(string[] args)
    {
        var sentence = Option(args, "--sentence");
        var top = int.Parse(Option(args, "--top") ?? "8", CultureInfo.InvariantCulture);
        var files = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal) || args[i - 1] is "--lexical" or "--fp32")).ToList();
        if (sentence is null || files.Count < 2)
        {
            Console.Error.WriteLine("usage: explain FILE FILE [FILE...] --sentence a1.s4");
            return 2;
        }
        var articles = new List<ArticleAnalysis>();
        foreach (var result in ArticleLoader.Load(files))
        {
            if (result.Article is { } article)
                articles.Add(Analyzer.Analyze(article with { Id = $"a{articles.Count + 1}" }));
            else
                Console.Error.WriteLine($"{result.Problem}");
        }
        var scored = new List<(SentenceProfile Other, double Lexical, float Cosine, double Score, (int A, int B) Anchor)>();
        var encoder = args.Contains("--lexical") ? null : new CachingSentenceEncoder(BenchEncoders.From(args));
        var story = StoryComparer.Compare(articles, null, null, encoder, (a, b, lexical, cosine, score, anchor) =>
        {
            if (Id(a) == sentence)
                scored.Add((b, lexical, cosine, score, anchor));
            else if (Id(b) == sentence)
                scored.Add((a, lexical, cosine, score, (anchor.B, anchor.A)));
        });
        var kept = story.Alignments.Where(al => al.Sentences.Any(s => story.IdOf(s) == sentence))
            .ToDictionary(al => story.IdOf(al.Sentences.First(s => story.IdOf(s) != sentence)), al => al);
        var claims = story.Claims.ToDictionary(c => c.Id);
        Console.WriteLine($"{sentence}: {TextOf(story, sentence)}");
        foreach (var c in story.Claims.Where(c => c.Id.StartsWith(sentence + ".", StringComparison.Ordinal)))
            Console.WriteLine($"  {c.Id}: {story.Articles[c.Sentence.Article].Text[c.Start..c.End]}");
        foreach (var (other, lexical, cosine, score, anchor) in scored.OrderByDescending(s => s.Score).Take(top))
        {
            var id = Id(other);
            var mark = kept.TryGetValue(id, out var alignment) ? $"KEPT {alignment.Relation} {string.Join(' ', alignment.Claims)}" : "";
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-8} score {1:F3}  lexical {2:F3}  cosine {3:F3}  anchor {4},{5}  {6}", id, score, lexical, cosine, anchor.A, anchor.B, mark));
            Console.WriteLine($"    {TextOf(story, id)}");
        }
        return 0;

        string Id(SentenceProfile p) => $"a{p.Ref.Article + 1}.s{p.Ref.Sentence + 1}";
    }

    private static string TextOf(Story story, string id)
        => story.Articles.SelectMany(a => a.Sentences.Select(s => (Id: $"{a.Article.Id}.s{s.Index + 1}", s.Text))).FirstOrDefault(s => s.Id == id).Text ?? "?";
}
