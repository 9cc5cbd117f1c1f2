using System.Diagnostics;
using System.Globalization;
using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Documents;
using static Parallax.Bench.CommandLine;

namespace Parallax.Bench.Comparison;

/// <summary>
/// Precision of alignments on real stories: compares NeuS val triplets (three outlets on one event), keys every
/// alignment by its story and sentences, and scores it against the hand judgements in
/// <c>alignment-judgements.tsv</c> (real: the two sentences state at least one fact in common; noise: they do not).
/// ECB+ cannot measure this: three in four of its cross-document pairs are gold.
/// </summary>
internal static class NeusAlignments
{
    public const string FileName = "alignment-judgements.tsv";

    private const int DefaultStories = 40;

    private static readonly (double From, double To)[] Bands = [(0, 0.3), (0.3, 0.35), (0.35, 0.45), (0.45, 2)];

    /// <summary>The judgements of headline alignments (<c>--headlines</c>), in the same form.</summary>
    public const string HeadlineFileName = "headline-judgements.tsv";

    /// <summary>The judgements of alignments on PolNeAR's full articles (<c>--polnear</c>), in the same form.</summary>
    public const string PolnearFileName = "alignment-judgements-polnear.tsv";

    /// <summary>
    /// On PolNeAR's full articles only one alignment in this many is judged: those whose story and key hash to 0, so the
    /// sample stays the same set of pairs whatever a build reports, and a pair a new build reports is in it or not by its ids alone.
    /// </summary>
    private const uint PolnearSampleRate = 20;

    /// <summary>An alignment as judged: its story, key ("a1.s2|a2.s1", "a1.h1|a2.s1"), score, and the lines that show it.</summary>
    private sealed record Reported(int Story, string Key, double Score, string Relation, List<string> Lines)
    {
        /// <summary>The sentence count of the longer of the two articles (0 for headline pairs).</summary>
        public int Longer { get; init; }
    }

    private static readonly (int From, int To)[] Lengths = [(0, 20), (20, 40), (40, 80), (80, int.MaxValue)];

    public static int Run(string[] args)
    {
        if (args.Contains("--polnear") && args.Contains("--headlines"))
            throw new UsageException("--headlines is for NeuS stories only; --polnear judges sentence alignments");
        Parity(args);
        foreach (var (name, options) in Option(args, "--set") is { } setting ? EvalAlignmentCommand.Settings(setting) : [("", ComparisonOptions.Default)])
        {
            if (name.Length > 0)
                Console.WriteLine($"--set {name}");
            Run(args, options);
        }
        return 0;
    }

