using System.Diagnostics;
using System.Globalization;
using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Semantics;
using static Parallax.Bench.CommandLine;

namespace Parallax.Bench.Comparison;

/// <summary>
/// Tunes the semantic alignment settings on ECB+ (the gold of eval-alignment): analyses, profiles and
/// encodes every sub-topic once, then runs only the aligner for each setting of a grid and prints the
/// pair P/R/F1 of each, best F1 first. Lexical alignment with the default settings is the first line.
/// </summary>
internal sealed class TuneAlignmentCommand : IBenchCommand
{
    public string Name => "tune-alignment";

    public string Description => "tune-alignment [--topics 1,2] [--top N] [--fp32]: grid over the semantic alignment settings on ECB+ (pair P/R/F1, best first)";

    public int Run(string[] args)
    {
        var topics = Option(args, "--topics")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var top = int.Parse(Option(args, "--top") ?? "25", CultureInfo.InvariantCulture);
        var mixed = args.Contains("--mixed");
        var clock = Stopwatch.StartNew();
        var subTopics = EcbSubTopic.Load(SharedPaths.Data("ecbplus"), topics);
        var units = mixed
            ? subTopics.GroupBy(s => s.Gold[..s.Gold.IndexOf('.', StringComparison.Ordinal)], StringComparer.Ordinal).Select(g => g.ToList()).ToList()
            : subTopics.Select(s => new List<EcbSubTopic> { s }).ToList();
        var prepared = new Prepared[units.Count];
        Parallel.For(0, units.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, u =>
        {
            var members = units[u];
            var documents = members.SelectMany((s, m) => s.Documents.Select((d, i) => (SubTopic: m, Index: i, Document: d))).ToList();
            var articles = documents.Select((d, i) => Analyzer.Analyze(new Article($"a{i + 1}", d.Document.Name, d.Document.Text))).ToList();
            var resolved = new EntityResolver(ComparisonOptions.Default).Resolve(articles);
            var profiles = new SentenceProfiler().Profile(articles, resolved);
            prepared[u] = new Prepared(members, [.. documents.Select(d => (d.SubTopic, d.Index))], articles, profiles, null!);
        });
        var analysed = clock.Elapsed.TotalSeconds;
        var encoder = new FileCachedEncoder(BenchEncoders.From(args), Option(args, "--vectors") ?? Path.Combine(Path.GetTempPath(), "parallax-tune-vectors.bin"));
        for (var t = 0; t < prepared.Length; t++)
            prepared[t] = prepared[t] with { Meanings = encoder.Encode([.. prepared[t].Articles.SelectMany(StoryComparer.EncodedTexts)]) };
        encoder.Save();
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Format(inv, "tune-alignment{0}: {1} stories from {2} sub-topics; analysis {3:F1} s; {4} sentences encoded in {5:F1} s",
            mixed ? " --mixed (both sub-topics of a topic as one story: an aligned pair across them is wrong)" : "", units.Count, subTopics.Count, analysed, encoder.Encoded, clock.Elapsed.TotalSeconds - analysed));

