using System.Diagnostics;
using Parallax.Analysis;
using Parallax.Bench.Tagging;
using Parallax.Documents;
using Parallax.Entities;
using Parallax.Tagging;

namespace Parallax.Bench.Entities;

/// <summary>
/// Scores the pipeline's entity stage (the component Analyzer uses, not the bare tagger) on CoNLL-2003:
/// gold tokens and sentences go in, name mentions come out, and spans are compared exactly with
/// PERSON→PER, ORG→ORG, GPE/LOC→LOC, MISC→MISC.
/// </summary>
internal sealed class EvalEntitiesCommand : IBenchCommand
{
    public string Name => "eval-entities";

    public string Description => "entity stage of the pipeline on CoNLL-2003 testb, CoNLL++ and the Broad Twitter Corpus (all, and section g) (exact span P/R/F1); --rules for the lexicon-only recogniser";

    public int Run(string[] args)
    {
        var rulesOnly = args.Contains("--rules");
        Errors = args.Contains("--errors") ? 150 : 0;
        VersusTagger = args.Contains("--versus-tagger") ? new Dictionary<string, List<string>>(StringComparer.Ordinal) : null;
        IAnalysisComponent recognizer = rulesOnly ? new EntityRecognizer { UseStatisticalModel = false } : new EntityRecognizer();
        foreach (var file in new[] { "eng.testb", "conllpp_test.txt" })
        {
            var sentences = TaggingCorpora.ReadConll2003(SharedPaths.Data("conll2003", file));
            var stopwatch = Stopwatch.StartNew();
            var score = Evaluate(recognizer, sentences);
            score.Print($"{file} — entity stage ({(rulesOnly ? "rules only" : "model + rules")}), {sentences.Sum(s => s.Words.Length) / stopwatch.Elapsed.TotalSeconds:N0} tokens/s");
            if (VersusTagger is null)
                continue;
            foreach (var (kind, cases) in VersusTagger.OrderByDescending(p => p.Value.Count))
                Console.WriteLine($"  {kind}: {cases.Count}  e.g. {string.Join(" | ", cases.Take(12))}");
            VersusTagger.Clear();
        }
        // Out of domain: the Broad Twitter Corpus (PER/LOC/ORG; MISC counts as no entity), all sections and the news outlets' section g.
        var sections = EvalNerCommand.BtcSections.ToDictionary(s => s, s => TaggingCorpora.ReadBtc(SharedPaths.Data("btc", s + ".conll")));
        var all = sections.Values.SelectMany(s => s).Select((s, i) => s with { Document = i }).ToList();
        Evaluate(recognizer, all, withoutMisc: true).Print($"BTC, all sections ({all.Count:N0} tweets) — entity stage", withoutMisc: true);
        Evaluate(recognizer, sections["g"], withoutMisc: true).Print($"BTC section g, news outlets ({sections["g"].Count:N0} tweets) — entity stage", withoutMisc: true);
        return 0;
    }

    private static int Errors { get; set; }

    private static readonly PartOfSpeechTagger PartsOfSpeech = new();

    private static readonly DateAndNumberRecognizer Values = new();

    /// <summary>With <c>--versus-tagger</c>: the stage's errors where the tagger alone is right, and the reverse, by kind.</summary>
    private static Dictionary<string, List<string>>? VersusTagger { get; set; }

