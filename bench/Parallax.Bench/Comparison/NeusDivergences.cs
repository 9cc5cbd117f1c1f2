using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Documents;
using static Parallax.Bench.CommandLine;

namespace Parallax.Bench.Comparison;

/// <summary>
/// Precision of divergences on real stories: compares NeuS val (or, held out from the rules' tuning, train) triplets, keys every reported divergence, and
/// scores it against the hand judgements; lists unjudged ones with both sentences so that someone can judge them.
/// </summary>
internal static class NeusDivergences
{
    private const int DefaultStories = 100;

    private sealed record Reported(DivergenceKey Key, Story Story, Divergence Divergence);

    public static int Run(string[] args)
    {
        var polnear = args.Contains("--polnear");
        var batch = int.Parse(Option(args, "--batch") ?? "1", CultureInfo.InvariantCulture);
        if (batch is < 1 or > 3)
            throw new ArgumentException($"--batch: '{batch}' is not 1, 2 or 3");
        if (polnear && args.Contains("--make-stories"))
        {
            Console.WriteLine($"{PolnearStories.Make(PolnearStories.PathOf(batch), batch)} stories of two or more outlets written to {PolnearStories.PathOf(batch)}");
            return 0;
        }
        var ecb = args.Contains("--ecb");
        var split = polnear ? "polnear" : ecb ? "ecb" : Option(args, "--split") ?? "val";
        if (split is not ("val" or "train" or "polnear" or "ecb"))
            throw new ArgumentException($"--split: '{split}' is not val or train");
        List<Func<List<Article>>> sources = polnear
            ? PolnearStories.Read(PolnearStories.PathOf(batch))
            : ecb
            ? [.. EcbSubTopic.Load(SharedPaths.Data("ecbplus"), null).Select(t => (Func<List<Article>>)(() => [.. t.Documents.Select((d, k) => new Article($"a{k + 1}", d.Name, AsPrinted(WithoutSourceLine(d.Text))))]))]
            : [.. File.ReadAllLines(SharedPaths.Data("neus-roundups", split + ".source")).Select(line => (Func<List<Article>>)(() => NeusStories.Articles(line)))];
        var count = args.Contains("--all") ? sources.Count : Math.Min(sources.Count, int.Parse(Option(args, "--stories") ?? DefaultStories.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
        var first = Math.Clamp(int.Parse(Option(args, "--first") ?? "0", CultureInfo.InvariantCulture), 0, count);
        var path = Option(args, "--judgements")
            ?? (split == "val" ? DivergenceJudgements.DefaultPath : Path.Combine(Path.GetDirectoryName(DivergenceJudgements.DefaultPath)!, $"divergence-judgements-{split}{(polnear && batch > 1 ? "-" + batch.ToString(CultureInfo.InvariantCulture) : "")}.tsv"));
        var encoder = args.Contains("--lexical") ? null : new CachingSentenceEncoder(BenchEncoders.From(args));
        var judgements = DivergenceJudgements.Read(path);
        var clock = Stopwatch.StartNew();
        var reported = new List<Reported>();
        var seen = new HashSet<DivergenceKey>();
        var duplicates = 0;
        var stories = new Story[count];
        for (var i = first; i < count; i++)
        {
            var articles = sources[i]().Select(Analyzer.Analyze).Where(a => a.Sentences.Length > 0).ToList();
            if (articles.Count == 0)
                continue;
            stories[i] = StoryComparer.Compare(articles, encoder: encoder);
            foreach (var divergence in stories[i].Divergences)
            {
                var key = DivergenceKey.Of(i, stories[i], divergence);
                if (seen.Add(key))
                    reported.Add(new Reported(key, stories[i], divergence));
                else
                    duplicates++;
            }
        }
        var seconds = clock.Elapsed.TotalSeconds;
        if (Option(args, "--sentences") is { } directory)
            WriteSentences(directory, stories);
        if (Option(args, "--story") is { } shown)
            return PrintStory(int.Parse(shown, CultureInfo.InvariantCulture), stories, reported, judgements);

        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Format(inv, "eval-divergences on " + (polnear ? $"PolNeAR stories (batch {batch})" : ecb ? "ECB+ sub-topics" : "neus-roundups/" + split) + ": {0} stories, {1} divergences reported ({2} more with a key already seen), {3:F1} s; judgements: {4}",
            count - first, reported.Count, duplicates, seconds, Path.GetFileName(path)));
        Console.WriteLine($"  {"kind",-13} {"reported",8} {"judged",7} {"real",5} {"noise",6} {"precision",9}");
        foreach (var group in reported.GroupBy(r => r.Key.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
            PrintRow(group.Key, [.. group], judgements);
        PrintRow("overall", reported, judgements);
        var keys = reported.Select(r => r.Key).ToHashSet();
        var gone = judgements.Where(j => j.Key.Story >= first && j.Key.Story < count && !keys.Contains(j.Key)).ToList();
        var realJudged = judgements.Count(j => j.Key.Story >= first && j.Key.Story < count && j.Value.Real);
        Console.WriteLine($"  unjudged: {reported.Count(r => !judgements.ContainsKey(r.Key))}; judged but no longer reported: {gone.Count} ({gone.Count(g => g.Value.Real)} of the {realJudged} real ones, {gone.Count(g => !g.Value.Real)} noise)");

        var goldPath = Path.Combine(Path.GetDirectoryName(DivergenceJudgements.DefaultPath)!, DivergenceGold.PolnearFileName);
        var goldMissed = Option(args, "--gold-missed") is { } shownMissed
            ? int.TryParse(shownMissed, NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : throw new UsageException($"--gold-missed takes a count, not '{shownMissed}'")
            : 0;
        if (polnear && batch == 1 && DivergenceGold.Load(goldPath) is { } gold)
            PrintRecall(gold, stories, reported, goldMissed);
        else if (goldMissed > 0)
            throw new UsageException(polnear && batch == 1 ? $"{goldPath}: no such file" : "--gold-missed reads the gold of --polnear batch 1 only");

        var unjudged = int.Parse(Option(args, "--unjudged") ?? "0", inv);
        var kind = Option(args, "--kind");
        foreach (var r in reported.Where(r => !judgements.ContainsKey(r.Key) && (kind is null || r.Key.Kind == kind)).Take(unjudged))
            Print(r, null);
        var noise = int.Parse(Option(args, "--noise") ?? "0", inv);
        foreach (var r in reported.Where(r => judgements.GetValueOrDefault(r.Key) is { Real: false } && (kind is null || r.Key.Kind == kind)).Take(noise))
            Print(r, judgements[r.Key]);
        var real = int.Parse(Option(args, "--real") ?? "0", inv);
        foreach (var r in reported.Where(r => judgements.GetValueOrDefault(r.Key) is { Real: true } && (kind is null || r.Key.Kind == kind)).Take(real))
            Print(r, judgements[r.Key]);
        var missed = int.Parse(Option(args, "--missed") ?? "0", inv);
        foreach (var (key, judgement) in gone.Where(g => g.Value.Real && (kind is null || g.Key.Kind == kind)).Take(missed))
            PrintMissed(key, judgement, stories);
        return 0;
    }

    /// <summary>ECB+'s newer documents open with the page's address as their first sentence: where the text came from, not what it says.</summary>
    private static string WithoutSourceLine(string text)
        => text.StartsWith("http", StringComparison.Ordinal) && text.IndexOf(EcbSubTopic.SentenceSeparator, StringComparison.Ordinal) is var end and > 0
            ? text[(end + EcbSubTopic.SentenceSeparator.Length)..]
            : text;

    /// <summary>
    /// ECB+'s text rebuilt from its tokens, with the spaces its tokenizer put inside figures and initials taken out as the
    /// page printed them: "170, 000" is 170,000, "3: 33 a. m." is 3:33 a.m., "U. S." is U.S., "36 - year - old" is 36-year-old
    /// </summary>
    private static string AsPrinted(string text)
    {
        text = Regex.Replace(text, @"(?<=\d)([.:]) (?=\d)|(?<=\d)(,) (?=\d{3}\b)|(?<=\w) (-) (?=\w)", "$1$2$3");
        return Regex.Replace(text, @"(?<=\b[A-Za-z])\. (?=[A-Za-z]\.)", ".");
    }

    /// <summary>A divergence judged real that is no longer reported, with the sentences it was reported on.</summary>
    private static void PrintMissed(DivergenceKey key, Judgement judgement, Story[] stories)
    {
        Console.WriteLine($"\n{key}\t  NOT REPORTED  [real: {judgement.Note}]");
        if (key.Story >= stories.Length || stories[key.Story] is not { } story)
            return;
        PrintSentences(story, key.Sentences.Split('|'));
    }

    /// <summary>The story's sentences of those ids, in the story's order, each with its id.</summary>
    private static void PrintSentences(Story story, IEnumerable<string> ids)
    {
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        foreach (var article in story.Articles)
        {
            foreach (var sentence in article.Sentences.Where(s => wanted.Contains(s.IdIn(article.Article.Id))))
                Console.WriteLine($"    {sentence.IdIn(article.Article.Id)}: {sentence.Text.ReplaceLineEndings(" ")}");
        }
    }

    private static void PrintRow(string kind, List<Reported> rows, Dictionary<DivergenceKey, Judgement> judgements)
    {
        var judged = rows.Select(r => judgements.GetValueOrDefault(r.Key)).OfType<Judgement>().ToList();
        var real = judged.Count(j => j.Real);
        var precision = judged.Count == 0 ? "-" : (real / (double)judged.Count).ToString("F3", CultureInfo.InvariantCulture);
        Console.WriteLine($"  {kind,-13} {rows.Count,8} {judged.Count,7} {real,5} {judged.Count - real,6} {precision,9}");
    }

    /// <summary>
    /// Recall against the divergences a reader found in whole stories (<see cref="DivergenceGold"/>), by the reader's kind: found on one of
    /// the group's pairs, of that kind, and of the missed ones those whose sentences the story aligned.
    /// </summary>
    private static void PrintRecall(DivergenceGold gold, Story?[] stories, List<Reported> reported, int missedShown)
    {
        var pairs = reported.SelectMany(r => r.Divergence.Sentences.SelectMany(x => r.Divergence.Sentences.Where(y => x != y)
            .Select(y => (Key: (r.Key.Story, DivergenceGold.Normalised(r.Story.IdOf(x) + "|" + r.Story.IdOf(y))), r.Key.Kind)))).ToLookup(p => p.Key, p => p.Kind);
        var groups = gold.Within(i => i < stories.Length && stories[i] is not null).ToList();
        var read = gold.Read.Count(i => i < stories.Length && stories[i] is not null);
        Console.WriteLine($"  recall against {DivergenceGold.PolnearFileName}: {read} stories read whole, {groups.Count} divergences found by the reader");
        Console.WriteLine($"  {"kind",-13} {"gold",5} {"found",6} {"right kind",10} {"recall",7} {"missed, aligned",16}");
        var rows = groups.Select(g => (Group: g, Found: DivergenceGold.Found(g, pairs), Aligned: DivergenceGold.Aligned(g, stories[g.Story]!))).ToList();
        foreach (var (name, kind) in rows.GroupBy(r => r.Group.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.ToList())).Append(("overall", rows)))
        {
            var found = kind.Count(r => r.Found is not null);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-13} {kind.Count,5} {found,6} {kind.Count(r => r.Found == r.Group.Kind),10} {found / (double)Math.Max(1, kind.Count),7:0.000} {kind.Count(r => r.Found is null && r.Aligned),16}"));
        }
        foreach (var (group, _, aligned) in rows.Where(r => r.Found is null).Take(missedShown))
        {
            var story = stories[group.Story]!;
            Console.WriteLine($"\nMISSED {group.Story}\t{group.Kind}\t{string.Join(' ', group.Pairs)}{(aligned ? "  (aligned)" : "")}  [{group.Note}]");
            PrintSentences(story, group.Pairs.SelectMany(p => p.Split('|')));
        }
    }

    /// <summary>Each compared story's sentences with their ids ("a2.s14"), one file per story, for reading a story whole (judging what it misses).</summary>
    private static void WriteSentences(string directory, Story?[] stories)
    {
        Directory.CreateDirectory(directory);
        for (var i = 0; i < stories.Length; i++)
        {
            if (stories[i] is not { } story)
                continue;
            using var writer = new StreamWriter(Path.Combine(directory, $"story-{i}.txt"));
            writer.WriteLine($"story {i}");
            foreach (var article in story.Articles)
            {
                writer.WriteLine($"{article.Article.Id} ({article.Article.Outlet}, {article.Article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated"}): {article.Article.Title}");
                foreach (var sentence in article.Sentences)
                    writer.WriteLine($"  {sentence.IdIn(article.Article.Id)}: {sentence.Text.ReplaceLineEndings(" ")}");
            }
        }
    }

    private static int PrintStory(int index, Story[] stories, List<Reported> reported, Dictionary<DivergenceKey, Judgement> judgements)
    {
        if (index < 0 || index >= stories.Length || stories[index] is not { } story)
        {
            Console.Error.WriteLine($"story {index} is not among the stories compared (use --all)");
            return 2;
        }
        Console.WriteLine($"story {index}");
        foreach (var article in story.Articles)
        {
            Console.WriteLine($"  {article.Article.Id}: {article.Article.Title}");
            foreach (var sentence in article.Sentences)
                Console.WriteLine($"    {sentence.IdIn(article.Article.Id)}: {sentence.Text}");
        }
        foreach (var claim in story.Claims)
            Console.WriteLine($"    {claim.Id} [{claim.Event}{(claim.AttributedTo is null ? "" : ", by " + claim.AttributedTo)}]: {story.Articles[claim.Sentence.Article].Text[claim.Start..claim.End]}");
        foreach (var alignment in story.Alignments)
            Console.WriteLine($"  {alignment.Id} {alignment.Relation} {alignment.Score:F2}: {string.Join(' ', alignment.Sentences.Select(story.IdOf))} claims {string.Join(' ', alignment.Claims)}");
        foreach (var r in reported.Where(r => r.Key.Story == index))
            Print(r, judgements.GetValueOrDefault(r.Key));
        return 0;
    }

    private static void Print(Reported r, Judgement? judgement)
    {
        var verdict = judgement is null ? "" : $"  [{(judgement.Real ? "real" : "noise")}{(judgement.Note.Length > 0 ? ": " + judgement.Note : "")}]";
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "\n{0}\t  (confidence {1:F2}){2}", r.Key, r.Divergence.Confidence, verdict));
        Console.WriteLine($"  {r.Divergence.Detail}");
        foreach (var sentence in r.Divergence.Sentences)
            Console.WriteLine($"    {r.Story.IdOf(sentence)}: {r.Story.Articles[sentence.Article].Sentences[sentence.Sentence].Text}");
    }
}