        var lexical = Score(prepared, ComparisonOptions.Default, semantic: false);
        Console.WriteLine(string.Format(inv, "  lexical (defaults)                                {0}", lexical));
        var defaults = Score(prepared, ComparisonOptions.Default, semantic: true);
        Console.WriteLine(string.Format(inv, "  semantic (defaults)                               {0}", defaults));
        var results = new List<(string Setting, Counts Counts)>();
        foreach (var weight in Values(args, "--weights", "0.3,0.5,0.7,1"))
        {
            foreach (var floor in Values(args, "--floors", "0.1,0.2,0.3"))
            {
                foreach (var threshold in Values(args, "--thresholds", "0.2,0.25,0.3,0.35,0.4,0.45,0.5"))
                {
                    foreach (var partners in Values(args, "--partners", "2"))
                    {
                        foreach (var relative in Values(args, "--relative", "0.55"))
                        {
                            var options = ComparisonOptions.Default with { SemanticWeight = weight, SemanticFloor = floor, SemanticAlignmentThreshold = threshold, MaxPartnersPerArticle = (int)partners, RelativeThreshold = relative };
                            results.Add((string.Format(inv, "w {0:F1} floor {1:F2} thr {2:F2} partners {3} rel {4:F2}", weight, floor, threshold, partners, relative), Score(prepared, options, semantic: true)));
                        }
                    }
                }
            }
        }
        foreach (var (setting, counts) in results.OrderByDescending(r => r.Counts.F1).Take(top))
            Console.WriteLine($"  {setting,-49} {counts}");
        return 0;
    }

    private static double[] Values(string[] args, string name, string fallback)
        => [.. (Option(args, name) ?? fallback).Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture))];

    private static Counts Score(Prepared[] prepared, ComparisonOptions options, bool semantic)
    {
        var total = new Counts(0, 0, 0);
        foreach (var p in prepared)
        {
            var pairs = new SentenceAligner(options).Align(p.Profiles, semantic ? p.Meanings : null);
            var predicted = new HashSet<((int, EcbSentenceKey), (int, EcbSentenceKey))>();
            foreach (var pair in pairs)
            {
                if (KeyOf(p, pair.A.Ref) is not { } a || KeyOf(p, pair.B.Ref) is not { } b)
                    continue;
                predicted.Add((a.Item1, a.Item2).CompareTo((b.Item1, b.Item2)) < 0 ? (a, b) : (b, a));
            }
            var gold = p.Gold;
            var tp = predicted.Count(gold.Contains);
            total = new Counts(total.TruePositives + tp, total.FalsePositives + predicted.Count - tp, total.FalseNegatives + gold.Count - tp);
        }
        return total;
    }

    /// <summary>The annotated ECB+ sentence (sub-topic, key) a Parallax sentence starts in, or null.</summary>
    private static (int, EcbSentenceKey)? KeyOf(Prepared p, SentenceRef sentence)
    {
        var start = p.Articles[sentence.Article].Sentences[sentence.Sentence].Start;
        var (subTopic, document) = p.Documents[sentence.Article];
        foreach (var ecb in p.SubTopics[subTopic].Documents[document].Sentences)
        {
            if (ecb.Start <= start && start < ecb.End)
            {
                var key = new EcbSentenceKey(document, ecb.Number);
                return p.SubTopics[subTopic].Annotated.Contains(key) ? (subTopic, key) : null;
            }
        }
        return null;
    }

    private sealed record Prepared(List<EcbSubTopic> SubTopics, (int SubTopic, int Document)[] Documents, List<ArticleAnalysis> Articles, SentenceProfile[][] Profiles, float[][] Meanings)
    {
        public HashSet<((int, EcbSentenceKey), (int, EcbSentenceKey))> Gold { get; } =
            [.. SubTopics.SelectMany((s, i) => s.GoldPairs().Select(p => ((i, p.Item1), (i, p.Item2))))];
    }

    /// <summary>Vectors kept in a file between runs (the encoder is the slow part of tuning).</summary>
    private sealed class FileCachedEncoder(ISentenceEncoder inner, string path)
    {
        private readonly Dictionary<UInt128, float[]> _vectors = Load(path);

        public int Encoded { get; private set; }

        public float[][] Encode(string[] texts)
        {
            var keys = texts.Select(t => CachingSentenceEncoder.Key(inner.ModelId, t)).ToArray();
            var missing = Enumerable.Range(0, texts.Length).Where(i => !_vectors.ContainsKey(keys[i])).ToArray();
            var encoded = inner.Encode([.. missing.Select(i => texts[i])]);
            for (var m = 0; m < missing.Length; m++)
                _vectors[keys[missing[m]]] = encoded[m];
            Encoded += missing.Length;
            return [.. keys.Select(k => _vectors[k])];
        }

        public void Save()
        {
            if (Encoded == 0)
                return;
            using var writer = new BinaryWriter(File.Create(path));
            writer.Write(_vectors.Count);
            foreach (var (key, vector) in _vectors)
            {
                writer.Write((ulong)(key >> 64));
                writer.Write((ulong)key);
                writer.Write(vector.Length);
                foreach (var x in vector)
                    writer.Write(x);
            }
        }

        private static Dictionary<UInt128, float[]> Load(string path)
        {
            var result = new Dictionary<UInt128, float[]>();
            if (!File.Exists(path))
                return result;
            using var reader = new BinaryReader(File.OpenRead(path));
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var key = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
                var vector = new float[reader.ReadInt32()];
                for (var d = 0; d < vector.Length; d++)
                    vector[d] = reader.ReadSingle();
                result[key] = vector;
            }
            return result;
        }
    }

    private sealed record Counts(int TruePositives, int FalsePositives, int FalseNegatives)
    {
        public double Precision => TruePositives / (double)Math.Max(1, TruePositives + FalsePositives);

        public double Recall => TruePositives / (double)Math.Max(1, TruePositives + FalseNegatives);

        public double F1 => 2 * Precision * Recall / Math.Max(1e-9, Precision + Recall);

        public override string ToString() => string.Format(CultureInfo.InvariantCulture, "P {0:F3} R {1:F3} F1 {2:F3} ({3} predicted)", Precision, Recall, F1, TruePositives + FalsePositives);
    }
}