    private static void Run(string[] args, ComparisonOptions options)
    {
        var polnear = args.Contains("--polnear");
        var headlines = args.Contains("--headlines");
        List<Func<List<Article>>> stories = polnear
            ? PolnearStories.Read(PolnearStories.DefaultPath)
            : [.. File.ReadAllLines(SharedPaths.Data("neus-roundups", "val.source")).Select(line => (Func<List<Article>>)(() => NeusStories.Articles(line, titleInBody: headlines)))];
        var count = Math.Min(stories.Count, int.Parse(Option(args, "--stories") ?? (polnear ? stories.Count : DefaultStories).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
        var path = Option(args, "--judgements") ?? Path.Combine(Path.GetDirectoryName(DivergenceJudgements.DefaultPath)!, polnear ? PolnearFileName : headlines ? HeadlineFileName : FileName);
        var encoder = args.Contains("--lexical") ? null : new CachingSentenceEncoder(BenchEncoders.From(args));
        var judgements = Read(path);
        var clock = Stopwatch.StartNew();
        var reported = new List<Reported>();
        var sentences = 0;
        var aligned = 0;
        var parity = Parity(args);
        var compared = 0;
        for (var i = 0; i < count; i++)
        {
            if (parity is { } p && i % 2 != p)
                continue;
            var articles = stories[i]().Select(Analyzer.Analyze).Where(a => a.Sentences.Length > 0).ToList();
            if (articles.Count < 2)
                continue;
            compared++;
            var parts = new Dictionary<string, (double Lexical, float Cosine, string Shared)>(StringComparer.Ordinal);
            var story = StoryComparer.Compare(articles, options, null, encoder, (a, b, lexical, cosine, _, _) =>
                parts[$"a{a.Ref.Article + 1}.s{a.Ref.Sentence + 1}|a{b.Ref.Article + 1}.s{b.Ref.Sentence + 1}"] = (lexical, cosine, string.Join(' ', a.Counts.Keys.Intersect(b.Counts.Keys).Order())));
            if (args.Contains("--parts"))
            {
                foreach (var alignment in story.Alignments)
                {
                    var key = KeyOf(story, alignment);
                    var (lexical, cosine, shared) = parts.GetValueOrDefault(key);
                    var verdict = judgements.TryGetValue((i, key), out var j) ? (j.Real ? "real" : "noise") : "-";
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"parts\t{verdict}\t{alignment.Score:F3}\t{lexical:F3}\t{cosine:F3}\t{i}\t{key}\t{shared}"));
                }
            }
            sentences += articles.Sum(a => a.Sentences.Length);
            if (headlines)
            {
                foreach (var alignment in story.HeadlineAlignments)
                    reported.Add(Headline(i, story, alignment));
            }
            else
            {
                foreach (var alignment in story.Alignments)
                {
                    var row = Sentences(i, story, alignment);
                    if (!polnear || InSample(row.Story, row.Key))
                        reported.Add(row);
                }
                aligned += story.Alignments.Length;
            }
        }
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(polnear
            ? string.Format(inv, "eval-alignment --polnear on {0}: {1} stories, {2} sentences, {3} alignments, of which the sample (1 in {4} by ids) {5}; {6:F1} s; judgements: {7}",
                PolnearStories.FileName, compared, sentences, aligned, PolnearSampleRate, reported.Count, clock.Elapsed.TotalSeconds, Path.GetFileName(path))
            : string.Format(inv, "eval-alignment --neus on neus-roundups/val: {0} stories, {1} sentences, {2} alignments, {3:F1} s; judgements: {4}",
                compared, sentences, reported.Count, clock.Elapsed.TotalSeconds, Path.GetFileName(path)));
        Console.WriteLine($"  {"score",-12} {"aligned",8} {"judged",7} {"real",5} {"noise",6} {"precision",9}");
        foreach (var (from, to) in Bands)
            PrintRow(to > 1 ? $"≥ {from:F2}" : $"{from:F2}–{to:F2}", [.. reported.Where(r => r.Score >= from && r.Score < to)], judgements);
        PrintRow("overall", reported, judgements);
        if (!headlines)
        {
            Console.WriteLine("  by the longer article's sentences:");
            foreach (var (from, to) in Lengths)
                PrintRow(to == int.MaxValue ? $"≥ {from}" : $"{from}–{to - 1}", [.. reported.Where(r => r.Longer >= from && r.Longer < to)], judgements);
        }
        var keys = reported.Select(r => (r.Story, r.Key)).ToHashSet();
        var gone = judgements.Where(j => j.Key.Story < count && (parity is null || j.Key.Story % 2 == parity) && (!polnear || InSample(j.Key.Story, j.Key.Key)) && !keys.Contains(j.Key)).ToList();
        Console.WriteLine($"  unjudged: {reported.Count(r => !judgements.ContainsKey((r.Story, r.Key)))}; judged but no longer aligned: {gone.Count} ({gone.Count(g => g.Value.Real)} real, {gone.Count(g => !g.Value.Real)} noise)");

        foreach (var r in reported.Where(r => !judgements.ContainsKey((r.Story, r.Key))).Take(int.Parse(Option(args, "--unjudged") ?? "0", inv)))
            Print(r, null);
        foreach (var r in reported.Where(r => judgements.GetValueOrDefault((r.Story, r.Key)) is { Real: false }).Take(int.Parse(Option(args, "--noise") ?? "0", inv)))
            Print(r, judgements[(r.Story, r.Key)]);
        foreach (var ((story, key), judgement) in gone.Where(g => g.Value.Real).Take(int.Parse(Option(args, "--missed") ?? "0", inv)))
            Console.WriteLine($"\n{story}\t{key}\t  NO LONGER ALIGNED  [real: {judgement.Note}]");
    }

