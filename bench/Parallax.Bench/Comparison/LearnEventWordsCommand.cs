using System.Globalization;
using Parallax.Bench.Corpus;
using Parallax.Comparison;
using static Parallax.Bench.CommandLine;

namespace Parallax.Bench.Comparison;

/// <summary>
/// Learns which event words of different stems name one event from ECB+'s cross-document event coreference on the
/// training topics (1-35 by default; 36-45 are the test topics): two trigger stems are kept as a pair when mentions in
/// different documents of one sub-topic corefer in at least <c>--min-topics</c> topics and do so at least
/// <c>--min-precision</c> of the times they meet there. Writes the pairs, one per line, for
/// <c>src/Parallax/Comparison/Lexicon/events.txt</c>. Deterministic: no sampling.
/// </summary>
internal sealed class LearnEventWordsCommand : IBenchCommand
{
    public string Name => "learn-event-words";

    public string Description => "learn-event-words [--topics 1-35] [--min-topics 2] [--min-precision 0.5] [-o FILE]: event word stems that corefer across documents in ECB+ training topics (the pairs of Comparison/Lexicon/events.txt)";

    public int Run(string[] args)
    {
        var range = (Option(args, "--topics") ?? "1-35").Split('-');
        var (first, last) = (int.Parse(range[0], CultureInfo.InvariantCulture), int.Parse(range[^1], CultureInfo.InvariantCulture));
        var minTopics = int.Parse(Option(args, "--min-topics") ?? "2", CultureInfo.InvariantCulture);
        var minPrecision = double.Parse(Option(args, "--min-precision") ?? "0.5", CultureInfo.InvariantCulture);
        var topics = Enumerable.Range(first, last - first + 1).Select(t => t.ToString(CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
        var subTopics = EcbSubTopic.Load(SharedPaths.Data("ecbplus"), topics);
        var stemmer = new Stemmer();
        var same = new Dictionary<(string, string), HashSet<string>>();
        var meetings = new Dictionary<(string, string), (int Same, int Other)>();
        foreach (var subTopic in subTopics)
        {
            var topic = subTopic.Gold[..subTopic.Gold.IndexOf('.', StringComparison.Ordinal)];
            var mentions = subTopic.Events.SelectMany((events, d) => events.Select(m => (Document: d, m.Cluster, Stems: Stems(m.Trigger, stemmer)))).ToList();
            var seen = new HashSet<(string, string, bool)>();
            for (var i = 0; i < mentions.Count; i++)
            {
                for (var j = i + 1; j < mentions.Count; j++)
                {
                    var (x, y) = (mentions[i], mentions[j]);
                    if (x.Document == y.Document)
                        continue;
                    var coreferent = string.Equals(x.Cluster, y.Cluster, StringComparison.Ordinal);
                    foreach (var a in x.Stems)
                    {
                        foreach (var b in y.Stems)
                        {
                            if (string.Equals(a, b, StringComparison.Ordinal))
                                continue;
                            var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
                            var counts = meetings.GetValueOrDefault(key);
                            meetings[key] = coreferent ? (counts.Same + 1, counts.Other) : (counts.Same, counts.Other + 1);
                            if (coreferent && seen.Add((key.Item1, key.Item2, true)))
                            {
                                if (!same.TryGetValue(key, out var set))
                                    same[key] = set = new HashSet<string>(StringComparer.Ordinal);
                                set.Add(topic);
                            }
                        }
                    }
                }
            }
        }
        var kept = same
            .Where(p => p.Value.Count >= minTopics && meetings[p.Key] is var m && m.Same >= minPrecision * (m.Same + m.Other))
            .Select(p => p.Key)
            .Order()
            .ToList();
        var lines = new List<string>
        {
            "# Event word stems (Snowball) that name one event in two documents: pairs learned from ECB+ cross-document event",
            string.Create(CultureInfo.InvariantCulture, $"# coreference on topics {first}-{last} by `learn-event-words --topics {first}-{last} --min-topics {minTopics} --min-precision {minPrecision}`"),
            "# (coreferent in at least that many topics, and that share of the times the two stems meet across documents).",
        };
        lines.AddRange(kept.Select(k => $"{k.Item1} {k.Item2}"));
        if (Option(args, "-o") is { } output)
            File.WriteAllLines(output, lines);
        else
            lines.ForEach(Console.WriteLine);
        Console.Error.WriteLine($"learn-event-words: {subTopics.Count} sub-topics, {meetings.Count} stem pairs met, {kept.Count} kept");
        return 0;
    }

    /// <summary>The stems of a trigger's content words ("checked into" gives "check"; "6.1 magnitude earthquake" gives "magnitud", "earthquak").</summary>
    private static string[] Stems(string trigger, Stemmer stemmer)
        => [.. trigger.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant())
            .Where(w => w.Length > 1 && w.All(char.IsAsciiLetter) && !Lexicon.StopWords.Contains(w))
            .Select(stemmer.Stem)
            .Distinct(StringComparer.Ordinal)];
}