    private static EntityScore Evaluate(IAnalysisComponent recognizer, List<CorpusSentence> sentences, bool withoutMisc = false)
    {
        var counts = BioLabels.Types.ToDictionary(t => t, _ => new int[3], StringComparer.Ordinal);
        foreach (var document in sentences.GroupBy(s => s.Document))
        {
            var docSentences = document.ToList();
            var (analysis, tokenStarts) = Build(docSentences);
            var result = recognizer.Process(Values.Process(recognizer.Requires.HasFlag(AnalysisLayers.PartsOfSpeech) ? PartsOfSpeech.Process(analysis) : analysis));
            var offsetToToken = new Dictionary<int, int>();
            for (var i = 0; i < result.Tokens.Length; i++)
                offsetToToken[result.Tokens[i].Start] = i;
            var endToToken = new Dictionary<int, int>();
            for (var i = 0; i < result.Tokens.Length; i++)
                endToToken[result.Tokens[i].End] = i;
            var predicted = new HashSet<(int, int, string)>();
            foreach (var m in result.Mentions)
            {
                if (m.Kind != MentionKind.Name || m.Type is EntityType.Date or EntityType.Number)
                    continue;
                if (!offsetToToken.TryGetValue(m.Start, out var first) || !endToToken.TryGetValue(m.End, out var last))
                    continue;
                var label = m.Type switch { EntityType.Person => "PER", EntityType.Org => "ORG", EntityType.Gpe or EntityType.Loc => "LOC", _ => "MISC" };
                if (withoutMisc && label == "MISC")
                    continue;
                predicted.Add((first, last - first + 1, label));
            }
            var gold = new HashSet<(int, int, string)>();
            for (var s = 0; s < docSentences.Count; s++)
            {
                foreach (var span in BioLabels.Spans(docSentences[s].Entities!))
                    gold.Add((tokenStarts[s] + span.First, span.Count, span.Type));
            }
            foreach (var p in predicted)
                counts[p.Item3][gold.Contains(p) ? 0 : 1]++;
            if (Errors > 0)
            {
                string Words((int First, int Count, string Type) x) => string.Join(' ', Enumerable.Range(x.First, x.Count).Select(i => result.TextOf(result.Tokens[i]))) + "/" + x.Type;
                foreach (var p in predicted.Where(p => !gold.Contains(p)).Take(3))
                {
                    Console.WriteLine($"  FP {Words(p)}   gold here: {string.Join(", ", gold.Where(g => g.Item1 < p.Item1 + p.Item2 && p.Item1 < g.Item1 + g.Item2).Select(Words))}");
                    Errors--;
                }
            }
            foreach (var g in gold)
            {
                if (!predicted.Contains(g))
                    counts[g.Item3][2]++;
            }
            if (VersusTagger is not null)
                CompareWithTagger(docSentences, tokenStarts, result, predicted, gold);
        }
        var byType = counts.ToDictionary(p => p.Key, p => new SpanCounts(p.Value[0], p.Value[1], p.Value[2]), StringComparer.Ordinal);
        var overall = new SpanCounts(byType.Values.Sum(c => c.TruePositives), byType.Values.Sum(c => c.FalsePositives), byType.Values.Sum(c => c.FalseNegatives));
        return new EntityScore(byType, overall);
    }

    private static void CompareWithTagger(List<CorpusSentence> sentences, int[] tokenStarts, ArticleAnalysis result, HashSet<(int, int, string)> predicted, HashSet<(int, int, string)> gold)
    {
        var tagged = EntityTagger.Default.TagDocument([.. sentences.Select(s => s.Words)]);
        var tagger = new HashSet<(int, int, string)>();
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var span in tagged[s])
                tagger.Add((tokenStarts[s] + span.FirstToken, span.TokenCount, span.Label));
        }
        string Words((int First, int Count, string Type) x) => string.Join(' ', Enumerable.Range(x.First, x.Count).Select(i => result.TextOf(result.Tokens[i]))) + "/" + x.Type;
        void Add(string kind, string text) => (VersusTagger!.TryGetValue(kind, out var list) ? list : VersusTagger[kind] = []).Add(text);
        foreach (var p in predicted.Where(p => !gold.Contains(p) && !tagger.Contains(p)))
        {
            var overlap = gold.Where(g => g.Item1 < p.Item1 + p.Item2 && p.Item1 < g.Item1 + g.Item2).ToList();
            var why = overlap.Count == 0 ? "no gold" : overlap.Any(g => g.Item1 == p.Item1 && g.Item2 == p.Item2) ? "type" : "span";
            var taggerRight = overlap.Any(tagger.Contains) ? ", tagger right" : "";
            Add($"stage FP {p.Item3} ({why}{taggerRight})", Words(p) + (overlap.Count > 0 ? " gold " + string.Join(",", overlap.Select(Words)) : ""));
        }
        foreach (var g in gold.Where(g => !predicted.Contains(g) && tagger.Contains(g)))
            Add($"stage misses, tagger finds {g.Item3}", Words(g));
    }

    /// <summary>An analysis document whose sentences and tokens are the gold ones (one sentence per line).</summary>
    private static (ArticleAnalysis Analysis, int[] TokenStarts) Build(List<CorpusSentence> sentences)
    {
        var text = new System.Text.StringBuilder();
        var tokens = new List<Token>();
        var built = new List<Sentence>();
        var tokenStarts = new int[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            tokenStarts[s] = tokens.Count;
            var start = text.Length;
            foreach (var written in sentences[s].Words)
            {
                // An empty token (the tweet corpus has a few) still needs a character to be a token.
                var word = written.Length == 0 ? "_" : written;
                if (text.Length > start)
                    text.Append(' ');
                var tokenStart = text.Length;
                text.Append(word);
                var kind = char.IsLetter(word[0]) ? TokenKind.Word : char.IsDigit(word[0]) ? TokenKind.Number : TokenKind.Punctuation;
                tokens.Add(new Token(tokenStart, text.Length, kind));
            }
            built.Add(new Sentence(s, start, text.Length, text.ToString(start, text.Length - start), tokenStarts[s], sentences[s].Words.Length));
            text.Append('\n');
        }
        var article = new Article("eval", "conll", text.ToString());
        return (new ArticleAnalysis(article) { Tokens = [.. tokens], Sentences = [.. built] }, tokenStarts);
    }
}