    /// <summary>The stories <c>--parity</c> keeps: 0 the even ones, 1 the odd ones, null all.</summary>
    private static int? Parity(string[] args) => Option(args, "--parity") switch
    {
        null => null,
        "0" => 0,
        "1" => 1,
        var other => throw new UsageException($"--parity takes 0 (even stories) or 1 (odd stories), not '{other}'"),
    };

    /// <summary>Whether a PolNeAR alignment is in the judged sample: FNV-1a of "story\tkey" is a multiple of <see cref="PolnearSampleRate"/>.</summary>
    private static bool InSample(int story, string key)
    {
        var hash = 2166136261u;
        foreach (var c in $"{story.ToString(CultureInfo.InvariantCulture)}\t{key}")
            hash = (hash ^ c) * 16777619u;
        return hash % PolnearSampleRate == 0;
    }

    /// <summary>The alignment's sentence ids in order, "a1.s2|a2.s1".</summary>
    private static string KeyOf(Story story, Alignment alignment)
        => string.Join('|', alignment.Sentences.OrderBy(s => (s.Article, s.Sentence)).Select(story.IdOf));

    private static Dictionary<(int Story, string Key), Judgement> Read(string path)
    {
        var result = new Dictionary<(int, string), Judgement>();
        foreach (var (fields, judgement, line) in DivergenceJudgements.Rows(path, "story, sentences, verdict (real|noise)[, note]"))
        {
            if (!result.TryAdd((int.Parse(fields[0], CultureInfo.InvariantCulture), fields[1]), judgement))
                throw new FormatException($"{path}:{line}: {fields[0]} {fields[1]} is judged twice");
        }
        return result;
    }

    private static void PrintRow(string band, List<Reported> rows, Dictionary<(int, string), Judgement> judgements)
    {
        var judged = rows.Select(r => judgements.GetValueOrDefault((r.Story, r.Key))).OfType<Judgement>().ToList();
        var real = judged.Count(j => j.Real);
        var precision = judged.Count == 0 ? "-" : (real / (double)judged.Count).ToString("F3", CultureInfo.InvariantCulture);
        Console.WriteLine($"  {band,-12} {rows.Count,8} {judged.Count,7} {real,5} {judged.Count - real,6} {precision,9}");
    }

    private static Reported Sentences(int index, Story story, Alignment alignment)
    {
        var lines = alignment.Sentences.Select(s => $"    {story.IdOf(s)}: {story.Articles[s.Article].Sentences[s.Sentence].Text}").ToList();
        var claims = story.Claims.ToDictionary(c => c.Id);
        foreach (var id in alignment.Claims)
        {
            if (claims.TryGetValue(id, out var claim))
                lines.Add($"      {id}: {story.Articles[claim.Sentence.Article].Text[claim.Start..claim.End]}");
        }
        return new Reported(index, KeyOf(story, alignment), alignment.Score, alignment.Relation.ToString().ToLowerInvariant(), lines)
        {
            Longer = alignment.Sentences.Max(s => story.Articles[s.Article].Sentences.Length),
        };
    }

    private static Reported Headline(int index, Story story, HeadlineAlignment alignment)
    {
        var units = alignment.Headings.Select(h => (Id: $"{story.Articles[h.Article].Article.Id}.h{h.Heading + 1}", Text: story.Articles[h.Article].Headings[h.Heading].Text))
            .Concat(alignment.Sentences.Select(s => (Id: story.IdOf(s), story.Articles[s.Article].Sentences[s.Sentence].Text)))
            .ToList();
        return new Reported(index, string.Join('|', units.Select(u => u.Id)), alignment.Score, "headline", [.. units.Select(u => $"    {u.Id}: {u.Text}")]);
    }

    private static void Print(Reported r, Judgement? judgement)
    {
        var verdict = judgement is null ? "" : $"  [{(judgement.Real ? "real" : "noise")}{(judgement.Note.Length > 0 ? ": " + judgement.Note : "")}]";
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "\n{0}\t{1}\t  ({2} {3:F2}){4}", r.Story, r.Key, r.Relation, r.Score, verdict));
        foreach (var line in r.Lines)
            Console.WriteLine(line);
    }
}
